package main

import (
	"strings"
	"testing"

	"guidepress/compose"
	"guidepress/content"
	"guidepress/styles"
)

func TestEscapeKeepsTextAsWritten(t *testing.T) {
	got := escape("1. Call *999* #now - or 111 // £5 <ok> @home: ŵ ŷ ‘dŵr’ – 24/7")
	want := `1\. Call \*999\* \#now \- or 111 \/\/ £5 \<ok\> \@home\: ŵ ŷ ‘dŵr’ – 24\/7`
	if got != want {
		t.Errorf("escape:\n got %s\nwant %s", got, want)
	}
	if got := str("say \"help\"\\\n"); got != `"say \"help\"\\\n"` {
		t.Errorf("str: got %s", got)
	}
}

// document returns the Typst source of the default guide's booklet in lang.
func document(t *testing.T, lang string) (string, *content.Guide) {
	t.Helper()
	g, err := content.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	p, err := compose.Booklet(g, lang)
	if err != nil {
		t.Fatal(err)
	}
	st, err := styles.Preset("standard")
	if err != nil {
		t.Fatal(err)
	}
	return Document(p, st), g
}

func TestDocumentHasTheBookletsText(t *testing.T) {
	for _, lang := range []string{"en", "cy"} {
		doc, g := document(t, lang)
		for _, want := range []string{
			`#set text(font: "Go", fallback: false, size: 12pt`,
			"#set page(width: 148.00mm, height: 210.00mm",
			"#outline(title: [" + escape(g.Label(lang, "contents", nil)) + "], depth: 1)",
		} {
			if !strings.Contains(doc, want) {
				t.Errorf("%s: no %q", lang, want)
			}
		}
		for _, s := range g.Stages {
			if !strings.Contains(doc, "\n= "+escape(s.Title.Get(lang))+"\n") {
				t.Errorf("%s: no chapter heading for stage %s", lang, s.ID)
			}
			for _, sec := range s.Sections {
				if !strings.Contains(doc, "\n== "+escape(sec.Heading.Get(lang))+"\n") {
					t.Errorf("%s: no heading for section %s of %s", lang, sec.ID, s.ID)
				}
			}
		}
		for _, c := range g.Contacts {
			if !strings.Contains(doc, "#strong["+escape(c.Name.Get(lang))+"]") {
				t.Errorf("%s: no entry for contact %s", lang, c.ID)
			}
		}
	}
	if doc, _ := document(t, "cy"); !strings.Contains(doc, "ŵ") {
		t.Error("cy: no ŵ in the Welsh document")
	}
}
