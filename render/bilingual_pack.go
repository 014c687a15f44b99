package render

import (
	"fmt"

	"guidepress/content"
	"guidepress/styles"
)

// BilingualPack lays out a discharge pack (see Pack) in the two languages
// langs, the first first, in layout.
//
// TeteBeche: each language's complete pack, the second from the back
// cover, both padded with ruled Notes pages to the same even length; the
// name (when given) is on both covers.
//
// Columns: a cover with both languages level (titles, "Prepared for",
// the date, and each field to fill in labelled in both languages over
// one box to write in across the page), the chosen stages, the "My
// goals" page (one table, each area of life named in both languages over
// one place to write), the Key contacts and the organisation's details,
// each part level in both columns. The name is printed once, across both
// columns of the cover.
//
// The name appears in neither half's document information, bookmarks or
// any error.
func BilingualPack(g *content.Guide, langs [2]string, layout Layout, st *styles.Style, opts PackOptions) (d *Bilingual, err error) {
	defer recoverAs("lay out the bilingual pack", &err)
	if err := checkBilingual(langs, layout); err != nil {
		return nil, fmt.Errorf("lay out the bilingual pack: %w", err)
	}
	in, err := newPackInput(g, opts)
	if err != nil {
		return nil, err
	}
	if layout == TeteBeche {
		return teteBechePack(g, langs, st, in)
	}
	c, err := newCols(g, langs, st, "the bilingual pack")
	if err != nil {
		return nil, err
	}
	name := ""
	for _, b := range c.b {
		if name, err = b.checkPack(in.name); err != nil {
			return nil, err
		}
	}
	in.name = name
	return c.pack(in)
}

// teteBechePack lays out a TeteBeche pack of in. When "In this pack"
// fits on one language's cover but not the other's (Welsh is often the
// longer), it is left off both, so neither cover has less on it.
func teteBechePack(g *content.Guide, langs [2]string, st *styles.Style, in packInput) (*Bilingual, error) {
	half := func(lang string, min int) (*Plan, error) { return packHalf(g, lang, st, in, min) }
	d, err := teteBeche(langs, half)
	if err != nil || hasPackList(d.Halves[0]) == hasPackList(d.Halves[1]) {
		return d, err
	}
	in.noList = true
	return teteBeche(langs, half)
}

// hasPackList reports whether a pack's cover lists its parts.
func hasPackList(p *Plan) bool {
	for _, it := range p.Pages[0].Items {
		if it.Role == RoleContents {
			return true
		}
	}
	return false
}

// BilingualPackPDF lays out and draws a bilingual discharge pack in one
// call.
func BilingualPackPDF(g *content.Guide, langs [2]string, layout Layout, st *styles.Style, opts PackOptions) ([]byte, Info, error) {
	d, err := BilingualPack(g, langs, layout, st, opts)
	if err != nil {
		return nil, Info{}, err
	}
	return d.draw()
}

// pack places a Columns pack's parts in the single-language pack's order
// (cover, stages, goals, contacts), each level in both columns, then puts
// the organisation's details at the foot of the last page. Each column
// has its own footer: the pack's title and "Page n of m" in its language.
func (c *cols) pack(in packInput) (*Bilingual, error) {
	var ch [2]chrome
	var chapters [2][]Chapter
	for i, b := range c.b {
		ch[i] = b.footerChrome(b.label("pack_title", nil))
		chapters[i] = b.packChapters(in.stages, len(in.contacts) > 0)
	}
	c.setChrome(ch, true)
	units, err := c.packUnits(in, chapters)
	if err != nil {
		return nil, err
	}
	t := c.newTwin([2][]*Page{})
	t.run(units)
	pages := c.endPack(t.pageSets())
	var meta [2]Meta
	for i, b := range c.b {
		for j := range chapters[i] {
			chapters[i][j].Page = t[i].anchors[chapters[i][j].ID]
		}
		b.fillContents(pages[i], chapters[i])
		b.addChrome(pages[i])
		meta[i] = b.packMeta(in.stages, in.date)
	}
	return c.halves(pages, chapters, meta), nil
}

// packUnits are the units of a Columns pack: its cover, each stage's
// chapter, the goals page and the contacts.
func (c *cols) packUnits(in packInput, chapters [2][]Chapter) ([]unit, error) {
	units := c.packCover(in.name, in.date, chapters)
	for _, s := range in.stages {
		us, err := c.chapterUnits(s)
		if err != nil {
			return nil, err
		}
		units = append(units, us...)
	}
	goals, err := c.goals()
	if err != nil {
		return nil, err
	}
	units = append(units, goals...)
	if len(in.contacts) > 0 {
		us, _ := c.both(func(_ int, b *builder) ([]part, error) { return b.contactParts(in.contacts), nil })
		units = append(units, us...)
	}
	return units, nil
}

// endPack puts each column's organisation details at the foot of the
// last page, starting level, or of a page of their own in both columns
// when they do not fit under the contacts in either.
func (c *cols) endPack(pages [2][]*Page) [2][]*Page {
	orgH := c.orgHeight()
	need := c.pagesNeeded(pages, orgH)
	for i, b := range c.b {
		if need > len(pages[i]) {
			last := pages[i][len(pages[i])-1]
			pages[i] = append(pages[i], &Page{Number: len(pages[i]) + 1, Chrome: true, Chapter: last.Chapter})
		}
		stack(pages[i][len(pages[i])-1], b.orgRows(), b.chrome.area.bottom-orgH)
	}
	return pages
}

// spanUnit makes rows with mk once, across both columns, in the first
// column (so that the first language's page holds them), with blank rows
// of the same heights beside them in the second: for what belongs to
// both languages, such as the person's name and lines to write on.
func (c *cols) spanUnit(ref string, mk func(b *builder, f *flow)) unit {
	b := c.b[0]
	f := b.flow(ref)
	f.w = c.b[1].x + c.b[1].w - f.x
	mk(b, f)
	return unit{{rows: f.rows}, {rows: blankRows(f.rows)}}
}

// unitsHeight is the height units take placed one under another, each
// starting level in both columns below the taller column of the one
// before.
func unitsHeight(units []unit) float64 {
	y := 0.0
	for j, u := range units {
		next := y
		for _, p := range u {
			start := y
			if j > 0 {
				start += p.rows[0].space
			}
			next = max(next, start+stackHeight(p.rows))
		}
		y = next
	}
	return y
}
