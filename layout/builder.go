package layout

import (
	"fmt"
	"guidepress/typeset"

	"guidepress/compose"
	"guidepress/content"
	"guidepress/fonts"
	"guidepress/styles"
)

// Info describes a built PDF.
type Info struct {
	// Pages is the number of pages.
	Pages int
}

// builder lays out one composed product in one style: one language, in
// the whole text width or in one column.
type builder struct {
	p      *compose.Product
	g      *content.Guide
	lang   string
	st     *styles.Style
	fam    *fonts.Family
	m      *typeset.Measurer
	d      dims
	x, w   float64 // the text column
	chrome chrome
	groups int // advice boxes made so far
	// minPages is the fewest pages a product is padded to with Notes
	// pages: the other half's length in a tête-bêche edition.
	minPages int
	// spanFigures leaves figures out of the column's flow: a Columns
	// edition draws each across both columns.
	spanFigures bool
	// coverStep is how many steps a cover's titles are set down from
	// their sizes (see stepDown).
	coverStep int
	// logoCap is the most a logo may be tall, below the style's
	// LogoHeight, so that both columns' logos are the same size; 0 for
	// none. logoUsed is the height of the last logo laid out.
	logoCap, logoUsed float64
	// tags is the product's structure tree, filled in as it is laid out.
	tags *tagTree
}

// newBuilder checks p and st and makes a builder; what names the product
// ("the booklet") in errors.
func newBuilder(p *compose.Product, st *styles.Style, what string) (*builder, error) {
	if st == nil {
		return nil, fmt.Errorf("lay out %s: no style", what)
	}
	fam, err := st.Family()
	if err != nil {
		return nil, fmt.Errorf("lay out %s: %w", what, err)
	}
	if err := checkGuide(p.Guide, p.Lang, fam); err != nil {
		return nil, err
	}
	m := typeset.NewMeasurer(fam)
	b := &builder{p: p, g: p.Guide, lang: p.Lang, st: st, fam: fam, m: m, d: newDims(st),
		x: st.Margins.Left, w: st.TextWidth(), tags: newTagTree()}
	if p.Kind == compose.PackProduct {
		if err := b.checkPack(); err != nil {
			return nil, err
		}
	}
	return b, nil
}

// whatOf names a product in errors: "the booklet", "the leaflet", ...
func whatOf(p *compose.Product) string {
	switch p.Kind {
	case compose.PackProduct:
		return "the pack"
	case compose.LeafletProduct, compose.SheetProduct:
		return "the leaflet"
	}
	return "the booklet"
}

func (b *builder) label(key string, vars map[string]string) string {
	return b.g.Label(b.lang, key, vars)
}

func (b *builder) flow(ref string) *flow {
	room := b.chrome.area.bottom - b.chrome.area.top
	if room <= 0 {
		room = b.st.PageHeight - b.st.Margins.Top - b.st.Margins.Bottom
	}
	return &flow{m: b.m, st: b.st, d: b.d, x: b.x, w: b.w, ref: ref, room: room, tags: b.tags}
}

// startChapter marks the first row of a chapter's rows.
func startChapter(rows []row, id string) {
	rows[0].newPage, rows[0].chrome, rows[0].chapter, rows[0].anchor = true, true, id, id
}

// Chapter ids of the parts that are not stages.
const (
	contentsID  = compose.ContentsID
	contactsID  = compose.ContactsID
	backID      = compose.BackCoverID
	packCoverID = compose.PackCoverID
	goalsID     = compose.GoalsID
)

// chapters are the product's chapters as its contents list them.
func (b *builder) chapters() []Chapter {
	cs := make([]Chapter, len(b.p.Chapters))
	for i, e := range b.p.Chapters {
		cs[i] = Chapter{ID: e.ID, Title: e.Title}
	}
	return cs
}

// makeChrome measures the product's running heads and footer.
func (b *builder) makeChrome() chrome {
	if b.p.RunningHeads {
		return b.measureChrome()
	}
	return b.footerChrome(b.p.Footer)
}
