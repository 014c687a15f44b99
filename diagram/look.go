package diagram

import (
	"math"

	"guidepress/styles"
)

// look is how one numbered shape is told apart from the others without
// colour: its outline's dash pattern, a light fill, or a double outline.
type look struct {
	// dash is the dash pattern in multiples of the line weight.
	dash []float64
	// tint fills the shape with the style's light tint instead of white.
	tint bool
	// double adds a thin second outline just inside the first.
	double bool
}

// componentLooks are the recovery diagram's three looks: a solid outline
// on white, a dashed outline on a light tint, and a double outline on
// white.
var componentLooks = []look{
	{},
	{dash: []float64{5, 2.5}, tint: true},
	{double: true},
}

// inset is how far inside a circle of this look, drawn at line weight w,
// text may start: past the outline, and past the inner outline of a
// double one.
func (lk look) inset(w float64) float64 {
	if lk.double {
		return 2.5*w + w/4
	}
	return w / 2
}

// circles returns the shapes of a circle of this look (the circle, and for
// a double look an inner circle), drawn with line weight w, and the index
// within them of the shape text must stay inside.
func (lk look) circles(id string, x, y, r, w float64, st *styles.Style) ([]Shape, int) {
	fill := styles.Colour{R: 255, G: 255, B: 255}
	if lk.tint {
		fill = st.Colours.Tint
	}
	outer := Shape{ID: id, Kind: Circle, X: x, Y: y, R: r, Fill: fill, Filled: true,
		Stroke: Stroke{Width: w, Dash: lk.dashes(w, 2*math.Pi*r), Colour: st.Colours.Rule}}
	if !lk.double {
		return []Shape{outer}, 0
	}
	inner := Shape{ID: id + "-inner", Kind: Circle, X: x, Y: y, R: r - 2.5*w,
		Stroke: Stroke{Width: w / 2, Colour: st.Colours.Rule}}
	return []Shape{outer, inner}, 1
}

// dashes returns the look's dash pattern for line weight w, stretched a
// little so that a whole number of dashes goes round a path of length
// around and the pattern meets itself without a stub.
func (lk look) dashes(w, around float64) []float64 {
	if len(lk.dash) == 0 {
		return nil
	}
	period := 0.0
	for _, d := range lk.dash {
		period += d * w
	}
	n := max(math.Round(around/period), 1)
	out := make([]float64, len(lk.dash))
	for i, d := range lk.dash {
		out[i] = d * w * around / (n * period)
	}
	return out
}
