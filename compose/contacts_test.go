package compose

import (
	"strings"
	"testing"

	"guidepress/content"
	"guidepress/internal/testguide"
)

// ids lists contacts' ids, space-separated.
func ids(cs []*content.Contact) string {
	var out []string
	for _, c := range cs {
		out = append(out, c.ID)
	}
	return strings.Join(out, " ")
}

func TestStageContacts(t *testing.T) {
	g := testguide.LeafletFixture()
	for _, c := range []struct {
		stages []string
		area   string
		want   string
	}{
		{[]string{"police"}, "", "samaritans call cjls-cardiff cjls-powys"},
		{[]string{"police"}, "cardiff-and-vale", "samaritans call cjls-cardiff"},
		{[]string{"police"}, "powys", "samaritans call cjls-powys"},
		{[]string{"prison"}, "", "samaritans call llais shelter"},
		{[]string{"recovery"}, "", "samaritans call"},
		{[]string{"court"}, "cardiff-and-vale", "samaritans call"},
		{[]string{"police", "prison"}, "", "samaritans call llais shelter cjls-cardiff cjls-powys"},
		{[]string{"prison", "police"}, "powys", "samaritans call llais shelter cjls-powys"},
		{nil, "", "samaritans call"},
	} {
		if got := ids(StageContacts(g, c.stages, c.area)); got != c.want {
			t.Errorf("StageContacts(%v, %q) = %q, want %q", c.stages, c.area, got, c.want)
		}
	}
}

func TestStageContactsOfTheDefaultGuide(t *testing.T) {
	g := testguide.Default(t)
	crisis := "emergency nhs-111 samaritans call-helpline police-101"
	cjls := "cjls-aneurin-bevan cjls-betsi-cadwaladr cjls-cardiff-and-vale cjls-cwm-taf-morgannwg cjls-hywel-dda cjls-powys cjls-swansea-bay"
	for _, c := range []struct{ stage, area, want string }{
		{"police", "", crisis + " " + cjls},
		{"police", "cardiff-and-vale", crisis + " cjls-cardiff-and-vale"},
		{"court", "powys", crisis + " citizens-advice cjls-powys"},
		{"prison", "", crisis + " prisoners-families shelter-cymru"},
		{"prevention", "hywel-dda", crisis + " llais mind-cymru adferiad"},
	} {
		if got := ids(StageContacts(g, []string{c.stage}, c.area)); got != c.want {
			t.Errorf("%s %s:\n got  %s\n want %s", c.stage, c.area, got, c.want)
		}
	}
}

func TestFindArea(t *testing.T) {
	g := testguide.LeafletFixture()
	for _, name := range []string{"cardiff-and-vale", "Cardiff and Vale", "CARDIFF AND VALE", "Caerdydd a’r Fro", "caerdydd a'r fro"} {
		a, err := FindArea(g, name)
		if err != nil || a.ID != "cardiff-and-vale" {
			t.Errorf("FindArea(%q) = %v, %v", name, a, err)
		}
	}
	_, err := FindArea(g, "Gwent")
	want := `unknown area "Gwent"; the guide's areas are: cardiff-and-vale (Caerdydd a’r Fro / Cardiff and Vale), powys (Powys)`
	if err == nil || err.Error() != want {
		t.Errorf("FindArea(Gwent) error\n%v\nwant\n%s", err, want)
	}
}

// textWays collects every "text" way of every contact in p, printed as
// label, number and note.
func textWays(p *Product) []string {
	var out []string
	var walk func(bs []Block)
	walk = func(bs []Block) {
		for _, b := range bs {
			if b.Contact != nil {
				for _, w := range b.Contact.Ways {
					if w.Key == "text" {
						out = append(out, w.Label+": "+w.Value+", "+w.Note)
					}
				}
			}
			walk(b.Children)
		}
	}
	for _, pt := range p.Parts {
		walk(pt.Blocks)
	}
	return out
}

// TestTextMessageLine checks that a contact's text number reads the same
// way in every product of the default guide, in each language, with a
// label a reader understands and curly quotes round the word to send.
func TestTextMessageLine(t *testing.T) {
	g := testguide.Default(t)
	want := map[string]string{
		"en": "Text message: 81066, send the word “help”",
		"cy": "Neges destun: 81066, anfonwch y gair “help”",
	}
	for _, lang := range []string{"en", "cy"} {
		products := map[string]*Product{}
		var err error
		if products["booklet"], err = Booklet(g, lang); err != nil {
			t.Fatal(err)
		}
		for _, s := range g.Stages {
			if products["leaflet "+s.ID], err = Leaflet(g, s.ID, lang, false, ""); err != nil {
				t.Fatal(err)
			}
		}
		if products["pack"], err = Pack(g, lang, PackOptions{Stages: []string{"prison", "discharge"}}); err != nil {
			t.Fatal(err)
		}
		for name, p := range products {
			ways := textWays(p)
			if len(ways) == 0 {
				t.Errorf("%s %s: no text-message line", lang, name)
			}
			for _, w := range ways {
				if w != want[lang] {
					t.Errorf("%s %s: text line %q, want %q", lang, name, w, want[lang])
				}
			}
		}
	}
}
