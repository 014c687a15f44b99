package render

import (
	"bytes"
	"fmt"
	"os"
	"strconv"
	"time"

	"codeberg.org/go-pdf/fpdf"
)

// Meta is the document information a PDF carries.
type Meta struct {
	Title, Author, Subject string
	// Lang is the document language as a BCP 47 tag: "en-GB" or "cy".
	Lang string
	// Date is the creation and modification date; fixed, so that the
	// same input gives the same bytes.
	Date time.Time
}

// meta is the booklet's document information.
func (b *builder) meta() Meta {
	subject := b.g.Subtitle.Get(b.lang)
	if subject == "" {
		subject = b.g.Title.Get(b.lang)
	}
	return Meta{
		Title:   b.g.Title.Get(b.lang),
		Author:  b.g.Organisation.Get(b.lang),
		Subject: subject,
		Lang:    langTag(b.lang),
		Date:    buildDate(b.g.Edition),
	}
}

// langTag turns a guide's language code into the PDF's language tag.
func langTag(lang string) string {
	if lang == "en" {
		return "en-GB"
	}
	return lang
}

// buildDate is SOURCE_DATE_EPOCH when it is set, else the edition date
// (midnight UTC), else the Unix epoch: never the clock.
func buildDate(edition time.Time) time.Time {
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

// setMeta writes m into pdf and makes its output reproducible.
func setMeta(pdf *fpdf.Fpdf, m Meta) {
	pdf.SetTitle(m.Title, true)
	pdf.SetAuthor(m.Author, true)
	pdf.SetSubject(m.Subject, true)
	pdf.SetCreator("guidepress", true)
	pdf.SetProducer("guidepress", true)
	pdf.SetLang(m.Lang)
	pdf.SetCreationDate(m.Date)
	pdf.SetModificationDate(m.Date)
	pdf.SetCatalogSort(true)
	pdf.SetDisplayMode("default", "single")
}

// viewerPrefs is added to the catalog so viewers show the document title
// rather than the file name; fpdf has no call for it.
const viewerPrefs = "/ViewerPreferences <</DisplayDocTitle true>>\n"

// addViewerPrefs inserts viewerPrefs into fpdf's catalog. fpdf writes the
// catalog as the last object, right before the cross-reference table, so
// only the startxref offset moves.
func addViewerPrefs(pdf []byte) ([]byte, error) {
	xref := bytes.LastIndex(pdf, []byte("\nxref\n"))
	end := bytes.LastIndex(pdf[:max(xref, 0)], []byte(">>\nendobj"))
	cat := bytes.LastIndex(pdf[:max(end, 0)], []byte("/Type /Catalog"))
	sx := bytes.LastIndex(pdf, []byte("startxref\n"))
	if xref < 0 || end < 0 || cat < 0 || sx < xref {
		return nil, fmt.Errorf("add viewer preferences: the PDF's catalog was not where fpdf puts it")
	}
	numStart := sx + len("startxref\n")
	numEnd := numStart + bytes.IndexByte(pdf[numStart:], '\n')
	off, err := strconv.Atoi(string(pdf[numStart:numEnd]))
	if err != nil || off != xref+1 {
		return nil, fmt.Errorf("add viewer preferences: unexpected startxref in the PDF")
	}
	var out bytes.Buffer
	out.Write(pdf[:end])
	out.WriteString(viewerPrefs)
	out.Write(pdf[end:numStart])
	out.WriteString(strconv.Itoa(off + len(viewerPrefs)))
	out.Write(pdf[numEnd:])
	return out.Bytes(), nil
}
