package layout

import (
	"guidepress/compose"
	"guidepress/fonts"
	"guidepress/typeset"
)

// goals makes the units of a Columns pack's "My goals" page: its title,
// a thick rule and the line saying what to do, level in both columns,
// then one table across the page with a row per area of life. Each row is
// a box: the area's name in the first language at its top left and in
// the second at its top right, level, and writing lines across the whole
// box under them. A reader writing by hand has one place to write per
// area, as wide as the page, whichever language they read; two tables,
// one per column, would ask which to fill in and halve the room. As on
// the single-language page the rows share out the page's height, and are
// shared over more pages when they cannot fit one.
func (c *cols) goals(pts [2]*compose.Part) ([]unit, error) {
	var areas [2][]compose.Entry
	head, _ := c.both(func(i int, b *builder) ([]part, error) {
		title, intro, as := goalsBlocks(pts[i])
		areas[i] = as
		f := b.flow(goalsID)
		f.heading(title, b.st.Headings.Chapter, RoleTitle, 0, 0)
		startChapter(f.rows, goalsID)
		f.rule(b.d.thick, 0.8*b.d.lead, 0.2*b.d.lead)
		f.text(plain(intro, fonts.Regular), textOpts{size: b.st.BodySize, role: RoleBody, keep: true})
		return headParts(f.rows, true), nil
	})
	b := c.b[0]
	names := c.goalNames(areas)
	needs := make([]float64, len(names))
	for i, n := range names {
		needs[i] = b.goalNameHeight(n) + b.notesGap()
	}
	space := 0.8 * b.d.lead
	page := b.chrome.area.bottom - b.chrome.area.top - 0.5 // a little slack for rounding
	heights, perPage, err := goalHeights(needs, page-unitsHeight(head)-space, page)
	if err != nil {
		return nil, err
	}
	units := head
	for i, n := range names {
		u := c.goalRow(n, areas[0][i].ID, heights[i])
		for j := range u {
			r := &u[j].rows[0]
			r.newPage, r.chrome, r.chapter = i%perPage == 0 && i > 0, true, goalsID
			if i == 0 {
				r.space = space
			}
		}
		units = append(units, u)
	}
	return units, nil
}

// boxInset is how far the first column's text, and the writing lines,
// stand in from the sides of a box across both columns (a goals row, a
// field of a pack's cover).
func (b *builder) boxInset() float64 { return b.d.pad }

// goalNames breaks each area of life's title into lines for its column,
// inside the box: [area][column].
func (c *cols) goalNames(areas [2][]compose.Entry) [][2][]typeset.Line {
	out := make([][2][]typeset.Line, len(areas[0]))
	for i := range areas[0] {
		for j, b := range c.b {
			out[i][j] = typeset.Lines(b.m, plain(areas[j][i].Title, fonts.Bold), b.st.BodySize, b.w-b.boxInset())
		}
	}
	return out
}

// goalNameHeight is the height of the top of a goals row that holds the
// area's names: the taller column's.
func (b *builder) goalNameHeight(names [2][]typeset.Line) float64 {
	lead := b.st.Leading(b.st.BodySize)
	return 0.3*lead + float64(max(len(names[0]), len(names[1])))*lead
}

// goalRow is the row of area id, h high: a box across both columns, the
// area's names at its top in their columns, and writing lines at least a
// handwriting line apart under them, the box's foot the last. The box and
// lines are in the first column's row.
func (c *cols) goalRow(names [2][]typeset.Line, id string, h float64) unit {
	var u unit
	for i, b := range c.b {
		lead := b.st.Leading(b.st.BodySize)
		x := b.x
		if i == 0 {
			x += b.boxInset()
		}
		r := row{h: h}
		tag := b.tags.add(0, TagP)
		for k, ln := range names[i] {
			it := lineItem(ln, textOpts{size: b.st.BodySize, role: RoleBody, x: x, tag: tag}, lead, goalsID+"/"+id)
			it.Y = 0.3*lead + float64(k)*lead
			r.items = append(r.items, it)
		}
		u[i] = part{rows: []row{r}}
	}
	b := c.b[0]
	x0, x1 := b.x, c.b[1].x+c.b[1].w
	top := b.goalNameHeight(names)
	items := []Item{{Kind: Frame, Role: RoleDecoration, X: x0 + b.d.thin/2, W: x1 - x0 - b.d.thin, H: h, Weight: b.d.thin, Ref: goalsID}}
	n := max(1, int((h-top)/b.notesGap()))
	for j := 1; j < n; j++ {
		items = append(items, Item{Kind: Rule, Role: RoleDecoration, X: x0 + b.boxInset(), Y: top + float64(j)*(h-top)/float64(n),
			W: x1 - x0 - 2*b.boxInset(), Weight: b.d.thin, Ref: goalsID})
	}
	u[0].rows[0].items = append(items, u[0].rows[0].items...)
	return u
}
