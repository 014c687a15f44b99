package layout

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"guidepress/compose"
	"guidepress/content"
	"guidepress/internal/testguide"
)

// TestA4Leaflet checks a one-sheet leaflet: two pages, the front panel,
// then the stage's at_a_glance text (not its sections), then its
// contacts, in both languages; and that an A5 style is refused.
func TestA4Leaflet(t *testing.T) {
	g := leafletFixture()
	court := g.StageByID("court")
	for _, lang := range []string{"cy", "en"} {
		p, err := Leaflet(g, "court", lang, mustStyle(t, "a4"), LeafletOptions{Format: SheetA4})
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Pages) != 2 || !p.Pages[0].Chrome {
			t.Errorf("%s: %d pages, front chrome %v; want one sheet with a footer on both sides", lang, len(p.Pages), p.Pages[0].Chrome)
		}
		first := body(p.Pages[0])
		if first[0].Text() != g.Title.Get(lang) || first[1].Role != RoleCoverTitle || first[1].Text() != court.Title.Get(lang) {
			t.Errorf("%s: page 1 starts %q, %q; want the front panel", lang, first[0].Text(), first[1].Text())
		}
		text := planText(p)
		glance := strings.ReplaceAll(court.AtAGlance.Get(lang), "**", "")
		if !strings.Contains(text, glance) {
			t.Errorf("%s: the sheet does not hold the at_a_glance text %q:\n%s", lang, glance, text)
		}
		if h := court.Sections[0].Heading.Get(lang); strings.Contains(text, h) {
			t.Errorf("%s: the sheet holds the section %q; want only the at_a_glance text", lang, h)
		}
		if got := contactOrder(p); got != "samaritans call" {
			t.Errorf("%s: contacts %q", lang, got)
		}
	}
	_, err := Leaflet(g, "court", "en", mustStyle(t, "standard"), LeafletOptions{Format: SheetA4})
	if !errors.Is(err, ErrNotA4) || !strings.Contains(err.Error(), "style standard is 148 × 210 mm") {
		t.Errorf("a4 format in an A5 style: %v", err)
	}
}

// planText is the text of every line of p, one line each.
func planText(p *Plan) string {
	var lines []string
	for _, pg := range p.Pages {
		for _, it := range body(pg) {
			lines = append(lines, it.Text())
		}
	}
	return strings.Join(lines, " ")
}

// TestA4LeafletNeedsAtAGlance: a stage without at_a_glance is refused
// with a message that names the field and the file to add it to.
func TestA4LeafletNeedsAtAGlance(t *testing.T) {
	_, err := Leaflet(leafletFixture(), "police", "en", mustStyle(t, "a4"), LeafletOptions{Format: SheetA4})
	if !errors.Is(err, compose.ErrNoAtAGlance) || !strings.Contains(err.Error(), "add at_a_glance (cy, en) to stages/police.yaml") {
		t.Errorf("police without at_a_glance: %v", err)
	}
}

// manyContacts adds n contacts for the court stage in each of the
// fixture's two areas.
func manyContacts(g *content.Guide, n int) {
	for _, area := range []string{"cardiff-and-vale", "powys"} {
		for i := range n {
			id := fmt.Sprintf("%s-%d", area, i)
			g.Contacts = append(g.Contacts, &content.Contact{ID: id, Name: content.Text{Values: map[string]string{"en": "Service " + id, "cy": "Gwasanaeth " + id}},
				Description: content.Text{Values: map[string]string{"en": "A local service.", "cy": "Gwasanaeth lleol."}},
				Phone:       "01234 567 890", Web: "https://" + id + ".example.org",
				Stages: []string{"court"}, Areas: []string{area}, Verified: g.Contacts[0].Verified})
		}
	}
}

// TestA4LeafletNeverDropsContacts: a sheet whose contacts do not all fit
// is refused, saying how many do not fit and suggesting --area while it
// lists several areas; for one area they fit, and every one is printed.
func TestA4LeafletNeverDropsContacts(t *testing.T) {
	g := leafletFixture()
	manyContacts(g, 14)
	st := mustStyle(t, "a4")
	_, err := Leaflet(g, "court", "en", st, LeafletOptions{Format: SheetA4})
	re := regexp.MustCompile(`: too long for the a4 format: (\d+) of the 30 contacts of the court stage do not fit on one sheet printed on both sides; use --area NAME for one area's contacts only \(cardiff-and-vale, powys\), or the a5-fold format$`)
	if !errors.Is(err, ErrTooLong) || err == nil || !re.MatchString(err.Error()) {
		t.Fatalf("30 contacts on one sheet: %v", err)
	}
	if n := re.FindStringSubmatch(err.Error())[1]; n == "0" || n == "30" {
		t.Errorf("%s contacts do not fit; want some but not all", n)
	}
	for _, lang := range []string{"cy", "en"} {
		p, err := Leaflet(g, "court", lang, st, LeafletOptions{Format: SheetA4, Area: "powys"})
		if err != nil {
			t.Fatalf("%s, powys: %v", lang, err)
		}
		want := []string{"samaritans", "call"}
		for _, c := range compose.StageContacts(g, []string{"court"}, "powys")[2:] {
			want = append(want, c.ID)
		}
		if got := contactOrder(p); got != strings.Join(want, " ") {
			t.Errorf("%s, powys: contacts\n%s\nwant\n%s", lang, got, strings.Join(want, " "))
		}
	}
}

// TestA4LeafletTextTooLong: at_a_glance text too long for a sheet is
// refused with advice to shorten it, not to choose an area.
func TestA4LeafletTextTooLong(t *testing.T) {
	g := leafletFixture()
	court := g.StageByID("court")
	court.AtAGlance.Values["en"] = strings.Repeat("Bring your medicine and a list of it. ", 200)
	_, err := Leaflet(g, "court", "en", mustStyle(t, "a4"), LeafletOptions{Format: SheetA4})
	if !errors.Is(err, ErrTooLong) || !strings.Contains(err.Error(), "shorten at_a_glance in stages/court.yaml") {
		t.Errorf("long at_a_glance: %v", err)
	}
}

// TestDefaultGuideSheets: every stage of the default guide has a sheet
// in both languages in the a4 style, and in large-print (for one area
// where its contacts of every area do not fit, as the error says); each
// sheet is two pages and lists every one of its stage's contacts.
func TestDefaultGuideSheets(t *testing.T) {
	g := testguide.Default(t)
	for _, style := range []string{"a4", "large-print"} {
		st := mustStyle(t, style)
		for _, s := range g.Stages {
			for _, lang := range g.Languages {
				opts := LeafletOptions{Format: SheetA4}
				p, err := Leaflet(g, s.ID, lang, st, opts)
				if errors.Is(err, ErrTooLong) && style == "large-print" && strings.Contains(err.Error(), "--area") {
					opts.Area = "cardiff-and-vale"
					p, err = Leaflet(g, s.ID, lang, st, opts)
				}
				if err != nil {
					t.Errorf("%s %s %s: %v", style, s.ID, lang, err)
					continue
				}
				want := map[string]bool{}
				for _, c := range compose.StageContacts(g, []string{s.ID}, opts.Area) {
					want[c.ID] = true
				}
				for _, id := range strings.Fields(contactOrder(p)) {
					delete(want, id)
				}
				if len(p.Pages) != 2 || len(want) > 0 {
					t.Errorf("%s %s %s %s: %d pages, contacts missing: %v", style, s.ID, lang, opts.Area, len(p.Pages), want)
				}
			}
		}
	}
}
