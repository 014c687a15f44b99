package diagram

import "math"

// stack is a column of boxes, each centred on one vertical axis, placed
// top to bottom with gap between them: the lines that go inside a circle.
type stack struct {
	ws, hs []float64
	gap    float64
}

// add puts a box of width w and height h at the bottom of the stack.
func (s *stack) add(w, h float64) {
	s.ws = append(s.ws, w)
	s.hs = append(s.hs, h)
}

// height is the stack's total height.
func (s *stack) height() float64 {
	h := s.gap * float64(max(len(s.hs)-1, 0))
	for _, v := range s.hs {
		h += v
	}
	return h
}

// radiusAt is the radius of the smallest circle, centred on the stack's
// axis, that holds every box when the stack's top is top millimetres
// below the circle's centre (negative: above it).
func (s *stack) radiusAt(top float64) float64 {
	r, y := 0.0, top
	for i, w := range s.ws {
		far := max(math.Abs(y), math.Abs(y+s.hs[i]))
		r = max(r, math.Hypot(w/2, far))
		y += s.hs[i] + s.gap
	}
	return r
}

// enclose returns the radius of the smallest circle centred on the stack's
// axis that holds every box, and where the stack's top then sits relative
// to the circle's centre. The radius is convex in the top's position, so a
// ternary search finds the best one.
func (s *stack) enclose() (r, top float64) {
	lo, hi := -s.height(), 0.0
	for range 80 {
		a, b := lo+(hi-lo)/3, hi-(hi-lo)/3
		if s.radiusAt(a) <= s.radiusAt(b) {
			hi = b
		} else {
			lo = a
		}
	}
	top = (lo + hi) / 2
	return s.radiusAt(top), top
}
