package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

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
				if e.Layout != "" {
					kind = e.Layout + " " + kind
				}
				size := fmt.Sprintf("%d pages", e.Pages)
				if e.Kind == "imposed" {
					size = fmt.Sprintf("%d sheets printed on both sides", e.Pages/2)
				}
				fmt.Fprintf(out, "wrote %s (%s, %s, %s, %s)\n", filepath.Join(opts.OutDir, e.Path), kind, e.Language, e.Style, size)
			}
			if n := len(res.Skipped); n > 0 {
				fmt.Fprintf(out, "unchanged, not rebuilt: %d files (their content, style and options are as when they were written; --force rebuilds them)\n", n)
			}
			fmt.Fprintf(out, "wrote %s\n", filepath.Join(opts.OutDir, "manifest.json"))
			printFilesReport(out, res.Print)
			if note := press.HowToPrint(opts.Bilingual); note != "" {
				fmt.Fprintln(out, note)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.ContentDir, "content", "", "content folder (default: the embedded default guide)")
	f.StringVar(&opts.OutDir, "out", "out", "output folder")
	f.StringSliceVar(&opts.Langs, "lang", nil, "languages to build, such as en,cy (default: all the guide's languages); with --bilingual, the two languages in order, such as cy,en")
	f.StringVar(&opts.Bilingual, "bilingual", "", "build bilingual editions instead, laid out as columns (side by side, first language left; default styles a4,large-print) or tete-beche (second language from the back cover, upside down)")
	f.StringSliceVar(&opts.Styles, "style", nil, "style presets or style files (default: standard,large-print)")
	f.BoolVar(&opts.NoLeaflets, "no-leaflets", false, "build the booklets only, not every stage's leaflet")
	f.BoolVar(&opts.Force, "force", false, "rebuild every file, even those whose inputs did not change")
	f.StringVar(&opts.Area, "area", "", "area editions: the booklets' and leaflets' contacts limited to this health board area's and every area's (id or name), its name on the booklet covers")
	f.BoolVar(&opts.Print, "print", false, "also write each A5 booklet and leaflet imposed two-up on A4 for duplex printing (<name>-imposed.pdf)")
	f.BoolVar(&opts.CropMarks, "crop-marks", false, "draw fold marks on the imposed files (needs --print)")
	f.BoolVar(&opts.Greyscale, "greyscale", false, "print every colour as grey; file names end with -grey.pdf")
	return cmd
}

// printFilesReport tells the print coordinator how to print the imposed files
// and which files were not imposed.
func printFilesReport(out io.Writer, r press.PrintReport) {
	if r.Duplex != "" {
		fmt.Fprintf(out, "imposed files: %s\n", r.Duplex)
	}
	if len(r.NotImposed) > 0 {
		fmt.Fprintf(out, "not imposed: files in style %s, whose pages are not A5 (two pages side by side would need A3 paper)\n",
			strings.Join(r.NotImposed, ", "))
	}
}
