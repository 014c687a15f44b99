package pdf

import (
	"bytes"
	"flag"
	"fmt"
	"guidepress/internal/pdfcheck"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"guidepress/content"
	"guidepress/layout"
	"guidepress/styles"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// buildPDF lays out and draws a booklet of g in the style and language,
// which must have at least 8 pages.
func buildPDF(t *testing.T, g *content.Guide, style, lang string) ([]byte, *styles.Style) {
	t.Helper()
	st := mustStyle(t, style)
	out, pages, err := drawn(layout.Booklet(g, lang, st))
	if err != nil {
		t.Fatalf("%s %s: %v", style, lang, err)
	}
	if pages < 8 {
		t.Fatalf("%s %s: only %d pages", style, lang, pages)
	}
	return out, st
}

var combos = []struct{ style, lang string }{
	{"standard", "en"}, {"standard", "cy"}, {"large-print", "en"}, {"large-print", "cy"},
}

func TestGoldenText(t *testing.T) {
	needTool(t, "pdftotext")
	for _, c := range combos {
		pdf, _ := buildPDF(t, fixture(), c.style, c.lang)
		var b strings.Builder
		for i, p := range pageTexts(t, pdf) {
			fmt.Fprintf(&b, "=== page %d ===\n%s\n", i+1, strings.TrimRight(p, "\n "))
		}
		golden := filepath.Join("testdata", "booklet-"+c.style+"-"+c.lang+".txt")
		if *update {
			os.MkdirAll("testdata", 0o755)
			if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test ./pdf -run Golden -update)", err)
		}
		if b.String() != string(want) {
			t.Errorf("%s differs from the booklet's text; if the change is right, run go test ./pdf -run Golden -update\n%s",
				golden, firstDiff(string(want), b.String()))
		}
	}
}

// firstDiff shows the first line where two texts differ.
func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < max(len(al), len(bl)); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return fmt.Sprintf("line %d:\n want %q\n got  %q", i+1, x, y)
		}
	}
	return ""
}

func TestWelshLettersComeBack(t *testing.T) {
	needTool(t, "pdftotext")
	pdf, _ := buildPDF(t, fixture(), "standard", "cy")
	text := strings.Join(strings.Fields(run(t, pdf, "pdftotext")), " ")
	for _, want := range []string{"mae’r gŵr a’r ŷd yn ddiogel", "Ŵ Ŷ", "Sut i ddefnyddio’r canllaw hwn", "Ŵyr ac Ŷd"} {
		if !strings.Contains(text, want) {
			t.Errorf("Welsh booklet text lacks %q", want)
		}
	}
}

func TestWelshBookletHasNoEnglishLabels(t *testing.T) {
	needTool(t, "pdftotext")
	g := fixture()
	pdf, _ := buildPDF(t, g, "standard", "cy")
	text := strings.Join(strings.Fields(run(t, pdf, "pdftotext")), " ")
	for _, found := range englishLabels(g, text) {
		t.Errorf("Welsh booklet contains English label %s", found)
	}
}

// TestEveryReaderTakesTheBooklet: pdfinfo and pdftotext say nothing on
// stderr, qpdf --check passes, and pdfcpu's strict validation passes and
// repairs nothing, for every booklet of the fixture and of the default
// guide.
func TestEveryReaderTakesTheBooklet(t *testing.T) {
	for _, g := range []*content.Guide{fixture(), defaultGuide(t)} {
		for _, c := range combos {
			pdf, _ := buildPDF(t, g, c.style, c.lang)
			clean(t, g.ID+" "+c.style+" "+c.lang, pdf)
		}
	}
}

func TestIdenticalBytes(t *testing.T) {
	a, _ := buildPDF(t, fixture(), "standard", "cy")
	b, _ := buildPDF(t, fixture(), "standard", "cy")
	if !bytes.Equal(a, b) {
		t.Error("two builds of the same booklet differ")
	}
}

func TestDocumentInfo(t *testing.T) {
	pdf, _ := buildPDF(t, fixture(), "standard", "cy")
	pdf = pdfcheck.Expanded(t, pdf)
	for _, want := range []string{"/Lang (cy)", "/DisplayDocTitle true", "/Outlines ", "/CreationDate (D:20261101000000)", "/ModDate (D:20261101000000)"} {
		if !bytes.Contains(pdf, []byte(want)) {
			t.Errorf("PDF lacks %s", want)
		}
	}
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	pdf, _ = buildPDF(t, fixture(), "standard", "en")
	if x := pdfcheck.Expanded(t, pdf); !bytes.Contains(x, []byte("/CreationDate (D:20231114221320)")) || !bytes.Contains(x, []byte("/Lang (en-GB)")) {
		t.Error("SOURCE_DATE_EPOCH or en-GB not used")
	}
	needTool(t, "pdfinfo")
	info := run(t, pdf, "pdfinfo")
	for _, want := range []string{"Title:           Mental health and the justice system", "Author:          Example Recovery Wales"} {
		if !strings.Contains(info, want) {
			t.Errorf("pdfinfo lacks %q:\n%s", want, info)
		}
	}
}

func TestLinesInsideMarginsAndApart(t *testing.T) {
	needTool(t, "pdftotext")
	for _, c := range combos {
		pdf, st := buildPDF(t, fixture(), c.style, c.lang)
		checkGeometry(t, c.style+" "+c.lang, pdf, st)
	}
}

func TestEmojiNeverReachesFPDF(t *testing.T) {
	g := fixture()
	g.Title = tx("Title 😀", "Teitl 😀")
	if _, _, err := drawn(layout.Booklet(g, "cy", mustStyle(t, "standard"))); err == nil || !strings.Contains(err.Error(), "U+1F600") {
		t.Errorf("error %v, want one naming U+1F600", err)
	}
	p, err := layout.Booklet(fixture(), "en", mustStyle(t, "standard"))
	if err != nil {
		t.Fatal(err)
	}
	p.Pages[1].Items[0].Spans[0].Text = "😀"
	if _, err := Write(p); err == nil || !strings.Contains(err.Error(), "U+1F600") {
		t.Errorf("Write error %v, want one naming U+1F600", err)
	}
}

func TestLinksAreClickable(t *testing.T) {
	needTool(t, "pdfinfo")
	pdf, _ := buildPDF(t, fixture(), "standard", "en")
	urls := run(t, pdf, "pdfinfo", "-url")
	for _, want := range []string{"tel:116123", "mailto:jo@samaritans.org", "https://www.example.org", "https://www.llaiscymru.org/"} {
		if !strings.Contains(urls, want) {
			t.Errorf("no link to %s in:\n%s", want, urls)
		}
	}
}

// TestPanicsBecomeErrors: a panic inside fpdf is an error naming the
// operation (layout's TestBookletRefusals checks the layout's side).
func TestPanicsBecomeErrors(t *testing.T) {
	_, err := Write(&layout.Plan{})
	if err == nil || !strings.HasPrefix(err.Error(), "draw the PDF: internal error:") {
		t.Errorf("Write of an empty plan: %v, want an internal error naming the operation", err)
	}
}
