// Package pdfdoc starts the project's PDF documents the one way they are
// all made: the style's page size in millimetres, the font family's four
// faces embedded under one name, and reproducible document information.
// Both the renderer and the diagram command use it.
package pdfdoc

import (
	"fmt"
	"os"
	"strconv"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"guidepress/fonts"
	"guidepress/styles"
)

// FontName is the family name the fonts are registered under.
const FontName = "guide"

// New makes an fpdf document of the style's page size in millimetres, with
// no margins or automatic page breaks, and the family's four faces loaded.
func New(st *styles.Style, fam *fonts.Family) (*fpdf.Fpdf, error) {
	pdf := fpdf.NewCustom(&fpdf.InitType{
		UnitStr: "mm",
		Size:    fpdf.SizeType{Wd: st.PageWidth, Ht: st.PageHeight},
	})
	pdf.SetMargins(0, 0, 0)
	pdf.SetAutoPageBreak(false, 0)
	for _, face := range fonts.Faces {
		pdf.AddUTF8FontFromBytes(FontName, face.String(), fam.Bytes(face))
	}
	// fpdf prints and skips a font it cannot parse; selecting each face
	// turns that into an error.
	for _, face := range fonts.Faces {
		pdf.SetFont(FontName, face.String(), 12)
	}
	if err := pdf.Error(); err != nil {
		return nil, fmt.Errorf("load fonts into the PDF: %w", err)
	}
	return pdf, nil
}

// Meta is the document information a PDF carries.
type Meta struct {
	Title, Author, Subject string
	// Lang is the document language as a BCP 47 tag: "en-GB" or "cy".
	Lang string
	// Date is the creation and modification date; fixed, so that the
	// same input gives the same bytes.
	Date time.Time
}

// Apply writes m into pdf and makes its output reproducible (fixed dates,
// sorted catalog). An empty author is left out.
func (m Meta) Apply(pdf *fpdf.Fpdf) {
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

// LangTag turns a guide's language code into the PDF's language tag.
func LangTag(lang string) string {
	if lang == "en" {
		return "en-GB"
	}
	return lang
}

// BuildDate is SOURCE_DATE_EPOCH when it is set, else the edition date
// (midnight UTC), else the Unix epoch: never the clock.
func BuildDate(edition time.Time) time.Time {
	if s := os.Getenv("SOURCE_DATE_EPOCH"); s != "" {
		if n, err := strconv.ParseInt(s, 10, 64); err == nil {
			return time.Unix(n, 0).UTC()
		}
	}
	if !edition.IsZero() {
		y, m, d := edition.Date()
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	return time.Unix(0, 0).UTC()
}
