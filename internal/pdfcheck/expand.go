package pdfcheck

import (
	"testing"

	"guidepress/internal/pdffile"
)

// Expanded is a PDF as guidepress writes it (its dictionaries packed in
// a compressed object stream) with every object written out
// (pdffile.Expand), so that a test can look for a key in the catalog, a
// page or the document information.
func Expanded(t testing.TB, data []byte) []byte {
	t.Helper()
	f, err := pdffile.Expand(data)
	if err != nil {
		t.Fatalf("expand the PDF: %v", err)
	}
	return f.Bytes()
}
