package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"guidepress/press"
)

func newPack() *cobra.Command {
	var opts press.PackOptions
	cmd := &cobra.Command{
		Use:   "pack --stages ID,ID [--lang cy,en --bilingual LAYOUT] [--name NAME] -o FILE",
		Short: "Write a discharge pack for one person: chosen stages, goals page and contacts",
		Long: `Write a discharge pack: a cover (for a named person if given, with lines to
fill in by hand for the care coordinator, the next appointment and the GP),
the chosen stages, a "My goals" page with a row for each area of life, and
the contacts for those stages (with --area, all-Wales ones and that health
board area's).

The name is printed on the cover only: it is not written to the PDF's
document information, the command's output, any manifest or any cache.
Choose a file name that does not contain it. The date on the cover is the
guide's edition date unless --date gives one, so the same inputs always
give the same file.

With --bilingual and two languages (--lang cy,en: the first on the left, or
read from the front cover) the pack is bilingual:
  columns     both languages on every page, side by side, each part
              starting level in both columns; the fields to fill in and the
              goals are labelled in both languages over one place to write,
              and the name is printed once (A4 styles; default a4)
  tete-beche  the first language's pack from the front cover, the second's
              from the back cover, upside down; both halves have the same
              length and the name is on both covers`,
		Example: `  guidepress pack --stages discharge,recovery --area cardiff-and-vale --lang cy --name "Jo Jones" -o pack.pdf
  guidepress pack --stages discharge,recovery --lang cy,en --bilingual columns -o pack.pdf
  guidepress pack --stages discharge --style large-print -o - | lp`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			opts.Stdout = cmd.OutOrStdout()
			pages, warnings, err := press.WritePack(opts)
			return finish(cmd, opts.Output, warnings, err, fmt.Sprintf("wrote %s (%d pages)", opts.Output, pages), opts.Bilingual)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.ContentDir, "content", "", contentHelp)
	f.StringSliceVar(&opts.Stages, "stages", nil, "the stages to include, such as discharge,recovery (required)")
	f.StringVar(&opts.Area, "area", "", "keep only all-Wales contacts and this health board area's (id or name)")
	f.StringVar(&opts.Lang, "lang", "", "the pack's language: en or cy (default: the guide's first language); with --bilingual two, first first: cy,en")
	f.StringVar(&opts.Bilingual, "bilingual", "", "bilingual layout: columns or tete-beche")
	f.StringVar(&opts.Name, "name", "", "the person the pack is for, printed on the cover (default: a line to write it on)")
	f.StringVar(&opts.Date, "date", "", "the date on the cover, YYYY-MM-DD (default: the guide's edition date)")
	f.StringVar(&opts.Style, "style", "", "style preset or style file, such as large-print (default: standard; a4 for --bilingual columns)")
	f.BoolVar(&opts.Greyscale, "greyscale", false, "print every colour as grey")
	f.StringVarP(&opts.Output, "output", "o", "", outputHelp+" (required)")
	completeFlags(cmd)
	return cmd
}
