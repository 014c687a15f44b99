package press

import (
	"errors"
	"fmt"
	"io"
	"time"

	"guidepress/content"
	"guidepress/layout"
	"guidepress/output"
	"guidepress/styles"
)

// PackOptions say which discharge pack to write where.
type PackOptions struct {
	// ContentDir is the guide's folder; "" is the default guide.
	ContentDir string
	// Lang is the pack's language; "" is the guide's first language.
	// With Bilingual it is two languages, the first first: "cy,en" ("" is
	// the guide's two, in its order).
	Lang string
	// Bilingual is a bilingual layout, "columns" or "tete-beche" (see
	// layout.Layout); "" for one language.
	Bilingual string
	// Style is a preset name or style file; "" is "standard", or "a4" for
	// the columns layout.
	Style string
	// Greyscale turns every colour grey.
	Greyscale bool
	// Stages are the ids of the stages the pack holds (at least one).
	Stages []string
	// Area limits the contacts to all-Wales ones and one health board
	// area's (id or name); "" keeps every contact.
	Area string
	// Name is the person the pack is for; "" leaves a line to write it on.
	// It is printed on the pack's cover and nowhere else.
	Name string
	// Date is the date printed on the cover, as YYYY-MM-DD; "" is the
	// guide's edition date (never today's date, so a pack can be made
	// again byte for byte).
	Date string
	// Output is the PDF file to write; required; "-" is Stdout.
	Output string
	// Stdout receives the PDF when Output is "-" (os.Stdout when nil).
	Stdout io.Writer
}

// WritePack renders a discharge pack and writes it atomically to
// opts.Output, and returns its page count and any content warnings. It
// writes nothing else: no manifest, no cache, and the person's name
// appears in no error. An unknown stage, area or language, a bad date, a
// name that cannot be printed, two languages without a bilingual layout
// (or a layout without two languages) and a style too narrow for columns
// are usage errors.
func WritePack(opts PackOptions) (pages int, warnings content.Problems, err error) {
	defer guard("pack", &err)
	if opts.Output == "" {
		return 0, nil, fmt.Errorf("%w: pack needs -o FILE", ErrUsage)
	}
	if err := CheckOutputFile(opts.Output); err != nil {
		return 0, nil, err
	}
	date, err := packDate(opts.Date)
	if err != nil {
		return 0, nil, err
	}
	style := styleFor(opts.Style, opts.Bilingual, "standard")
	sts, err := buildStyles(BuildOptions{Styles: []string{style}, Greyscale: opts.Greyscale})
	if err != nil {
		return 0, nil, err
	}
	g, ps := loadForStyles(opts.ContentDir, sts)
	if ps.HasErrors() {
		return 0, ps.Warnings(), ps.Errors()
	}
	p, err := pack(g, edition{opts.Lang, sts[0]}, opts, date)
	if err != nil {
		return 0, ps.Warnings(), err
	}
	if err := writeOutput(opts.Output, p.Data, opts.Stdout); err != nil {
		return 0, ps.Warnings(), err
	}
	return p.Pages, ps.Warnings(), nil
}

// packDate parses the --date value; "" is the zero time (the guide's
// edition date).
func packDate(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%w: date %q is not a date written YYYY-MM-DD", ErrUsage, s)
	}
	return d, nil
}

// pack checks the stages, language (or languages and layout) and area
// asked for and renders the pack.
func pack(g *content.Guide, ed edition, opts PackOptions, date time.Time) (output.Product, error) {
	if len(opts.Stages) == 0 {
		return output.Product{}, fmt.Errorf("%w: pack needs --stages; the guide's stages are: %s", ErrUsage, stageIDs(g))
	}
	for _, id := range opts.Stages {
		if err := chooseStage(g, id); err != nil {
			return output.Product{}, err
		}
	}
	ed, bi, err := packLangs(g, ed, opts.Bilingual)
	if err != nil {
		return output.Product{}, err
	}
	area, err := chooseArea(g, opts.Area)
	if err != nil {
		return output.Product{}, err
	}
	ro := layout.PackOptions{Stages: opts.Stages, Area: area, Name: opts.Name, Date: date}
	if bi != nil {
		if err := checkColumns(*bi, []*styles.Style{ed.st}); err != nil {
			return output.Product{}, err
		}
		return bilingualPack(g, *bi, ed.st, ro, opts.Output)
	}
	defer hold(g, ro.Stages, ed.lang)()
	data, pages, err := drawn(layout.Pack(g, ed.lang, ed.st, ro))
	if errors.Is(err, layout.ErrName) {
		return output.Product{}, fmt.Errorf("%w: %w", ErrUsage, err)
	}
	if err != nil {
		return output.Product{}, fmt.Errorf("building the %s pack in style %s: %w", content.LanguageName(ed.lang), ed.st.Name, err)
	}
	e := output.Entry{Path: opts.Output, Kind: "pack", Language: ed.lang, Style: ed.st.Name, Pages: pages}
	return output.NewProduct(e, data), nil
}

// packLangs checks the pack's language, "" being the guide's first, or
// with a layout its two languages.
func packLangs(g *content.Guide, ed edition, layout string) (edition, *bilingual, error) {
	lang, bi, err := langsOf(g, ed.lang, layout)
	if err != nil || bi != nil {
		return ed, bi, err
	}
	if ed.lang = lang; ed.lang == "" {
		ed.lang = g.Languages[0]
	}
	_, err = chooseLangs(g, []string{ed.lang})
	return ed, nil, err
}

// bilingualPack renders a bilingual pack into a product for path. A name
// that cannot be printed, and a layout's refusals, are usage errors.
func bilingualPack(g *content.Guide, bi bilingual, st *styles.Style, ro layout.PackOptions, path string) (output.Product, error) {
	defer hold(g, ro.Stages, bi.langs[:]...)()
	data, pages, err := drawnBilingual(layout.BilingualPack(g, bi.langs, bi.layout, st, ro))
	if errors.Is(err, layout.ErrName) {
		return output.Product{}, fmt.Errorf("%w: %w", ErrUsage, err)
	}
	if err != nil {
		return output.Product{}, bilingualError(err, fmt.Sprintf("%s pack in style %s", bi.describe(), st.Name))
	}
	e := output.Entry{Path: path, Kind: "pack", Language: bi.language(), Layout: string(bi.layout), Style: st.Name, Pages: pages}
	return output.NewProduct(e, data), nil
}

// stageIDs lists the guide's stage ids, comma separated.
func stageIDs(g *content.Guide) string {
	s := ""
	for i, st := range g.Stages {
		if i > 0 {
			s += ", "
		}
		s += st.ID
	}
	return s
}
