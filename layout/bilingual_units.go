package layout

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
