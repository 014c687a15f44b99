package typeset

import "guidepress/fonts"

// Measurer measures text as the PDF writer does (see fonts.Width), so a
// line measured to fit is drawn to fit, to the bit.
type Measurer struct {
	fam *fonts.Family
}

// NewMeasurer makes a measurer of fam's faces.
func NewMeasurer(fam *fonts.Family) *Measurer { return &Measurer{fam: fam} }

// Width returns the width of s in face at size points, in millimetres.
func (m *Measurer) Width(s string, face fonts.Face, size float64) float64 {
	return m.fam.Width(face, s, size)
}
