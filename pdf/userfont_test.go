package pdf

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/image/font/gofont/gomono"

	"guidepress/layout"
	"guidepress/styles"
)

// TestUserFonts builds a booklet with a style that names its own TrueType
// file (Go Mono, which also has ŵ and ŷ); the bold and italic faces fall
// back to it.
func TestUserFonts(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "mono.ttf"), gomono.TTF, 0o644)
	file := filepath.Join(dir, "mono.yaml")
	os.WriteFile(file, []byte("based_on: standard\nfonts: {regular: mono.ttf}\n"), 0o644)
	st, err := styles.Load(file)
	if err != nil {
		t.Fatal(err)
	}
	out, pages, err := drawn(layout.Booklet(fixture(), "cy", st))
	if err != nil {
		t.Fatal(err)
	}
	if pages < 8 || len(out) == 0 {
		t.Errorf("%d pages", pages)
	}
	needTool(t, "pdftotext")
	checkGeometry(t, "mono cy", out, st)
}
