package compose

import (
	"slices"
	"strings"
	"testing"

	"guidepress/content"
	"guidepress/internal/testguide"
)

// defaultGuide is testguide.Default: a copy of the default guide.
func defaultGuide(t *testing.T) *content.Guide { return testguide.Default(t) }

func kinds(p *Product) []PartKind {
	var out []PartKind
	for _, pt := range p.Parts {
		out = append(out, pt.Kind)
	}
	return out
}

// contactIDs lists the contact entries of a Key contacts part in order,
// and whether each is a crisis line's.
func contactIDs(pt *Part) (ids []string, crisis []bool) {
	for _, g := range pt.Blocks {
		for _, c := range g.Children {
			ids = append(ids, c.ID)
			crisis = append(crisis, g.ID == CrisisGroup)
		}
	}
	return ids, crisis
}

// TestPoliceLeaflet: the Police leaflet holds exactly the Police stage
// (no other stage's sections), its contacts with crisis lines first, and
// the organisation's details at the end; nothing is placed or measured.
func TestPoliceLeaflet(t *testing.T) {
	g := defaultGuide(t)
	for _, lang := range g.Languages {
		p, err := Leaflet(g, "police", lang, false, "")
		if err != nil {
			t.Fatal(err)
		}
		if got, want := kinds(p), []PartKind{Cover, Chapter, Contacts, Imprint}; !slices.Equal(got, want) {
			t.Fatalf("%s: parts %v, want %v", lang, got, want)
		}
		police := g.StageByID("police")
		ch := p.Parts[1]
		if ch.ID != "police" || len(ch.Blocks) != len(police.Sections) {
			t.Errorf("%s: chapter %q with %d blocks, want police with its %d sections", lang, ch.ID, len(ch.Blocks), len(police.Sections))
		}
		for i, b := range ch.Blocks {
			if b.Kind != Section || b.ID != police.Sections[i].ID || b.Children[0].Text != police.Sections[i].Heading.Get(lang) {
				t.Errorf("%s: block %d is %s %q, want section %q", lang, i, b.Kind, b.ID, police.Sections[i].ID)
			}
		}
		ids, crisis := contactIDs(p.Parts[2])
		want := StageContacts(g, []string{"police"}, "")
		if len(ids) != len(want) {
			t.Fatalf("%s: %d contacts, want %d", lang, len(ids), len(want))
		}
		for i, c := range want {
			if ids[i] != c.ID || crisis[i] != c.Crisis {
				t.Errorf("%s: contact %d is %s (crisis %v), want %s (crisis %v)", lang, i, ids[i], crisis[i], c.ID, c.Crisis)
			}
		}
		if !slices.Contains(crisis, true) || crisis[0] != true {
			t.Errorf("%s: crisis lines %v, want them first", lang, crisis)
		}
		if p.Parts[0].Blocks[1].Text != police.Title.Get(lang) || p.Footer != police.Title.Get(lang) {
			t.Errorf("%s: cover title %q, footer %q", lang, p.Parts[0].Blocks[1].Text, p.Footer)
		}
	}
}

// TestBookletParts: the booklet's parts in order, its contents listing
// every chapter and the contacts, and each block in the product's
// language.
func TestBookletParts(t *testing.T) {
	g := defaultGuide(t)
	p, err := Booklet(g, "cy")
	if err != nil {
		t.Fatal(err)
	}
	want := []PartKind{Cover, Chapter, Contents}
	for range g.Stages {
		want = append(want, Chapter)
	}
	want = append(want, Contacts, BackCover)
	if got := kinds(p); !slices.Equal(got, want) {
		t.Fatalf("parts %v, want %v", got, want)
	}
	list := p.Part(Contents).Blocks[1]
	if len(list.Entries) != len(g.Stages)+2 || list.Entries[0].ID != g.Intro.ID || list.Entries[len(list.Entries)-1].Title != "Cysylltiadau allweddol" {
		t.Errorf("contents entries %v", list.Entries)
	}
	if ids, _ := contactIDs(p.Part(Contacts)); len(ids) != len(g.Contacts) {
		t.Errorf("%d contacts in the booklet, want all %d", len(ids), len(g.Contacts))
	}
	for _, pt := range p.Parts {
		for _, b := range pt.Blocks {
			if b.Kind == Section && b.Children[0].Text == "" {
				t.Errorf("%s: section %s has no Welsh heading", pt.ID, b.ID)
			}
		}
	}
}

// TestFiguresHaveTextAlternatives: each diagram's figure carries an
// alternative in its language naming every item, with no English in the
// Welsh one.
func TestFiguresHaveTextAlternatives(t *testing.T) {
	g := defaultGuide(t)
	p, err := Leaflet(g, "recovery", "cy", false, "")
	if err != nil {
		t.Fatal(err)
	}
	var figs []Block
	for _, b := range p.Parts[1].Blocks {
		if b.Kind == Figure {
			figs = append(figs, b)
		}
	}
	if len(figs) == 0 {
		t.Fatal("the Recovery leaflet has no figure")
	}
	for _, f := range figs {
		items := g.Recovery.Components
		if f.ID == "wheel" {
			items = g.Recovery.LifeAreas
		}
		for i, it := range items {
			if !strings.Contains(f.Alt, it.Title.Get("cy")) || !strings.Contains(f.Alt, string(rune('1'+i))+" ") {
				t.Errorf("%s: alt %q lacks item %d %q", f.ID, f.Alt, i+1, it.Title.Get("cy"))
			}
		}
		if strings.Contains(f.Alt, "The road") || strings.Contains(f.Alt, "areas of life") {
			t.Errorf("%s: Welsh alt has English: %q", f.ID, f.Alt)
		}
	}
}

// TestPackParts: a pack holds its cover (with the name, never in the
// document's information), the chosen stages in the guide's order, the
// goals and the contacts; an unknown stage is refused with the list.
func TestPackParts(t *testing.T) {
	g := defaultGuide(t)
	p, err := Pack(g, "en", PackOptions{Stages: []string{"recovery", "discharge"}, Name: "  Jo   Jones "})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := kinds(p), []PartKind{PackCover, Chapter, Chapter, GoalsPage, Contacts, Imprint}; !slices.Equal(got, want) {
		t.Fatalf("parts %v, want %v", got, want)
	}
	if p.Parts[1].ID != "discharge" || p.Parts[2].ID != "recovery" {
		t.Errorf("stages %s, %s: want the guide's order", p.Parts[1].ID, p.Parts[2].ID)
	}
	var name string
	for _, b := range p.Parts[0].Blocks {
		if b.Kind == Name {
			name = b.Name
		}
	}
	if name != "Jo Jones" {
		t.Errorf("name on the cover %q, want it tidied to %q", name, "Jo Jones")
	}
	if strings.Contains(p.Meta.Title+p.Meta.Subject+p.Meta.Author, "Jo") {
		t.Errorf("the name is in the document information: %+v", p.Meta)
	}
	if goals := p.Part(GoalsPage).Blocks[2]; len(goals.Entries) != len(g.Recovery.LifeAreas) {
		t.Errorf("%d goals rows, want %d", len(goals.Entries), len(g.Recovery.LifeAreas))
	}
	if _, err := Pack(g, "en", PackOptions{Stages: []string{"nowhere"}}); err == nil || !strings.Contains(err.Error(), "police") {
		t.Errorf("unknown stage: %v", err)
	}
}
