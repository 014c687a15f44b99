package impose

import (
	"bytes"
	"fmt"
	"testing"
	"time"

	"codeberg.org/go-pdf/fpdf"
)

// samplePDF returns an A5 portrait PDF of n pages, each showing a big
// marker "PAGE 01", "PAGE 02", ... in the core font Helvetica. With
// link set, page 1 also carries an internal link to page 2 and an
// external link, both written by fpdf as inline annotation dictionaries.
func samplePDF(t *testing.T, n int, link bool) []byte {
	t.Helper()
	pdf := fpdf.New("P", "mm", "A5", "")
	pdf.SetCreationDate(time.Date(2025, 4, 1, 0, 0, 0, 0, time.UTC))
	pdf.SetModificationDate(time.Date(2025, 4, 1, 0, 0, 0, 0, time.UTC))
	pdf.SetCatalogSort(true)
	pdf.SetFont("Helvetica", "B", 40)
	target := pdf.AddLink()
	for i := 1; i <= n; i++ {
		pdf.AddPage()
		pdf.Text(20, 60, fmt.Sprintf("PAGE %02d", i))
		pdf.SetFont("Helvetica", "", 12)
		pdf.Text(20, 200, "top left is up")
		pdf.SetFont("Helvetica", "B", 40)
		if i == 2 {
			pdf.SetLink(target, 0, 2)
		}
		if link && i == 1 {
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
