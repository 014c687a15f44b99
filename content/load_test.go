package content_test

import (
	"strings"
	"testing"

	"guidepress/content"
	"guidepress/fonts"
)

func TestLoadMinimal(t *testing.T) {
	g, ps := content.LoadDir("testdata/minimal", content.Options{Covers: fonts.Default().Covers})
	if len(ps) != 0 {
		t.Fatalf("problems:\n%v", ps)
	}
	if g.Intro == nil || g.Intro.Title.Get("cy") != "Sut i ddefnyddio’r canllaw hwn" {
		t.Fatalf("intro not loaded: %+v", g.Intro)
	}
	if len(g.Stages) != 2 || g.Stages[0].ID != "police" || g.Stages[1].ID != "recovery" {
		t.Fatalf("stages = %v", g.Stages)
	}
	police := g.Stages[0]
	if got := police.Sections[0].Body.Get("cy"); !strings.Contains(got, "siŵr") {
		t.Errorf("Welsh body lost ŵ: %q", got)
	}
	// The body is a block scalar starting on the line after "cy: |".
	if p := police.Sections[0].Body.TextPos("cy"); p.Line != 14 || p.Column != 9 {
		t.Errorf("Welsh body starts at %v, want line 14 column 9", p)
	}
	c := g.ContactByID("local-team")
	if c == nil || c.AllAreas || len(c.Areas) != 1 || c.Areas[0] != "powys" || c.Verified.Format("2006-01-02") != "2026-10-01" {
		t.Fatalf("local-team = %+v", c)
	}
	if s := g.ContactByID("samaritans"); !s.AllStages || !s.Crisis || s.Phone != "116 123" {
		t.Errorf("samaritans = %+v", s)
	}
	if len(g.Recovery.Components) != 3 || len(g.Recovery.LifeAreas) != 8 {
		t.Errorf("recovery: %d components, %d areas", len(g.Recovery.Components), len(g.Recovery.LifeAreas))
	}
}

// TestDefaultGuide checks the embedded guide validates cleanly against the
// default fonts and holds what the brief asks for.
func TestDefaultGuide(t *testing.T) {
	g, ps := content.Load(content.DefaultFS(), content.DefaultLabel, content.Options{Covers: fonts.Default().Covers})
	if len(ps) != 0 {
		t.Fatalf("default guide has problems:\n%v", ps)
	}
	var ids []string
	for _, s := range g.Stages {
		ids = append(ids, s.ID)
	}
	if got := strings.Join(ids, ","); got != "prevention,police,court,prison,discharge,recovery" {
		t.Errorf("stages = %s", got)
	}
	if len(g.Contacts) < 12 {
		t.Errorf("only %d contacts; want at least 12", len(g.Contacts))
	}
	for _, want := range []string{"fluent", "contact"} {
		if !strings.Contains(g.ReviewNotice.Get("en"), want) {
			t.Errorf("review notice does not mention %q", want)
		}
	}
	welsh := g.Intro.Title.Get("cy")
	for _, s := range g.Stages {
		for _, sec := range s.Sections {
			welsh += sec.Body.Get("cy")
		}
	}
	for _, r := range "ŵŷ’" {
		if !strings.ContainsRune(welsh, r) {
			t.Errorf("the Welsh text never uses %q", r)
		}
	}
}

func TestLabels(t *testing.T) {
	g, _ := content.LoadDir("testdata/minimal", content.Options{})
	if got := g.Label("cy", "page_of", map[string]string{"n": "3", "m": "12"}); got != "Tudalen 3 o 12" {
		t.Errorf("Welsh page label = %q", got)
	}
	if got := g.Label("en", "advice", nil); got != "Test’s advice" {
		t.Errorf("English advice label = %q", got)
	}
	if got := g.Label("cy", "advice", nil); got != "Cyngor Prawf" {
		t.Errorf("Welsh advice label = %q", got)
	}
}
