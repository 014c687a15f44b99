package diagram

import (
	"fmt"

	"guidepress/fonts"
	"guidepress/styles"
)

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
// entry per item: a small circle in the item's look holding its number,
// and beside it the title (and explanation) wrapped at the style's body
// size. It returns the legend's bottom edge.
func legend(geo *Geometry, ts *typesetter, m metrics, its []item, spec legendSpec, top float64) float64 {
	size, lead := m.st.BodySize, m.fullLead
	em := size * styles.PtToMM
	w := m.weight * 0.75
	rs := swatchRadius(ts, m, its, spec.looks, w)
	textX := w + 2*rs + 0.6*em
	y := top
	for i, it := range its {
		lk := spec.looks[i%len(spec.looks)]
		cy := y + max(rs+w/2, lead/2)
		shapes, inner := lk.circles(fmt.Sprintf("legend-%d", i+1), w/2+rs, cy, rs, w, m.st)
		base := len(geo.Shapes)
		geo.Shapes = append(geo.Shapes, shapes...)
		nw := ts.width(it.number, fonts.Bold, size)
		num := ts.label(fmt.Sprintf("legend-%d-number", i+1), it.number, []string{it.number}, fonts.Bold, size, numLeadAt(ts, size),
			Rect{X: w/2 + rs - nw/2, Y: cy - numLeadAt(ts, size)/2, W: nw, H: numLeadAt(ts, size)}, Centre)
		num.Shape = base + inner
		geo.Labels = append(geo.Labels, num)
		bottom := legendText(geo, ts, m, it, spec, Rect{X: textX, Y: cy - lead/2, W: geo.Width - textX}, i)
		y = max(cy+rs+w/2, bottom) + lead/2
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

// swatchRadius is the radius of the legend's circles: the same for every
// entry, and large enough for the widest number in any of the looks.
func swatchRadius(ts *typesetter, m metrics, its []item, looks []look, w float64) float64 {
	size := m.st.BodySize
	s := stack{}
	nw := 0.0
	for _, it := range its {
		nw = max(nw, ts.width(it.number, fonts.Bold, size))
	}
	s.add(nw, numLeadAt(ts, size))
	r, _ := s.enclose()
	inset := 0.0
	for _, lk := range looks {
		inset = max(inset, lk.inset(w))
	}
	return roundUp(r + 0.2*size*styles.PtToMM + inset)
}
