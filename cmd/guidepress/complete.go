package main

import (
	"strings"

	"github.com/spf13/cobra"

	"guidepress/content"
	"guidepress/press"
	"guidepress/styles"
)

// completeFlags registers shell completion for those of cmd's flags that
// take a known set of values: --lang (the guide's languages and pairs of
// them), --area, --stages, --style (presets; files too), --format and
// --bilingual.
func completeFlags(cmd *cobra.Command) {
	reg := func(name string, fn cobra.CompletionFunc) {
		if cmd.Flags().Lookup(name) != nil {
			_ = cmd.RegisterFlagCompletionFunc(name, fn)
		}
	}
	reg("lang", completeLangs)
	reg("area", completeAreas)
	reg("stages", completeStageList)
	reg("style", func(_ *cobra.Command, _ []string, prefix string) ([]string, cobra.ShellCompDirective) {
		return withPrefix(styles.Names(), prefix), cobra.ShellCompDirectiveDefault
	})
	reg("format", fixed("a5-fold", "a4"))
	reg("bilingual", fixed("columns", "tete-beche"))
}

// fixed completes one of values.
func fixed(values ...string) cobra.CompletionFunc {
	return func(_ *cobra.Command, _ []string, prefix string) ([]string, cobra.ShellCompDirective) {
		return withPrefix(values, prefix), cobra.ShellCompDirectiveNoFileComp
	}
}

// completionGuide loads the guide cmd would use, for completion; nil when
// it does not load.
func completionGuide(cmd *cobra.Command) *content.Guide {
	dir, _, err := contentDir(cmd)
	if err != nil {
		return nil
	}
	g, ps := press.LoadContent(dir, nil)
	if ps.HasErrors() {
		return nil
	}
	return g
}

// completeStages completes a stage id, for leaflet's argument.
func completeStages(cmd *cobra.Command, args []string, prefix string) ([]string, cobra.ShellCompDirective) {
	g := completionGuide(cmd)
	if g == nil || len(args) > 0 {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	var ids []string
	for _, s := range g.Stages {
		ids = append(ids, s.ID+"\t"+g.Plain(s.Title, g.Languages[0]))
	}
	return withPrefix(ids, prefix), cobra.ShellCompDirectiveNoFileComp
}

// completeStageList completes the next stage id of a comma-separated
// --stages list.
func completeStageList(cmd *cobra.Command, _ []string, prefix string) ([]string, cobra.ShellCompDirective) {
	g := completionGuide(cmd)
	if g == nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	done, last := "", prefix
	if i := strings.LastIndex(prefix, ","); i >= 0 {
		done, last = prefix[:i+1], prefix[i+1:]
	}
	var out []string
	for _, s := range g.Stages {
		if strings.HasPrefix(s.ID, last) && !strings.Contains(","+done, ","+s.ID+",") {
			out = append(out, done+s.ID)
		}
	}
	return out, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveNoSpace
}

// completeAreas completes a health board area's id.
func completeAreas(cmd *cobra.Command, _ []string, prefix string) ([]string, cobra.ShellCompDirective) {
	g := completionGuide(cmd)
	if g == nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	var ids []string
	for _, a := range g.Areas {
		ids = append(ids, a.ID+"\t"+g.Plain(a.Name, g.Languages[0]))
	}
	return withPrefix(ids, prefix), cobra.ShellCompDirectiveNoFileComp
}

// completeLangs completes a language of the guide, or two in either order
// for a bilingual edition.
func completeLangs(cmd *cobra.Command, _ []string, prefix string) ([]string, cobra.ShellCompDirective) {
	g := completionGuide(cmd)
	if g == nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	var out []string
	for _, a := range g.Languages {
		out = append(out, a+"\t"+content.LanguageName(a))
	}
	for _, a := range g.Languages {
		for _, b := range g.Languages {
			if a != b {
				out = append(out, a+","+b+"\t"+content.LanguageName(a)+" first, then "+content.LanguageName(b))
			}
		}
	}
	return withPrefix(out, prefix), cobra.ShellCompDirectiveNoFileComp
}

// withPrefix keeps the values (each maybe followed by a tab and a
// description) that start with prefix.
func withPrefix(values []string, prefix string) []string {
	var out []string
	for _, v := range values {
		if strings.HasPrefix(v, prefix) {
			out = append(out, v)
		}
	}
	return out
}
