package layout

import (
	"errors"
	"guidepress/compose"
	"slices"
	"strings"
	"testing"

	"guidepress/content"
	"guidepress/internal/testguide"
)

const packName = "Zebedee Quillfeather-Ŵynne"

// defaultGuide is testguide.Default: a copy of the default guide.
func defaultGuide(t *testing.T) *content.Guide { return testguide.Default(t) }

// contactRefs lists the contacts a plan prints, in order, each once.
func contactRefs(p *Plan) []string {
	var ids []string
	for _, pg := range p.Pages {
		for _, it := range pg.Items {
			if it.Role == RoleContact && !slices.Contains(ids, it.Ref) {
				ids = append(ids, it.Ref)
			}
		}
	}
	return ids
}

// TestPackPlan lays out a pack in English and Welsh and checks its parts:
// the chosen stages only, one goals page with every area of life in the
// edition's language, the stages' contacts once each, the name on the
// cover only, and no text below the style's smallest size.
func TestPackPlan(t *testing.T) {
	g := defaultGuide(t)
	st := mustStyle(t, "standard")
	for _, lang := range []string{"en", "cy"} {
		p, err := Pack(g, lang, st, PackOptions{Stages: []string{"recovery", "discharge"}, Name: packName})
		if err != nil {
			t.Fatalf("%s: %v", lang, err)
		}
		var ids []string
		for _, c := range p.Chapters {
			ids = append(ids, c.ID)
		}
		if got := strings.Join(ids, " "); got != "discharge recovery my-goals key-contacts" {
			t.Errorf("%s: chapters %s", lang, got)
		}
		checkPackPages(t, g, p, lang)
		want := []string{}
		for _, c := range compose.StageContacts(g, []string{"discharge", "recovery"}, "") {
			want = append(want, c.ID)
		}
		if got := contactRefs(p); !slices.Equal(got, want) {
			t.Errorf("%s: contacts %v, want %v", lang, got, want)
		}
		if strings.Contains(p.Meta.Title+p.Meta.Subject+p.Meta.Author, "Zebedee") {
			t.Errorf("%s: the name is in the document information %+v", lang, p.Meta)
		}
	}
}

// checkPackPages checks each page of pack p in lang: which chapter it
// belongs to, the goals page, where the name is, and text sizes.
func checkPackPages(t *testing.T, g *content.Guide, p *Plan, lang string) {
	t.Helper()
	goals := 0
	for _, pg := range p.Pages {
		text := pageText(pg)
		if !slices.Contains([]string{packCoverID, "discharge", "recovery", goalsID, contactsID}, pg.Chapter) {
			t.Errorf("%s: page %d belongs to %q", lang, pg.Number, pg.Chapter)
		}
		if strings.Contains(text, "Zebedee") != (pg.Number == 1) {
			t.Errorf("%s: page %d: name shown %v", lang, pg.Number, pg.Number != 1)
		}
		for _, b := range pg.Bookmarks {
			if strings.Contains(b.Title, "Zebedee") {
				t.Errorf("%s: the name is in a bookmark", lang)
			}
		}
		for _, it := range pg.Items {
			if it.Kind == TextLine && it.Size < p.Style.MinSize {
				t.Errorf("%s: page %d: %q at %gpt", lang, pg.Number, it.Text(), it.Size)
			}
		}
		if pg.Chapter != goalsID {
			continue
		}
		goals++
		flatText := text
		for _, a := range g.Recovery.LifeAreas {
			if !strings.Contains(flatText, flat(a.Title.Get(lang))) {
				t.Errorf("%s: goals page lacks %q", lang, a.Title.Get(lang))
			}
			if other := a.Title.Get(map[string]string{"en": "cy", "cy": "en"}[lang]); strings.Contains(flatText, flat(other)) {
				t.Errorf("%s: goals page has %q in the other language", lang, other)
			}
		}
	}
	if goals != 1 {
		t.Errorf("%s: goals on %d pages, want 1 in the standard style", lang, goals)
	}
}

