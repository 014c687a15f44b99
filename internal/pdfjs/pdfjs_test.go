package pdfjs_test

import (
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"guidepress/internal/pdfjs"
	"guidepress/internal/toolcheck"
	"guidepress/press"
)

// TestReadLeaflet: PDF.js reads a Welsh leaflet back page by page with
// its text as a reader's browser would get it: every page, the stage's
// title and words with Welsh letters (ŵ, â) intact, and every letter
// pdftotext finds (PDF.js gives them in content order and may run two
// lines' words together, so only the letters are compared, not their
// order).
func TestReadLeaflet(t *testing.T) {
	toolcheck.Need(t, "pdftotext")
	file := filepath.Join(t.TempDir(), "police-cy.pdf")
	e, _, err := press.WriteLeaflet(press.LeafletOptions{Stage: "police", Lang: "cy", Output: file})
	if err != nil {
		t.Fatal(err)
	}
	d := pdfjs.Read(t, file)
	if d.NumPages != e.Pages || len(d.Pages) != e.Pages {
		t.Fatalf("PDF.js reads %d pages (%d listed), the leaflet has %d", d.NumPages, len(d.Pages), e.Pages)
	}
	text := d.Text()
	for _, want := range []string{"Heddlu", "bŵer", "siŵr", "â"} {
		if !strings.Contains(text, want) {
			t.Errorf("PDF.js's text of the Welsh police leaflet lacks %q", want)
		}
	}
	for i, p := range d.Pages {
		if p.Number != i+1 || strings.TrimSpace(p.Text()) == "" {
			t.Errorf("page %d (numbered %d) has no text", i+1, p.Number)
		}
	}
	if out, err := exec.Command("pdftotext", file, "-").Output(); err != nil {
		t.Errorf("pdftotext %s: %v", file, err)
	} else {
		if got, want := letters(text), letters(string(out)); !slices.Equal(got, want) {
			t.Errorf("PDF.js reads %d letters, pdftotext %d, not the same", len(got), len(want))
		}
	}
	tagged := 0
	for _, p := range d.Pages {
		p.StructTree.Walk(func(n *pdfjs.Node) {
			if n.Type == "content" {
				tagged++
			}
		})
	}
	t.Logf("%d pages, %d marked-content leaves in the structure trees", len(d.Pages), tagged)
}

// letters are the letters of s but spaces, sorted.
func letters(s string) []rune {
	var out []rune
	for _, r := range s {
		if !unicode.IsSpace(r) {
			out = append(out, r)
		}
	}
	slices.Sort(out)
	return out
}

// TestParse: a tagged page as pdfjs.mjs prints it gives its structure
// tree and its text, lines broken where PDF.js ends them.
func TestParse(t *testing.T) {
	d, err := pdfjs.Parse([]byte(`{"numPages":1,"pages":[{"page":1,
		"structTree":{"role":"Root","children":[{"role":"Document","children":[
			{"role":"H1","children":[{"type":"content","id":"p3R_mc0"}]},
			{"role":"Figure","alt":"A road","children":[{"type":"content","id":"p3R_mc1"}]}]}]},
		"items":[{"type":"beginMarkedContent","tag":"Artifact"},{"str":"Page 1 of 2","hasEOL":true},{"type":"endMarkedContent"},
			{"type":"beginMarkedContentProps","tag":"H1","id":"p3R_mc0"},{"str":"Y ffordd","hasEOL":false},{"str":" at adferiad","hasEOL":true},{"type":"endMarkedContent"}]}]}`))
	if err != nil {
		t.Fatal(err)
	}
	var roles []string
	d.Pages[0].StructTree.Walk(func(n *pdfjs.Node) { roles = append(roles, n.Role+n.Type+":"+n.ID+n.Alt) })
	if got := strings.Join(roles, " "); got != "Root: Document: H1: content:p3R_mc0 Figure:A road content:p3R_mc1" {
		t.Errorf("the tree walks as %q", got)
	}
	if got := d.Text(); got != "Page 1 of 2\nY ffordd at adferiad\n\f" {
		t.Errorf("the text is %q", got)
	}
	if it := d.Pages[0].Items[3]; it.Type != "beginMarkedContentProps" || it.Tag != "H1" || it.ID != "p3R_mc0" {
		t.Errorf("a marker reads %+v", it)
	}
	if _, err := pdfjs.Parse([]byte(`{"numPages":2,"pages":[]}`)); err == nil {
		t.Error("two pages promised and none given: no error")
	}
}
