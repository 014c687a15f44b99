package pdf

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"guidepress/content"
	"guidepress/diagram"
	"guidepress/fonts"
	"guidepress/internal/pdfcheck"
	"guidepress/internal/testguide"
	"guidepress/styles"
)

// diagramCase is one combination of diagram, language and style.
type diagramCase struct {
	kind, lang string
	st         *styles.Style
	geo        *diagram.Geometry
}

func (l diagramCase) String() string { return fmt.Sprintf("%s/%s/%s", l.kind, l.lang, l.st.Name) }

// everyDiagram lays out both diagrams of g in both languages and in each
// of the styles named.
func everyDiagram(t *testing.T, g *content.Guide, names ...string) []diagramCase {
	t.Helper()
	kinds := map[string]func(*content.Guide, string, *styles.Style, *fonts.Family, float64) (*diagram.Geometry, error){
		"recovery": diagram.Recovery,
		"wheel":    diagram.Wheel,
	}
	var out []diagramCase
	for _, kind := range []string{"recovery", "wheel"} {
		for _, lang := range []string{"en", "cy"} {
			for _, name := range names {
				st := mustStyle(t, name)
				geo, err := kinds[kind](g, lang, st, fonts.Default(), st.TextWidth())
				if err != nil {
					t.Fatalf("%s %s %s: %v", kind, lang, name, err)
				}
				out = append(out, diagramCase{kind: kind, lang: lang, st: st, geo: geo})
			}
		}
	}
	return out
}

// pdfText writes data to a file and returns what pdftotext extracts.
func pdfText(t *testing.T, data []byte) (string, string) {
	t.Helper()
	pdfcheck.NeedTool(t, "pdftotext")
	path := filepath.Join(t.TempDir(), "d.pdf")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").CombinedOutput()
	if err != nil {
		t.Fatalf("pdftotext: %v\n%s", err, out)
	}
	return string(out), path
}

// qpdfCheck runs qpdf --check on path; without qpdf the test is skipped
// (failed on CI), as pdfcheck.NeedTool says.
func qpdfCheck(t *testing.T, path string) {
	t.Helper()
	pdfcheck.NeedTool(t, "qpdf")
	if out, err := exec.Command("qpdf", "--check", path).CombinedOutput(); err != nil {
		t.Errorf("qpdf --check: %v\n%s", err, out)
	}
}

// TestDiagramPDFText checks every word of every label can be extracted
// from the PDF (so it is real text, searchable and copyable) and that the
// PDF is well formed, for both diagrams in both languages, in the A5 and
// large print styles. The Welsh edition's first component is given ŵ and
// ŷ.
func TestDiagramPDFText(t *testing.T) {
	g := defaultGuide(t)
	g.Recovery.Components[0].Title.Values["cy"] = "Grymuso a hunanreoli: ŵyr a’r tŷ"
	for _, l := range everyDiagram(t, g, "standard", "large-print") {
		t.Run(l.String(), func(t *testing.T) {
			data, err := DiagramPDF(l.geo, l.st, fonts.Default(), g.Recovery.Title.Get(l.lang), "alt", l.lang, time.Time{})
			if err != nil {
				t.Fatal(err)
			}
			text, path := pdfText(t, data)
			words := strings.Fields(text)
			for _, lb := range l.geo.Labels {
				for _, w := range strings.Fields(lb.Text) {
					if !containsWord(words, w) {
						t.Errorf("label %s: word %q not extracted", lb.ID, w)
					}
				}
			}
			if l.lang == "cy" && l.kind == "recovery" && (!strings.Contains(text, "ŵyr") || !strings.Contains(text, "tŷ")) {
				t.Errorf("ŵ or ŷ lost in extraction:\n%s", text)
			}
			qpdfCheck(t, path)
			clean(t, l.String(), data)
		})
	}
}

// containsWord reports whether w is one of words, or part of one (text
// extraction may join a word to punctuation or a neighbour's number).
func containsWord(words []string, w string) bool {
	for _, x := range words {
		if strings.Contains(x, w) {
			return true
		}
	}
	return false
}