// TestPackArea keeps all-Wales contacts and the chosen area's only.
func TestPackArea(t *testing.T) {
	g := defaultGuide(t)
	st := mustStyle(t, "standard")
	p, err := Pack(g, "cy", st, PackOptions{Stages: []string{"police", "court"}, Area: "Caerdydd a’r Fro"})
	if err != nil {
		t.Fatal(err)
	}
	refs := contactRefs(p)
	if !slices.Contains(refs, "cjls-cardiff-and-vale") || !slices.Contains(refs, "samaritans") {
		t.Errorf("contacts %v lack the area's liaison service or an all-Wales line", refs)
	}
	for _, id := range refs {
		if strings.HasPrefix(id, "cjls-") && id != "cjls-cardiff-and-vale" {
			t.Errorf("contact %s of another area is listed", id)
		}
	}
	all, err := Pack(g, "cy", st, PackOptions{Stages: []string{"police", "court"}})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(contactRefs(all)); n != len(refs)+6 {
		t.Errorf("without an area %d contacts, with one %d; want 6 more (the other areas' services)", n, len(refs))
	}
}

// TestPackErrors: unknown stages and areas are listed; a name that cannot
// be printed is refused without being quoted.
func TestPackErrors(t *testing.T) {
	g := defaultGuide(t)
	st := mustStyle(t, "standard")
	for _, c := range []struct {
		opts PackOptions
		want string
	}{
		{PackOptions{Stages: []string{"parole"}}, `unknown stage "parole"; the guide's stages are: prevention, police, court, prison, discharge, recovery`},
		{PackOptions{}, "no stages chosen; the guide's stages are: prevention"},
		{PackOptions{Stages: []string{"discharge"}, Area: "Narnia"}, `unknown area "Narnia"; the guide's areas are: aneurin-bevan`},
		{PackOptions{Stages: []string{"discharge"}, Name: "Zebedee 😀"}, "the name cannot be printed: character 9 (U+1F600) is not in the fonts"},
		{PackOptions{Stages: []string{"discharge"}, Name: "Zebedee\x07"}, "the name cannot be printed: character 8 is a control character"},
	} {
		_, err := Pack(g, "en", st, c.opts)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%+v: error %v, want %q", c.opts, err, c.want)
		}
		if err != nil && strings.Contains(err.Error(), "Zebedee") {
			t.Errorf("the error quotes the name: %v", err)
		}
		if c.opts.Name != "" && !errors.Is(err, ErrName) {
			t.Errorf("%v does not wrap ErrName", err)
		}
	}
}

var combos = []struct{ style, lang string }{
	{"standard", "en"}, {"standard", "cy"}, {"large-print", "en"}, {"large-print", "cy"},
}

// TestBookletPaddedToFour: every booklet is a multiple of 4 pages, with
// Notes pages (if any) right before the back cover, which stays last.
func TestBookletPaddedToFour(t *testing.T) {
	for _, c := range combos {
		p, err := Booklet(fixture(), c.lang, mustStyle(t, c.style))
		if err != nil {
			t.Fatal(err)
		}
		n := len(p.Pages)
		if n%4 != 0 || p.Pages[n-1].Chapter != backID || p.Pages[n-1].Number != n {
			t.Errorf("%s %s: %d pages, last %+v", c.style, c.lang, n, p.Pages[n-1].Chapter)
		}
		k := n - 2
		for k >= 0 && p.Pages[k].Chapter == notesID {
			k--
		}
		if p.Pages[k].Chapter != contactsID {
			t.Errorf("%s %s: page %d before the Notes is in %s, want the contacts", c.style, c.lang, k+1, p.Pages[k].Chapter)
		}
		for i, pg := range p.Pages {
			if pg.Number != i+1 {
				t.Errorf("%s %s: page %d numbered %d", c.style, c.lang, i+1, pg.Number)
			}
		}
	}
}
