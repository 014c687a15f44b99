package press_test

import (
	"os"
	"path/filepath"
	"testing"

	"guidepress/press"
)

// TestIncrementalBuildSeesLogo: a new logo file with the same name
// rebuilds every product, though no YAML file changed.
func TestIncrementalBuildSeesLogo(t *testing.T) {
	dir, out := minimalGuide(t), t.TempDir()
	copyFile(t, filepath.Join("..", "content", "guide", "images", "logo.png"), filepath.Join(dir, "images", "logo.png"))
	appendFile(t, filepath.Join(dir, "guide.yaml"), "logo: images/logo.png\n")
	opts := press.BuildOptions{ContentDir: dir, OutDir: out, Styles: []string{"standard"}}
	if first, err := press.Build(opts); err != nil || len(first.Written) != 6 {
		t.Fatalf("first build: %v, %d files", err, len(first.Written))
	}
	copyFile(t, filepath.Join("..", "pdf", "testdata", "images", "basn2c16.png"), filepath.Join(dir, "images", "logo.png"))
	again, err := press.Build(opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(again.Written) != 6 || len(again.Skipped) != 0 {
		t.Errorf("after changing the logo file, rebuilt %d and skipped %d; want 6 and 0", len(again.Written), len(again.Skipped))
	}
}

func copyFile(t *testing.T, src, dst string) {
	t.Helper()
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, data, 0o644); err != nil {
		t.Fatal(err)
	}
}
