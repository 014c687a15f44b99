package tagcheck

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"guidepress/press"
)

// TestGuidepressLeaflet runs the checker on a leaflet guidepress writes
// today, in each language. An untagged file must be reported as such
// (no structure tree, text outside marked content, on every page); a
// tagged one must pass. Either way it must be read without error and
// quickly.
func TestGuidepressLeaflet(t *testing.T) {
	for _, lang := range []string{"en", "cy"} {
		t.Run(lang, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "police-"+lang+".pdf")
			if _, _, err := press.WriteLeaflet(press.LeafletOptions{Stage: "police", Lang: lang, Output: out}); err != nil {
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
			if rep.Pages < 4 {
				t.Fatalf("read %d pages of a folded leaflet", rep.Pages)
			}
			if took > time.Second {
				t.Errorf("checking %d pages took %v", rep.Pages, took)
			}
			if bytes.Contains(data, []byte("/StructTreeRoot")) {
				if !rep.OK() {
					t.Errorf("tagged leaflet has problems:\n%s", rep)
				}
				return
			}
			if !rep.Has(KindNoStructTree) || !rep.Has(KindMarkInfo) {
				t.Errorf("untagged leaflet not reported as untagged:\n%s", rep)
			}
			unmarked := map[int]bool{}
			for _, p := range rep.Problems {
				if p.Kind == KindUnmarked {
					unmarked[p.Page] = true
				}
			}
			if len(unmarked) != rep.Pages {
				t.Errorf("unmarked content reported on %d of %d pages:\n%s", len(unmarked), rep.Pages, rep)
			}
		})
	}
}