// TestDiagramPDFReproducible checks the same diagram gives the same bytes.
func TestDiagramPDFReproducible(t *testing.T) {
	g := defaultGuide(t)
	st := mustStyle(t, "standard")
	geo, err := diagram.Wheel(g, "cy", st, fonts.Default(), st.TextWidth())
	if err != nil {
		t.Fatal(err)
	}
	a, err := DiagramPDF(geo, st, fonts.Default(), "Olwyn", "alt", "cy", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := DiagramPDF(geo, st, fonts.Default(), "Olwyn", "alt", "cy", time.Time{})
	if !bytes.Equal(a, b) {
		t.Error("two PDFs of the same diagram differ")
	}
}

// TestDiagramPDFRefusesTooTall checks a diagram taller than the page is an
// error, not a clipped page.
func TestDiagramPDFRefusesTooTall(t *testing.T) {
	g := defaultGuide(t)
	st := mustStyle(t, "standard")
	geo, err := diagram.Recovery(g, "en", st, fonts.Default(), st.TextWidth())
	if err != nil {
		t.Fatal(err)
	}
	geo.LegendTops, geo.Height = nil, st.PageHeight // a figure alone as tall as the page
	if _, err := DiagramPDF(geo, st, fonts.Default(), "Title", "alt", "en", time.Time{}); err == nil || !strings.Contains(err.Error(), "does not fit") {
		t.Errorf("err = %v, want a does-not-fit error", err)
	}
}

// TestDiagramPDFLegendRunsOn: a diagram whose legend cannot share the
// page with its figure (the shaped guide's long Welsh titles in large
// print, whose text cannot be set smaller) is drawn on two pages: the
// figure under its title, the rest of the legend on the next page.
func TestDiagramPDFLegendRunsOn(t *testing.T) {
	g := testguide.Shaped(t)
	st := mustStyle(t, "large-print")
	geo, err := diagram.Recovery(g, "cy", st, fonts.Default(), st.TextWidth())
	if err != nil {
		t.Fatal(err)
	}
	if geo.Height < st.PageHeight-st.Margins.Top-st.Margins.Bottom {
		t.Fatalf("the diagram is %.0f mm tall: it fits the page, so the test checks nothing", geo.Height)
	}
	out, err := DiagramPDF(geo, st, fonts.Default(), "Y ffordd at adferiad", "alt", "cy", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	pages := pageTexts(t, out)
	last := g.Recovery.Components[2].Title.Get("cy")
	if len(pages) != 2 || !strings.Contains(flat(pages[1]), last) || !strings.Contains(flat(pages[0]), "Y ffordd at adferiad") {
		t.Errorf("%d pages; page 2 should hold %q: %q", len(pages), last, pages)
	}
}

// TestDrawDiagramRestoresState checks DrawDiagram leaves the caller's line
// weight, colours and font as they were.
func TestDrawDiagramRestoresState(t *testing.T) {
	g := defaultGuide(t)
	st := mustStyle(t, "standard")
	geo, err := diagram.Wheel(g, "en", st, fonts.Default(), st.TextWidth())
	if err != nil {
		t.Fatal(err)
	}
	doc := fpdf.New("P", "mm", "A4", "")
	for _, face := range fonts.Faces {
		doc.AddUTF8FontFromBytes("guide", face.String(), fonts.Default().Bytes(face))
	}
	doc.AddPage()
	doc.SetFont("guide", "I", 9)
	doc.SetLineWidth(0.123)
	doc.SetDrawColor(1, 2, 3)
	DrawDiagram(doc, geo, 10, 10, "guide")
	if err := doc.Error(); err != nil {
		t.Fatal(err)
	}
	size, _ := doc.GetFontSize()
	r, gr, b := doc.GetDrawColor()
	if doc.GetLineWidth() != 0.123 || doc.GetFontStyle() != "I" || size != 9 || r != 1 || gr != 2 || b != 3 {
		t.Errorf("state after DrawDiagram: width %v, style %q, size %v, draw colour %d,%d,%d",
			doc.GetLineWidth(), doc.GetFontStyle(), size, r, gr, b)
	}
}
