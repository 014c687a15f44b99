// Package diagram lays out the guide's two diagrams, the recovery diagram
// (three numbered components with a legend) and the Whole Person wheel
// (the areas of life around a centre label), as plain geometry: shapes and
// already-wrapped labels in millimetres. The geometry is computed once, from
// the content in the edition's language, and drawn by two back ends: into a
// PDF page by package pdf (vector paths and real, searchable text), and to
// SVG for the web by Geometry.SVG. The package never imports a PDF library;
// TitleLabel sets the title of a one-diagram page for pdf to draw.
//
// Every label is wrapped to fit the box it is given, every box lies inside
// its shape, no two boxes overlap and no text is smaller than the style's
// minimum size; a constructor that cannot meet that returns an error naming
// the label. Shapes are told apart by line weight, dash pattern and light
// fills, never by colour alone, so the diagrams survive black-and-white
// photocopying.
package diagram

import (
	"guidepress/fonts"
	"guidepress/styles"
)

// Geometry is a laid-out diagram. Lengths are in millimetres from the
// diagram's top-left corner, with y growing downwards; text sizes are in
// points.
type Geometry struct {
	// Kind is "recovery" or "wheel".
	Kind string
	// Lang is the language code of the labels.
	Lang string
	// Title names the diagram for screen readers and document titles.
	Title string
	// Width and Height are the size of the diagram.
	Width, Height float64
	// Shapes are drawn in order, so later shapes cover earlier ones.
	Shapes []Shape
	// Labels are drawn after every shape.
	Labels []Label
	// Ascent and Descent are the font's ascent and descent as fractions of
	// the text size, used to place each line's baseline inside its box.
	Ascent, Descent float64
	// Text is the colour of all text.
	Text styles.Colour
	// LegendTops are where each entry of the legend below the figure
	// starts (none: no legend), so that a page layout can put the legend,
	// or its later entries, on the next page (see Parts).
	LegendTops []float64
}

// Kind is the kind of a shape.
type Kind int

const (
	// Circle is a circle at (X, Y) with radius R.
	Circle Kind = iota
	// Wedge is a segment of a ring centred at (X, Y) between radii Inner
	// and R, from angle From to angle To.
	Wedge
	// Line is a straight line from (X, Y) to (X2, Y2).
	Line
)

// String names the kind.
func (k Kind) String() string {
	return [...]string{"circle", "wedge", "line"}[k]
}

// Shape is one circle, ring segment or line.
type Shape struct {
	// ID names the shape, such as "component-1" or "area-3".
	ID   string
	Kind Kind
	// X and Y are the centre of a circle or wedge, or the start of a line.
	X, Y float64
	// X2 and Y2 are the end of a line.
	X2, Y2 float64
	// R is the radius of a circle, or the outer radius of a wedge.
	R float64
	// Inner is the inner radius of a wedge (0 for a pie slice).
	Inner float64
	// From and To are a wedge's angles in degrees, clockwise from
	// 12 o'clock, with From < To and To-From at most 180.
	From, To float64
	// Stroke is the outline; a zero Width draws no outline.
	Stroke Stroke
	// Fill is the fill colour when Filled is true.
	Fill   styles.Colour
	Filled bool
}

// Stroke is how a shape's outline is drawn.
type Stroke struct {
	// Width is the line weight in millimetres.
	Width float64
	// Dash is the dash pattern in millimetres (dash, gap, ...); empty is a
	// solid line.
	Dash []float64
	// Colour is the ink.
	Colour styles.Colour
}

// Align is how the lines of a label sit in its box.
type Align int

const (
	// Left aligns every line with the box's left edge.
	Left Align = iota
	// Centre centres every line in the box.
	Centre
)

// Label is a piece of text, already wrapped into lines and placed.
type Label struct {
	// ID names the label, such as "component-1-title".
	ID string
	// Text is the label's whole text, before wrapping.
	Text  string
	Lines []TextLine
	// Size is the text size in points.
	Size float64
	Face fonts.Face
	// Align is how the lines sit in Box.
	Align Align
	// Leading is the distance between baselines, in millimetres.
	Leading float64
	// Box is the space the label must stay inside; every line's ink box
	// lies within it.
	Box Rect
	// Shape is the index of the shape that must contain Box, or -1 when
	// the label is not inside a shape.
	Shape int
}

// TextLine is one line of a label.
type TextLine struct {
	Text string
	// X is the line's left edge and Y its baseline.
	X, Y float64
	// W is the line's measured width.
	W float64
}

// Rect is an axis-aligned rectangle.
type Rect struct {
	X, Y, W, H float64
}

// Overlaps reports whether r and o share any area.
func (r Rect) Overlaps(o Rect) bool {
	const eps = 1e-9 // boxes that only touch, give or take rounding, do not overlap
	return r.X < o.X+o.W-eps && o.X < r.X+r.W-eps && r.Y < o.Y+o.H-eps && o.Y < r.Y+r.H-eps
}

// Contains reports whether o lies inside r, allowing eps of rounding.
func (r Rect) Contains(o Rect, eps float64) bool {
	return o.X >= r.X-eps && o.Y >= r.Y-eps &&
		o.X+o.W <= r.X+r.W+eps && o.Y+o.H <= r.Y+r.H+eps
}

// corners returns the rectangle's four corners.
func (r Rect) corners() [4][2]float64 {
	return [4][2]float64{{r.X, r.Y}, {r.X + r.W, r.Y}, {r.X, r.Y + r.H}, {r.X + r.W, r.Y + r.H}}
}

// InkBox returns the box a line's glyphs occupy: from the ascent above the
// baseline to the descent below it.
func (geo *Geometry) InkBox(l *Label, i int) Rect {
	mm := l.Size * styles.PtToMM
	ln := l.Lines[i]
	return Rect{X: ln.X, Y: ln.Y - geo.Ascent*mm, W: ln.W, H: (geo.Ascent + geo.Descent) * mm}
}
