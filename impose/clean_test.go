package impose_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"codeberg.org/go-pdf/fpdf"

	"guidepress/fonts"
	"guidepress/impose"
	"guidepress/internal/pdfcheck"
)

// withNavigation is an A5 PDF of n pages with a bookmark on each and
// links on page 1: imposing drops them, and with them object numbers.
func withNavigation(t *testing.T, n int) []byte {
	t.Helper()
	pdf := fpdf.New("P", "mm", "A5", "")
	pdf.SetCatalogSort(true)
	// An embedded font, as guidepress's files have: fpdf's core fonts lack
	// entries strict validation asks for.
	pdf.AddUTF8FontFromBytes("guide", "", fonts.Default().Bytes(fonts.Regular))
	target := pdf.AddLink()
	for i := 1; i <= n; i++ {
		pdf.AddPage()
		pdf.SetFont("guide", "", 40)
		pdf.Text(20, 60, fmt.Sprintf("PAGE %02d", i))
		pdf.Bookmark(fmt.Sprintf("Page %d", i), 0, -1)
		if i == 1 {
			pdf.Link(20, 40, 80, 25, target)
			pdf.LinkString(20, 100, 80, 20, "https://example.org/help")
		}
		if i == 2 {
			pdf.SetLink(target, 0, 2)
		}
	}
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

var subsection = regexp.MustCompile(`(?m)^\d+ \d+$`)

// TestImposedFilesAreClean: an imposed file is one every reader takes as
// it is (see pdfcheck.File), and its cross-reference table is one
// subsection from object 0, as the PDF reference asks of a file never
// updated: the objects the imposition dropped are free entries, not gaps.
func TestImposedFilesAreClean(t *testing.T) {
	for _, pages := range []int{4, 6, 12} {
		out, _, err := impose.Booklet(withNavigation(t, pages), impose.Options{CropMarks: pages == 12})
		if err != nil {
			t.Fatalf("%d pages: %v", pages, err)
		}
		file := filepath.Join(t.TempDir(), "imposed.pdf")
		if err := os.WriteFile(file, out, 0o644); err != nil {
			t.Fatal(err)
		}
		pdfcheck.File(t, file, out)
		xref := out[bytes.LastIndex(out, []byte("\nxref\n")):]
		if subs := subsection.FindAll(xref, -1); len(subs) != 1 || !bytes.HasPrefix(subs[0], []byte("0 ")) {
			t.Errorf("%d pages: cross-reference subsections %q, want one from 0", pages, subs)
		}
	}
}
