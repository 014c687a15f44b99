package diagram

import (
	"fmt"
	"math"

	"guidepress/fonts"
	"guidepress/styles"
)

// badges are small numbered circles, all the same size: the legend's keys,
// and the recovery diagram's numbers on its circles.
type badges struct {
	// r is the radius and w the line weight.
	r, w float64
	// size is the numbers' text size in points and lead their box height.
	size, lead float64
}

// newBadges sizes badges for the widest of the items' numbers in any of
// the looks, at the style's body size in bold.
func newBadges(ts *typesetter, m metrics, its []item, looks []look) badges {
	bd := badges{w: m.weight * 0.75, size: m.st.BodySize, lead: numLeadAt(ts, m.st.BodySize)}
	nw := 0.0
	for _, it := range its {
		nw = max(nw, ts.width(it.number, fonts.Bold, bd.size))
	}
	inset := 0.0
	for _, lk := range looks {
		inset = max(inset, lk.inset(bd.w))
	}
	bd.r = roundUp(math.Hypot(nw/2, bd.lead/2) + 0.2*bd.size*styles.PtToMM + inset)
	return bd
}

// place adds a badge of look lk centred at (x, y) holding number.
func (bd badges) place(geo *Geometry, ts *typesetter, st *styles.Style, id string, lk look, number string, x, y float64) {
	shapes, inner := lk.circles(id, x, y, bd.r, bd.w, st)
	base := len(geo.Shapes)
	geo.Shapes = append(geo.Shapes, shapes...)
	nw := ts.width(number, fonts.Bold, bd.size)
	l := ts.label(id+"-number", number, []string{number}, fonts.Bold, bd.size, bd.lead,
		Rect{X: x - nw/2, Y: y - bd.lead/2, W: nw, H: bd.lead}, Centre)
	l.Shape = base + inner
	geo.Labels = append(geo.Labels, l)
}

// legendSpec says how a diagram's legend reads.
type legendSpec struct {
	// looks are the items' looks, repeated when there are fewer than
	// items.
	looks []look
	// titleFace is the face of each item's title.
	titleFace fonts.Face
	// explain adds each item's explanation below its title.
	explain bool
}

// legend sets a numbered list across the diagram's width from top, one
// entry per item: a badge in the item's look, and beside it the title
// (and explanation) wrapped at the style's body size. It returns the
// legend's bottom edge.
func legend(geo *Geometry, ts *typesetter, m metrics, its []item, spec legendSpec, bd badges, top float64) float64 {
	lead := m.fullLead
	textX := bd.w + 2*bd.r + 0.6*m.st.BodySize*styles.PtToMM
	y := top
	for i, it := range its {
		geo.LegendTops = append(geo.LegendTops, y)
		cy := y + max(bd.r+bd.w/2, lead/2)
		bd.place(geo, ts, m.st, fmt.Sprintf("legend-%d", i+1), spec.looks[i%len(spec.looks)], it.number, bd.w/2+bd.r, cy)
		bottom := legendText(geo, ts, m, it, spec, Rect{X: textX, Y: cy - lead/2, W: geo.Width - textX}, i)
		y = max(cy+bd.r+bd.w/2, bottom) + lead/2
	}
	return y - lead/2
}

// legendText sets an entry's title, and its explanation when the spec
// asks for one, in a column starting at col's top-left corner and col.W
// wide; it returns the bottom of the text.
func legendText(geo *Geometry, ts *typesetter, m metrics, it item, spec legendSpec, col Rect, i int) float64 {
	size, lead := m.st.BodySize, m.fullLead
	lines := ts.wrap(it.title, spec.titleFace, size, col.W)
	box := Rect{X: col.X, Y: col.Y, W: col.W, H: float64(len(lines)) * lead}
	geo.Labels = append(geo.Labels, ts.label(fmt.Sprintf("legend-%d-title", i+1), it.title, lines, spec.titleFace, size, lead, box, Left))
	y := box.Y + box.H
	if spec.explain && len(words(it.text)) > 0 {
		lines = ts.wrap(it.text, fonts.Regular, size, col.W)
		box = Rect{X: col.X, Y: y, W: col.W, H: float64(len(lines)) * lead}
		geo.Labels = append(geo.Labels, ts.label(fmt.Sprintf("legend-%d-text", i+1), it.text, lines, fonts.Regular, size, lead, box, Left))
		y += box.H
	}
	return y
}
