package diagram

import (
	"fmt"
	"math"
	"strconv"

	"guidepress/content"
	"guidepress/fonts"
	"guidepress/styles"
)

// item is one numbered component or area of life in the edition's
// language.
type item struct {
	number, title, text string
}

// items returns the components' titles and explanations in lang; what
// names the list in errors.
func items(cs []*content.Component, lang, what string) ([]item, error) {
	out := make([]item, len(cs))
	for i, c := range cs {
		out[i] = item{number: strconv.Itoa(i + 1), title: c.Title.Get(lang), text: c.Text.Get(lang)}
		if len(words(out[i].title)) == 0 {
			return nil, fmt.Errorf("%s %d (%s) has no title in %q", what, i+1, c.ID, lang)
		}
	}
	return out, nil
}

// metrics are the sizes one layout uses, in millimetres unless named pt.
type metrics struct {
	st       *styles.Style
	size     float64 // text inside shapes, pt
	numSize  float64 // numbers inside shapes, pt
	lead     float64 // leading of text inside shapes
	numLead  float64 // leading of numbers inside shapes
	weight   float64 // outline weight
	pad      float64 // space between text and an outline
	gap      float64 // space between stacked labels in a shape
	fullLead float64 // leading of legend text, at the style's body size
}

// numLeadAt is the height of a number's box at size points: its line
// with a little room.
func numLeadAt(ts *typesetter, size float64) float64 {
	return max(1.15*size*styles.PtToMM, ts.lineHeight(size))
}

func newMetrics(ts *typesetter, st *styles.Style, size float64) metrics {
	em := size * styles.PtToMM
	numSize := max(st.Headings.Section, size)
	return metrics{
		st: st, size: size, numSize: numSize,
		lead:     max(1.2*em, ts.lineHeight(size)),
		numLead:  numLeadAt(ts, numSize),
		weight:   roundUp(st.BodySize / 20),
		pad:      0.45 * em,
		gap:      0.15 * em,
		fullLead: max(st.Leading(st.BodySize), ts.lineHeight(st.BodySize)),
	}
}

// Recovery lays out the recovery diagram for the edition in lang: the
// guide's three components as numbered circles linked in a triangle, each
// title wrapped inside its circle, and below them a legend giving each
// number with its title in bold and its explanation, wrapped to width
// millimetres. Text in the circles is set at the style's body size, or a
// little smaller (never below its minimum size) when the circles would
// not otherwise fit the width; when they cannot fit even then, the error
// names the title that needs the most room.
func Recovery(g *content.Guide, lang string, st *styles.Style, fam *fonts.Family, width float64) (*Geometry, error) {
	its, err := items(g.Recovery.Components, lang, "component")
	if err != nil {
		return nil, fmt.Errorf("recovery diagram: %w", err)
	}
	if len(its) != 3 {
		return nil, fmt.Errorf("recovery diagram: the guide has %d components; the diagram draws exactly 3", len(its))
	}
	ts := newTypesetter(fam)
	var worst string
	for size := st.BodySize; size >= st.MinSize-1e-9; size -= 0.5 {
		m := newMetrics(ts, st, size)
		geo, ok, name := recoveryAt(ts, m, its, width)
		if ok {
			geo.Lang, geo.Title = lang, g.Recovery.Title.Get(lang)
			return geo, nil
		}
		worst = name
	}
	return nil, fmt.Errorf("recovery diagram (%s): the title %q does not fit in a circle when three circles share %.0f mm, even at %gpt", lang, worst, width, st.MinSize)
}

// fitted is a title wrapped to fit a circle: its lines and the stack of
// number and title boxes.
type fitted struct {
	title block
	stack stack
}

