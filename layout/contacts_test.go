package layout

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"guidepress/content"
)

// manyAreasGuide is the leaflet fixture with n typical contacts in each
// of eight areas (a name, a one-line description, a phone number, a web
// address and opening hours), and one contact that serves two areas.
func manyAreasGuide(n int) *content.Guide {
	g := leafletFixture()
	tx := func(en, cy string) content.Text { return content.Text{Values: map[string]string{"en": en, "cy": cy}} }
	g.Areas = nil
	for a := range 8 {
		id := fmt.Sprintf("area-%d", a+1)
		g.Areas = append(g.Areas, &content.Area{ID: id, Name: tx(fmt.Sprintf("Area %d", a+1), fmt.Sprintf("Ardal %d", a+1))})
		for i := range n {
			g.Contacts = append(g.Contacts, &content.Contact{ID: fmt.Sprintf("%s-team-%d", id, i),
				Name:        tx(fmt.Sprintf("Community mental health team %d", i+1), fmt.Sprintf("Tîm iechyd meddwl cymunedol %d", i+1)),
				Description: tx("Help and treatment for adults with serious mental illness.", "Help a thriniaeth i oedolion â salwch meddwl difrifol."),
				Phone:       "01234 567 890", Web: "https://www.example.org/" + id,
				Hours:    tx("Monday to Friday, 9am to 5pm", "Dydd Llun i ddydd Gwener, 9yb i 5yh"),
				AllAreas: false, Areas: []string{id}, AllStages: true, Verified: g.Contacts[0].Verified})
		}
	}
	last := g.Contacts[len(g.Contacts)-1]
	last.Areas = []string{"area-2", last.Areas[0]}
	for _, c := range g.Contacts[:4] {
		c.Areas = nil // the fixture's own: crisis lines and services for every area
	}
	return g
}

// groups lists, in order, each contact group's heading in p with the
// contacts under it: "heading: id id ...".
func groups(p *Plan) []string {
	var out []string
	for _, pg := range p.Pages {
		for _, it := range body(pg) {
			switch {
			case it.Role == RoleHeading && it.Ref == contactsID:
				out = append(out, it.Text()+":")
			case it.Role == RoleContact && len(out) > 0 && !strings.HasSuffix(out[len(out)-1], " "+it.Ref) && !strings.HasSuffix(out[len(out)-1], ":"+it.Ref):
				out[len(out)-1] += " " + it.Ref
			}
		}
	}
	return out
}

// TestKeyContactsGroups checks the booklet's Key contacts: crisis lines
// first, then the services for every area, then a group for each area
// under its name in the guide's order; a contact of two areas is in both.
func TestKeyContactsGroups(t *testing.T) {
	g := manyAreasGuide(2)
	p, err := Booklet(g, "cy", mustStyle(t, "standard"))
	if err != nil {
		t.Fatal(err)
	}
	got := groups(p)
	want := []string{"Mewn argyfwng: samaritans call", "Gwasanaethau ar gyfer pob ardal: llais shelter"}
	for a := 1; a <= 8; a++ {
		w := fmt.Sprintf("Ardal %d: area-%d-team-0 area-%d-team-1", a, a, a)
		if a == 2 {
			w += " area-8-team-1"
		}
		want = append(want, w)
	}
	if !slices.Equal(got, want) {
		t.Errorf("groups\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestCompactContactEntries: an A5 page of Key contacts holds at least
// four typical entries (name, description, phone, web, hours, the date
// checked), in both languages; no entry is split across pages.
func TestCompactContactEntries(t *testing.T) {
	g := manyAreasGuide(5)
	for _, lang := range g.Languages {
		p, err := Booklet(g, lang, mustStyle(t, "standard"))
		if err != nil {
			t.Fatal(err)
		}
		var counts []int
		seen := map[string]int{}
		for _, pg := range p.Pages {
			if pg.Chapter != contactsID {
				continue
			}
			n := 0
			for _, it := range body(pg) {
				if it.Role != RoleContact {
					continue
				}
				// The last contact serves two areas: it is listed twice.
				if at, ok := seen[it.Ref]; ok && at != pg.Number && it.Ref != "area-8-team-4" {
					t.Errorf("%s: contact %s is on pages %d and %d", lang, it.Ref, at, pg.Number)
				}
				if _, ok := seen[it.Ref]; !ok {
					n++
				}
				seen[it.Ref] = pg.Number
			}
			counts = append(counts, n)
		}
		t.Logf("%s: entries on each page of contacts: %v", lang, counts)
		if len(counts) < 5 {
			t.Fatalf("%s: %d pages of contacts", lang, len(counts))
		}
		// The first page holds the title and the fixture's own contacts
		// (crisis lines with notes, an address); the last may be short.
		for i, n := range counts[1 : len(counts)-1] {
			if n < 4 {
				t.Errorf("%s: contacts page %d of %d holds %d entries, want at least 4 (pages: %v)", lang, i+2, len(counts), n, counts)
			}
		}
	}
}

// TestAreaEdition: an area edition's cover names the area, and its Key
// contacts are the crisis lines, the services for every area and that
// area's only.
func TestAreaEdition(t *testing.T) {
	g := manyAreasGuide(2)
	for _, c := range []struct{ lang, area, label, heading string }{
		{"en", "area-3", "Area 3 edition", "Area 3"},
		{"cy", "Ardal 3", "Argraffiad Ardal 3", "Ardal 3"},
	} {
		p, err := AreaBooklet(g, c.lang, mustStyle(t, "standard"), c.area)
		if err != nil {
			t.Fatal(err)
		}
		cover := planText(&Plan{Pages: p.Pages[:1]})
		if !strings.Contains(cover, c.label) {
			t.Errorf("%s: cover %q does not name the area (%q)", c.lang, cover, c.label)
		}
		got := groups(p)
		if len(got) != 3 || !strings.HasPrefix(got[2], c.heading+": area-3-team-0 area-3-team-1") {
			t.Errorf("%s: groups %q; want crisis lines, every area, then %s only", c.lang, got, c.heading)
		}
	}
	if _, err := AreaBooklet(g, "en", mustStyle(t, "standard"), "Gwent"); err == nil || !strings.Contains(err.Error(), `unknown area "Gwent"`) {
		t.Errorf("unknown area: %v", err)
	}
}
