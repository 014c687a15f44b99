package render

import (
	"fmt"

	"codeberg.org/go-pdf/fpdf"

	"guidepress/fonts"
	"guidepress/styles"
)

// fontName is the family name the guide's fonts are registered under.
const fontName = "guide"

// measurer measures text with the same fpdf width tables that draw the
// text, so a line measured to fit is drawn to fit.
type measurer struct {
	pdf  *fpdf.Fpdf
	fam  *fonts.Family
	face fonts.Face
	size float64
}

// newPDF makes an fpdf document of the style's page size in millimetres,
// with the family's four faces loaded.
func newPDF(st *styles.Style, fam *fonts.Family) (*fpdf.Fpdf, error) {
	pdf := fpdf.NewCustom(&fpdf.InitType{
		UnitStr: "mm",
		Size:    fpdf.SizeType{Wd: st.PageWidth, Ht: st.PageHeight},
	})
	pdf.SetMargins(0, 0, 0)
	pdf.SetAutoPageBreak(false, 0)
	for _, face := range fonts.Faces {
		pdf.AddUTF8FontFromBytes(fontName, face.String(), fam.Bytes(face))
	}
	// fpdf prints and skips a font it cannot parse; selecting each face
	// turns that into an error.
	for _, face := range fonts.Faces {
		pdf.SetFont(fontName, face.String(), 12)
	}
	if err := pdf.Error(); err != nil {
		return nil, fmt.Errorf("load fonts into the PDF: %w", err)
	}
	return pdf, nil
}

func newMeasurer(st *styles.Style, fam *fonts.Family) (*measurer, error) {
	pdf, err := newPDF(st, fam)
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
