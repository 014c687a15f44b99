package main

import (
	"cmp"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"guidepress/content"
	"guidepress/press"
	"guidepress/styles"
)

func newStages() *cobra.Command {
	return listCommand("stages", "List the guide's stages: id and title in each language",
		"  guidepress stages\n  guidepress leaflet police -o police.pdf   # a stage id from the list", "",
		func(g *content.Guide) (rows [][2]string) {
			for _, s := range g.Stages {
				rows = append(rows, [2]string{s.ID, titles(g, s.Title)})
			}
			return rows
		})
}

func newAreas() *cobra.Command {
	return listCommand("areas", "List the guide's health board areas: id and name in each language",
		"  guidepress areas\n  guidepress leaflet police --area cardiff-and-vale -o police.pdf",
		"the guide has no health board areas (contacts.yaml lists none)",
		func(g *content.Guide) (rows [][2]string) {
			for _, a := range g.Areas {
				rows = append(rows, [2]string{a.ID, titles(g, a.Name)})
			}
			return rows
		})
}

// listCommand is a command that lists what a guide holds, one row each,
// aligned (see printTable); none is said in a line of its own when the
// list is empty and none is given.
func listCommand(use, short, example, none string, list func(*content.Guide) [][2]string) *cobra.Command {
	var dir string
	cmd := &cobra.Command{
		Use:     use,
		Short:   short,
		Example: example,
		Args:    exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			g, err := loadGuide(dir)
			if err != nil {
				return err
			}
			rows := list(g)
			if len(rows) == 0 && none != "" {
				fmt.Fprintln(cmd.OutOrStdout(), none)
			}
			printTable(cmd.OutOrStdout(), rows)
			return nil
		},
	}
	cmd.Flags().StringVar(&dir, "content", "", contentHelp)
	return cmd
}

func newStyles() *cobra.Command {
	return &cobra.Command{
		Use:     "styles",
		Short:   "List the style presets: name, page size and body text size",
		Example: "  guidepress styles\n  guidepress booklet --style large-print -o guide-large.pdf",
		Args:    exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			var rows [][2]string
			for _, name := range styles.Names() {
				st, err := styles.Preset(name)
				if err != nil {
					return err
				}
				rows = append(rows, [2]string{name, fmt.Sprintf("%s pages (%.0f × %.0f mm), body text %gpt",
					cmp.Or(st.PageName(), "custom"), st.PageWidth, st.PageHeight, st.BodySize)})
			}
			printTable(cmd.OutOrStdout(), rows)
			return nil
		},
	}
}

// loadGuide loads the guide in dir (the sample when ""), as the listing
// commands read it.
func loadGuide(dir string) (*content.Guide, error) {
	g, ps := press.LoadContent(dir, nil)
	if ps.HasErrors() {
		return nil, ps.Errors()
	}
	return g, nil
}

// titles is a text in each of the guide's languages, as a reader sees it: "cy: Heddlu | en: Police".
func titles(g *content.Guide, t content.Text) string {
	parts := make([]string, len(g.Languages))
	for i, lang := range g.Languages {
		parts[i] = lang + ": " + g.Plain(t, lang)
	}
	return strings.Join(parts, " | ")
}

// printTable prints rows as two columns, the first padded to its longest
// entry so that the second lines up.
func printTable(w io.Writer, rows [][2]string) {
	width := 0
	for _, r := range rows {
		width = max(width, len([]rune(r[0])))
	}
	for _, r := range rows {
		fmt.Fprintf(w, "%s%s  %s\n", r[0], strings.Repeat(" ", width-len([]rune(r[0]))), r[1])
	}
}
