package layout

import (
	"testing"

	"guidepress/content"
)

// TestDefaultGuide lays out the embedded default guide in every style and
// language it has: each booklet has a chapter for every stage, the
// contents and the contacts. pdf's TestDefaultGuidePDF draws and reads
// them back.
func TestDefaultGuide(t *testing.T) {
	g, err := content.LoadDefault()
	if err != nil {
		t.Fatalf("load the default guide: %v", err)
	}
	for _, lang := range g.Languages {
		for _, b := range []string{"standard", "large-print", "a4"} {
			p, err := Booklet(g, lang, mustStyle(t, b))
			if err != nil {
				t.Fatalf("%s %s: %v", b, lang, err)
			}
			if want := len(g.Stages) + 2; len(p.Chapters) != want {
				t.Errorf("%s %s: %d chapters, want %d", b, lang, len(p.Chapters), want)
			}
		}
	}
}
