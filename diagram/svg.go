package diagram

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"math"
	"strconv"
	"strings"

	"guidepress/fonts"
	"guidepress/styles"
)

// svgFonts names the embedded Go fonts first, with a sans-serif fallback
// for browsers that do not have them.
const svgFonts = "Go, 'Go Regular', sans-serif"

// SVG writes the diagram as a standalone SVG document whose user unit is
// the millimetre. Shapes are vector paths; every label is a <text>
// element holding its real words, one <tspan> per line, so the SVG can be
// searched, copied and read aloud. The title and language are set for
// screen readers.
func (geo *Geometry) SVG() ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(xml.Header)
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%smm" height="%smm" viewBox="0 0 %s %s" role="img" aria-labelledby="title" xml:lang="%s">`+"\n",
		num(geo.Width), num(geo.Height), num(geo.Width), num(geo.Height), esc(geo.Lang))
	fmt.Fprintf(&b, "<title id=\"title\">%s</title>\n", esc(geo.Title))
	geo.svgBody(&b, "", "")
	return geo.checked(b.Bytes())
}

// InlineSVG writes the diagram as an <svg> element for an HTML page: no
// XML declaration and no fixed size (it scales to the width it is
// given, its proportions kept by the viewBox), a <title> and a <desc>
// (desc, the diagram's text alternative) that name and describe it to
// screen readers, and every id prefixed with id and a hyphen (labels'
// with id and "-text-", as a label may share its shape's id) so that no
// id of the page is given twice.
func (geo *Geometry) InlineSVG(id, desc string) ([]byte, error) {
	var b bytes.Buffer
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %s %s" role="img" aria-labelledby="%s-title" aria-describedby="%s-desc" lang="%s">`+"\n",
		num(geo.Width), num(geo.Height), esc(id), esc(id), esc(geo.Lang))
	fmt.Fprintf(&b, "<title id=\"%s-title\">%s</title>\n<desc id=\"%s-desc\">%s</desc>\n", esc(id), esc(geo.Title), esc(id), esc(desc))
	geo.svgBody(&b, id+"-", id+"-text-")
	return geo.checked(b.Bytes())
}

// svgBody writes the shapes and labels and closes the <svg> element;
// shapes' ids start with prefix, labels' with labels.
func (geo *Geometry) svgBody(b *bytes.Buffer, prefix, labels string) {
	b.WriteString("<g stroke-linejoin=\"round\">\n")
	for i := range geo.Shapes {
		svgShape(b, &geo.Shapes[i], prefix)
	}
	b.WriteString("</g>\n")
	fmt.Fprintf(b, "<g font-family=\"%s\" fill=\"%s\">\n", svgFonts, geo.Text)
	for i := range geo.Labels {
		svgLabel(b, &geo.Labels[i], labels)
	}
	b.WriteString("</g>\n</svg>\n")
}

// checked returns data when it is well-formed XML.
func (geo *Geometry) checked(data []byte) ([]byte, error) {
	if err := xml.Unmarshal(data, new(struct{})); err != nil {
		return nil, fmt.Errorf("%s diagram: write SVG: %w", geo.Kind, err)
	}
	return data, nil
}

// svgShape writes one shape as an SVG element.
func svgShape(b *bytes.Buffer, s *Shape, prefix string) {
	paint := fmt.Sprintf(` id="%s" fill="%s"%s`, esc(prefix+s.ID), fillOf(s), strokeOf(s.Stroke))
	switch s.Kind {
	case Circle:
		fmt.Fprintf(b, "<circle%s cx=\"%s\" cy=\"%s\" r=\"%s\"/>\n", paint, num(s.X), num(s.Y), num(s.R))
	case Wedge:
		fmt.Fprintf(b, "<path%s d=\"%s\"/>\n", paint, wedgePath(s))
	case Line:
		fmt.Fprintf(b, "<line%s x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\"/>\n", paint, num(s.X), num(s.Y), num(s.X2), num(s.Y2))
	}
}

func fillOf(s *Shape) string {
	if !s.Filled {
		return "none"
	}
	return s.Fill.String()
}

func strokeOf(st Stroke) string {
	if st.Width <= 0 {
		return ` stroke="none"`
	}
	out := fmt.Sprintf(` stroke="%s" stroke-width="%s"`, st.Colour, num(st.Width))
	if len(st.Dash) > 0 {
		ds := make([]string, len(st.Dash))
		for i, d := range st.Dash {
			ds[i] = num(d)
		}
		out += fmt.Sprintf(` stroke-dasharray="%s"`, strings.Join(ds, " "))
	}
	return out
}

// wedgePath is a wedge's outline as SVG path data: the outer arc
// clockwise, in to the inner arc, and back anticlockwise.
func wedgePath(s *Shape) string {
	pt := func(r, deg float64) string {
		x, y := s.Point(r, deg)
		return num(x) + " " + num(y)
	}
	large := 0
	if s.To-s.From > 180 {
		large = 1
	}
	d := fmt.Sprintf("M %s A %s %s 0 %d 1 %s ", pt(s.R, s.From), num(s.R), num(s.R), large, pt(s.R, s.To))
	if s.Inner > 0 {
		d += fmt.Sprintf("L %s A %s %s 0 %d 0 %s Z", pt(s.Inner, s.To), num(s.Inner), num(s.Inner), large, pt(s.Inner, s.From))
	} else {
		d += fmt.Sprintf("L %s Z", pt(0, 0))
	}
	return d
}

// Point returns the point at radius r from the shape's centre, at deg
// degrees clockwise from 12 o'clock.
func (s *Shape) Point(r, deg float64) (x, y float64) {
	a := deg * math.Pi / 180
	return s.X + r*math.Sin(a), s.Y - r*math.Cos(a)
}

// svgLabel writes a label as one <text> with a <tspan> per line. A space
// ends every line but the last, so the words stay apart when the text is
// copied; at the end of a line it shows nothing. Each line is given its
// measured length, so a browser without the Go fonts squeezes or stretches
// its fallback font to the same width and the text stays inside its
// shape.
func svgLabel(b *bytes.Buffer, l *Label, prefix string) {
	weight, anchor := "", ""
	if l.Face == fonts.Bold || l.Face == fonts.BoldItalic {
		weight = ` font-weight="bold"`
	}
	if l.Face == fonts.Italic || l.Face == fonts.BoldItalic {
		weight += ` font-style="italic"`
	}
	if l.Align == Centre {
		anchor = ` text-anchor="middle"`
	}
	fmt.Fprintf(b, "<text id=\"%s\" font-size=\"%s\"%s%s>", esc(prefix+l.ID), num(l.Size*styles.PtToMM), weight, anchor)
	for i, ln := range l.Lines {
		x := ln.X
		if l.Align == Centre {
			x = l.Box.X + l.Box.W/2
		}
		sep := " "
		if i == len(l.Lines)-1 {
			sep = ""
		}
		fmt.Fprintf(b, "<tspan x=\"%s\" y=\"%s\" textLength=\"%s\" lengthAdjust=\"spacingAndGlyphs\">%s%s</tspan>",
			num(x), num(ln.Y), num(ln.W), esc(ln.Text), sep)
	}
	b.WriteString("</text>\n")
}

// num writes a length to a thousandth of a millimetre, without trailing
// zeros.
func num(v float64) string {
	s := strconv.FormatFloat(math.Round(v*1000)/1000, 'f', -1, 64)
	if s == "-0" {
		return "0"
	}
	return s
}

// esc escapes s for XML text and attribute values.
func esc(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}
