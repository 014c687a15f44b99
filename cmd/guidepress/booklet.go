package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"guidepress/press"
)

func newBooklet() *cobra.Command {
	var opts press.BookletOptions
	cmd := &cobra.Command{
		Use:   "booklet -o FILE",
		Short: "Write the full booklet in one language and style, or bilingual, to one file",
		Long: `Write the full booklet in one language (the guide's first unless --lang names
another) and style to one file.

With --bilingual and two languages (--lang cy,en: the first is on the left,
or read from the front cover) the booklet is bilingual:
  columns     both languages on every page, side by side, each section
              starting level in both columns (A4 styles; default a4)
  tete-beche  the first language from the front cover, the second from the
              back cover, upside down; both halves have the same length

With --area the booklet is an area edition: its Key contacts are the crisis
lines, the services for every area and that area's, and its cover names the
area.`,
		Example: `  guidepress booklet -o guide.pdf
  guidepress booklet --lang en --style large-print -o guide-en-large.pdf
  guidepress booklet --lang cy,en --bilingual tete-beche -o guide-cy-en.pdf
  guidepress booklet --area cardiff-and-vale -o guide-cardiff.pdf
  guidepress booklet -o - | lp`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			opts.Stdout = cmd.OutOrStdout()
			pages, warnings, err := press.WriteBooklet(opts)
			return finish(cmd, opts.Output, warnings, err, fmt.Sprintf("wrote %s (%d pages)", opts.Output, pages), opts.Bilingual)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.ContentDir, "content", "", contentHelp)
	f.StringVar(&opts.Lang, "lang", "", "the edition's language, en or cy (default: the guide's first language); with --bilingual two, first first: cy,en (default: the guide's order)")
	f.StringVar(&opts.Bilingual, "bilingual", "", "bilingual layout: columns or tete-beche")
	f.StringVar(&opts.Area, "area", "", "an area edition: that health board area's contacts only (id or name), its name on the cover")
	f.StringVar(&opts.Style, "style", "", "style preset or style file (default: standard; a4 for --bilingual columns)")
	f.BoolVar(&opts.Greyscale, "greyscale", false, "print every colour as grey")
	f.StringVarP(&opts.Output, "output", "o", "", outputHelp+" (required)")
	completeFlags(cmd)
	return cmd
}
