package layout

import (
	"slices"

	"guidepress/compose"
)

// diagramUnits lay out diagram id of stage s across both columns, once in
// each language: a diagram's labels are too long for a column. The first
// language's diagram (caption, figure and legend) comes first at the full
// text width, then the second's, each with the other column left blank
// beside it, so no block mixes the languages. The gutter's rule stops
// where a diagram crosses it.
func (c *cols) diagramUnits(ref string, figs [2]compose.Block) ([]unit, error) {
	var rows [2][]row
	for i, b := range c.b {
		x, w := b.x, b.w
		b.x, b.w = c.b[0].x, c.b[1].x+c.b[1].w-c.b[0].x
		f := b.flow(ref)
		err := b.diagram(f, figs[i])
		b.x, b.w = x, w
		if err != nil {
			return nil, err
		}
		rows[i] = f.rows
	}
	return []unit{
		{part{rows: rows[0]}, part{rows: blankRows(rows[0])}},
		{part{rows: blankRows(rows[1])}, part{rows: rows[1]}},
	}, nil
}

// blankRows are rows the size of rows with nothing in them, so a column
// beside a block that spans both breaks its pages where the block does.
func blankRows(rows []row) []row {
	out := slices.Clone(rows)
	for i := range out {
		out[i].items, out[i].marks, out[i].anchor = nil, nil, ""
	}
	return out
}

// gutterGaps are the heights on a page where an item of either column
// crosses the gutter at x, widened by pad: the gutter's rule is not drawn
// there.
func gutterGaps(pages [2]*Page, x, pad float64) [][2]float64 {
	var gaps [][2]float64
	for _, p := range pages {
		for _, it := range p.Items {
			if it.X < x && it.X+it.W > x {
				gaps = append(gaps, [2]float64{it.Y - pad, it.Y + it.H + pad})
			}
		}
	}
	slices.SortFunc(gaps, func(a, b [2]float64) int {
		switch {
		case a[0] < b[0]:
			return -1
		case a[0] > b[0]:
			return 1
		}
		return 0
	})
	return gaps
}

// minBar is the shortest piece of the gutter's rule drawn, in mm: a
// shorter stub between a header and a diagram would look like a mistake.
const minBar = 15

// gutterBars are the pieces of the gutter's rule from top to bottom at x,
// weight wide, around gaps (sorted by their tops).
func gutterBars(x, top, bottom, weight float64, gaps [][2]float64) []Item {
	var out []Item
	y := top
	for _, g := range append(gaps, [2]float64{bottom, bottom}) {
		if end := min(g[0], bottom); end-y > minBar {
			out = append(out, Item{Kind: Bar, Role: RoleDecoration, X: x - weight/2, Y: y, W: weight, H: end - y})
		}
		y = max(y, g[1])
	}
	return out
}
