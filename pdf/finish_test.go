package pdf

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"guidepress/fonts"
	"guidepress/internal/pdffile"
)

// tricky is a link target with the characters that end strings and
// dictionaries in a PDF.
const tricky = "https://example.org/a_(b)>>c?d=<<e>>"

// sample draws two pages with nested bookmarks (Chapter 1 > 1.1, 1.2;
// Chapter 2 > 2.1), a web link and a link to page 2, as fpdf writes them,
// each bookmark's text a paragraph and each link a Link in the last.
func sample(t *testing.T) ([]byte, *tagger) {
	t.Helper()
	doc, err := newDoc(mustStyle(t, "standard"), fonts.Default())
	if err != nil {
		t.Fatal(err)
	}
	doc.SetFont(fontName, "", 12)
	page2 := doc.AddLink()
	tags := newTagger(doc)
	for p, marks := range [][]string{{"Chapter 1", "1.1", "1.2"}, {"Chapter 2", "2.1"}} {
		doc.AddPage()
		tags.newPage()
		para := 0
		for i, m := range marks {
			doc.Bookmark(m, min(i, 1), float64(20+10*i))
			para = tags.add(0, "P")
			tags.mark(para)
			doc.Text(20, float64(20+10*i), m)
		}
		if p == 0 {
			l := tags.link(para)
			doc.LinkString(20, 60, 40, 10, tricky)
			tags.linked(l, "a link")
			l = tags.link(para)
			doc.Link(20, 80, 40, 10, page2)
			tags.linked(l, "a link")
		}
		tags.close()
	}
	doc.SetLink(page2, 0, 2)
	var buf bytes.Buffer
	if err := doc.Output(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), tags
}

// finishSample finishes the sample.
func finishSample(t *testing.T) ([]byte, error) {
	raw, tags := sample(t)
	return finish(raw, tags, "Sample", []string{"en-GB"})
}

// objectWith returns the one object of f whose bytes contain s.
func objectWith(t *testing.T, f *pdffile.File, s string) string {
	t.Helper()
	var found []string
	for _, obj := range f.Objects {
		if bytes.Contains(obj, []byte(s)) {
			found = append(found, string(obj))
		}
	}
	if len(found) != 1 {
		t.Fatalf("%d objects contain %q, want 1", len(found), s)
	}
	return found[0]
}

// utf16 is how fpdf writes a bookmark title: UTF-16BE after a byte order mark.
func utf16(s string) string {
	var b strings.Builder
	b.WriteString("\xfe\xff")
	for _, r := range s {
		b.WriteByte(0)
		b.WriteRune(r)
	}
	return b.String()
}

var countOf = regexp.MustCompile(`/Count (-?\d+)`)

func TestFinishCountsBookmarks(t *testing.T) {
	out, err := finishSample(t)
	if err != nil {
		t.Fatal(err)
	}
	f, err := pdffile.Expand(out)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"Chapter 1": "-2", "Chapter 2": "-1", "1.1": "", "1.2": "", "2.1": ""}
	for title, count := range want {
		m := countOf.FindStringSubmatch(objectWith(t, f, "("+utf16(title)+")"))
		switch {
		case count == "" && m != nil:
			t.Errorf("%s has no children but /Count %s", title, m[1])
		case count != "" && (m == nil || m[1] != count):
			t.Errorf("%s: /Count %v, want %s (closed, two children)", title, m, count)
		}
	}
	if m := countOf.FindStringSubmatch(objectWith(t, f, "/Type /Outlines")); m == nil || m[1] != "2" {
		t.Errorf("outline root: /Count %v, want 2 (the top level)", m)
	}
	if !bytes.HasPrefix(out, []byte("%PDF-1.5\n")) {
		t.Errorf("header %q, want %%PDF-1.5 (the pages' /Tabs are 1.5)", out[:9])
	}
	clean(t, "sample", out)
}

func TestFinishMakesLinksObjects(t *testing.T) {
	out, err := finishSample(t)
	if err != nil {
		t.Fatal(err)
	}
	f, err := pdffile.Expand(out)
	if err != nil {
		t.Fatal(err)
	}
	page := objectWith(t, f, "/Annots")
	if !regexp.MustCompile(`/Annots \[\d+ 0 R \d+ 0 R\]`).MatchString(page) {
		t.Errorf("page lists its links as %q, want two references", regexp.MustCompile(`/Annots \[[^\]]*\]`).FindString(page))
	}
	links := 0
	for _, obj := range f.Objects {
		if bytes.HasPrefix(bytes.SplitN(obj, []byte("\n"), 2)[1], []byte("<</Type /Annot /Subtype /Link")) {
			links++
		}
	}
	if links != 2 {
		t.Errorf("%d link annotation objects, want 2", links)
	}
	if uri := objectWith(t, f, "/URI"); !strings.Contains(uri, `(https://example.org/a_\(b\)>>c?d=<<e>>)`) {
		t.Errorf("web link object %q lost its target", uri)
	}
	needTool(t, "pdfinfo")
	if urls := run(t, out, "pdfinfo", "-url"); !strings.Contains(urls, tricky) {
		t.Errorf("pdfinfo -url does not list %s:\n%s", tricky, urls)
	}
	clean(t, "sample", out)
}

// TestFinishIsReproducible: the same input gives the same bytes.
func TestFinishIsReproducible(t *testing.T) {
	in, tags := sample(t)
	a, errA := finish(in, tags, "Sample", []string{"en-GB"})
	b, errB := finish(in, tags, "Sample", []string{"en-GB"})
	if errA != nil || errB != nil || !bytes.Equal(a, b) {
		t.Errorf("two finishes of the same file differ (%v, %v)", errA, errB)
	}
}