// recoveryAt lays the diagram out with text inside the circles at m.size;
// ok is false, with the title needing the largest circle, when the
// triangle is wider than width.
func recoveryAt(ts *typesetter, m metrics, its []item, width float64) (*Geometry, bool, string) {
	need, worst := 0.0, ""
	for _, it := range its {
		f := bestFit(ts, m, it, 0)
		if r, _ := f.stack.enclose(); r > need {
			need, worst = r, it.title
		}
	}
	inset := 0.0
	for _, lk := range componentLooks {
		inset = max(inset, lk.inset(m.weight))
	}
	r := roundUp(need + m.pad + inset)
	gap := roundUp(max(0.3*r, 4))
	if 4*r+gap+m.weight > width {
		return nil, false, worst
	}
	geo := &Geometry{Kind: "recovery", Width: width, Ascent: ts.asc, Descent: ts.desc, Text: m.st.Colours.Text}
	centres := triangle(width, r, gap, m.weight)
	connect(geo, centres, m)
	for i, it := range its {
		room := r - componentLooks[i].inset(m.weight) - m.pad
		placeComponent(geo, ts, m, i, it, centres[i], r, bestFit(ts, m, it, room))
	}
	top := centres[1][1] + r + m.weight/2 + m.fullLead
	geo.Height = legend(geo, ts, m, its, legendSpec{looks: componentLooks, titleFace: fonts.Bold, explain: true}, top)
	return geo, true, ""
}

// bestFit wraps the item's title for a circle whose text may reach room
// millimetres from its centre: the fewest lines that fit, or, when none
// fits (a room of 0 asks for this), the wrapping that needs the smallest
// circle.
func bestFit(ts *typesetter, m metrics, it item, room float64) fitted {
	var best, smallest fitted
	found, minR := false, math.Inf(1)
	for _, lines := range ts.wraps(it.title, fonts.Bold, m.size) {
		f := fitted{title: ts.newBlock(lines, fonts.Bold, m.size, m.lead), stack: stack{gap: m.gap}}
		f.stack.add(ts.width(it.number, fonts.Bold, m.numSize), m.numLead)
		f.stack.add(f.title.w, f.title.h)
		r, _ := f.stack.enclose()
		if r < minR {
			smallest, minR = f, r
		}
		if r <= room { // wraps run from most lines to fewest
			best, found = f, true
		}
	}
	if found {
		return best
	}
	return smallest
}

// triangle returns the centres of three circles of radius r, gap apart,
// one on top and two below, centred in width; weight keeps the outlines
// inside the diagram.
func triangle(width, r, gap, weight float64) [][2]float64 {
	d := 2*r + gap
	cx, top := width/2, weight/2+r
	low := top + d*math.Sqrt(3)/2
	return [][2]float64{{cx, top}, {cx - d/2, low}, {cx + d/2, low}}
}

// connect draws the triangle's sides between the circles' centres; the
// circles, drawn after, cover the parts inside them.
func connect(geo *Geometry, c [][2]float64, m metrics) {
	for i := range c {
		j := (i + 1) % len(c)
		geo.Shapes = append(geo.Shapes, Shape{ID: fmt.Sprintf("link-%d-%d", i+1, j+1), Kind: Line,
			X: c[i][0], Y: c[i][1], X2: c[j][0], Y2: c[j][1],
			Stroke: Stroke{Width: m.weight * 1.5, Colour: m.st.Colours.Rule}})
	}
}

// placeComponent adds component i's circle, its number and its title.
func placeComponent(geo *Geometry, ts *typesetter, m metrics, i int, it item, c [2]float64, r float64, f fitted) {
	shapes, inner := componentLooks[i].circles(fmt.Sprintf("component-%d", i+1), c[0], c[1], r, m.weight, m.st)
	base := len(geo.Shapes)
	geo.Shapes = append(geo.Shapes, shapes...)
	_, top := f.stack.enclose()
	y := c[1] + top
	numW := f.stack.ws[0]
	num := ts.label(fmt.Sprintf("component-%d-number", i+1), it.number, []string{it.number}, fonts.Bold, m.numSize, m.numLead,
		Rect{X: c[0] - numW/2, Y: y, W: numW, H: m.numLead}, Centre)
	y += m.numLead + m.gap
	title := ts.label(fmt.Sprintf("component-%d-title", i+1), it.title, f.title.lines, fonts.Bold, m.size, m.lead,
		Rect{X: c[0] - f.title.w/2, Y: y, W: f.title.w, H: f.title.h}, Centre)
	num.Shape, title.Shape = base+inner, base+inner
	geo.Labels = append(geo.Labels, num, title)
}
