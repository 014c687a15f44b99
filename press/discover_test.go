package press_test

import (
	"os"
	"path/filepath"
	"testing"

	"guidepress/press"
)

// TestFindContent: --content wins; else the folder or the nearest one
// above it holding guide.yaml; else the sample.
func TestFindContent(t *testing.T) {
	root := t.TempDir()
	guide := filepath.Join(root, "g")
	deep := filepath.Join(guide, "stages", "drafts")
	os.MkdirAll(deep, 0o755)
	os.WriteFile(filepath.Join(guide, "guide.yaml"), []byte("id: g\n"), 0o644)
	for _, c := range []struct {
		flag, wd, dir string
		sample        bool
	}{
		{"other", deep, "other", false},
		{"", guide, guide, false},
		{"", deep, guide, false},
		{"", root, "", true},
	} {
		dir, sample, err := press.FindContent(c.flag, c.wd)
		if err != nil || dir != c.dir || sample != c.sample {
			t.Errorf("FindContent(%q, %q) = %q, %v, %v; want %q, %v", c.flag, c.wd, dir, sample, err, c.dir, c.sample)
		}
	}
}

// TestBuildProgress: a build tells its progress once as each product
// starts and once as it ends, ending at done == total.
func TestBuildProgress(t *testing.T) {
	var calls, last, total int
	_, err := press.Build(press.BuildOptions{
		ContentDir: filepath.Join("..", "content", "testdata", "minimal"),
		OutDir:     t.TempDir(), Langs: []string{"en"}, Styles: []string{"standard"},
		Progress: func(done, n int, current string) {
			calls++
			last, total = done, n
			if current == "" {
				t.Error("progress without the current file")
			}
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	if total != 3 || last != 3 || calls != 6 {
		t.Errorf("progress: %d calls, last %d/%d; want 6 calls ending 3/3", calls, last, total)
	}
}
