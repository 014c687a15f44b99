package diagram

import (
	"fmt"
	"math"
)

// eps allows for rounding in the checks, in millimetres.
const eps = 1e-6

// Holds reports whether box lies inside shape s, clear of its outline by
// at least margin millimetres beyond half the outline's weight. Lines
// hold nothing.
func (s *Shape) Holds(box Rect, margin float64) bool {
	margin += s.Stroke.Width / 2
	switch s.Kind {
	case Circle:
		return s.cornersWithin(box, s.R-margin)
	case Wedge:
		return s.wedgeHolds(box, margin)
	}
	return false
}

// cornersWithin reports whether every corner of box is within r of the
// shape's centre; for a circle, that puts the whole box inside.
func (s *Shape) cornersWithin(box Rect, r float64) bool {
	for _, c := range box.corners() {
		if math.Hypot(c[0]-s.X, c[1]-s.Y) > r+eps {
			return false
		}
	}
	return true
}

// wedgeHolds reports whether box is inside the wedge: its corners inside
// the outer circle and on the inner side of both straight edges (which,
// for a wedge of at most 180 degrees, puts the box inside their
// intersection), and its nearest point outside the inner circle.
func (s *Shape) wedgeHolds(box Rect, margin float64) bool {
	if !s.cornersWithin(box, s.R-margin) {
		return false
	}
	from, to := s.From*math.Pi/180, s.To*math.Pi/180
	for _, c := range box.corners() {
		px, py := c[0]-s.X, c[1]-s.Y
		if px*math.Cos(from)+py*math.Sin(from) < margin-eps ||
			-(px*math.Cos(to)+py*math.Sin(to)) < margin-eps {
			return false
		}
	}
	nx := math.Max(box.X, math.Min(s.X, box.X+box.W))
	ny := math.Max(box.Y, math.Min(s.Y, box.Y+box.H))
	return s.Inner == 0 || math.Hypot(nx-s.X, ny-s.Y) >= s.Inner+margin-eps
}

// finish names a laid-out diagram and checks it: a layout that breaks a
// rule is a bug, and is refused rather than drawn.
func finish(geo *Geometry, lang, title string) (*Geometry, error) {
	geo.Lang, geo.Title = lang, title
	if err := geo.Check(); err != nil {
		return nil, err
	}
	return geo, nil
}

// Check verifies the layout: every line's ink inside its label's box,
// every box inside its shape and inside the diagram, no circle or line
// drawn over a box (after the box's own shape), and no two boxes
// overlapping. It returns an error naming the first label that breaks a
// rule.
func (geo *Geometry) Check() error {
	whole := Rect{W: geo.Width, H: geo.Height}
	for i := range geo.Labels {
		l := &geo.Labels[i]
		for j := range l.Lines {
			if !l.Box.Contains(geo.InkBox(l, j), 1e-6) {
				return fmt.Errorf("%s diagram: label %s: line %q is outside its box", geo.Kind, l.ID, l.Lines[j].Text)
			}
		}
		if l.Shape >= 0 && !geo.Shapes[l.Shape].Holds(l.Box, 0) {
			return fmt.Errorf("%s diagram: label %s (%q) is not inside its shape %s", geo.Kind, l.ID, l.Text, geo.Shapes[l.Shape].ID)
		}
		if j := geo.coverer(l); j >= 0 {
			return fmt.Errorf("%s diagram: label %s (%q) is drawn over by shape %s", geo.Kind, l.ID, l.Text, geo.Shapes[j].ID)
		}
		if !whole.Contains(l.Box, 1e-6) {
			return fmt.Errorf("%s diagram: label %s (%q) is outside the diagram", geo.Kind, l.ID, l.Text)
		}
		for k := range i {
			if l.Box.Overlaps(geo.Labels[k].Box) {
				return fmt.Errorf("%s diagram: labels %s and %s overlap", geo.Kind, geo.Labels[k].ID, l.ID)
			}
		}
	}
	return nil
}

// coverer returns the index of a circle or line drawn after the label's
// own shape that reaches into the label's box, or -1. An unfilled circle
// whose outline stays clear of the box does not cover it.
func (geo *Geometry) coverer(l *Label) int {
	for j := l.Shape + 1; j < len(geo.Shapes); j++ {
		s := &geo.Shapes[j]
		half := s.Stroke.Width / 2
		switch s.Kind {
		case Circle:
			if distance(l.Box, s.X, s.Y) >= s.R+half-eps {
				continue
			}
			if s.Filled || !s.cornersWithin(l.Box, s.R-half) {
				return j
			}
		case Line:
			if lineMeets(s, l.Box, half) {
				return j
			}
		}
	}
	return -1
}

// lineMeets reports whether line s, widened by half either side, comes
// within the box, by testing points along it a tenth of a millimetre
// apart.
func lineMeets(s *Shape, box Rect, half float64) bool {
	n := int(math.Hypot(s.X2-s.X, s.Y2-s.Y)*10) + 1
	for i := 0; i <= n; i++ {
		t := float64(i) / float64(n)
		if distance(box, s.X+t*(s.X2-s.X), s.Y+t*(s.Y2-s.Y)) < half-eps {
			return true
		}
	}
	return false
}
