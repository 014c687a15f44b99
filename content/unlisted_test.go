package content_test

import (
	"testing"
	"testing/fstest"

	"guidepress/content"
	"guidepress/fonts"
	"guidepress/internal/testguide"
)

// TestUnlistedStageFileIsAWarning: a stage file guide.yaml does not list,
// or one named .yml, is a warning naming the file; the guide still loads
// with the stages it lists, and hidden files are passed over.
func TestUnlistedStageFileIsAWarning(t *testing.T) {
	fsys := testguide.MapFS(t, "testdata/minimal")
	fsys["stages/court.yaml"] = fsys["stages/police.yaml"]
	fsys["stages/prison.yml"] = &fstest.MapFile{Data: []byte("id: prison\n")}
	fsys["stages/.police.yaml.swp"] = &fstest.MapFile{Data: []byte{0}}
	g, ps := content.Load(fsys, "guide", content.Options{Covers: fonts.Default().Covers})
	want := []string{
		`guide/stages/court.yaml:1:1: warning: stages/court.yaml is not listed in guide.yaml, so no booklet, leaflet or pack prints it: add "court" to stages in guide.yaml, or remove the file`,
		`guide/stages/prison.yml:1:1: warning: stages/prison.yml is never read: stage files are named stages/<id>.yaml; rename it to stages/prison.yaml and list "prison" in guide.yaml's stages`,
	}
	if len(ps) != len(want) {
		t.Fatalf("problems:\n%v\nwant:\n%q", ps, want)
	}
	for i, p := range ps {
		if p.Severity != content.Warning || p.String() != want[i] {
			t.Errorf("problem %d:\n got %s\nwant %s", i, p, want[i])
		}
	}
	if g == nil || len(g.Stages) != 2 {
		t.Fatalf("the guide did not load with its two listed stages: %+v", g)
	}
}
