package diagram

import (
	"bytes"
	"fmt"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"guidepress/fonts"
	"guidepress/internal/pdfdoc"
	"guidepress/styles"
)

// fontName is the family name the fonts are registered under in PDF.
const fontName = pdfdoc.FontName

// PDF writes the diagram on one page of the style's page size, below
// title (set in bold at the style's chapter heading size), centred in the
// text column. The family's faces are embedded with Unicode maps, so the
// labels can be searched and copied; the document's title and language
// (lang) are set, and its dates are fixed (SOURCE_DATE_EPOCH when set) so
// that the same diagram always gives the same bytes. A diagram too tall
// for the page below its title is an error.
func PDF(geo *Geometry, st *styles.Style, fam *fonts.Family, title, lang string) (out []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("%s diagram: write PDF: %v", geo.Kind, r)
		}
	}()
	if err := printable(geo, title); err != nil {
		return nil, err
	}
	pdf, err := pdfdoc.New(st, fam)
	if err != nil {
		return nil, fmt.Errorf("%s diagram: write PDF: %w", geo.Kind, err)
	}
	pdfdoc.Meta{Title: title, Subject: title, Lang: pdfdoc.LangTag(lang), Date: pdfdoc.BuildDate(time.Time{})}.Apply(pdf)
	pdf.AddPage()
	y := drawTitle(pdf, newTypesetter(fam), st, title)
	if y+geo.Height > st.PageHeight-st.Margins.Bottom+1e-6 {
		return nil, fmt.Errorf("%s diagram: it is %.0f mm tall and does not fit on a %.0f × %.0f mm page below its title", geo.Kind, geo.Height, st.PageWidth, st.PageHeight)
	}
	geo.Draw(pdf, st.Margins.Left+(st.TextWidth()-geo.Width)/2, y, fontName)
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		return nil, fmt.Errorf("%s diagram: write PDF: %w", geo.Kind, err)
	}
	return buf.Bytes(), nil
}

// printable refuses characters beyond U+FFFF, which fpdf cannot show.
func printable(geo *Geometry, title string) error {
	texts := []string{title}
	for _, l := range geo.Labels {
		texts = append(texts, l.Text)
	}
	for _, s := range texts {
		for _, r := range s {
			if r > 0xFFFF {
				return fmt.Errorf("%s diagram: character U+%04X in %q is beyond U+FFFF and cannot be printed", geo.Kind, r, s)
			}
		}
	}
	return nil
}

// drawTitle sets title in bold at the top of the text column, wrapped to
// its width, and returns where the diagram starts below it.
func drawTitle(pdf *fpdf.Fpdf, ts *typesetter, st *styles.Style, title string) float64 {
	y := st.Margins.Top
	if len(words(title)) == 0 {
		return y
	}
	size := st.Headings.Chapter
	lead := max(st.Leading(size)*0.9, ts.lineHeight(size))
	l := ts.label("title", title, ts.wrap(title, fonts.Bold, size, st.TextWidth()), fonts.Bold, size, lead,
		Rect{X: st.Margins.Left, Y: y, W: st.TextWidth()}, Left)
	pdf.SetFont(fontName, fonts.Bold.String(), size)
	c := st.Colours.Text
	pdf.SetTextColor(int(c.R), int(c.G), int(c.B))
	for _, ln := range l.Lines {
		pdf.Text(ln.X, ln.Y, ln.Text)
	}
	return y + float64(len(l.Lines))*lead + st.Leading(st.BodySize)
}
