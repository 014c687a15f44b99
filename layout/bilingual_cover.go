package layout

// fitCovers makes the cover of a Columns edition (see coverPages),
// stepping both columns' titles down in size alike until they fit the
// page. When they do not fit even at the style's smallest heading size,
// the titles fill the cover and the foot goes at the foot of the page
// after it, level in both columns (see builder.fitCover); it fails only
// when the titles alone are too long for a page.
func (c *cols) fitCovers() ([2][]*Page, error) {
	defer func() { c.b[0].coverStep, c.b[1].coverStep = 0, 0 }()
	rows := func(b *builder) ([]row, []row) { return b.coverRows(b.p.Parts[0]) }
	for step := 0; step <= coverSteps; step++ {
		c.b[0].coverStep, c.b[1].coverStep = step, step
		if pages, ok := c.coverPages(rows); ok {
			return [2][]*Page{{pages[0]}, {pages[1]}}, nil
		}
	}
	var top, foot [2][]row
	for i, b := range c.b {
		top[i], foot[i] = rows(b)
	}
	st := c.b[0].st
	bottom := st.PageHeight - st.Margins.Bottom
	first := [2]*Page{{Number: 1, Chapter: "cover"}, {Number: 1, Chapter: "cover"}}
	if stackLevel(first, top, st.Margins.Top) > bottom+eps {
		return [2][]*Page{}, c.b[0].coverError()
	}
	inside := [2]*Page{{Number: 2, Chapter: "cover"}, {Number: 2, Chapter: "cover"}}
	stackLevel(inside, foot, bottom-stackLevel([2]*Page{{}, {}}, foot, 0))
	return [2][]*Page{{first[0], inside[0]}, {first[1], inside[1]}}, nil
}

// coverPages make the cover of a Columns edition from each column's top
// and foot rows (see coverPage): the top's pieces (rule, titles, summary)
// each start level from the top margin, and the foot's pieces start level
// so that the taller column's foot ends at the bottom margin. ok is false
// when they do not fit on one page with a line's space between them.
func (c *cols) coverPages(rows func(b *builder) (top, foot []row)) (pages [2]*Page, ok bool) {
	var top, foot [2][]row
	for i, b := range c.b {
		top[i], foot[i] = rows(b)
		pages[i] = &Page{Number: 1, Chapter: "cover"}
	}
	st := c.b[0].st
	y := stackLevel(pages, top, st.Margins.Top)
	bottom := st.PageHeight - st.Margins.Bottom
	footH := stackLevel([2]*Page{{}, {}}, foot, 0)
	if y+c.b[0].d.lead+footH > bottom+eps {
		return pages, false
	}
	stackLevel(pages, foot, bottom-footH)
	return pages, true
}

// stackLevel places each column's rows on its page from y, a piece of a
// heading block at a time (see headParts), each piece starting level in
// both columns, and returns the y below the lower column.
func stackLevel(pages [2]*Page, rows [2][]row, y float64) float64 {
	ps := [2][]part{headParts(rows[0], false), headParts(rows[1], false)}
	if len(ps[0]) != len(ps[1]) {
		return max(stack(pages[0], rows[0], y), stack(pages[1], rows[1], y))
	}
	for j := range ps[0] {
		next := y
		for i, p := range pages {
			rs := ps[i][j].rows
			start := y
			if j > 0 {
				start += rs[0].space
			}
			next = max(next, stack(p, rs, start))
		}
		y = next
	}
	return y
}
