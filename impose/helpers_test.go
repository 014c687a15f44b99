package impose

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"guidepress/internal/toolcheck"
)

// sample describes a test PDF made with fpdf.
type sample struct {
	pages       int
	orientation string  // "P" (default) or "L"
	size        string  // "A5" (default; fpdf's A5 is 148.5 x 210 mm)
	widthMM     float64 // if set, pages are widthMM x 210 mm instead
	extras      bool    // links and bookmarks on the pages
}

// makePDF returns a PDF of s.pages pages, each showing a big marker
// "PAGE 01", "PAGE 02", ... near the top, in the core font Helvetica. With
// extras, every page has a bookmark, and page 1 carries an internal link
// to page 2 and an external link: fpdf writes both as inline annotation
// dictionaries, which pdfcpu's strict validation rejects.
func makePDF(t *testing.T, s sample) []byte {
	t.Helper()
	orientation, size := s.orientation, s.size
	if orientation == "" {
		orientation = "P"
	}
	if size == "" {
		size = "A5"
	}
	pdf := fpdf.New(orientation, "mm", size, "")
	if s.widthMM > 0 {
		pdf = fpdf.NewCustom(&fpdf.InitType{UnitStr: "mm", Size: fpdf.SizeType{Wd: s.widthMM, Ht: 210}})
	}
	date := time.Date(2025, 4, 1, 0, 0, 0, 0, time.UTC)
	pdf.SetCreationDate(date)
	pdf.SetModificationDate(date)
	pdf.SetCatalogSort(true)
	target := pdf.AddLink()
	for i := 1; i <= s.pages; i++ {
		pdf.AddPage()
		pdf.SetFont("Helvetica", "B", 40)
		pdf.Text(20, 60, fmt.Sprintf("PAGE %02d", i))
		if s.extras {
			pdf.Bookmark(fmt.Sprintf("Page %d", i), 0, -1)
		}
		if i == 2 {
			pdf.SetLink(target, 0, 2)
		}
		if s.extras && i == 1 {
			pdf.Link(20, 40, 80, 25, target)
			pdf.LinkString(20, 100, 80, 20, "https://example.org/help")
		}
	}
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		t.Fatalf("fpdf output: %v", err)
	}
	return buf.Bytes()
}

// a5 returns an A5 portrait test PDF of n pages.
func a5(t *testing.T, n int) []byte {
	t.Helper()
	return makePDF(t, sample{pages: n})
}

// needTool skips the test if the named command is not installed, and
// fails it on CI (see toolcheck.Need).
func needTool(t *testing.T, name string) {
	t.Helper()
	toolcheck.Need(t, name)
}

// run runs a command and returns its standard output, failing the test
// on a non-zero exit.
func run(t *testing.T, name string, args ...string) string {
	t.Helper()
	needTool(t, name)
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(name, args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %v: %v\n%s%s", name, args, err, stdout.String(), stderr.String())
	}
	return stdout.String()
}

// writeTemp writes b to a file in the test's temporary directory.
func writeTemp(t *testing.T, name string, b []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}
