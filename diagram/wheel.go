package diagram

import (
	"fmt"
	"math"

	"guidepress/content"
	"guidepress/fonts"
	"guidepress/styles"
)

// wheelLooks alternate the segments' fills: light tint, then white.
var wheelLooks = []look{{tint: true}, {}}

// Wheel lays out the Whole Person wheel for the edition in lang: one
// numbered segment per area of life around a centre circle holding the
// guide's wheel-centre label, and below it a legend giving each number
// with the area's full title, wrapped to width millimetres. The areas'
// titles are too long to sit inside the segments at a readable size, so
// the segments carry large numbers and the legend carries the words. Text
// in the wheel is set at the style's body size, or a little smaller
// (never below its minimum size) when it would not otherwise fit. The
// wheel's title is the guide's "life_areas" label ("The eight areas of
// life"), the caption a booklet prints under it.
func Wheel(g *content.Guide, lang string, st *styles.Style, fam *fonts.Family, width float64) (*Geometry, error) {
	return wheel(g, lang, st, fam, width, width)
}

// wheel is Wheel with the wheel no wider than figure millimetres, centred
// in the width, and the legend across the whole width.
func wheel(g *content.Guide, lang string, st *styles.Style, fam *fonts.Family, width, figure float64) (*Geometry, error) {
	its, err := items(g, g.Recovery.LifeAreas, lang, "area of life")
	if err != nil {
		return nil, fmt.Errorf("wheel diagram: %w", err)
	}
	if len(its) < 3 || len(its) > 12 {
		return nil, fmt.Errorf("wheel diagram: the guide has %d areas of life; the wheel draws 3 to 12", len(its))
	}
	centre := g.Plain(g.Recovery.WheelCentre, lang)
	if len(words(centre)) == 0 {
		return nil, fmt.Errorf("wheel diagram: the wheel's centre label has no text in %q", lang)
	}
	ts := newTypesetter(fam)
	for size := st.BodySize; size >= st.MinSize-1e-9; size -= 0.5 {
		if geo, ok := wheelAt(ts, newMetrics(ts, st, size), its, centre, width, figure); ok {
			return finish(geo, lang, Title(g, "wheel", lang))
		}
	}
	return nil, fmt.Errorf("wheel diagram (%s): the centre label %q and the numbers do not fit a wheel %.0f mm wide, even at %gpt", lang, centre, figure, st.MinSize)
}

// wheelAt lays the wheel out with its centre label at m.size, no wider
// than figure and centred in the width; ok is false when the wheel is
// wider than figure.
func wheelAt(ts *typesetter, m metrics, its []item, centre string, width, figure float64) (*Geometry, bool) {
	ring := m.weight * 1.5 // the centre circle's heavier outline
	best := ts.roundest(centre, fonts.Bold, m.size, m.lead)
	inner := roundUp(math.Hypot(best.w/2, best.h/2) + m.pad + ring/2)
	outer := roundUp(max(numbersOuter(ts, m, its, inner), 0.28*figure, 2.2*inner))
	if 2*outer+m.weight > figure {
		if 2*numbersOuter(ts, m, its, inner)+m.weight > figure {
			return nil, false
		}
		outer = (figure - m.weight) / 2
	}
	geo := &Geometry{Kind: "wheel", Width: width, Ascent: ts.asc, Descent: ts.desc, Text: m.st.Colours.Text}
	cx, cy := width/2, outer+m.weight/2
	for i, it := range its {
		placeSegment(geo, ts, m, i, len(its), it, cx, cy, inner, outer)
	}
	geo.Shapes = append(geo.Shapes, Shape{ID: "centre", Kind: Circle, X: cx, Y: cy, R: inner,
		Fill: styles.Colour{R: 255, G: 255, B: 255}, Filled: true,
		Stroke: Stroke{Width: ring, Colour: m.st.Colours.Rule}})
	l := ts.label("centre", centre, best.lines, fonts.Bold, m.size, m.lead,
		Rect{X: cx - best.w/2, Y: cy - best.h/2, W: best.w, H: best.h}, Centre)
	l.Shape = len(geo.Shapes) - 1
	geo.Labels = append(geo.Labels, l)
	top := cy + outer + m.weight/2 + 0.8*m.fullLead
	geo.Height = legend(geo, ts, m, its, legendSpec{looks: wheelLooks, titleFace: fonts.Regular}, newBadges(ts, m, its, wheelLooks), top)
	return geo, true
}

// segment returns area i of n's wedge between radii inner and outer.
func segment(m metrics, i, n int, cx, cy, inner, outer float64) Shape {
	lk := wheelLooks[i%len(wheelLooks)]
	fill := styles.Colour{R: 255, G: 255, B: 255}
	if lk.tint {
		fill = m.st.Colours.Tint
	}
	step := 360 / float64(n)
	return Shape{ID: fmt.Sprintf("area-%d", i+1), Kind: Wedge, X: cx, Y: cy, R: outer, Inner: inner,
		From: float64(i) * step, To: float64(i+1) * step, Fill: fill, Filled: true,
		Stroke: Stroke{Width: m.weight, Colour: m.st.Colours.Rule}}
}

// numberBox is the box of segment s's number: centred half way across the
// ring at the segment's middle angle.
func numberBox(ts *typesetter, m metrics, s Shape, number string) Rect {
	w := ts.width(number, fonts.Bold, m.numSize)
	mid := (s.From + s.To) / 2 * math.Pi / 180
	rm := (s.Inner + s.R) / 2
	x, y := s.X+rm*math.Sin(mid), s.Y-rm*math.Cos(mid)
	return Rect{X: x - w/2, Y: y - m.numLead/2, W: w, H: m.numLead}
}

// numbersOuter is the smallest outer radius at which every segment holds
// its number clear of the outlines.
func numbersOuter(ts *typesetter, m metrics, its []item, inner float64) float64 {
	outer := inner + m.numLead
	for ; outer < inner+1000; outer += 0.5 {
		ok := true
		for i, it := range its {
			s := segment(m, i, len(its), 0, 0, inner, outer)
			ok = ok && s.Holds(numberBox(ts, m, s, it.number), m.pad/2)
		}
		if ok {
			break
		}
	}
	return outer
}

// placeSegment adds area i's segment and its number.
func placeSegment(geo *Geometry, ts *typesetter, m metrics, i, n int, it item, cx, cy, inner, outer float64) {
	s := segment(m, i, n, cx, cy, inner, outer)
	geo.Shapes = append(geo.Shapes, s)
	l := ts.label(fmt.Sprintf("area-%d-number", i+1), it.number, []string{it.number}, fonts.Bold, m.numSize, m.numLead,
		numberBox(ts, m, s, it.number), Centre)
	l.Shape = len(geo.Shapes) - 1
	geo.Labels = append(geo.Labels, l)
}
