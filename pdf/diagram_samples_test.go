package pdf

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"guidepress/fonts"
)

// TestWriteDiagramSamples writes every diagram, in each language and style, as
// PDF and SVG into the folder named by GUIDEPRESS_DIAGRAM_SAMPLES, for
// looking at (pdftoppm -png -r 50 -gray FILE.pdf PREFIX). It is skipped
// when the variable is not set.
func TestWriteDiagramSamples(t *testing.T) {
	dir := os.Getenv("GUIDEPRESS_DIAGRAM_SAMPLES")
	if dir == "" {
		t.Skip()
	}
	g := defaultGuide(t)
	for _, l := range everyDiagram(t, g, "standard", "large-print", "a4") {
		data, err := DiagramPDF(l.geo, l.st, fonts.Default(), g.Recovery.Title.Get(l.lang), "alt", l.lang, time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		name := l.kind + "-" + l.lang + "-" + l.st.Name
		svg, err := l.geo.SVG()
		if err != nil {
			t.Fatal(err)
		}
		for ext, b := range map[string][]byte{".pdf": data, ".svg": svg} {
			if err := os.WriteFile(filepath.Join(dir, name+ext), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}
