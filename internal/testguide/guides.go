package testguide

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"guidepress/content"
)

// The test guides under testdata/guides/ are guides of other shapes than
// the default one, kept as YAML folders so that every product can be
// built from them the way a user would, with --content.

// Second returns the folder of testdata/guides/second: English listed
// first, nine stages from one paragraph to over twenty A5 pages, long
// titles and subtitle, 43 contacts in the 22 Welsh council areas.
func Second(t testing.TB) string { return guideDir(t, "second") }

// Stress returns the folder of testdata/guides/stress: extreme but valid
// values (a 200-character title, 100 contacts in one area, a
// 400-character URL, 60-letter words), written by its generate.go.
func Stress(t testing.TB) string { return guideDir(t, "stress") }

// LoadDir loads the guide in folder dir, failing t on any error.
func LoadDir(t testing.TB, dir string) *content.Guide {
	t.Helper()
	g, ps := content.LoadDir(dir, content.Options{})
	if ps.HasErrors() {
		t.Fatalf("loading %s: %v", dir, ps)
	}
	return g
}

// guideDir returns testdata/guides/<name> under the module root, found
// from this file's place in the source tree, so it works from any
// package's tests.
func guideDir(t testing.TB, name string) string {
	t.Helper()
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		t.Fatal("testguide: cannot find its own source file to locate testdata/guides")
	}
	dir := filepath.Join(filepath.Dir(file), "..", "..", "testdata", "guides", name)
	if _, err := os.Stat(filepath.Join(dir, "guide.yaml")); err != nil {
		t.Fatalf("testguide: guide %q: %v", name, err)
	}
	return filepath.Clean(dir)
}
