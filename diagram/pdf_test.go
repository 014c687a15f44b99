package diagram

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"codeberg.org/go-pdf/fpdf"

	"guidepress/fonts"
)

// pdfText writes data to a file and returns what pdftotext extracts.
func pdfText(t *testing.T, data []byte) (string, string) {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed")
	}
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

// qpdfCheck runs qpdf --check on path when qpdf is installed.
func qpdfCheck(t *testing.T, path string) {
	t.Helper()
	if _, err := exec.LookPath("qpdf"); err != nil {
		t.Log("qpdf is not installed; structure not checked")
		return
	}
	if out, err := exec.Command("qpdf", "--check", path).CombinedOutput(); err != nil {
		t.Errorf("qpdf --check: %v\n%s", err, out)
	}
}

// TestPDFText checks every word of every label can be extracted from the
// PDF (so it is real text, searchable and copyable) and that the PDF is
// well formed, for both diagrams in both languages, in the A5 and large
// print styles. The Welsh edition's first component is given ŵ and ŷ.
func TestPDFText(t *testing.T) {
	g := guide(t)
	g.Recovery.Components[0].Title.Values["cy"] = "Grymuso a hunanreoli: ŵyr a’r tŷ"
	for _, l := range everyLayout(t, g, "standard", "large-print") {
		t.Run(l.String(), func(t *testing.T) {
			data, err := PDF(l.geo, l.st, fonts.Default(), g.Recovery.Title.Get(l.lang), l.lang)
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

// TestPDFReproducible checks the same diagram gives the same bytes.
func TestPDFReproducible(t *testing.T) {
	g := guide(t)
	st := preset(t, "standard")
	geo, err := Wheel(g, "cy", st, fonts.Default(), st.TextWidth())
	if err != nil {
		t.Fatal(err)
	}
	a, err := PDF(geo, st, fonts.Default(), "Olwyn", "cy")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := PDF(geo, st, fonts.Default(), "Olwyn", "cy")
	if !bytes.Equal(a, b) {
		t.Error("two PDFs of the same diagram differ")
	}
}

// TestPDFRefusesTooTall checks a diagram taller than the page is an
// error, not a clipped page.
func TestPDFRefusesTooTall(t *testing.T) {
	g := guide(t)
	st := preset(t, "standard")
	geo, err := Recovery(g, "en", st, fonts.Default(), st.TextWidth())
	if err != nil {
		t.Fatal(err)
	}
	geo.Height = st.PageHeight
	if _, err := PDF(geo, st, fonts.Default(), "Title", "en"); err == nil || !strings.Contains(err.Error(), "does not fit") {
		t.Errorf("err = %v, want a does-not-fit error", err)
	}
}

// TestDrawRestoresState checks Draw leaves the caller's line weight,
// colours and font as they were.
func TestDrawRestoresState(t *testing.T) {
	g := guide(t)
	st := preset(t, "standard")
	geo, err := Wheel(g, "en", st, fonts.Default(), st.TextWidth())
	if err != nil {
		t.Fatal(err)
	}
	pdf := fpdf.New("P", "mm", "A4", "")
	for _, face := range fonts.Faces {
		pdf.AddUTF8FontFromBytes("guide", face.String(), fonts.Default().Bytes(face))
	}
	pdf.AddPage()
	pdf.SetFont("guide", "I", 9)
	pdf.SetLineWidth(0.123)
	pdf.SetDrawColor(1, 2, 3)
	geo.Draw(pdf, 10, 10, "guide")
	if err := pdf.Error(); err != nil {
		t.Fatal(err)
	}
	size, _ := pdf.GetFontSize()
	r, gr, b := pdf.GetDrawColor()
	if pdf.GetLineWidth() != 0.123 || pdf.GetFontStyle() != "I" || size != 9 || r != 1 || gr != 2 || b != 3 {
		t.Errorf("state after Draw: width %v, style %q, size %v, draw colour %d,%d,%d",
			pdf.GetLineWidth(), pdf.GetFontStyle(), size, r, gr, b)
	}
}
