package render

import (
	"fmt"
	"slices"

	"guidepress/content"
	"guidepress/styles"
)

// columnsLeaflet lays out a Columns leaflet of stage stageID: the
// single-language leaflet's parts in the same order, level in both
// columns, each column with its own footer (the stage's title and "Page n
// of m" in its language).
func columnsLeaflet(g *content.Guide, stageID string, langs [2]string, st *styles.Style, opts LeafletOptions) (*Bilingual, error) {
	format, err := ParseFormat(string(opts.Format))
	if err != nil {
		return nil, fmt.Errorf("lay out the leaflet: %w", err)
	}
	c, err := newCols(g, langs, st, "the bilingual leaflet")
	if err != nil {
		return nil, err
	}
	s, cs, err := leafletInput(g, stageID, st, format, opts.Area)
	if err != nil {
		return nil, err
	}
	return c.leaflet(s, cs, format)
}

// leaflet places the front, the stage and its contacts in both columns,
// then pads with Notes pages and puts the organisation's details level
// at the foot of the last page.
func (c *cols) leaflet(s *content.Stage, cs []*content.Contact, format Format) (*Bilingual, error) {
	var ch [2]chrome
	for i, b := range c.b {
		ch[i] = b.footerChrome(s.Title.Get(b.lang))
	}
	c.setChrome(ch, false)
	front, body, err := c.leafletUnits(s, format)
	if err != nil {
		return nil, err
	}
	var contacts []unit
	if len(cs) > 0 {
		contacts, _ = c.both(func(_ int, b *builder) ([]part, error) { return b.contactParts(cs), nil })
	}
	t := c.placeLeaflet(front, body, contacts, format)
	pages, err := c.endLeaflet(t.pageSets(), format, s.ID)
	if err != nil {
		return nil, err
	}
	var chapters [2][]Chapter
	var meta [2]Meta
	for i, b := range c.b {
		b.addChrome(pages[i])
		chapters[i] = b.leafletChapters(s, pages[i], t[i].anchors[contactsID])
		meta[i] = b.leafletMeta(s)
	}
	return c.halves(pages, chapters, meta), nil
}

// leafletUnits are a leaflet's front pages (a cover for FoldedA5) and the
// units of its front panel (for SheetA4) and stage; the first unit starts
// the stage's chapter.
func (c *cols) leafletUnits(s *content.Stage, format Format) ([2][]*Page, []unit, error) {
	var front [2][]*Page
	var units []unit
	if format == SheetA4 {
		units, _ = c.both(func(_ int, b *builder) ([]part, error) {
			f := b.flow(s.ID)
			b.frontPanel(f, s)
			return []part{{rows: f.rows}}, nil
		})
	} else {
		covers, ok := c.coverPages(func(b *builder) ([]row, []row) { return b.leafletCoverRows(s) })
		if !ok {
			return front, nil, fmt.Errorf("lay out the leaflet: the titles and summary of %s are too long for the front page", s.ID)
		}
		for i, b := range c.b {
			covers[i].Bookmarks = b.leafletCoverMarks(s)
			front[i] = []*Page{covers[i]}
		}
	}
	us, err := c.stageUnits(s)
	if err != nil {
		return front, nil, err
	}
	units = append(units, us...)
	if len(units) == 0 {
		return front, nil, fmt.Errorf("lay out the leaflet: stage %s has no sections", s.ID)
	}
	for i := range units[0] {
		startChapter(units[0][i].rows, s.ID)
	}
	return front, units, nil
}

// placeLeaflet places the stage's units, then the contacts', as the
// single-language placeLeaflet does: in a FoldedA5 leaflet the contacts
// start on a page of their own unless that would take more paper.
func (c *cols) placeLeaflet(front [2][]*Page, body, contacts []unit, format Format) twin {
	place := func(newPage bool) twin {
		units := slices.Clip(body)
		if len(contacts) > 0 {
			first := contacts[0]
			for i := range first {
				rows := slices.Clone(first[i].rows)
				rows[0].newPage = newPage
				rows[0].space = 1.5 * c.b[i].d.lead // dropped at the top of a page
				first[i].rows = rows
			}
			units = append(append(units, first), contacts[1:]...)
		}
		t := c.newTwin(front)
		t.run(units)
		return t
	}
	if format == SheetA4 || len(contacts) == 0 {
		return place(false)
	}
	own, flowing := place(true), place(false)
	orgH := c.orgHeight()
	if roundUp4(c.pagesNeeded(flowing.pageSets(), orgH)) < roundUp4(c.pagesNeeded(own.pageSets(), orgH)) {
		return flowing
	}
	return own
}

// orgHeight is the height of the taller column's organisation details.
func (c *cols) orgHeight() float64 {
	h := 0.0
	for _, b := range c.b {
		h = max(h, stackHeight(b.orgRows()))
	}
	return h
}

// pagesNeeded is the pages the leaflet needs with the organisation's
// details, orgH high, at the foot of the last page in both columns.
func (c *cols) pagesNeeded(pages [2][]*Page, orgH float64) int {
	return max(c.b[0].pagesNeeded(pages[0], orgH), c.b[1].pagesNeeded(pages[1], orgH))
}

// endLeaflet pads both columns with Notes pages to the format's page
// count and puts each column's organisation details at the foot of the
// last page, starting level.
func (c *cols) endLeaflet(pages [2][]*Page, format Format, stageID string) ([2][]*Page, error) {
	orgH := c.orgHeight()
	b := c.b[0]
	if orgH+max(b.notesHeadH(), c.b[1].notesHeadH()) > b.chrome.area.bottom-b.chrome.area.top {
		return pages, fmt.Errorf("lay out the leaflet: the organisation's details are too long for a page")
	}
	total, err := b.leafletTotal(c.pagesNeeded(pages, orgH), format, stageID)
	if err != nil {
		return pages, err
	}
	for i, b := range c.b {
		pages[i] = b.fillLeaflet(pages[i], total, b.orgRows(), orgH)
	}
	return pages, nil
}
