package pdfcheck

import (
	"fmt"
	"strings"
	"testing"
)

// tinyPDF writes a one-page PDF of the given version whose catalog has
// the given extra entries, with objects 4 on as given, and a correct
// cross-reference table.
func tinyPDF(version, catalogExtra string, more ...string) []byte {
	objs := append([]string{
		"<< /Type /Catalog /Pages 2 0 R " + catalogExtra + " >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Resources << >> >>",
	}, more...)
	var b strings.Builder
	b.WriteString("%PDF-" + version + "\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return []byte(b.String())
}

func TestStrictPassesACleanFile(t *testing.T) {
	repairs, err := Strict(tinyPDF("1.4", "/ViewerPreferences << /DisplayDocTitle true >>"))
	if err != nil || len(repairs) > 0 {
		t.Errorf("a clean PDF 1.4 file: error %v, repairs %q; want neither", err, repairs)
	}
}

func TestStrictRefusesAFeatureTheVersionLacks(t *testing.T) {
	_, err := Strict(tinyPDF("1.3", "/ViewerPreferences << /DisplayDocTitle true >>"))
	if err == nil || !strings.Contains(err.Error(), "DisplayDocTitle") {
		t.Errorf("DisplayDocTitle in a file declared PDF 1.3: error %v, want one naming DisplayDocTitle", err)
	}
}

func TestStrictReportsRepairs(t *testing.T) {
	// The outline item's /Next points back at itself: relaxed validation
	// mends the bookmarks, as readers have to.
	pdf := tinyPDF("1.4", "/Outlines 4 0 R",
		"<< /Type /Outlines /First 5 0 R /Last 5 0 R /Count 1 >>",
		"<< /Title (A) /Parent 4 0 R /Dest [3 0 R /Fit] /Next 5 0 R >>")
	repairs, _ := Strict(pdf)
	if len(repairs) != 1 || !strings.Contains(repairs[0], "bookmarks") {
		t.Errorf("bookmarks that loop: repairs %q, want one naming the bookmarks", repairs)
	}
}
