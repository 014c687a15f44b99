package pdf

import (
	"strings"
	"testing"

	"guidepress/content"
	"guidepress/layout"
)

// inlineGuide is the fixture with inline Markdown in its fields: a
// title, a section heading and a summary with emphasis, a contact whose
// description has strong text, an entity reference and a link, and an
// address with hard line breaks.
func inlineGuide() *content.Guide {
	g := fixture()
	g.Title = tx("Mental health and *the* justice system", "Iechyd meddwl a’r *system* gyfiawnder")
	police := g.StageByID("police")
	police.Summary = tx("What happens if the **police** are involved.", "Beth sy’n digwydd os yw’r **heddlu**’n rhan o bethau.")
	police.Sections[0].Heading = tx("What *When I am Ready* is", "Beth yw *Pan Fydda i’n Barod*")
	ct := g.ContactByID("shelter")
	ct.Description = tx("**Free** housing advice &amp; help: [help.example.org](https://help.example.org/housing).",
		"Cyngor **am ddim** ar dai &amp; help: [help.example.org](https://help.example.org/housing).")
	ct.Address = tx("Shelter Cymru  \n25 Walter Road\\\nSwansea", "Shelter Cymru  \n25 Heol Walter\\\nAbertawe")
	return g
}

// TestInlineMarkdownInFields reads back a booklet whose fields hold
// inline Markdown, in both languages: the reader sees the text, never
// the syntax, in the pages, the bookmarks and the document's title; the
// link is kept and the address keeps its lines.
func TestInlineMarkdownInFields(t *testing.T) {
	needTool(t, "pdftotext")
	needTool(t, "pdfinfo")
	needTool(t, "qpdf")
	want := map[string][]string{
		"en": {"What When I am Ready is", "What happens if the police are involved.",
			"Free housing advice & help: help.example.org.", "Shelter Cymru\n", "25 Walter Road\n", "Swansea"},
		"cy": {"Beth yw Pan Fydda i’n Barod", "Beth sy’n digwydd os yw’r heddlu’n rhan o bethau.",
			"Cyngor am ddim ar dai & help: help.example.org.", "Shelter Cymru\n", "25 Heol Walter\n", "Abertawe"},
	}
	titles := map[string]string{"en": "Mental health and the justice system", "cy": "Iechyd meddwl a’r system gyfiawnder"}
	for _, lang := range []string{"en", "cy"} {
		out, _, err := drawn(layout.Booklet(inlineGuide(), lang, mustStyle(t, "standard")))
		if err != nil {
			t.Fatalf("%s: %v", lang, err)
		}
		clean(t, "inline "+lang, out)
		text := run(t, out, "pdftotext", "-layout")
		for _, w := range want[lang] {
			if strings.HasSuffix(w, "\n") {
				if !strings.Contains(text, w) {
					t.Errorf("%s: no line ending %q: the address lost a line break", lang, w)
				}
			} else if !strings.Contains(flat(text), w) {
				t.Errorf("%s: the booklet does not read %q", lang, w)
			}
		}
		for _, syntax := range []string{"*", "](", "&amp;", "\\"} {
			if strings.Contains(text, syntax) {
				t.Errorf("%s: the booklet prints Markdown syntax %q", lang, syntax)
			}
		}
		if got := pdfinfoField(run(t, out, "pdfinfo"), "Title"); got != titles[lang] {
			t.Errorf("%s: the PDF is titled %q, want %q", lang, got, titles[lang])
		}
		outline := run(t, out, "qpdf", "--json", "--json-key=outlines")
		if !strings.Contains(outline, `"title": "`+strings.Fields(want[lang][0])[0]) || strings.Contains(outline, "*") {
			t.Errorf("%s: the bookmarks do not hold the heading's plain text:\n%s", lang, outline)
		}
		if !strings.Contains(run(t, out, "qpdf", "--json", "--json-key=qpdf"), "https://help.example.org/housing") {
			t.Errorf("%s: the description's link is not in the PDF", lang)
		}
	}
}

// pdfinfoField is the value of field in pdfinfo's output.
func pdfinfoField(info, field string) string {
	for _, l := range strings.Split(info, "\n") {
		if v, ok := strings.CutPrefix(l, field+":"); ok {
			return strings.TrimSpace(v)
		}
	}
	return ""
}
