package press_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"guidepress/press"
)

// TestIncrementalBuildSeesPicture: a new picture file with the same name
// rebuilds the booklets and the leaflets of the stage that shows it, not
// the other stages' leaflets, though no YAML file changed.
func TestIncrementalBuildSeesPicture(t *testing.T) {
	dir, out := minimalGuide(t), t.TempDir()
	copyFile(t, filepath.Join("..", "content", "guide", "images", "logo.png"), filepath.Join(dir, "images", "plan.png"))
	stage := filepath.Join(dir, "stages", "police.yaml")
	src, err := os.ReadFile(stage)
	if err != nil {
		t.Fatal(err)
	}
	line := "        You can ask for a **solicitor**.\n"
	if !strings.Contains(string(src), line) {
		t.Fatalf("%s has no line %q", stage, line)
	}
	withPicture := strings.Replace(string(src), line, line+"\n        ![A plan of the police station](images/plan.png)\n", 1)
	if err := os.WriteFile(stage, []byte(withPicture), 0o644); err != nil {
		t.Fatal(err)
	}
	opts := press.BuildOptions{ContentDir: dir, OutDir: out, Styles: []string{"standard"}}
	if first, err := press.Build(opts); err != nil || len(first.Written) != 6 {
		t.Fatalf("first build: %v, %d files", err, len(first.Written))
	}
	copyFile(t, filepath.Join("..", "pdf", "testdata", "images", "basn2c16.png"), filepath.Join(dir, "images", "plan.png"))
	again, err := press.Build(opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(again.Written) != 4 || len(again.Skipped) != 2 {
		t.Errorf("after changing the picture, rebuilt %d and skipped %d; want 4 and 2", len(again.Written), len(again.Skipped))
	}
	for _, e := range again.Written {
		if strings.Contains(e.Path, "leaflet") && !strings.Contains(e.Path, "police") {
			t.Errorf("rebuilt %s, which does not show the picture", e.Path)
		}
	}
}
