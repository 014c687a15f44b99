package main

import (
	"fmt"
	"path/filepath"

	"github.com/spf13/cobra"

	"guidepress/press"
)

func newBuild() *cobra.Command {
	var opts press.BuildOptions
	cmd := &cobra.Command{
		Use:   "build",
		Short: "Build every product of the guide into the output folder, with manifest.json",
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			res, err := press.Build(opts)
			for _, w := range res.Warnings {
				fmt.Fprintln(cmd.ErrOrStderr(), w.String())
			}
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			for _, e := range res.Written {
				kind := e.Kind
				if e.Stage != "" {
					kind = e.Stage + " " + kind
				}
				fmt.Fprintf(out, "wrote %s (%s, %s, %s, %d pages)\n", filepath.Join(opts.OutDir, e.Path), kind, e.Language, e.Style, e.Pages)
			}
			if n := len(res.Skipped); n > 0 {
				fmt.Fprintf(out, "unchanged, not rebuilt: %d files (their content, style and options are as when they were written; --force rebuilds them)\n", n)
			}
			fmt.Fprintf(out, "wrote %s\n", filepath.Join(opts.OutDir, "manifest.json"))
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.ContentDir, "content", "", "content folder (default: the embedded default guide)")
	f.StringVar(&opts.OutDir, "out", "out", "output folder")
	f.StringSliceVar(&opts.Langs, "lang", nil, "languages to build, such as en,cy (default: all the guide's languages)")
	f.StringSliceVar(&opts.Styles, "style", nil, "style presets or style files (default: standard,large-print)")
	f.BoolVar(&opts.NoLeaflets, "no-leaflets", false, "build the booklets only, not every stage's leaflet")
	f.BoolVar(&opts.Force, "force", false, "rebuild every file, even those whose inputs did not change")
	f.StringVar(&opts.Area, "area", "", "limit the leaflets' contacts to all-Wales ones and this health board area's (id or name)")
	return cmd
}
