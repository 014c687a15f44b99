package pdf

import (
	"bytes"
	"fmt"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"guidepress/diagram"
	"guidepress/fonts"
	"guidepress/internal/docinfo"
	"guidepress/styles"
)

// DiagramPDF writes the diagram on one page of the style's page size, a
// tagged PDF of a heading and a figure whose text alternative is alt,
// below title (set in bold at the style's chapter heading size, see
// diagram.TitleLabel), centred in the text column. The family's faces are
// embedded with Unicode maps, so the labels can be searched and copied;
// the document's title and language (lang) are set, and its dates are
// the guide's edition date (SOURCE_DATE_EPOCH when set; 1 January 1970
// for a zero edition), so that the same diagram always gives the same
// bytes. A legend too long to share the page with the
// figure runs on to the next page between entries; a figure too tall for
// the page below its title is an error.
func DiagramPDF(geo *diagram.Geometry, st *styles.Style, fam *fonts.Family, title, alt, lang string, edition time.Time) (out []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("%s diagram: write PDF: %v", geo.Kind, r)
		}
	}()
	if err := printable(geo, title); err != nil {
		return nil, err
	}
	pdf, err := newDoc(st, fam)
	if err != nil {
		return nil, fmt.Errorf("%s diagram: write PDF: %w", geo.Kind, err)
	}
	applyMeta(pdf, docinfo.Meta{Title: title, Subject: title, Lang: docinfo.LangTag(lang), Date: docinfo.BuildDate(edition)})
	tags := newTagger(pdf)
	head, fig := tags.add(0, "H1"), tags.add(0, "Figure")
	tags.elems[fig].alt = alt
	pdf.AddPage()
	tags.newPage()
	label, y := diagram.TitleLabel(fam, st, title)
	tags.mark(head)
	drawTitle(pdf, label, st.Colours.Text)
	bottom := st.PageHeight - st.Margins.Bottom + 1e-6
	x := st.Margins.Left + (st.TextWidth()-geo.Width)/2
	for i, part := range geo.Parts() {
		if y+part.Height > bottom && i > 0 {
			tags.close()
			pdf.AddPage()
			tags.newPage()
			y = st.Margins.Top
		}
		if y+part.Height > bottom {
			return nil, fmt.Errorf("%s diagram: it is %.0f mm tall and does not fit on a %.0f × %.0f mm page below its title", geo.Kind, part.Height, st.PageWidth, st.PageHeight)
		}
		tags.mark(fig)
		DrawDiagram(pdf, part, x, y, fontName)
		y += part.Height
	}
	tags.close()
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		return nil, fmt.Errorf("%s diagram: write PDF: %w", geo.Kind, err)
	}
	return finish(buf.Bytes(), tags, title, []string{docinfo.LangTag(lang)})
}

// printable refuses characters beyond U+FFFF, which fpdf cannot show.
func printable(geo *diagram.Geometry, title string) error {
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

// drawTitle draws a diagram page's title, laid out by diagram.TitleLabel,
// in colour c; a title with no lines draws nothing.
func drawTitle(pdf *fpdf.Fpdf, l diagram.Label, c styles.Colour) {
	if len(l.Lines) == 0 {
		return
	}
	pdf.SetFont(fontName, l.Face.String(), l.Size)
	pdf.SetTextColor(int(c.R), int(c.G), int(c.B))
	for _, ln := range l.Lines {
		pdf.Text(ln.X, ln.Y, ln.Text)
	}
}

// DrawDiagram draws geo into doc's current page with its top-left corner
// at (x, y) in the document's units, which must be millimetres. Shapes are
// vector paths and labels are real text set in fontFamily, whose four
// faces must be registered with fpdf under the styles "", "B", "I" and
// "BI". The line weight, dash pattern, colours and font in effect before
// the call are restored after it. Errors are fpdf's: check doc.Error().
func DrawDiagram(doc *fpdf.Fpdf, geo *diagram.Geometry, x, y float64, fontFamily string) {
	defer restore(doc)()
	for i := range geo.Shapes {
		drawShape(doc, &geo.Shapes[i], x, y)
	}
	doc.SetDashPattern([]float64{}, 0)
	doc.SetTextColor(int(geo.Text.R), int(geo.Text.G), int(geo.Text.B))
	for _, l := range geo.Labels {
		doc.SetFont(fontFamily, l.Face.String(), l.Size)
		for _, ln := range l.Lines {
			doc.Text(x+ln.X, y+ln.Y, ln.Text)
		}
	}
}

// restore records doc's drawing state and returns a function that puts
// it back.
func restore(doc *fpdf.Fpdf) func() {
	lw := doc.GetLineWidth()
	dr, dg, db := doc.GetDrawColor()
	fr, fg, fb := doc.GetFillColor()
	tr, tg, tb := doc.GetTextColor()
	family, style := doc.GetFontFamily(), doc.GetFontStyle()
	size, _ := doc.GetFontSize()
	return func() {
		doc.SetLineWidth(lw)
		doc.SetDashPattern([]float64{}, 0)
		doc.SetDrawColor(dr, dg, db)
		doc.SetFillColor(fr, fg, fb)
		doc.SetTextColor(tr, tg, tb)
		if family != "" {
			doc.SetFont(family, style, size)
		}
	}
}

// drawShape draws one shape offset by (ox, oy).
func drawShape(doc *fpdf.Fpdf, s *diagram.Shape, ox, oy float64) {
	op := paintOp(doc, s)
	if op == "" {
		return
	}
	x, y := ox+s.X, oy+s.Y
	switch s.Kind {
	case diagram.Circle:
		doc.Circle(x, y, s.R, op)
	case diagram.Line:
		doc.Line(x, y, ox+s.X2, oy+s.Y2)
	case diagram.Wedge:
		// fpdf measures angles anticlockwise from 3 o'clock.
		px, py := s.Point(s.R, s.From)
		doc.MoveTo(ox+px, oy+py)
		doc.ArcTo(x, y, s.R, s.R, 0, 90-s.From, 90-s.To)
		if s.Inner > 0 {
			px, py = s.Point(s.Inner, s.To)
			doc.LineTo(ox+px, oy+py)
			doc.ArcTo(x, y, s.Inner, s.Inner, 0, 90-s.To, 90-s.From)
		} else {
			doc.LineTo(x, y)
		}
		doc.ClosePath()
		doc.DrawPath(op)
	}
}

// paintOp sets the shape's line weight, dash pattern and colours, and
// returns fpdf's paint operator: "D" to stroke, "F" to fill, "FD" for
// both, "" for neither.
func paintOp(doc *fpdf.Fpdf, s *diagram.Shape) string {
	op := ""
	if s.Filled && s.Kind != diagram.Line {
		c := s.Fill
		doc.SetFillColor(int(c.R), int(c.G), int(c.B))
		op = "F"
	}
	if s.Stroke.Width > 0 {
		c := s.Stroke.Colour
		doc.SetDrawColor(int(c.R), int(c.G), int(c.B))
		doc.SetLineWidth(s.Stroke.Width)
		doc.SetDashPattern(append([]float64{}, s.Stroke.Dash...), 0)
		op += "D"
	}
	return op
}
