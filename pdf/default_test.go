package pdf

import (
	"slices"
	"strings"
	"testing"

	"guidepress/content"
	"guidepress/layout"
)

// TestDefaultGuidePDF draws the embedded default guide's booklet in every
// style and language it has, and checks what a reader would see (layout's
// TestDefaultGuide checks the plans).
func TestDefaultGuidePDF(t *testing.T) {
	g, err := content.LoadDefault()
	if err != nil {
		t.Fatalf("load the default guide: %v", err)
	}
	for _, lang := range g.Languages {
		for _, b := range []string{"standard", "large-print", "a4"} {
			if _, _, err := drawn(layout.Booklet(g, lang, mustStyle(t, b))); err != nil {
				t.Fatalf("%s %s: %v", b, lang, err)
			}
		}
	}
	needTool(t, "pdftotext")
	for _, c := range []struct{ style, lang string }{{"standard", g.Languages[0]}, {"large-print", g.Languages[len(g.Languages)-1]}} {
		pdf, st := buildPDF(t, g, c.style, c.lang)
		checkGeometry(t, "default "+c.style+" "+c.lang, pdf, st)
	}
	if !slices.Contains(g.Languages, "cy") {
		return
	}
	pdf, _ := buildPDF(t, g, "standard", "cy")
	text := strings.Join(strings.Fields(run(t, pdf, "pdftotext")), " ")
	for _, want := range []string{"Cynnwys", "Cysylltiadau allweddol", g.Stages[0].Title.Get("cy")} {
		if !strings.Contains(text, want) {
			t.Errorf("the Welsh default booklet lacks %q", want)
		}
	}
	for _, en := range []string{"Contents", "Key contacts", "Page 1 of", "Phone:", "Checked "} {
		if strings.Contains(text, en) {
			t.Errorf("the Welsh default booklet contains English %q", en)
		}
	}
}
