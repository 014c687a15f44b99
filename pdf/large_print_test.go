package pdf

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
	"time"

	"guidepress/fonts"
	"guidepress/layout"
)

// fontSize matches a text font being set in an uncompressed content stream.
var fontSize = regexp.MustCompile(`/F\w+ ([0-9.]+) Tf`)

// textSizes returns every font size a PDF sets text in, read from its
// content streams after qpdf has uncompressed them.
func textSizes(t *testing.T, pdf []byte) []float64 {
	t.Helper()
	file := filepath.Join(t.TempDir(), "in.pdf")
	if err := os.WriteFile(file, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	b, err := exec.Command("qpdf", "--qdf", "--object-streams=disable", "--decode-level=all", file, "-").Output()
	if err != nil {
		t.Fatalf("qpdf --qdf: %v", err)
	}
	qdf := string(b)
	var out []float64
	for _, m := range fontSize.FindAllStringSubmatch(qdf, -1) {
		v, err := strconv.ParseFloat(m[1], 64)
		if err != nil {
			t.Fatalf("font size %q: %v", m[1], err)
		}
		out = append(out, v)
	}
	return out
}

// TestLargePrintNothingSmall draws every large-print product of the
// default guide (booklets, leaflets, packs, bilingual editions, diagrams)
// and checks that no text in any of them is set below 16pt: RNIB's large
// print guidance, for headers, footers, dates and labels as for the body.
func TestLargePrintNothingSmall(t *testing.T) {
	needTool(t, "qpdf")
	g := defaultGuide(t)
	st := mustStyle(t, "large-print")
	if st.MinSize < 16 {
		t.Fatalf("the large-print style's smallest size is %gpt, want at least 16pt", st.MinSize)
	}
	type product struct {
		name string
		pdf  []byte
		err  error
	}
	var ps []product
	add := func(name string) func([]byte, int, error) {
		return func(pdf []byte, _ int, err error) { ps = append(ps, product{name, pdf, err}) }
	}
	pack := layout.PackOptions{Stages: []string{"prison", "discharge", "recovery"}}
	for _, lang := range g.Languages {
		add("booklet " + lang)(drawn(layout.Booklet(g, lang, st)))
		for _, s := range g.Stages {
			add("leaflet " + s.ID + " " + lang)(drawn(layout.Leaflet(g, s.ID, lang, st, layout.LeafletOptions{})))
		}
		add("pack " + lang)(drawn(layout.Pack(g, lang, st, pack)))
	}
	langs := [2]string{g.Languages[0], g.Languages[1]}
	for _, l := range []layout.Layout{layout.Columns, layout.TeteBeche} {
		add("bilingual booklet")(drawnBilingual(layout.BilingualBooklet(g, langs, l, st)))
		add("bilingual leaflet")(drawnBilingual(layout.BilingualLeaflet(g, "police", langs, l, st, layout.LeafletOptions{})))
		add("bilingual pack")(drawnBilingual(layout.BilingualPack(g, langs, l, st, pack)))
	}
	for _, d := range everyDiagram(t, g, "large-print") {
		pdf, err := DiagramPDF(d.geo, d.st, fonts.Default(), g.Recovery.Title.Get(d.lang), "alt", d.lang, time.Time{})
		add("diagram "+d.kind+" "+d.lang)(pdf, 1, err)
	}
	for _, p := range ps {
		if p.err != nil {
			t.Errorf("%s: %v", p.name, p.err)
			continue
		}
		sizes := textSizes(t, p.pdf)
		if len(sizes) == 0 {
			t.Errorf("%s: no text found", p.name)
		}
		smallest := 1e9
		for _, s := range sizes {
			smallest = min(smallest, s)
		}
		if smallest < 16-0.005 {
			t.Errorf("%s: text set at %.2fpt, below large print's 16pt", p.name, smallest)
		}
	}
}
