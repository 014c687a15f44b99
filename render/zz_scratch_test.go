package render

import (
	"os"
	"testing"

	"guidepress/content"
)

func TestScratchLeaflets(t *testing.T) {
	dir := os.Getenv("LEAFLET_OUT")
	if dir == "" {
		t.Skip()
	}
	g, err := content.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range []string{"standard", "large-print", "a4"} {
		for _, lang := range g.Languages {
			for _, s := range g.Stages {
				for _, f := range Formats {
					if f == FoldedA5 && st == "a4" || f == SheetA4 && st == "standard" {
						continue
					}
					out, info, err := LeafletPDF(g, s.ID, lang, mustStyle(t, st), LeafletOptions{Format: f})
					if err != nil {
						t.Logf("%s %s %s %s: %v", st, lang, s.ID, f, err)
						continue
					}
					os.WriteFile(dir+"/"+s.ID+"-"+lang+"-"+st+"-"+string(f)+".pdf", out, 0o644)
					t.Logf("%s %s %s %s: %d pages", st, lang, s.ID, f, info.Pages)
				}
			}
		}
	}
}

func TestScratchFixture(t *testing.T) {
	dir := os.Getenv("LEAFLET_OUT")
	if dir == "" {
		t.Skip()
	}
	g := fixture()
	for _, st := range []string{"standard", "large-print", "a4"} {
		for _, lang := range g.Languages {
			for _, s := range g.Stages {
				for _, f := range Formats {
					if f == FoldedA5 && st == "a4" || f == SheetA4 && st == "standard" {
						continue
					}
					out, info, err := LeafletPDF(g, s.ID, lang, mustStyle(t, st), LeafletOptions{Format: f})
					if err != nil {
						t.Logf("%s %s %s %s: %v", st, lang, s.ID, f, err)
						continue
					}
					os.WriteFile(dir+"/fx-"+s.ID+"-"+lang+"-"+st+"-"+string(f)+".pdf", out, 0o644)
					t.Logf("%s %s %s %s: %d pages", st, lang, s.ID, f, info.Pages)
				}
			}
		}
	}
}
