package layout

import (
	"guidepress/markup"
	"guidepress/styles"
	"guidepress/typeset"
)

// minColumnEms is the narrowest sensible column, in ems of the text
// size, for a column whose text is longer: narrower, most cells would
// hold a word or two a line.
const minColumnEms = 5

// columnWidths are the text widths of a table's columns at o's size and
// width, or false when even the narrowest sensible columns do not fit.
// Columns get their content's width on one line when all fit; otherwise
// each gets its narrowest sensible width (its widest word, and at least
// minColumnEms unless its text is shorter) and the room left is shared
// in proportion to how much more each would take.
func (f *flow) columnWidths(t *markup.PipeTable, o textOpts) ([]float64, bool) {
	n := len(t.Align)
	if n == 0 {
		return nil, false
	}
	pads := float64(n) * 2 * f.cellPadX(o)
	room := o.w - pads
	em := o.size * styles.PtToMM
	nat, low := make([]float64, n), make([]float64, n)
	for _, row := range append([][][]markup.Run{boldCells(t.Head)}, t.Rows...) {
		for i := 0; i < n && i < len(row); i++ {
			for _, ln := range typeset.Lines(f.m, row[i], o.size, 1e6) {
				nat[i] = max(nat[i], ln.Width)
			}
			low[i] = max(low[i], typeset.Widest(f.m, row[i], o.size))
		}
	}
	sumNat, sumLow := 0.0, 0.0
	for i := range nat {
		low[i] = max(low[i], min(nat[i], minColumnEms*em))
		sumNat, sumLow = sumNat+nat[i], sumLow+low[i]
	}
	switch {
	case sumNat <= room+eps:
		return nat, true
	case sumLow > room+eps:
		return nil, false
	}
	k := (room - sumLow) / (sumNat - sumLow)
	out := make([]float64, n)
	for i := range nat {
		out[i] = low[i] + k*(nat[i]-low[i])
	}
	return out, true
}

// stackedTable prints each row of a table too wide for the column as a
// block of lines, one a cell, each headed with its column's header in
// bold ("Area: Powys"); an empty cell has no line. A row's lines stay
// together unless they are taller than a page; rows are spaced as
// paragraphs, with a thin rule between them.
func (f *flow) stackedTable(t *markup.PipeTable, o textOpts) {
	for i, cells := range t.Rows {
		space := f.d.para
		if i == 0 {
			space = o.space
		} else {
			f.add(row{h: f.d.para, items: []Item{{Kind: Rule, Role: RoleDecoration,
				X: o.x, Y: f.d.para / 2, W: o.w, Weight: f.d.thin, Ref: f.ref}}})
			space = 0
		}
		first := i == 0 // a row's first line goes with the rule above it
		for j, c := range cells {
			if len(c) == 0 {
				continue
			}
			runs := c
			if j < len(t.Head) && markup.PlainText(t.Head[j]) != "" {
				runs = append(append(boldRuns(t.Head[j]), markup.Run{Text: ": ", Bold: true}), c...)
			}
			lo := o
			lo.space, lo.keep = space, true
			idx := f.text(runs, lo)
			if !first && len(idx) > 0 {
				f.rows[idx[0]].glue = true
			}
			first, space = false, 0
		}
	}
}
