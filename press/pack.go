package press

import (
	"errors"
	"fmt"
	"time"

	"guidepress/content"
	"guidepress/output"
	"guidepress/render"
)

// PackOptions say which discharge pack to write where.
type PackOptions struct {
	// ContentDir is the guide's folder; "" is the default guide.
	ContentDir string
	// Lang is the pack's language; "" is the guide's first language.
	Lang string
	// Style is a preset name or style file; "" is "standard".
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
	// Output is the PDF file to write; required.
	Output string
}

// WritePack renders a discharge pack and writes it atomically to
// opts.Output, and returns its page count and any content warnings. It
// writes nothing else: no manifest, no cache, and the person's name
// appears in no error. An unknown stage, area or language, a bad date or
// a name that cannot be printed is a usage error.
func WritePack(opts PackOptions) (pages int, warnings content.Problems, err error) {
	defer guard("pack", &err)
	if opts.Output == "" {
		return 0, nil, fmt.Errorf("%w: pack needs -o FILE", ErrUsage)
	}
	date, err := packDate(opts.Date)
	if err != nil {
		return 0, nil, err
	}
	style := opts.Style
	if style == "" {
		style = "standard"
	}
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
	if err := output.WriteFile(opts.Output, p.Data); err != nil {
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

// pack checks the stages, language and area asked for and renders the
// pack.
func pack(g *content.Guide, ed edition, opts PackOptions, date time.Time) (output.Product, error) {
	if len(opts.Stages) == 0 {
		return output.Product{}, fmt.Errorf("%w: pack needs --stages; the guide's stages are: %s", ErrUsage, stageIDs(g))
	}
	for _, id := range opts.Stages {
		if err := chooseStage(g, id); err != nil {
			return output.Product{}, err
		}
	}
	if ed.lang == "" {
		ed.lang = g.Languages[0]
	}
	if _, err := chooseLangs(g, []string{ed.lang}); err != nil {
		return output.Product{}, err
	}
	area, err := chooseArea(g, opts.Area)
	if err != nil {
		return output.Product{}, err
	}
	ro := render.PackOptions{Stages: opts.Stages, Area: area, Name: opts.Name, Date: date}
	data, info, err := render.PackPDF(g, ed.lang, ed.st, ro)
	if errors.Is(err, render.ErrName) {
		return output.Product{}, fmt.Errorf("%w: %w", ErrUsage, err)
	}
	if err != nil {
		return output.Product{}, fmt.Errorf("building the %s pack in style %s: %w", content.LanguageName(ed.lang), ed.st.Name, err)
	}
	e := output.Entry{Path: opts.Output, Kind: "pack", Language: ed.lang, Style: ed.st.Name, Pages: info.Pages}
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
