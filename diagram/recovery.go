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
func items(g *content.Guide, cs []*content.Component, lang, what string) ([]item, error) {
	out := make([]item, len(cs))
	for i, c := range cs {
		out[i] = item{number: strconv.Itoa(i + 1), title: g.Plain(c.Title, lang), text: g.Plain(c.Text, lang)}
		if len(words(out[i].title)) == 0 {
			return nil, fmt.Errorf("%s %d (%s) has no title in %q", what, i+1, c.ID, lang)
		}
	}
	return out, nil
}

// Recovery lays out the recovery diagram for the edition in lang: the
// guide's three components as circles linked in a triangle, each with its
// title wrapped inside and a numbered badge on its outline, and below them
// a legend giving each number with its title in bold and its explanation,
// wrapped to width millimetres. The circles are told apart by a solid, a
// dashed and a double outline and a light tint, never by colour alone. Text in the circles is set in bold at the
// style's body size, or a little smaller (never below its minimum size)
// when the circles would not otherwise fit the width; when they cannot
// fit even then, the error names the title that needs the most room.
func Recovery(g *content.Guide, lang string, st *styles.Style, fam *fonts.Family, width float64) (*Geometry, error) {
	return recovery(g, lang, st, fam, width, width, false)
}

// recovery is Recovery with the circles in the middle figure millimetres
// of the width, and the legend across the whole width. With numbers set,
// the circles hold only their numbers, large, and the legend alone the
// titles: a much shorter figure, for titles too long to keep figure and
// legend on one page otherwise (see Fit).
func recovery(g *content.Guide, lang string, st *styles.Style, fam *fonts.Family, width, figure float64, numbers bool) (*Geometry, error) {
	its, err := items(g, g.Recovery.Components, lang, "component")
	if err != nil {
		return nil, fmt.Errorf("recovery diagram: %w", err)
	}
	if len(its) != 3 {
		return nil, fmt.Errorf("recovery diagram: the guide has %d components; the diagram draws exactly 3", len(its))
	}
	ts := newTypesetter(fam)
	var worst string
	for size := st.BodySize; size >= st.MinSize-1e-9; size -= 0.5 {
		geo, ok, name := recoveryAt(ts, newMetrics(ts, st, size), its, width, figure, numbers)
		if ok {
			return finish(geo, lang, Title(g, "recovery", lang))
		}
		worst = name
	}
	return nil, fmt.Errorf("recovery diagram (%s): the title %q does not fit in a circle when three circles share %.0f mm, even at %gpt", lang, worst, figure, st.MinSize)
}

// minShare is the smallest radius of the recovery diagram's circles as a
// share of the width, so that short titles (and most Welsh ones) do not
// give a diagram smaller than the English one.
const minShare = 0.18

// numbersShare is the smallest radius of circles holding only their
// numbers, as a share of the figure's width.
const numbersShare = 0.1

// recoveryAt lays the diagram out with text inside the circles at m.size
// (with numbers, only each circle's number, at m.numSize, and no badge on
// its outline), the circles in the middle figure millimetres of the
// width; ok is false, with the title needing the largest circle, when
// the triangle is wider than figure.
func recoveryAt(ts *typesetter, m metrics, its []item, width, figure float64, numbers bool) (*Geometry, bool, string) {
	bd := newBadges(ts, m, its, componentLooks)
	on := bd // the badges on the circles' outlines
	share := minShare
	if numbers {
		on, share = badges{}, numbersShare
	}
	r, worst := 0.0, ""
	for i, it := range its {
		if need := circleFor(circleText(ts, m, it, numbers), m, componentLooks[i], on, badgeAngles[i]); need > r {
			r, worst = need, it.title
		}
	}
	r = roundUp(max(r, share*figure))
	gap := roundUp(max(0.25*r, 4))
	if 4*r+gap+m.weight > figure {
		return nil, false, worst
	}
	geo := &Geometry{Kind: "recovery", Width: width, Ascent: ts.asc, Descent: ts.desc, Text: m.st.Colours.Text}
	centres := triangle(figure, r, gap, m.weight, on)
	for i := range centres {
		centres[i][0] += (width - figure) / 2
	}
	low := centres[1][1] + max(r+m.weight/2, r*math.Sqrt2/2+on.r+on.w/2)
	connect(geo, centres, m)
	for i, it := range its {
		placeComponent(geo, ts, m, on, i, it, centres[i], r, numbers)
	}
	top := low + 0.8*m.fullLead
	geo.Height = legend(geo, ts, m, its, legendSpec{looks: componentLooks, titleFace: fonts.Bold, explain: true}, bd, top)
	return geo, true, ""
}

