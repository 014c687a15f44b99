package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"guidepress/press"
)

func newLeaflet() *cobra.Command {
	var opts press.LeafletOptions
	cmd := &cobra.Command{
		Use:   "leaflet STAGE -o FILE",
		Short: "Write one stage's leaflet, with the contacts for that stage, to one file",
		Long: `Write one stage's leaflet: a front panel, the stage's sections, the contacts
for that stage (crisis lines first) and the organisation's details.

Formats: a5-fold (the default) is a small booklet printed two pages to a
sheet and folded, padded to a multiple of 4 pages with ruled Notes pages;
a4 is one A4 sheet printed on both sides, for a stage that fits two pages.

With --bilingual and two languages (--lang cy,en: the first on the left, or
read from the front cover) the leaflet is bilingual: columns (side by side,
style a4 unless --style names another A4 style) or tete-beche (a5-fold only:
the second language from the back cover, upside down).`,
		Example: `  guidepress leaflet police -o police.pdf
  guidepress leaflet police --lang en --format a4 -o police-en-a4.pdf
  guidepress leaflet prison --area cardiff-and-vale --lang cy,en --bilingual columns -o prison.pdf`,
		ValidArgsFunction: completeStages,
		Args:              exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.Output == "" {
				return usageError(errors.New("leaflet needs -o FILE"))
			}
			opts.Stage = args[0]
			opts.Stdout = cmd.OutOrStdout()
			e, warnings, err := press.WriteLeaflet(opts)
			wrote := fmt.Sprintf("wrote %s (%s leaflet, %s, %s, %d pages)", e.Path, e.Stage, e.Language, e.Style, e.Pages)
			return finish(cmd, opts.Output, warnings, err, wrote, opts.Bilingual)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.ContentDir, "content", "", contentHelp)
	f.StringVar(&opts.Lang, "lang", "", "the leaflet's language, en or cy (default: the guide's first language); with --bilingual two, first first: cy,en")
	f.StringVar(&opts.Bilingual, "bilingual", "", "bilingual layout: columns or tete-beche")
	f.StringVar(&opts.Format, "format", "a5-fold", "a5-fold (folded booklet) or a4 (one sheet, both sides)")
	f.StringVar(&opts.Style, "style", "", "style preset or style file (default: standard for a5-fold, a4 for a4 and for --bilingual columns)")
	f.StringVar(&opts.Area, "area", "", "keep only all-Wales contacts and this health board area's (id or name)")
	f.BoolVar(&opts.Greyscale, "greyscale", false, "print every colour as grey")
	f.StringVarP(&opts.Output, "output", "o", "", outputHelp+" (required)")
	completeFlags(cmd)
	return cmd
}
