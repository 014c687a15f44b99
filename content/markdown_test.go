package content

import (
	"reflect"
	"testing"

	"guidepress/markup"
)

// TestMarkdownParsedOnce checks that the blocks validation parsed at load
// are the ones a build gets: the same blocks (not a second parse) for
// every body and advice in every language, equal to a fresh parse.
func TestMarkdownParsedOnce(t *testing.T) {
	g, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, s := range g.allStages() {
		for _, sec := range s.Sections {
			for _, md := range []Markdown{sec.Body, sec.Advice} {
				for _, lang := range g.Languages {
					if md.Get(lang) == "" {
						continue
					}
					a, err := g.Markdown(md, lang)
					if err != nil {
						t.Fatal(err)
					}
					b, _ := g.Markdown(md, lang)
					if len(a) == 0 || &a[0] != &b[0] {
						t.Fatalf("%s %s: Markdown parsed again instead of the blocks kept at load", sec.ID, lang)
					}
					fresh, err := markup.Parse(md.Get(lang), md.TextPos(lang))
					if err != nil || !reflect.DeepEqual(a, fresh) {
						t.Fatalf("%s %s: kept blocks differ from a fresh parse (%v)", sec.ID, lang, err)
					}
					n++
				}
			}
		}
	}
	if n < 50 {
		t.Fatalf("only %d Markdown texts checked", n)
	}
	// A guide made in code (never validated) is parsed on demand.
	made := &Guide{}
	md := Markdown{Values: map[string]string{"en": "Hello **you**."}}
	if bs, err := made.Markdown(md, "en"); err != nil || len(bs) != 1 {
		t.Fatalf("guide made in code: %d blocks, %v", len(bs), err)
	}
}

// TestKeepParsed: keeping one language's parsed Markdown lets the other
// language's go, and both still come back the same from Markdown.
func TestKeepParsed(t *testing.T) {
	g, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	body := g.Stages[1].Sections[0].Body
	cy, _ := g.Markdown(body, "cy")
	all := len(g.parsed)
	g.KeepParsed("en")
	if kept := len(g.parsed); kept == 0 || kept > all/2+1 {
		t.Errorf("kept %d of %d parsed texts for English alone, want about half", kept, all)
	}
	if _, ok := g.parsed[parsedKey{body.TextPos("en"), body.Get("en")}]; !ok {
		t.Error("the English body is no longer kept")
	}
	again, err := g.Markdown(body, "cy")
	if err != nil || !reflect.DeepEqual(again, cy) {
		t.Errorf("the Welsh body parsed again differs (%v)", err)
	}
}
