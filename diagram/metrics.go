package diagram

import "guidepress/styles"

// metrics are the sizes one layout uses, in millimetres unless named pt.
type metrics struct {
	st       *styles.Style
	size     float64 // text inside shapes, pt
	numSize  float64 // the wheel's numbers, pt
	lead     float64 // leading of text inside shapes
	numLead  float64 // height of the wheel's numbers' boxes
	weight   float64 // outline weight
	pad      float64 // space between text and an outline
	fullLead float64 // leading of legend text, at the style's body size
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
		fullLead: max(st.Leading(st.BodySize), ts.lineHeight(st.BodySize)),
	}
}

// numLeadAt is the height of a number's box at size points: its line
// with a little room.
func numLeadAt(ts *typesetter, size float64) float64 {
	return max(1.15*size*styles.PtToMM, ts.lineHeight(size))
}
