package pdf

import (
	"bytes"
	"guidepress/internal/pdfcheck"
	"strconv"
	"strings"
	"testing"

	"guidepress/compose"
	"guidepress/content"
	"guidepress/layout"
)

// pdfLeaflet is a leaflet drawn as PDF, with what it should contain.
type pdfLeaflet struct {
	guide                    *content.Guide
	stage, style, lang, area string
	format                   layout.Format
}

// TestLeafletsAsReadersSeeThem reads a few leaflets back with pdftotext:
// the stage's own title and sections and no other stage's, exactly the
// expected contacts on the contacts pages, the page count of the format,
// the footer, and no English label in a Welsh leaflet.
func TestLeafletsAsReadersSeeThem(t *testing.T) {
	needTool(t, "pdftotext")
	g, err := content.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	fx := leafletFixture()
	for _, c := range []pdfLeaflet{
		{fx, "police", "standard", "cy", "", layout.FoldedA5},
		{fx, "court", "a4", "cy", "", layout.SheetA4},
		{g, "police", "standard", "cy", "cardiff-and-vale", layout.FoldedA5},
		{g, "prison", "large-print", "en", "", layout.FoldedA5},
	} {
		checkLeafletPDF(t, c)
	}
}

// checkLeafletPDF draws leaflet c and reads it back with pdftotext.
func checkLeafletPDF(t *testing.T, c pdfLeaflet) {
	t.Helper()
	name := c.guide.ID + " " + c.stage + " " + c.style + " " + c.lang
	p, err := layout.Leaflet(c.guide, c.stage, c.lang, mustStyle(t, c.style), layout.LeafletOptions{Format: c.format, Area: c.area})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	pdf, err := Write(p)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	pages := pageTexts(t, pdf)
	checkPageCount(t, name, len(pages), c.format)
	all := flat(strings.Join(pages, " "))
	checkStageText(t, name, c, all)
	if n := len(p.Chapters); n < 2 || p.Chapters[1].ID != contactsID {
		t.Fatalf("%s: chapters %+v, want Key contacts second", name, p.Chapters)
	}
	text := flat(strings.Join(pages[p.Chapters[1].Page-1:], " "))
	_, text, _ = strings.Cut(text, c.guide.Label(c.lang, "key_contacts", nil))
	checkContactNames(t, name, c, text)
	title := c.guide.StageByID(c.stage).Title.Get(c.lang)
	footer := title + " " + c.guide.Label(c.lang, "page_of", map[string]string{"n": "2", "m": strconv.Itoa(len(pages))})
	if !strings.Contains(flat(pages[1]), footer) {
		t.Errorf("%s: page 2 lacks the footer %q", name, footer)
	}
	if c.lang == "cy" {
		for _, found := range englishLabels(c.guide, all) {
			t.Errorf("%s: Welsh leaflet contains English label %s", name, found)
		}
	}
}

func checkPageCount(t *testing.T, name string, n int, f layout.Format) {
	t.Helper()
	if f == layout.SheetA4 && n != 2 || f == layout.FoldedA5 && n%4 != 0 {
		t.Errorf("%s: %d pages in format %s", name, n, f)
	}
}

// checkStageText fails unless text holds the stage's title and section
// headings (on one sheet: its title and at_a_glance text instead) and no
// heading of another stage that this stage lacks.
func checkStageText(t *testing.T, name string, c pdfLeaflet, text string) {
	t.Helper()
	own := map[string]bool{}
	s := c.guide.StageByID(c.stage)
	wants := append([]string{s.Title.Get(c.lang), s.Summary.Get(c.lang)}, headings(s, c.lang)...)
	if c.format == layout.SheetA4 {
		wants = []string{s.Title.Get(c.lang), strings.ReplaceAll(s.AtAGlance.Get(c.lang), "**", "")}
		for _, h := range headings(s, c.lang) {
			if strings.Contains(text, flat(h)) {
				t.Errorf("%s: one sheet holds the section %q; want its at_a_glance text only", name, h)
			}
		}
	}
	for _, want := range wants {
		own[want] = true
		if !strings.Contains(text, flat(want)) {
			t.Errorf("%s: lacks %q", name, want)
		}
	}
	for _, o := range c.guide.Stages {
		if o.ID == c.stage {
			continue
		}
		for _, h := range append(headings(o, c.lang), o.Summary.Get(c.lang)) {
			if !own[h] && strings.Contains(text, flat(h)) {
				t.Errorf("%s: holds %q of stage %s", name, h, o.ID)
			}
		}
	}
}

func headings(s *content.Stage, lang string) []string {
	var out []string
	for _, sec := range s.Sections {
		out = append(out, sec.Heading.Get(lang))
	}
	return out
}

// checkContactNames fails unless the contacts pages' text names exactly
// the contacts StageContacts chooses.
func checkContactNames(t *testing.T, name string, c pdfLeaflet, text string) {
	t.Helper()
	want := map[string]bool{}
	area := c.area
	for _, ct := range compose.StageContacts(c.guide, []string{c.stage}, area) {
		want[ct.ID] = true
	}
	if len(want) == 0 {
		t.Fatalf("%s: no contacts expected; the test needs some", name)
	}
	for _, ct := range c.guide.Contacts {
		n := flat(ct.Name.Get(c.lang))
		if got := strings.Contains(text, n); got != want[ct.ID] {
			t.Errorf("%s: contact %q listed %v, want %v", name, n, got, want[ct.ID])
		}
	}
}

// TestLeafletPDF checks a Welsh leaflet's document information, its
// Welsh letters, its geometry and its structure.
func TestLeafletPDF(t *testing.T) {
	st := mustStyle(t, "standard")
	pdf, pages, err := drawn(layout.Leaflet(leafletFixture(), "police", "cy", st, layout.LeafletOptions{}))
	if err != nil {
		t.Fatal(err)
	}
	if pages%4 != 0 {
		t.Errorf("%d pages", pages)
	}
	for _, want := range []string{"/Lang (cy)", "/DisplayDocTitle true", "/Outlines ", "/CreationDate (D:20261101000000)"} {
		if !bytes.Contains(pdfcheck.Expanded(t, pdf), []byte(want)) {
			t.Errorf("PDF lacks %s", want)
		}
	}
	needTool(t, "pdfinfo")
	if out := run(t, pdf, "pdfinfo"); !strings.Contains(out, "Title:           Heddlu – Iechyd meddwl a’r system gyfiawnder") {
		t.Errorf("pdfinfo:\n%s", out)
	}
	needTool(t, "pdftotext")
	if text := flat(run(t, pdf, "pdftotext")); !strings.Contains(text, "mae’r gŵr a’r ŷd yn ddiogel") || !strings.Contains(text, "Ŵ Ŷ") {
		t.Error("the Welsh letters did not come back")
	}
	checkGeometry(t, "leaflet police cy", pdf, st)
	needTool(t, "qpdf")
	if out := run(t, pdf, "qpdf", "--check"); !strings.Contains(out, "No syntax or stream encoding errors") {
		t.Errorf("qpdf --check:\n%s", out)
	}
}
