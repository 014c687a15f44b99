package main

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"guidepress/compose"
	"guidepress/content"
	"guidepress/diagram"
	"guidepress/fonts"
	"guidepress/pdf"
	"guidepress/press"
	"guidepress/styles"
)

// diagramOptions are the diagram command's flags.
type diagramOptions struct {
	dir, lang, style, out string
	format                string
	grey                  bool
}

func newDiagram() *cobra.Command {
	var o diagramOptions
	cmd := &cobra.Command{
		Use:   "diagram recovery|wheel -o FILE.svg|FILE.pdf",
		Short: "Draw the recovery diagram or the Whole Person wheel as SVG or as a one-page PDF",
		Long: "Draw the recovery diagram (the three components of recovery) or the Whole Person\n" +
			"wheel (the areas of life) in one language and style. The output's extension\n" +
			"chooses the format: .svg for the web, .pdf for a page of the style's size.",
		Example: `  guidepress diagram recovery -o recovery.svg
  guidepress diagram wheel --lang cy --style large-print -o wheel-cy.pdf`,
		ValidArgsFunction: func(_ *cobra.Command, args []string, prefix string) ([]string, cobra.ShellCompDirective) {
			if len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			return fixed("recovery", "wheel")(nil, nil, prefix)
		},
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := o.check(args[0]); err != nil {
				return err
			}
			if err := writeDiagram(args[0], o, cmd.OutOrStdout()); err != nil {
				return err
			}
			return finish(cmd, o.out, nil, nil, "wrote "+o.out, "")
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.dir, "content", "", contentHelp)
	f.StringVar(&o.lang, "lang", "", "the labels' language, such as en or cy (default: the guide's first language)")
	f.StringVar(&o.style, "style", "standard", "style preset or style file")
	f.BoolVar(&o.grey, "greyscale", false, "draw every colour as grey")
	f.StringVarP(&o.out, "output", "o", "", "the file to write: FILE.svg or FILE.pdf (- with --format for standard output)")
	f.StringVar(&o.format, "format", "", "svg or pdf (default: from the output file's extension; needed with -o -)")
	completeFlags(cmd)
	return cmd
}

// check refuses an unknown diagram name or output extension.
func (o diagramOptions) check(name string) error {
	if name != "recovery" && name != "wheel" {
		return usageError(fmt.Errorf("unknown diagram %q: choose recovery or wheel", name))
	}
	if o.out == "" {
		return usageError(errors.New("diagram needs -o FILE.svg or -o FILE.pdf"))
	}
	if ext := o.ext(); ext != ".svg" && ext != ".pdf" {
		return usageError(fmt.Errorf("cannot tell the format of %s: name it .svg or .pdf, or give --format svg or --format pdf", o.out))
	}
	return press.CheckOutputFile(o.out)
}

// ext is the output's format as an extension: --format, else the output
// file's own.
func (o diagramOptions) ext() string {
	if o.format != "" {
		return "." + strings.ToLower(o.format)
	}
	return strings.ToLower(filepath.Ext(o.out))
}

// writeDiagram lays out diagram name and writes it to o.out.
func writeDiagram(name string, o diagramOptions, stdout io.Writer) error {
	st, err := styles.Resolve(o.style)
	if err != nil {
		return usageError(err)
	}
	if o.grey {
		st = st.Greyscale()
	}
	fam, err := st.Family()
	if err != nil {
		return err
	}
	g, ps := press.LoadContent(o.dir, fam)
	if ps.HasErrors() {
		return ps.Errors()
	}
	lang := o.lang
	if lang == "" {
		lang = g.Languages[0]
	}
	if !slices.Contains(g.Languages, lang) {
		return usageError(fmt.Errorf("the guide is not written in %q (languages: %s)", lang, strings.Join(g.Languages, ", ")))
	}
	data, err := renderDiagram(g, name, lang, st, fam, o.ext())
	if err != nil {
		return err
	}
	return press.WriteOutput(o.out, data, stdout)
}

// renderDiagram lays the diagram out to the style's text width and
// writes it in the format ext names: an SVG at the style's sizes (it has
// no page to fit), a PDF set smaller and narrower when it would not fit
// the page below its title (see diagram.Fit; when even that is too tall,
// its legend runs on to a second page). Both carry the diagram's own
// title (diagram.Title).
func renderDiagram(g *content.Guide, name, lang string, st *styles.Style, fam *fonts.Family, ext string) ([]byte, error) {
	if ext == ".svg" {
		build := diagram.Recovery
		if name == "wheel" {
			build = diagram.Wheel
		}
		geo, err := build(g, lang, st, fam, st.TextWidth())
		if err != nil {
			return nil, err
		}
		return geo.SVG()
	}
	title := diagram.Title(g, name, lang)
	_, top := diagram.TitleLabel(fam, st, title)
	geo, _, err := diagram.Fit(name, g, lang, st, fam, st.TextWidth(), st.PageHeight-st.Margins.Bottom-top)
	if err != nil {
		return nil, fmt.Errorf("%s diagram: %w", name, err)
	}
	return pdf.DiagramPDF(geo, st, fam, title, compose.FigureAlt(g, name, lang), lang, g.Edition)
}
