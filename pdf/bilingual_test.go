package pdf

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"guidepress/content"
	"guidepress/layout"
	"guidepress/styles"
)

// biCase is a bilingual edition laid out for the tests.
type biCase struct {
	name  string
	guide *content.Guide
	ed    *layout.Bilingual
}

// biCaseNamed lays out the bilingual edition of the default guide called
// name (named as layout's tests name their bilingual editions), Welsh
// first.
func biCaseNamed(t *testing.T, name string) biCase {
	t.Helper()
	g := defaultGuide(t)
	langs := [2]string{"cy", "en"}
	pack := layout.PackOptions{Stages: []string{"recovery", "discharge"}, Name: packName, Date: packDate}
	var d *layout.Bilingual
	var err error
	switch name {
	case "cjs-wales booklet columns a4":
		d, err = layout.BilingualBooklet(g, langs, layout.Columns, mustStyle(t, "a4"))
	case "cjs-wales booklet tete-beche standard":
		d, err = layout.BilingualBooklet(g, langs, layout.TeteBeche, mustStyle(t, "standard"))
	case "cjs-wales leaflet police columns a4 a5-fold":
		d, err = layout.BilingualLeaflet(g, "police", langs, layout.Columns, mustStyle(t, "a4"), layout.LeafletOptions{Format: layout.FoldedA5})
	case "cjs-wales pack columns a4":
		d, err = layout.BilingualPack(g, langs, layout.Columns, mustStyle(t, "a4"), pack)
	case "cjs-wales pack tete-beche standard":
		d, err = layout.BilingualPack(g, langs, layout.TeteBeche, mustStyle(t, "standard"), pack)
	default:
		t.Fatalf("no bilingual edition %q", name)
	}
	if err != nil {
		t.Fatalf("lay out %s: %v", name, err)
	}
	return biCase{name, g, d}
}

// drawBilingual draws c and checks the PDF's structure and geometry.
func drawBilingual(t *testing.T, c biCase) []byte {
	t.Helper()
	pdf, err := WriteBilingual(c.ed)
	if err != nil {
		t.Fatalf("%s: %v", c.name, err)
	}
	clean(t, c.name, pdf)
	checkGeometry(t, c.name, pdf, c.ed.Halves[0].Style)
	return pdf
}

// TestColumnsPDF reads a columns booklet, leaflet and pack back: the
// left column, cropped with pdftotext, has no English label and the right
// no Welsh one; each column's footer is in its language; the outline has an
// entry per language.
func TestColumnsPDF(t *testing.T) {
	t.Parallel()
	needTool(t, "pdftotext")
	needTool(t, "qpdf")
	for _, name := range []string{"cjs-wales booklet columns a4", "cjs-wales leaflet police columns a4 a5-fold", "cjs-wales pack columns a4"} {
		c := biCaseNamed(t, name)
		pdf := drawBilingual(t, c)
		left, right := columnTexts(t, pdf, c.ed.Halves[0].Style)
		for _, found := range append(labelsIn(c.guide, "en", left), packLabelsIn(c.guide, "en", left)...) {
			t.Errorf("%s: the Welsh column contains English label %s", name, found)
		}
		for _, found := range append(labelsIn(c.guide, "cy", right), packLabelsIn(c.guide, "cy", right)...) {
			t.Errorf("%s: the English column contains Welsh label %s", name, found)
		}
		n := strconv.Itoa(c.ed.Pages())
		if !strings.Contains(left, "Tudalen 2 o "+n) || !strings.Contains(right, "Page 2 of "+n) {
			t.Errorf("%s: the columns lack their footers \"Tudalen 2 o %s\" and \"Page 2 of %s\"", name, n, n)
		}
		checkOutline(t, name, pdf, map[string]int{"Cymraeg": 1, "English": 1})
	}
}

// columnTexts are the text of every page's left and right halves, as
// pdftotext reads them cropped at the middle of the text area, each
// flattened to single spaces.
func columnTexts(t *testing.T, pdf []byte, st *styles.Style) (left, right string) {
	t.Helper()
	k := 72 / 25.4
	split := (st.Margins.Left + st.TextWidth()/2) * k
	crop := func(x0, x1 float64) string {
		return flat(run(t, pdf, "pdftotext", "-x", fmt.Sprint(int(x0)), "-y", "0",
			"-W", fmt.Sprint(int(x1-x0)), "-H", fmt.Sprint(int(st.PageHeight*k)+1)))
	}
	return crop(0, split), crop(split, st.PageWidth*k+1)
}

