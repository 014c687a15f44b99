package layout

import (
	"fmt"
	"slices"

	"guidepress/compose"
	"guidepress/styles"
)

// ColumnsOf lays out a Columns edition of two composed products, the
// same product in two languages: the first in the left column, the
// second in the right, each part's pieces (a title, a summary, a section,
// a contents entry, a contact) starting level in both columns, with a
// thin rule down the gutter. A cover is stacked level in both columns; a
// figure is drawn across both columns once in each language; a pack's
// fields, name and goals are laid out once across both. Each column has
// its own running heads and "Page n of m" in its language. The page count
// is made up as for one language, in both columns alike. It works for
// every product.
func ColumnsOf(ps [2]*compose.Product, st *styles.Style) (d *Bilingual, err error) {
	what := "the bilingual " + whatOf(ps[0])[len("the "):]
	defer recoverAs("lay out "+what, &err)
	c, err := newCols(ps, st, what)
	if err != nil {
		return nil, err
	}
	return c.columns()
}

func (c *cols) columns() (*Bilingual, error) {
	var ch [2]chrome
	for i, b := range c.b {
		ch[i] = b.makeChrome()
	}
	c.setChrome(ch)
	var front [2][]*Page
	from := 0 // the first part after the cover
	if c.b[0].p.Parts[0].Kind == compose.Cover {
		covers, err := c.fitCovers()
		if err != nil {
			return nil, err
		}
		for i, b := range c.b {
			covers[i][0].Bookmarks = b.coverMarks(b.p.Parts[0])
			front[i] = covers[i]
		}
		from = 1
	}
	units, imprint, err := c.partUnits(from)
	if err != nil {
		return nil, err
	}
	t := c.place(front, units, imprint)
	pages, err := c.finish(t.pageSets(), imprint)
	if err != nil {
		return nil, err
	}
	var chapters [2][]Chapter
	var meta [2]Meta
	for i, b := range c.b {
		chapters[i] = b.pagedChapters(t[i].anchors, len(front[i]) > 0, pages[i])
		b.fillContents(pages[i], chapters[i])
		b.addChrome(pages[i])
		meta[i] = b.meta()
	}
	return c.halves(pages, chapters, meta), nil
}

// isLeaflet reports whether p is a leaflet (folded or one sheet), whose
// contents list its Notes pages.
func isLeaflet(p *compose.Product) bool {
	return p.Kind == compose.LeafletProduct || p.Kind == compose.SheetProduct
}

// unitRun is the units of a part and where it starts.
type unitRun struct {
	units []unit
	start compose.Start
}

// partUnits lays out the parts from index from on, in both columns, as
// units; an Imprint part is returned apart.
func (c *cols) partUnits(from int) (runs []unitRun, imprint [2]*compose.Part, err error) {
	for k := from; k < len(c.b[0].p.Parts); k++ {
		pt := c.b[0].p.Parts[k]
		var us []unit
		switch pt.Kind {
		case compose.Imprint:
			imprint = [2]*compose.Part{c.b[0].p.Parts[k], c.b[1].p.Parts[k]}
			continue
		case compose.PackCover:
			pts := [2]*compose.Part{c.b[0].p.Parts[k], c.b[1].p.Parts[k]}
			done := c.sameLogo(func() { c.packCover(pts) })
			us = c.packCover(pts)
			done()
		case compose.FrontPanel:
			done := c.sameLogo(func() { c.pieceUnits(k) })
			us, err = c.pieceUnits(k)
			done()
		case compose.GoalsPage:
			us, err = c.goals([2]*compose.Part{c.b[0].p.Parts[k], c.b[1].p.Parts[k]})
		default:
			us, err = c.pieceUnits(k)
		}
		if err != nil {
			return nil, imprint, err
		}
		runs = append(runs, unitRun{units: us, start: pt.Start})
	}
	return runs, imprint, nil
}

// pieceUnits pairs the pieces of part k in both columns; a figure's
// piece is drawn across both columns, once in each language.
func (c *cols) pieceUnits(k int) ([]unit, error) {
	var ps [2][]part
	for i, b := range c.b {
		p, err := b.pieces(b.p.Parts[k])
		if err != nil {
			return nil, err
		}
		ps[i] = p
	}
	var out []unit
	for _, u := range zipParts(ps[0], ps[1]) {
		if u[0].figure == nil {
			out = append(out, u)
			continue
		}
		us, err := c.diagramUnits(c.b[0].p.Parts[k].ID, [2]compose.Block{*u[0].figure, *u[1].figure})
		if err != nil {
			return nil, err
		}
		out = append(out, us...)
	}
	return out, nil
}

