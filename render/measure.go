package render

import (
	"codeberg.org/go-pdf/fpdf"

	"guidepress/fonts"
	"guidepress/internal/pdfdoc"
	"guidepress/styles"
)

// fontName is the family name the guide's fonts are registered under.
const fontName = pdfdoc.FontName

// measurer measures text with the same fpdf width tables that draw the
// text, so a line measured to fit is drawn to fit.
type measurer struct {
	pdf  *fpdf.Fpdf
	fam  *fonts.Family
	face fonts.Face
	size float64
}

func newMeasurer(st *styles.Style, fam *fonts.Family) (*measurer, error) {
	pdf, err := pdfdoc.New(st, fam)
	if err != nil {
		return nil, err
	}
	return &measurer{pdf: pdf, fam: fam, face: -1}, nil
}

// width returns the width of s in face at size points, in millimetres.
func (m *measurer) width(s string, face fonts.Face, size float64) float64 {
	if face != m.face || size != m.size {
		m.pdf.SetFont(fontName, face.String(), size)
		m.face, m.size = face, size
	}
	return m.pdf.GetStringWidth(s)
}
