package pdf

import (
	"os"
	"testing"

	"guidepress/content"
	"guidepress/layout"
	"guidepress/styles"
)

func TestSmokeWrite(t *testing.T) {
	dir := os.Getenv("RENDER_OUT")
	if dir == "" {
		t.Skip("set RENDER_OUT to write sample PDFs")
	}
	for _, s := range []string{"standard", "large-print", "a4"} {
		for _, lang := range []string{"en", "cy"} {
			st, _ := styles.Preset(s)
			out, pages, err := drawn(layout.Booklet(fixture(), lang, st))
			if err != nil {
				t.Fatal(err)
			}
			os.WriteFile(dir+"/"+s+"-"+lang+".pdf", out, 0o644)
			t.Logf("%s %s: %d pages", s, lang, pages)
		}
	}
}

func TestSmokeWriteDefault(t *testing.T) {
	dir := os.Getenv("RENDER_OUT")
	if dir == "" {
		t.Skip("set RENDER_OUT to write sample PDFs")
	}
	g, err := content.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"standard", "large-print", "a4"} {
		for _, lang := range g.Languages {
			st, _ := styles.Preset(s)
			out, pages, err := drawn(layout.Booklet(g, lang, st))
			if err != nil {
				t.Fatal(err)
			}
			os.WriteFile(dir+"/default-"+s+"-"+lang+".pdf", out, 0o644)
			t.Logf("%s %s: %d pages", s, lang, pages)
		}
	}
}

// TestSmokeWriteLeaflets writes every a5-fold leaflet of the default guide
// in the standard and large-print styles, to look at.
func TestSmokeWriteLeaflets(t *testing.T) {
	dir := os.Getenv("RENDER_OUT")
	if dir == "" {
		t.Skip("set RENDER_OUT to write sample PDFs")
	}
	g, err := content.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"standard", "large-print"} {
		for _, lang := range g.Languages {
			for _, stage := range g.Stages {
				st, _ := styles.Preset(s)
				out, pages, err := drawn(layout.Leaflet(g, stage.ID, lang, st, layout.LeafletOptions{}))
				if err != nil {
					t.Fatal(err)
				}
				os.WriteFile(dir+"/leaflet-"+stage.ID+"-"+s+"-"+lang+".pdf", out, 0o644)
				t.Logf("%s %s %s: %d pages", stage.ID, s, lang, pages)
			}
		}
	}
}
