package pdf

import (
	"fmt"

	"codeberg.org/go-pdf/fpdf"

	"guidepress/fonts"
	"guidepress/internal/docinfo"
	"guidepress/styles"
)

// fontName is the family name the guide's fonts are registered under.
const fontName = "guide"

// newDoc makes an fpdf document of the style's page size in millimetres, with
// no margins or automatic page breaks, and the family's four faces loaded.
func newDoc(st *styles.Style, fam *fonts.Family) (*fpdf.Fpdf, error) {
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
		pdf.SetFont(fontName, face.String(), st.BodySize)
	}
	if err := pdf.Error(); err != nil {
		return nil, fmt.Errorf("load fonts into the PDF: %w", err)
	}
	return pdf, nil
}

// applyMeta writes m into pdf and makes its output reproducible (fixed dates,
// sorted catalog). An empty author is left out.
func applyMeta(pdf *fpdf.Fpdf, m docinfo.Meta) {
	pdf.SetTitle(m.Title, true)
	if m.Author != "" {
		pdf.SetAuthor(m.Author, true) // even "" is written once encoded
	}
	pdf.SetSubject(m.Subject, true)
	pdf.SetCreator("guidepress", true)
	pdf.SetProducer("guidepress", true)
	pdf.SetLang(m.Lang)
	pdf.SetCreationDate(m.Date)
	pdf.SetModificationDate(m.Date)
	pdf.SetCatalogSort(true)
}