// TestTeteBechePDF reads a tête-bêche booklet and pack back: the second
// half's pages are drawn turned 180°, the last page is the English
// cover, each half is labelled only in its own language, and the outline
// has an entry per language at its cover.
func TestTeteBechePDF(t *testing.T) {
	t.Parallel()
	needTool(t, "pdftotext")
	needTool(t, "qpdf")
	for _, name := range []string{"cjs-wales booklet tete-beche standard", "cjs-wales pack tete-beche standard"} {
		checkTeteBeche(t, biCaseNamed(t, name))
	}
}

// checkTeteBeche draws tête-bêche edition c and reads it back.
func checkTeteBeche(t *testing.T, c biCase) {
	t.Helper()
	pdf := drawBilingual(t, c)
	half, total := len(c.ed.Halves[0].Pages), c.ed.Pages()
	if total != 2*half || total%4 != 0 {
		t.Fatalf("%s: %d pages, halves of %d: want two equal halves, a multiple of 4 in all", c.name, total, half)
	}
	last := flat(run(t, pdf, "pdftotext", "-f", strconv.Itoa(total), "-l", strconv.Itoa(total)))
	if title := c.guide.Title.Get("en"); !strings.HasPrefix(last, title) {
		t.Errorf("%s: the last page, the English cover, reads %q; want it to start with %q", c.name, last, title)
	}
	first := flat(run(t, pdf, "pdftotext", "-l", strconv.Itoa(half)))
	second := flat(run(t, pdf, "pdftotext", "-f", strconv.Itoa(half+1)))
	if !strings.HasPrefix(first, c.guide.Title.Get("cy")) {
		t.Errorf("%s: the first page does not start with the Welsh title: %.80q", c.name, first)
	}
	for _, found := range append(labelsIn(c.guide, "en", first), packLabelsIn(c.guide, "en", first)...) {
		t.Errorf("%s: the Welsh half contains English label %s", c.name, found)
	}
	for _, found := range append(labelsIn(c.guide, "cy", second), packLabelsIn(c.guide, "cy", second)...) {
		t.Errorf("%s: the English half contains Welsh label %s", c.name, found)
	}
	for i, turned := range turnedPages(t, pdf, total) {
		if turned != (i >= half) {
			t.Errorf("%s: page %d: turned %t, want %t", c.name, i+1, turned, i >= half)
		}
	}
	checkOutline(t, c.name, pdf, map[string]int{"Cymraeg": 1, "English": total})
}

// turnedMatrix is the transformation that turns an A5 page 180° about its
// centre, as qpdf writes it in a page's content stream.
const turnedMatrix = "-1.00000 0.00000 0.00000 -1.00000 419.52756 595.27559 cm"

// turnedPages reports, for each of the n pages of an A5 pdf, whether its
// content is drawn turned 180°.
func turnedPages(t *testing.T, pdf []byte, n int) []bool {
	dir := t.TempDir()
	in, out := filepath.Join(dir, "in.pdf"), filepath.Join(dir, "qdf.pdf")
	if err := os.WriteFile(in, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	if msg, err := exec.Command("qpdf", "--qdf", "--object-streams=disable", in, out).CombinedOutput(); err != nil {
		t.Fatalf("qpdf --qdf: %v\n%s", err, msg)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	qdf := string(data)
	turned := make([]bool, n)
	for i := range n {
		_, rest, ok := strings.Cut(qdf, fmt.Sprintf("%%%% Contents for page %d\n", i+1))
		if !ok {
			t.Fatalf("qpdf --qdf shows no content for page %d", i+1)
		}
		stream, _, _ := strings.Cut(rest, "endstream")
		turned[i] = strings.Contains(stream, turnedMatrix)
	}
	return turned
}

// checkOutline checks the PDF's top-level bookmarks: want maps each
// title to the page it opens.
func checkOutline(t *testing.T, name string, pdf []byte, want map[string]int) {
	t.Helper()
	var doc struct {
		Outlines []struct {
			Title string `json:"title"`
			Page  int    `json:"destpageposfrom1"`
			Kids  []any  `json:"kids"`
		} `json:"outlines"`
	}
	if err := json.Unmarshal([]byte(run(t, pdf, "qpdf", "--json", "--json-key=outlines")), &doc); err != nil {
		t.Fatalf("%s: qpdf --json: %v", name, err)
	}
	got := map[string]int{}
	for _, o := range doc.Outlines {
		got[o.Title] = o.Page
		if len(o.Kids) < 2 {
			t.Errorf("%s: bookmark %q holds %d bookmarks", name, o.Title, len(o.Kids))
		}
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("%s: top-level bookmarks %v, want %v", name, got, want)
	}
}
