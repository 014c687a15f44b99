package tagcheck

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"guidepress/press"
)

// TestGuidepressLeaflet runs the checker on the police leaflet as
// guidepress writes it, in English, in Welsh and bilingual tête-bêche:
// it must be read without error, quickly, and pass; a list item must
// hold its marker then its text; a bilingual leaflet must hold each
// language as its own part, in the order asked for, with its /Lang.
func TestGuidepressLeaflet(t *testing.T) {
	for _, c := range []struct{ lang, bilingual string }{{"en", ""}, {"cy", ""}, {"cy,en", "tete-beche"}} {
		t.Run(c.lang+c.bilingual, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "police.pdf")
			if _, _, err := press.WriteLeaflet(press.LeafletOptions{Stage: "police", Lang: c.lang, Bilingual: c.bilingual, Output: out}); err != nil {
				t.Fatal(err)
			}
			data, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			rep, err := Check(data)
			took := time.Since(start)
			if err != nil {
				t.Fatalf("checking a guidepress leaflet: %v", err)
			}
			if took > time.Second {
				t.Errorf("checking %d pages took %v", rep.Pages, took)
			}
			if !rep.OK() || len(rep.Elements) == 0 {
				t.Fatalf("the leaflet's tagging has problems:\n%s", rep)
			}
			lists := 0
			for i, e := range rep.Elements {
				if e.Role != "LI" {
					continue
				}
				lists++
				var kids []string
				for _, k := range rep.Elements[i+1:] {
					if k.Depth <= e.Depth {
						break
					}
					if k.Depth == e.Depth+1 {
						kids = append(kids, k.Role)
					}
				}
				if len(kids) != 2 || kids[0] != "Lbl" || kids[1] != "LBody" {
					t.Errorf("list item %d holds %v, want [Lbl LBody]", lists, kids)
				}
			}
			if lists == 0 {
				t.Error("the police leaflet's lists have no list items in the tree")
			}
			if c.bilingual == "" {
				return
			}
			var parts []string
			for _, e := range rep.Elements {
				if e.Depth == 1 && e.Lang != "" {
					parts = append(parts, strings.SplitN(e.Lang, "-", 2)[0])
				}
			}
			if strings.Join(parts, ",") != c.lang {
				t.Errorf("languages of the document's parts, in order: %v, want %s\n%s", parts, c.lang, rep.Tree())
			}
		})
	}
}
