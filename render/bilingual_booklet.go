package render

import (
	"fmt"

	"guidepress/content"
)

// booklet lays out a Columns booklet: the single-language booklet's parts
// in the same order (cover, "How to use this guide", contents, a chapter
// per stage, key contacts, back cover), each part level in both columns,
// padded with Notes pages to a multiple of 4. Each column has its own
// running header (its chapter's title) and "Page n of m" in its language.
func (c *cols) booklet() (*Bilingual, error) {
	var chapters [2][]Chapter
	var ch [2]chrome
	for i, b := range c.b {
		chapters[i] = b.chapterList()
		ch[i] = b.measureChrome(chapters[i])
	}
	c.setChrome(ch, true)
	covers, ok := c.coverPages((*builder).coverRows)
	if !ok {
		return nil, fmt.Errorf("lay out the cover: the title and subtitle are too long for one page")
	}
	front := [2][]*Page{{covers[0]}, {covers[1]}}
	units, err := c.bookletUnits(chapters)
	if err != nil {
		return nil, err
	}
	t := c.newTwin(front)
	t.run(units)
	pages := t.pageSets()
	bottomAlignBoth(pages, c.b[0].st.PageHeight-c.b[0].st.Margins.Bottom)
	var meta [2]Meta
	for i, b := range c.b {
		pages[i] = b.padBooklet(pages[i])
		for j := range chapters[i] {
			chapters[i][j].Page = t[i].anchors[chapters[i][j].ID]
		}
		b.fillContents(pages[i], chapters[i])
		b.addChrome(pages[i])
		meta[i] = b.meta()
	}
	return c.halves(pages, chapters, meta), nil
}

// both makes parts in each column with mk and pairs them.
func (c *cols) both(mk func(i int, b *builder) ([]part, error)) ([]unit, error) {
	var parts [2][]part
	for i, b := range c.b {
		ps, err := mk(i, b)
		if err != nil {
			return nil, err
		}
		parts[i] = ps
	}
	return zipParts(parts[0], parts[1]), nil
}

// bookletUnits are the units of a booklet after its cover, in the order
// of bodyRows.
func (c *cols) bookletUnits(chapters [2][]Chapter) ([]unit, error) {
	g := c.b[0].g
	var units []unit
	if g.Intro != nil {
		us, err := c.chapterUnits(g.Intro)
		if err != nil {
			return nil, err
		}
		units = us
	}
	us, _ := c.both(func(i int, b *builder) ([]part, error) { return b.contentsParts(chapters[i]), nil })
	units = append(units, us...)
	for _, s := range g.Stages {
		us, err := c.chapterUnits(s)
		if err != nil {
			return nil, err
		}
		units = append(units, us...)
	}
	us, _ = c.both(func(_ int, b *builder) ([]part, error) {
		return append(b.contactParts(g.Contacts), part{rows: b.backCover()}), nil
	})
	return append(units, us...), nil
}

// chapterUnits are a stage's title block, sections and diagrams.
func (c *cols) chapterUnits(s *content.Stage) ([]unit, error) {
	head, _ := c.both(func(_ int, b *builder) ([]part, error) {
		f := b.flow(s.ID)
		b.chapterHead(f, s)
		return headParts(f.rows, false), nil
	})
	body, err := c.stageUnits(s)
	return append(head, body...), err
}

// stageUnits are a stage's sections, a unit each, then its diagrams, as
// stageBody adds them.
func (c *cols) stageUnits(s *content.Stage) ([]unit, error) {
	units, err := c.both(func(_ int, b *builder) ([]part, error) { return b.sectionParts(s) })
	if err != nil {
		return nil, err
	}
	for _, id := range diagramsOf(s) {
		us, err := c.diagramUnits(s, id)
		if err != nil {
			return nil, err
		}
		units = append(units, us...)
	}
	return units, nil
}

// sectionParts are a stage's sections, a part each.
func (b *builder) sectionParts(s *content.Stage) ([]part, error) {
	var parts []part
	for _, sec := range s.Sections {
		f := b.flow(s.ID)
		if err := b.section(f, s, sec); err != nil {
			return nil, err
		}
		parts = append(parts, part{rows: f.rows})
	}
	return parts, nil
}

// contentsParts are the contents page's title and an entry per chapter.
func (b *builder) contentsParts(chapters []Chapter) []part {
	f := b.flow(contentsID)
	f.heading(b.label("contents", nil), b.st.Headings.Chapter, RoleTitle, 0, 0)
	startChapter(f.rows, contentsID)
	f.rule(b.d.thick, 0.8*b.d.lead, 0.2*b.d.lead)
	parts := headParts(f.rows, true)
	for i, c := range chapters {
		f := b.flow(contentsID)
		b.contentsEntries(f, []Chapter{c}, b.st.Headings.Sub, 0)
		if i > 0 {
			f.rows[0].space = 0.5 * b.d.lead
		}
		parts = append(parts, part{rows: f.rows})
	}
	return parts
}

// contactParts are a Key contacts chapter of cs as contactSection lays it
// out: the title (with the crisis lines' heading, when there are any), then
// each contact, the crisis lines first.
func (b *builder) contactParts(cs []*content.Contact) []part {
	f, crisis, rest := b.contactsHead(cs)
	parts := headParts(f.rows, len(cs) > 0)
	for i, c := range append(crisis, rest...) {
		f := b.flow(contactsID)
		b.contact(f, c, i == 0)
		if i == len(crisis)-1 && len(rest) > 0 {
			f.rule(b.d.thick, b.d.lead, b.d.lead)
		}
		parts = append(parts, part{rows: f.rows})
	}
	return parts
}

// headParts splits the rows of a heading block (a title, a summary, a
// rule, a heading) into a part per piece, so each piece starts level with
// its translation however long the one before it is. Each is kept with
// the next, the last when keepNext is set.
func headParts(rows []row, keepNext bool) []part {
	var parts []part
	for i, r := range rows {
		if i == 0 || len(r.items) == 0 || len(rows[i-1].items) == 0 || r.items[0].Role != rows[i-1].items[0].Role {
			parts = append(parts, part{rows: nil, keepNext: true})
		}
		parts[len(parts)-1].rows = append(parts[len(parts)-1].rows, r)
	}
	parts[len(parts)-1].keepNext = keepNext
	return parts
}

// bottomAlignBoth moves a one-page back cover's items in both columns to
// the foot of the page, by the same distance so they stay level.
func bottomAlignBoth(pages [2][]*Page, bottom float64) {
	low := 0.0
	for _, ps := range pages {
		n := len(ps)
		if ps[n-1].Chapter != backID || n > 1 && ps[n-2].Chapter == backID {
			return
		}
		low = max(low, lowest(ps[n-1]))
	}
	for _, ps := range pages {
		last := ps[len(ps)-1]
		for i := range last.Items {
			last.Items[i].Y += bottom - low
		}
	}
}
