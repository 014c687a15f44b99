package diagram

import (
	"bytes"
	"encoding/xml"
	"io"
	"slices"
	"strings"
	"testing"

	"guidepress/fonts"
)

// svgTexts parses an SVG document and returns the root element's name and
// attributes and the character data of every <text> element.
func svgTexts(t *testing.T, data []byte) (xml.StartElement, []string) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(data))
	var root xml.StartElement
	var texts []string
	var cur *strings.Builder
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return root, texts
		}
		if err != nil {
			t.Fatalf("SVG does not parse: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if root.Name.Local == "" {
				root = tok.Copy()
			}
			if tok.Name.Local == "text" {
				cur = &strings.Builder{}
			}
		case xml.CharData:
			if cur != nil {
				cur.Write(tok)
			}
		case xml.EndElement:
			if tok.Name.Local == "text" && cur != nil {
				texts = append(texts, squash(cur.String()))
				cur = nil
			}
		}
	}
}

func attr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// TestSVG checks the SVG parses as XML, is sized in millimetres, and holds
// every label's text, in both languages and every style.
func TestSVG(t *testing.T) {
	g := guide(t)
	for _, l := range everyLayout(t, g) {
		data, err := l.geo.SVG()
		if err != nil {
			t.Fatalf("%s: %v", l, err)
		}
		root, texts := svgTexts(t, data)
		if root.Name.Local != "svg" || !strings.HasPrefix(attr(root, "viewBox"), "0 0 ") ||
			!strings.HasSuffix(attr(root, "width"), "mm") || attr(root, "lang") != l.lang {
			t.Errorf("%s: root element %v", l, root)
		}
		for _, lb := range l.geo.Labels {
			if !slices.Contains(texts, squash(lb.Text)) {
				t.Errorf("%s: no <text> reads %q", l, lb.Text)
			}
		}
		for _, want := range wantTexts(g, l.kind, l.lang) {
			if !slices.Contains(texts, squash(want)) {
				t.Errorf("%s: no <text> reads %q", l, want)
			}
		}
	}
}

// TestSVGEscapes checks markup in a label is escaped, not interpreted.
func TestSVGEscapes(t *testing.T) {
	g := guide(t)
	g.Recovery.Components[0].Title.Values["en"] = `Rights & <choices> "now"`
	st := preset(t, "standard")
	geo, err := Recovery(g, "en", st, fonts.Default(), st.TextWidth())
	if err != nil {
		t.Fatal(err)
	}
	data, err := geo.SVG()
	if err != nil {
		t.Fatal(err)
	}
	_, texts := svgTexts(t, data)
	if !slices.Contains(texts, `Rights & <choices> "now"`) {
		t.Errorf("escaped title not found in %q", texts)
	}
}
