package press_test

import (
	"os"
	"path/filepath"
	"testing"

	"guidepress/internal/pdfcheck"
	"guidepress/output"
	"guidepress/press"
)

// TestEveryProductIsAValidPDF builds the default guide (every booklet and
// leaflet in both languages and both default styles) and checks each file
// with qpdf and pdfcpu, and against its manifest entry.
func TestEveryProductIsAValidPDF(t *testing.T) {
	out := t.TempDir()
	res, err := press.Build(press.BuildOptions{OutDir: out})
	if err != nil {
		t.Fatal(err)
	}
	m, err := output.ReadManifest(out)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Files) != len(res.Written) || len(m.Files) < 28 {
		t.Fatalf("manifest lists %d files, build wrote %d; want at least 28", len(m.Files), len(res.Written))
	}
	for _, e := range m.Files {
		path := filepath.Join(out, e.Path)
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if len(data) != e.Bytes || e.Pages == 0 {
			t.Errorf("%s: %d bytes on disk, manifest says %d bytes and %d pages", e.Path, len(data), e.Bytes, e.Pages)
		}
		pdfcheck.File(t, path, data)
	}
}