// place places the units after the front pages, as the one-language
// arrangement places rows: a titled part that follows on starts 1.5
// lines down, and one that starts a page unless that takes more paper is
// placed both ways (see builder.place).
func (c *cols) place(front [2][]*Page, runs []unitRun, imprint [2]*compose.Part) twin {
	run := func(own bool) twin {
		var units []unit
		for _, r := range runs {
			us := r.units
			if len(us) > 0 {
				first := us[0]
				for i := range first {
					first[i].rows = c.b[i].startAs(first[i].rows, r.start, own)
				}
				us = append([]unit{first}, us[1:]...)
			}
			units = append(units, us...)
		}
		return c.paginate(front, units)
	}
	if !slices.ContainsFunc(runs, func(r unitRun) bool { return r.start == compose.NewPageUnlessMorePaper }) {
		return run(false)
	}
	own, flowing := run(true), run(false)
	orgH := c.orgHeight(imprint)
	nf, no := c.pagesNeeded(flowing.pageSets(), orgH), c.pagesNeeded(own.pageSets(), orgH)
	if fewerSheets(nf, no) || !fewerSheets(no, nf) && own.runts(c.b[0].d.lead) > flowing.runts(c.b[0].d.lead) {
		return flowing
	}
	return own
}

// paginate places units on pages after the front pages, then again with
// a page break earlier wherever that mends a page of fewer than minLines
// lines (see builder.paginate): before a unit, in both columns, or when
// the runt is the end of a unit that began on an earlier page, before a
// run of rows inside it in a column that holds too few lines.
func (c *cols) paginate(front [2][]*Page, units []unit) twin {
	force := map[int]bool{}
	rowForce := [2]map[int]bool{{}, {}}
	lead := c.b[0].d.lead
	first := len(front[0])
	var t twin
	for range runtTries {
		t = c.newTwin(front)
		t[0].force = force
		for i := range t {
			t[i].rowForce = rowForce[i]
		}
		t.run(units)
		runt := func(k int) bool { return t.lines(k, 0, lead) < minLines }
		if at := earlierBreak(t[0].pages, t[0].units, first, runt, func(k int, from float64) int {
			return t.lines(k, from, lead)
		}); at >= 0 && !force[at] {
			force[at] = true
			continue
		}
		mended := false
		for i, p := range t {
			lines := func(k int, from float64) int { return pageLines(p.pages[k], lead, from) }
			at := earlierBreak(p.pages, p.starts, first, func(k int) bool { return runt(k) && lines(k, 0) < minLines }, lines)
			if at >= 0 && !rowForce[i][at] {
				rowForce[i][at], mended = true, true
				break
			}
		}
		if !mended {
			break
		}
	}
	return t
}

// finish makes up the page count in both columns alike (see
// builder.finish).
func (c *cols) finish(pages [2][]*Page, imprint [2]*compose.Part) ([2][]*Page, error) {
	if imprint[0] == nil {
		bottomAlignBoth(pages, c.b[0].st.PageHeight-c.b[0].st.Margins.Bottom)
		for i, b := range c.b {
			pages[i] = b.padBooklet(pages[i])
		}
		return pages, nil
	}
	if c.b[0].p.Fold == compose.Flat {
		return c.endPack(pages, imprint), nil
	}
	return c.endLeaflet(pages, imprint)
}

// orgHeight is the height of the taller column's organisation details.
func (c *cols) orgHeight(imprint [2]*compose.Part) float64 {
	h := 0.0
	for i, b := range c.b {
		if imprint[i] != nil {
			h = max(h, stackHeight(b.orgRows(imprint[i])))
		}
	}
	return h
}

// pagesNeeded is the pages the product needs with the organisation's
// details, orgH high, at the foot of the last page in both columns.
func (c *cols) pagesNeeded(pages [2][]*Page, orgH float64) int {
	return max(c.b[0].pagesNeeded(pages[0], orgH), c.b[1].pagesNeeded(pages[1], orgH))
}

// endLeaflet pads both columns with Notes pages to the fold's page count
// and puts each column's organisation details at the foot of the last
// page, starting level.
func (c *cols) endLeaflet(pages [2][]*Page, imprint [2]*compose.Part) ([2][]*Page, error) {
	orgH := c.orgHeight(imprint)
	b := c.b[0]
	if orgH+max(b.notesHeadH(), c.b[1].notesHeadH()) > b.chrome.area.bottom-b.chrome.area.top {
		return pages, fmt.Errorf("lay out the leaflet: the organisation's details are too long for a page")
	}
	need := c.pagesNeeded(pages, orgH)
	if b.p.Fold == compose.OneSheet && need > 2 {
		for i, b := range c.b {
			if b.pagesNeeded(pages[i], orgH) == need {
				return pages, b.sheetError(pages[i], orgH, need)
			}
		}
	}
	total, err := b.leafletTotal(need)
	if err != nil {
		return pages, err
	}
	for i, b := range c.b {
		pages[i] = b.fillLeaflet(pages[i], total, b.orgRows(imprint[i]), orgH)
	}
	return pages, nil
}

// endPack puts each column's organisation details at the foot of the
// last page, starting level, or of a page of their own in both columns
// when they do not fit under the contacts in either.
func (c *cols) endPack(pages [2][]*Page, imprint [2]*compose.Part) [2][]*Page {
	orgH := c.orgHeight(imprint)
	need := c.pagesNeeded(pages, orgH)
	for i, b := range c.b {
		if need > len(pages[i]) {
			last := pages[i][len(pages[i])-1]
			pages[i] = append(pages[i], &Page{Number: len(pages[i]) + 1, Chrome: true, Chapter: last.Chapter})
		}
		stack(pages[i][len(pages[i])-1], b.orgRows(imprint[i]), b.chrome.area.bottom-orgH)
	}
	return pages
}
