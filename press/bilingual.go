package press

import (
	"errors"
	"fmt"
	"strings"

	"guidepress/content"
	"guidepress/layout"
	"guidepress/output"
	"guidepress/styles"
)

// ColumnStyles are the styles a build writes in the columns layout when
// none is named: the A5 standard style is too narrow for two columns.
var ColumnStyles = []string{"a4", "large-print"}

// bilingual is a bilingual edition's two languages, the first first, and
// its layout.
type bilingual struct {
	langs  [2]string
	layout layout.Layout
}

// language is the edition's language in the manifest: "cy,en".
func (bi bilingual) language() string { return bi.langs[0] + "," + bi.langs[1] }

// name is the edition's part of a file name: "cy-en-columns".
func (bi bilingual) name() string { return bi.langs[0] + "-" + bi.langs[1] + "-" + string(bi.layout) }

// describe names the edition in messages: "Welsh and English (columns)".
func (bi bilingual) describe() string {
	return fmt.Sprintf("%s and %s (%s)", content.LanguageName(bi.langs[0]), content.LanguageName(bi.langs[1]), bi.layout)
}

// SplitLangs splits a --lang value such as "cy,en" into language codes.
func SplitLangs(s string) []string {
	var out []string
	for _, l := range strings.Split(s, ",") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// chooseBilingual checks a bilingual edition's languages (the guide's
// two, in its order, when none are given) and layout. Every mistake is a
// usage error that says what to write instead.
func chooseBilingual(g *content.Guide, langs []string, name string) (bilingual, error) {
	l, err := layout.ParseLayout(name)
	if err != nil {
		return bilingual{}, fmt.Errorf("%w: %w", ErrUsage, err)
	}
	if len(langs) == 0 && len(g.Languages) == 2 {
		langs = g.Languages
	}
	if len(langs) != 2 || langs[0] == langs[1] {
		return bilingual{}, fmt.Errorf("%w: --bilingual %s needs two different languages, the first first, such as --lang %s",
			ErrUsage, name, strings.Join(g.Languages, ","))
	}
	if _, err := chooseLangs(g, langs); err != nil {
		return bilingual{}, err
	}
	return bilingual{langs: [2]string{langs[0], langs[1]}, layout: l}, nil
}

// oneLanguage checks the --lang of a command that writes one product
// without --bilingual: two languages need a layout.
func oneLanguage(langs []string) (string, error) {
	if len(langs) > 1 {
		return "", fmt.Errorf("%w: %d languages (%s) make a bilingual edition: add --bilingual columns or --bilingual tete-beche, or give one language",
			ErrUsage, len(langs), strings.Join(langs, ","))
	}
	if len(langs) == 0 {
		return "", nil
	}
	return langs[0], nil
}

// checkColumns refuses, as a usage error, a style too narrow for the
// columns layout.
func checkColumns(bi bilingual, sts []*styles.Style) error {
	if bi.layout != layout.Columns {
		return nil
	}
	for _, st := range sts {
		if err := layout.CheckColumns(st); err != nil {
			return fmt.Errorf("%w: %w", ErrUsage, err)
		}
	}
	return nil
}

// bilingualError makes a layout's refusals usage errors.
func bilingualError(err error, what string) error {
	if errors.Is(err, layout.ErrColumnsTooNarrow) || errors.Is(err, layout.ErrTeteBecheSheet) || errors.Is(err, layout.ErrNotA4) {
		return fmt.Errorf("%w: %w", ErrUsage, err)
	}
	return fmt.Errorf("building the %s: %w", what, err)
}

// bilingualBooklet renders a bilingual booklet into a product named
// <guide>-booklet-<l1>-<l2>-<layout>-<style>.pdf.
func bilingualBooklet(g *content.Guide, bi bilingual, st *styles.Style, area string) (output.Product, error) {
	defer hold(g, nil, bi.langs[:]...)()
	data, pages, err := drawnBilingual(layout.BilingualAreaBooklet(g, bi.langs, bi.layout, st, area))
	if err != nil {
		return output.Product{}, bilingualError(err, fmt.Sprintf("%s booklet in style %s", bi.describe(), st.Name))
	}
	e := bilingualBookletEntry(g, bi, st, area)
	e.Pages = pages
	return output.NewProduct(e, data), nil
}

// bilingualBookletEntry names a bilingual booklet in the manifest:
// <guide>-booklet-<l1>-<l2>-<layout>-<style>[-<area>].pdf.
func bilingualBookletEntry(g *content.Guide, bi bilingual, st *styles.Style, area string) output.Entry {
	return output.Entry{Path: fmt.Sprintf("%s-booklet-%s-%s%s.pdf", g.ID, bi.name(), st.Name, areaSuffix(area)),
		Kind: "booklet", Language: bi.language(), Layout: string(bi.layout), Style: st.Name}
}

// bilingualLeaflet renders a stage's bilingual leaflet into a product
// named <guide>-leaflet-<stage>-<l1>-<l2>-<layout>-<style>[-<area>].pdf.
func bilingualLeaflet(g *content.Guide, bi bilingual, st *styles.Style, stage string, opts layout.LeafletOptions) (output.Product, error) {
	defer hold(g, []string{stage}, bi.langs[:]...)()
	data, pages, err := drawnBilingual(layout.BilingualLeaflet(g, stage, bi.langs, bi.layout, st, opts))
	if err != nil {
		return output.Product{}, bilingualError(err, fmt.Sprintf("%s %s leaflet in style %s", bi.describe(), stage, st.Name))
	}
	e := bilingualLeafletEntry(g, bi, st, stage, opts.Area)
	e.Pages = pages
	return output.NewProduct(e, data), nil
}

func bilingualLeafletEntry(g *content.Guide, bi bilingual, st *styles.Style, stage, area string) output.Entry {
	path := fmt.Sprintf("%s-leaflet-%s-%s-%s", g.ID, stage, bi.name(), st.Name)
	if area != "" {
		path += "-" + area
	}
	return output.Entry{Path: path + ".pdf", Kind: "leaflet", Language: bi.language(), Layout: string(bi.layout),
		Stage: stage, Style: st.Name}
}

// buildStyleNames are the styles a build writes when opts names none:
// ColumnStyles for the columns layout, else DefaultStyles.
func buildStyleNames(opts BuildOptions) []string {
	if len(opts.Styles) > 0 {
		return opts.Styles
	}
	if opts.Bilingual == string(layout.Columns) {
		return ColumnStyles
	}
	return DefaultStyles
}

// buildJobs lists a build's products: planJobs' single-language
// editions, or with opts.Bilingual the bilingual booklet in each style
// and, unless opts.NoLeaflets, every stage's a5-fold bilingual leaflet.
func buildJobs(g *content.Guide, opts BuildOptions, sts []*styles.Style, langs []string, area string) ([]job, error) {
	if opts.Bilingual == "" {
		return planJobs(g, sts, langs, !opts.NoLeaflets, area), nil
	}
	bi, err := chooseBilingual(g, opts.Langs, opts.Bilingual)
	if err != nil {
		return nil, err
	}
	if err := checkColumns(bi, sts); err != nil {
		return nil, err
	}
	var jobs []job
	for _, st := range sts {
		jobs = append(jobs, job{entry: bilingualBookletEntry(g, bi, st, area), key: styleKey(st) + areaSuffix(area),
			make: func() (output.Product, error) { return bilingualBooklet(g, bi, st, area) }})
	}
	if opts.NoLeaflets {
		return jobs, nil
	}
	lo := layout.LeafletOptions{Format: layout.FoldedA5, Area: area}
	for _, st := range sts {
		for _, s := range g.Stages {
			jobs = append(jobs, job{entry: bilingualLeafletEntry(g, bi, st, s.ID, area), key: styleKey(st) + " a5-fold " + area,
				files: leafletFiles(g, s.ID),
				make:  func() (output.Product, error) { return bilingualLeaflet(g, bi, st, s.ID, lo) }})
		}
	}
	return jobs, nil
}

// langsOf reads the languages of a one-product command: one, or two with
// a layout.
func langsOf(g *content.Guide, lang, layout string) (string, *bilingual, error) {
	langs := SplitLangs(lang)
	if layout == "" {
		one, err := oneLanguage(langs)
		return one, nil, err
	}
	bi, err := chooseBilingual(g, langs, layout)
	return "", &bi, err
}

// styleFor is the style a one-product command uses when none is named:
// a4 for the columns layout, else def.
func styleFor(style, arrangement, def string) string {
	switch {
	case style != "":
		return style
	case arrangement == string(layout.Columns):
		return "a4"
	}
	return def
}

// oneBooklet renders the booklet opts asks for: in one language, or
// bilingual with opts.Bilingual.
func oneBooklet(g *content.Guide, opts BookletOptions, st *styles.Style) (output.Product, error) {
	lang, bi, err := langsOf(g, opts.Lang, opts.Bilingual)
	if err != nil {
		return output.Product{}, err
	}
	area, err := chooseArea(g, opts.Area)
	if err != nil {
		return output.Product{}, err
	}
	if bi != nil {
		if err := checkColumns(*bi, []*styles.Style{st}); err != nil {
			return output.Product{}, err
		}
		return bilingualBooklet(g, *bi, st, area)
	}
	if lang == "" {
		lang = g.Languages[0]
	}
	if _, err := chooseLangs(g, []string{lang}); err != nil {
		return output.Product{}, err
	}
	g.KeepParsed(lang) // this guide is loaded for this booklet alone
	return booklet(g, edition{lang, st}, area)
}

// HowToPrint says how the files of a bilingual layout are printed, for
// the print coordinator; "" for layouts printed like any other file.
func HowToPrint(arrangement string) string {
	if arrangement != string(layout.TeteBeche) {
		return ""
	}
	return "tête-bêche files: print every page in order, double-sided, exactly as a one-language booklet of the same style " +
		"(with --print, print the imposed file as it says), then fold and staple, or bind at the left edge. " +
		"The second language's pages are already turned upside down in the file: do not reverse, rotate or auto-rotate pages. " +
		"Readers of the first language start at the front cover; readers of the second turn the booklet over and upside down, " +
		"and start at its own cover. The two halves have the same number of pages and meet at the centre."
}
