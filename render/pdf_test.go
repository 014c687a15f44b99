package render

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"guidepress/content"
	"guidepress/styles"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// needTool skips the test when a poppler or qpdf tool is not installed
// (CI installs them).
func needTool(t *testing.T, name string) {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		t.Skipf("%s is not on PATH", name)
	}
}

func buildPDF(t *testing.T, g *content.Guide, style, lang string) ([]byte, *styles.Style) {
	t.Helper()
	st := mustStyle(t, style)
	out, info, err := BookletPDF(g, lang, st)
	if err != nil {
		t.Fatalf("%s %s: %v", style, lang, err)
	}
	if info.Pages < 8 {
		t.Fatalf("%s %s: only %d pages", style, lang, info.Pages)
	}
	return out, st
}

// run writes pdf to a file and runs tool on it, returning its output.
func run(t *testing.T, pdf []byte, tool string, args ...string) string {
	t.Helper()
	file := filepath.Join(t.TempDir(), "b.pdf")
	if err := os.WriteFile(file, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	args = append(args, file)
	if tool == "pdftotext" {
		args = append(args, "-")
	}
	cmd := exec.Command(tool, args...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", tool, args, err, out)
	}
	return string(out)
}

// pageTexts returns the text of every page, laid out as on the page.
func pageTexts(t *testing.T, pdf []byte) []string {
	pages := strings.Split(run(t, pdf, "pdftotext", "-layout"), "\f")
	return pages[:len(pages)-1]
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
			t.Fatalf("%v (run go test ./render -run Golden -update)", err)
		}
		if b.String() != string(want) {
			t.Errorf("%s differs from the booklet's text; if the change is right, run go test ./render -run Golden -update\n%s",
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

// englishLabels returns each English label (as "key: text") that text
// contains: a Welsh edition must have none.
func englishLabels(g *content.Guide, text string) []string { return labelsIn(g, "en", text) }

// labelsIn returns each label of lang (as "key: text") that text
// contains: the other language's half of a bilingual edition must have
// none.
func labelsIn(g *content.Guide, lang, text string) []string {
	var out []string
	for _, key := range usedLabels {
		vars := map[string]string{"n": "\x00", "m": "\x00", "org": "\x00", "date": "\x00", "number": "\x00"}
		for _, frag := range strings.Split(g.Label(lang, key, vars), "\x00") {
			frag = strings.TrimSpace(frag)
			if len(frag) < 4 {
				frag += ":" // contact labels are printed as "Web:"
			}
			if len(frag) > 1 && strings.Contains(text, frag) {
				out = append(out, fmt.Sprintf("%s: %q", key, frag))
			}
		}
	}
	return out
}

func TestQPDFCheck(t *testing.T) {
	needTool(t, "qpdf")
	for _, c := range combos {
		pdf, _ := buildPDF(t, fixture(), c.style, c.lang)
		out := run(t, pdf, "qpdf", "--check")
		if !strings.Contains(out, "No syntax or stream encoding errors") {
			t.Errorf("%s %s: qpdf --check:\n%s", c.style, c.lang, out)
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
	for _, want := range []string{"/Lang (cy)", "/DisplayDocTitle true", "/Outlines ", "/CreationDate (D:20261101000000)", "/ModDate (D:20261101000000)"} {
		if !bytes.Contains(pdf, []byte(want)) {
			t.Errorf("PDF lacks %s", want)
		}
	}
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	pdf, _ = buildPDF(t, fixture(), "standard", "en")
	if !bytes.Contains(pdf, []byte("/CreationDate (D:20231114221320)")) || !bytes.Contains(pdf, []byte("/Lang (en-GB)")) {
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

var (
	lineRE = regexp.MustCompile(`<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">`)
	wordRE = regexp.MustCompile(`>([^<]*)</word>`)
)

type box struct {
	x0, y0, x1, y1 float64
	text           string
}

// lineBoxes reads pdftotext -bbox-layout's lines, page by page, in points.
func lineBoxes(t *testing.T, pdf []byte) [][]box {
	out := run(t, pdf, "pdftotext", "-bbox-layout")
	var pages [][]box
	for _, chunk := range strings.Split(out, "<page ")[1:] {
		var boxes []box
		for _, l := range strings.Split(chunk, "<line ")[1:] {
			m := lineRE.FindStringSubmatch("<line " + l)
			if m == nil {
				continue
			}
			f := func(i int) float64 { v, _ := strconv.ParseFloat(m[i], 64); return v }
			var words []string
			for _, w := range wordRE.FindAllStringSubmatch(l, -1) {
				words = append(words, w[1])
			}
			boxes = append(boxes, box{f(1), f(2), f(3), f(4), strings.Join(words, " ")})
		}
		pages = append(pages, boxes)
	}
	return pages
}

func TestLinesInsideMarginsAndApart(t *testing.T) {
	needTool(t, "pdftotext")
	for _, c := range combos {
		pdf, st := buildPDF(t, fixture(), c.style, c.lang)
		checkGeometry(t, c.style+" "+c.lang, pdf, st)
	}
}

// checkGeometry fails when a text line of pdf lies outside the style's
// margins or overlaps another line on its page.
func checkGeometry(t *testing.T, name string, pdf []byte, st *styles.Style) {
	t.Helper()
	const tol = 0.5 // points
	k := 72 / 25.4
	left, right := st.Margins.Left*k, (st.PageWidth-st.Margins.Right)*k
	top, bottom := st.Margins.Top*k, (st.PageHeight-st.Margins.Bottom)*k
	for p, boxes := range lineBoxes(t, pdf) {
		for i, b := range boxes {
			if b.x0 < left-tol || b.x1 > right+tol || b.y0 < top-tol || b.y1 > bottom+tol {
				t.Errorf("%s page %d: %q at (%.1f,%.1f)-(%.1f,%.1f) is outside the margins (%.1f,%.1f)-(%.1f,%.1f)",
					name, p+1, b.text, b.x0, b.y0, b.x1, b.y1, left, top, right, bottom)
			}
			for _, o := range boxes[i+1:] {
				if min(b.x1, o.x1)-max(b.x0, o.x0) > tol && min(b.y1, o.y1)-max(b.y0, o.y0) > tol {
					t.Errorf("%s page %d: %q and %q overlap", name, p+1, b.text, o.text)
				}
			}
		}
	}
}

func TestEmojiNeverReachesFPDF(t *testing.T) {
	g := fixture()
	g.Title = tx("Title 😀", "Teitl 😀")
	if _, _, err := BookletPDF(g, "cy", mustStyle(t, "standard")); err == nil || !strings.Contains(err.Error(), "U+1F600") {
		t.Errorf("error %v, want one naming U+1F600", err)
	}
	p, err := Booklet(fixture(), "en", mustStyle(t, "standard"))
	if err != nil {
		t.Fatal(err)
	}
	p.Pages[1].Items[0].Spans[0].Text = "😀"
	if _, err := p.PDF(); err == nil || !strings.Contains(err.Error(), "U+1F600") {
		t.Errorf("PDF() error %v, want one naming U+1F600", err)
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

func TestPanicsBecomeErrors(t *testing.T) {
	_, err := (&Plan{}).PDF()
	if err == nil || !strings.HasPrefix(err.Error(), "draw the PDF: internal error:") {
		t.Errorf("PDF() of an empty plan: %v, want an internal error naming the operation", err)
	}
	if _, err := Booklet(fixture(), "en", nil); err == nil {
		t.Error("Booklet with no style succeeded")
	}
	if _, err := Booklet(fixture(), "fr", mustStyle(t, "standard")); err == nil || err.Error() != `lay out the booklet: the guide has no title in language "fr"` {
		t.Errorf("Booklet in a language the guide lacks: %v", err)
	}
}
