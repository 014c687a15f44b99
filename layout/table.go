package layout

import (
	"cmp"
	"slices"

	"guidepress/compose"
	"guidepress/markup"
	"guidepress/typeset"
)

// table adds a Markdown table. Its columns are sized to their content
// and its cells' text wraps; the header row is bold on the tint and is
// repeated at the top of a page the table continues on; a row stays on
// one page unless it is taller than a page. When even the narrowest
// sensible columns do not fit the width (a Columns edition, large
// print), each row is printed instead as a block of "Header: value"
// lines (see stackedTable).
func (f *flow) table(b compose.Block, o textOpts) {
	t := b.Table
	widths, ok := f.columnWidths(t, o)
	if !ok {
		f.stackedTable(t, o)
		return
	}
	g := f.tableGeom(widths, o)
	table := f.newTag(TagTable)
	head := f.tableRow(g, boldCells(t.Head), t.Align, o, f.tags.add(table, TagTR), true)
	head[0].space = o.space
	if f.keep > 0 {
		head[0].glue = true
		f.keep = 0
	}
	f.addTableRows(head, nil)
	heads := f.rows[len(f.rows)-len(head):]
	for i, cells := range t.Rows {
		rs := f.tableRow(g, cells, t.Align, o, f.tags.add(table, TagTR), false)
		rs[0].glue = i == 0 // the header is never left alone at the foot of a page
		f.addTableRows(rs, heads)
	}
}

// addTableRows adds the rows of one table row; head are the header's
// rows, repeated above the row when it starts a page.
func (f *flow) addTableRows(rs []row, head []row) {
	for _, r := range rs {
		r.head = head
		f.add(r)
	}
}

// repeatedHead points the rows of the table that starts at row start to
// its header rows as they are now, quote bars included, for the
// paginator to repeat.
func (f *flow) repeatedHead(start int) {
	n := 0
	for start+n < len(f.rows) && f.rows[start+n].head == nil {
		n++
	}
	if start+n == len(f.rows) {
		return // a stacked table: no header to repeat
	}
	head := f.rows[start : start+n : start+n]
	for k := start + n; k < len(f.rows); k++ {
		f.rows[k].head = head
	}
}

// tableGeom are a table's columns: their left edges and widths (cell
// padding included), and the table's left edge and width.
type tableGeom struct {
	xs, ws []float64
	x, w   float64
	padX   float64
	padY   float64
}

// tableGeom places columns of the given text widths at o.x.
func (f *flow) tableGeom(widths []float64, o textOpts) tableGeom {
	g := tableGeom{x: o.x, padX: f.cellPadX(o), padY: 0.2 * f.st.Leading(o.size)}
	x := o.x
	for _, w := range widths {
		cw := w + 2*g.padX
		g.xs, g.ws = append(g.xs, x), append(g.ws, cw)
		x += cw
	}
	g.w = x - o.x
	return g
}

// cellPadX is the space each side of a cell's text.
func (f *flow) cellPadX(o textOpts) float64 { return 0.3 * f.st.Leading(o.size) }

// tableRow lays out one row of cells as rows of layout, one per line of
// its tallest cell, glued together: the first has the cell padding
// above, the last the padding below and the rule under the row. A header
// row is tinted. The row is structure element tr, and each cell a header
// cell (TH) or a data cell (TD) in it.
func (f *flow) tableRow(g tableGeom, cells [][]markup.Run, align []markup.Align, o textOpts, tr int32, header bool) []row {
	lead := f.st.Leading(o.size)
	lines := make([][]typeset.Line, len(g.ws))
	cellTags := make([]int32, len(g.ws))
	n := 1
	for i := range g.ws {
		if i < len(cells) {
			lines[i] = typeset.Lines(f.m, cells[i], o.size, g.ws[i]-2*g.padX)
		}
		n = max(n, len(lines[i]))
		cellTags[i] = f.tags.add(tr, TagTD)
		f.tags.set(cellTags[i], func(tg *Tag) {
			if header {
				tg.Type = TagTH
			}
			tg.empty = true // an empty cell still counts
		})
	}
	rs := make([]row, n)
	for j := range rs {
		top, h := 0.0, lead
		if j == 0 {
			top, h = g.padY, h+g.padY
		}
		if j == n-1 {
			h += g.padY
		}
		r := row{h: h, glue: j > 0}
		if header {
			r.items = append(r.items, Item{Kind: Shade, Role: RoleDecoration, X: g.x, W: g.w, H: h, Ref: f.ref})
		}
		for i, ls := range lines {
			if j >= len(ls) {
				continue
			}
			it := lineItem(ls[j], textOpts{size: o.size, role: RoleBody, x: g.xs[i] + alignShift(g, i, ls[j].Width, align), tag: cellTags[i]}, lead, f.ref)
			it.Y = top
			r.items = append(r.items, it)
		}
		if j == n-1 {
			weight := f.d.thin
			if header {
				weight = 2 * f.d.thin
			}
			r.items = append(r.items, Item{Kind: Rule, Role: RoleDecoration, X: g.x, Y: h, W: g.w, Weight: weight, Ref: f.ref})
		}
		rs[j] = r
	}
	if n > 1 && stackHeight(rs) <= f.room {
		cellByCell(rs)
	}
	return rs
}

// cellByCell moves everything drawn on a table row's lines into its
// first line, in place: the shading first, then the text cell after
// cell, so that each cell is drawn whole before the next, as it is read,
// then the rules. The other lines keep their height, empty. A row taller
// than a page keeps a line per layout row, so the page can break in it.
func cellByCell(rs []row) {
	var shade, text, rest []Item
	y := 0.0
	for j := range rs {
		for _, it := range rs[j].items {
			it.Y += y
			switch it.Kind {
			case Shade:
				shade = append(shade, it)
			case TextLine:
				text = append(text, it)
			default:
				rest = append(rest, it)
			}
		}
		rs[j].items = nil
		y += rs[j].h // the lines after the first have no space above
	}
	// Cells' tags are made in column order; a cell's lines keep theirs.
	slices.SortStableFunc(text, func(a, b Item) int { return cmp.Compare(a.Tag, b.Tag) })
	rs[0].items = append(append(shade, text...), rest...)
}

// alignShift is how far right of column i's left edge a line of width w
// starts, for the column's alignment.
func alignShift(g tableGeom, i int, w float64, align []markup.Align) float64 {
	room := g.ws[i] - 2*g.padX - w
	a := markup.AlignLeft
	if i < len(align) {
		a = align[i]
	}
	switch a {
	case markup.AlignRight:
		return g.padX + max(room, 0)
	case markup.AlignCenter:
		return g.padX + max(room, 0)/2
	}
	return g.padX
}

// boldCells are the header's cells in bold.
func boldCells(cells [][]markup.Run) [][]markup.Run {
	out := make([][]markup.Run, len(cells))
	for i, c := range cells {
		out[i] = boldRuns(c)
	}
	return out
}
