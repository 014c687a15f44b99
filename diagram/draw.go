package diagram

import (
	"codeberg.org/go-pdf/fpdf"

	"guidepress/styles"
)

// Draw draws the diagram into pdf's current page with its top-left corner
// at (x, y) in the document's units, which must be millimetres. Shapes are
// vector paths and labels are real text set in fontFamily, whose four
// faces must be registered with fpdf under the styles "", "B", "I" and
// "BI". The line weight, dash pattern, colours and font in effect before
// the call are restored after it. Errors are fpdf's: check pdf.Error().
func (geo *Geometry) Draw(pdf *fpdf.Fpdf, x, y float64, fontFamily string) {
	defer restore(pdf)()
	for i := range geo.Shapes {
		drawShape(pdf, &geo.Shapes[i], x, y)
	}
	pdf.SetDashPattern([]float64{}, 0)
	pdf.SetTextColor(int(geo.Text.R), int(geo.Text.G), int(geo.Text.B))
	for _, l := range geo.Labels {
		pdf.SetFont(fontFamily, l.Face.String(), l.Size)
		for _, ln := range l.Lines {
			pdf.Text(x+ln.X, y+ln.Y, ln.Text)
		}
	}
}

// restore records pdf's drawing state and returns a function that puts
// it back.
func restore(pdf *fpdf.Fpdf) func() {
	lw := pdf.GetLineWidth()
	dr, dg, db := pdf.GetDrawColor()
	fr, fg, fb := pdf.GetFillColor()
	tr, tg, tb := pdf.GetTextColor()
	family, style := pdf.GetFontFamily(), pdf.GetFontStyle()
	size, _ := pdf.GetFontSize()
	return func() {
		pdf.SetLineWidth(lw)
		pdf.SetDashPattern([]float64{}, 0)
		pdf.SetDrawColor(dr, dg, db)
		pdf.SetFillColor(fr, fg, fb)
		pdf.SetTextColor(tr, tg, tb)
		if family != "" {
			pdf.SetFont(family, style, size)
		}
	}
}

// drawShape draws one shape offset by (ox, oy).
func drawShape(pdf *fpdf.Fpdf, s *Shape, ox, oy float64) {
	op := paintOp(pdf, s)
	if op == "" {
		return
	}
	x, y := ox+s.X, oy+s.Y
	switch s.Kind {
	case Circle:
		pdf.Circle(x, y, s.R, op)
	case Line:
		pdf.Line(x, y, ox+s.X2, oy+s.Y2)
	case Wedge:
		// fpdf measures angles anticlockwise from 3 o'clock.
		px, py := s.Point(s.R, s.From)
		pdf.MoveTo(ox+px, oy+py)
		pdf.ArcTo(x, y, s.R, s.R, 0, 90-s.From, 90-s.To)
		if s.Inner > 0 {
			px, py = s.Point(s.Inner, s.To)
			pdf.LineTo(ox+px, oy+py)
			pdf.ArcTo(x, y, s.Inner, s.Inner, 0, 90-s.To, 90-s.From)
		} else {
			pdf.LineTo(x, y)
		}
		pdf.ClosePath()
		pdf.DrawPath(op)
	}
}

// paintOp sets the shape's line weight, dash pattern and colours, and
// returns fpdf's paint operator: "D" to stroke, "F" to fill, "FD" for
// both, "" for neither.
func paintOp(pdf *fpdf.Fpdf, s *Shape) string {
	op := ""
	if s.Filled && s.Kind != Line {
		setFill(pdf, s.Fill)
		op = "F"
	}
	if s.Stroke.Width > 0 {
		c := s.Stroke.Colour
		pdf.SetDrawColor(int(c.R), int(c.G), int(c.B))
		pdf.SetLineWidth(s.Stroke.Width)
		pdf.SetDashPattern(append([]float64{}, s.Stroke.Dash...), 0)
		op += "D"
	}
	return op
}

func setFill(pdf *fpdf.Fpdf, c styles.Colour) {
	pdf.SetFillColor(int(c.R), int(c.G), int(c.B))
}
