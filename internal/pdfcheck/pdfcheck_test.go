package pdfcheck

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// problems writes data to a file and returns what Problems says of it.
func problems(t *testing.T, data []byte) []string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "test.pdf")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return Problems(t, path, data)
}

// bookmarks is an outline whose one bookmark has a child but claims
// /Count 0, as fpdf writes it.
var bookmarks = []string{
	"<</Type /Outlines /First 5 0 R /Last 5 0 R /Count 1>>",
	"<</Title (Chapter) /Parent 4 0 R /First 6 0 R /Last 6 0 R /Dest [3 0 R /Fit] /Count 0>>",
	"<</Title (Section) /Parent 5 0 R /Dest [3 0 R /Fit]>>",
}

func TestCleanFileHasNoProblems(t *testing.T) {
	if ps := problems(t, tinyPDF("1.4", " /ViewerPreferences <</DisplayDocTitle true>>")); len(ps) != 0 {
		t.Errorf("a clean file: %q", ps)
	}
}

func TestEntryNewerThanTheVersionIsAProblem(t *testing.T) {
	ps := problems(t, tinyPDF("1.3", " /ViewerPreferences <</DisplayDocTitle true>>"))
	if len(ps) != 1 || !strings.Contains(ps[0], "strict") || !strings.Contains(ps[0], "DisplayDocTitle") {
		t.Errorf("DisplayDocTitle in a PDF 1.3 file: %q, want one strict validation problem naming it", ps)
	}
}

// TestTrailerWithoutRootIsAProblemForEveryReader: poppler's "Couldn't
// find trailer dictionary".
func TestTrailerWithoutRootIsAProblemForEveryReader(t *testing.T) {
	data := strings.Replace(string(tinyPDF("1.4", "")), " /Root 1 0 R", "", 1)
	ps := strings.Join(problems(t, []byte(data)), "\n")
	for _, reader := range []string{"pdfinfo says: Syntax Error: Couldn't find trailer dictionary", "pdftotext says", "qpdf --check", "pdfcpu"} {
		if !strings.Contains(ps, reader) {
			t.Errorf("a trailer without /Root: no %q in\n%s", reader, ps)
		}
	}
}

// TestWrongStartxrefIsAProblem: poppler quietly finds the table itself,
// but qpdf and pdfcpu say they had to.
func TestWrongStartxrefIsAProblem(t *testing.T) {
	data := string(tinyPDF("1.4", ""))
	i := strings.LastIndex(data, "startxref\n") + len("startxref\n")
	data = data[:i] + "20\n%%EOF\n" // not where the table is
	ps := strings.Join(problems(t, []byte(data)), "\n")
	for _, reader := range []string{"qpdf --check", "pdfcpu had to change the file while reading it: repaired: xreftable"} {
		if !strings.Contains(ps, reader) {
			t.Errorf("a wrong startxref: no %q in\n%s", reader, ps)
		}
	}
}

func TestWrongBookmarkCountIsAProblem(t *testing.T) {
	ps := problems(t, tinyPDF("1.4", " /Outlines 4 0 R", bookmarks...))
	if len(ps) == 0 || !strings.Contains(strings.Join(ps, " "), "Count") {
		t.Errorf("a bookmark with a child and /Count 0: %q, want a problem about its count", ps)
	}
}