// circleText is the block of text a component's circle holds: its title
// in its roundest shape, or with numbers its number at the numbers' size.
func circleText(ts *typesetter, m metrics, it item, numbers bool) block {
	if numbers {
		return ts.newBlock([]string{it.number}, fonts.Bold, m.numSize, m.numLead)
	}
	return ts.roundest(it.title, fonts.Bold, m.size, m.lead)
}

// badgeAngles are where each component's numbered badge sits on its
// circle's outline, in degrees clockwise from 12 o'clock: on the side away
// from the other circles, on a diagonal, where a centred title leaves
// room.
var badgeAngles = []float64{315, 225, 135}

// circleFor is the radius of a circle of look lk that holds block b
// centred inside it, clear of the outline and of the numbered badge
// sitting on the outline at angle deg.
func circleFor(b block, m metrics, lk look, bd badges, deg float64) float64 {
	r := math.Hypot(b.w/2, b.h/2) + m.pad + lk.inset(m.weight)
	box := Rect{X: -b.w / 2, Y: -b.h / 2, W: b.w, H: b.h}
	for ; r < 1000; r += 0.1 {
		c := Shape{R: r}
		x, y := c.Point(r, deg)
		if distance(box, x, y) >= bd.r+bd.w/2+m.pad {
			break
		}
	}
	return r
}

// distance is how far the point (x, y) is from the nearest point of box.
func distance(box Rect, x, y float64) float64 {
	nx := math.Max(box.X, math.Min(x, box.X+box.W))
	ny := math.Max(box.Y, math.Min(y, box.Y+box.H))
	return math.Hypot(nx-x, ny-y)
}

// fewestLines wraps title into the fewest lines that a circle of radius r
// and look lk holds with a margin of half an em to spare, so a short
// title neither hugs the outline on one line nor stands one word to a
// line; when none has room to spare, the roundest block, which the
// circle was sized for.
func fewestLines(ts *typesetter, m metrics, lk look, bd badges, deg float64, title string, r float64) block {
	best := ts.roundest(title, fonts.Bold, m.size, m.lead)
	spare := 0.5 * m.size * styles.PtToMM
	for _, lines := range ts.wraps(title, fonts.Bold, m.size) { // most lines first
		b := ts.newBlock(lines, fonts.Bold, m.size, m.lead)
		if len(lines) < len(best.lines) && circleFor(b, m, lk, bd, deg) <= r-spare {
			best = b
		}
	}
	return best
}

// triangle returns the centres of three circles of radius r: one on top
// and two below, spread a little wider than an equilateral triangle
// (which saves height) but kept inside width, with gap between any two
// circles. The badges sit on the outer diagonals, so the top one reaches
// no higher than its circle unless the badges are large.
func triangle(width, r, gap, weight float64, bd badges) [][2]float64 {
	d := 2*r + gap
	dx := min(0.75*d, (width-weight)/2-r)
	dy := math.Sqrt(max(d*d-dx*dx, 0))
	cx := width / 2
	top := max(r+weight/2, r*math.Sqrt2/2+bd.r+bd.w/2)
	return [][2]float64{{cx, top}, {cx - dx, top + dy}, {cx + dx, top + dy}}
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

// placeComponent adds component i's circle with its title centred inside,
// then its numbered badge on the circle's outline; with numbers, its
// number centred inside and no badge.
func placeComponent(geo *Geometry, ts *typesetter, m metrics, bd badges, i int, it item, c [2]float64, r float64, numbers bool) {
	lk := componentLooks[i]
	id := fmt.Sprintf("component-%d", i+1)
	shapes, inner := lk.circles(id, c[0], c[1], r, m.weight, m.st)
	base := len(geo.Shapes)
	geo.Shapes = append(geo.Shapes, shapes...)
	text, size, lead := it.title, m.size, m.lead
	b := circleText(ts, m, it, true)
	if numbers {
		text, size, lead = it.number, m.numSize, m.numLead
	} else {
		b = fewestLines(ts, m, lk, bd, badgeAngles[i], it.title, r)
	}
	title := ts.label(id+"-title", text, b.lines, fonts.Bold, size, lead,
		Rect{X: c[0] - b.w/2, Y: c[1] - b.h/2, W: b.w, H: b.h}, Centre)
	title.Shape = base + inner
	geo.Labels = append(geo.Labels, title)
	if !numbers {
		x, y := shapes[0].Point(r, badgeAngles[i])
		bd.place(geo, ts, m.st, id+"-badge", lk, it.number, x, y)
	}
}
