package typeset

import "guidepress/fonts"

// pdfScale is the PDF writer's points a millimetre: a size in
// points is divided by its scale factor, 72/25.4 points a millimetre.
const pdfScale = 72.0 / 25.4

// Measurer measures text with the fonts' advance widths rounded to
// thousandths of an em, summed and scaled in the same order as the PDF
// writer does, so a line measured to fit is drawn to fit, to the bit.
// Widths are cached per face and character; a measurer is used by one
// layout at a time.
type Measurer struct {
	fam   *fonts.Family
	cache [4]map[rune]int
}

// NewMeasurer makes a measurer of fam's faces.
func NewMeasurer(fam *fonts.Family) *Measurer {
	m := &Measurer{fam: fam}
	for i := range m.cache {
		m.cache[i] = map[rune]int{}
	}
	return m
}

// Width returns the width of s in face at size points, in millimetres.
func (m *Measurer) Width(s string, face fonts.Face, size float64) float64 {
	c := m.cache[face]
	units := 0
	for _, r := range s {
		w, ok := c[r]
		if !ok {
			w = m.fam.Thousandths(face, r)
			c[r] = w
		}
		units += w
	}
	return float64(units) * (size / pdfScale) / 1000
}
