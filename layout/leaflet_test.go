package layout

import (
	"strconv"
	"strings"
	"testing"

	"guidepress/compose"
	"guidepress/content"
)

// TestLeafletPlans checks every a5-fold leaflet of the fixture and the
// default guide: page count, front page, own sections only, contacts,
// footers, Notes pages and the organisation's details at the end.
func TestLeafletPlans(t *testing.T) {
	for _, c := range allLeaflets(t) {
		p := c.plan
		if n := len(p.Pages); n%4 != 0 {
			t.Errorf("%s: %d pages, not a multiple of 4", c.name(), n)
		}
		checkFront(t, c)
		checkOwnSections(t, c)
		if got, want := contactOrder(p), ids(compose.StageContacts(c.guide, []string{c.stage}, "")); got != want {
			t.Errorf("%s: contacts %q, want %q", c.name(), got, want)
		}
		checkFooters(t, c)
		checkNotesAndEnd(t, c)
	}
}

func checkFront(t *testing.T, c leafletCase) {
	t.Helper()
	s := c.guide.StageByID(c.stage)
	title := s.Title.Get(c.lang)
	front := c.plan.Pages[0]
	if front.Chrome || len(front.Bookmarks) != 1 || front.Bookmarks[0].Title != title || front.Bookmarks[0].Level != 0 {
		t.Errorf("%s: front page chrome %v, bookmarks %+v", c.name(), front.Chrome, front.Bookmarks)
	}
	want := []string{c.guide.Title.Get(c.lang), title, s.Summary.Get(c.lang), c.guide.Organisation.Get(c.lang)}
	text := pageText(front)
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("%s: the front page lacks %q:\n%s", c.name(), w, text)
		}
	}
	if c.plan.Chapters[0].ID != c.stage || c.plan.Meta.Title != title+" – "+c.guide.Title.Get(c.lang) {
		t.Errorf("%s: chapters %+v, title %q", c.name(), c.plan.Chapters, c.plan.Meta.Title)
	}
}

// pageText joins the text of a page's items with spaces, lines joined.
func pageText(p *Page) string {
	var parts []string
	for _, it := range p.Items {
		if it.Kind == TextLine {
			parts = append(parts, it.Text())
		}
	}
	return strings.Join(strings.Fields(strings.Join(parts, " ")), " ")
}

func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

func headings(s *content.Stage, lang string) []string {
	var out []string
	for _, sec := range s.Sections {
		out = append(out, sec.Heading.Get(lang))
	}
	return out
}

// checkOwnSections fails when a section of the stage is missing or an
// item belongs to another stage.
func checkOwnSections(t *testing.T, c leafletCase) {
	t.Helper()
	refs := map[string]bool{}
	for _, pg := range c.plan.Pages {
		for _, it := range pg.Items {
			refs[it.Ref] = true
			if stage, _, _ := strings.Cut(it.Ref, "/"); stage != c.stage && c.guide.StageByID(stage) != nil {
				t.Errorf("%s: page %d holds %q of %s", c.name(), pg.Number, it.Text(), it.Ref)
			}
		}
	}
	for _, sec := range c.guide.StageByID(c.stage).Sections {
		if !refs[c.stage+"/"+sec.ID] {
			t.Errorf("%s: section %s is missing", c.name(), sec.ID)
		}
	}
}

// checkFooters fails unless every page after the front has a footer with
// the stage's title and its own "Page n of m".
func checkFooters(t *testing.T, c leafletCase) {
	t.Helper()
	title := c.guide.StageByID(c.stage).Title.Get(c.lang)
	m := len(c.plan.Pages)
	for _, pg := range c.plan.Pages[1:] {
		var foot []string
		for _, it := range pg.Items {
			if it.Role == RoleFooter {
				foot = append(foot, it.Text())
			}
		}
		label := c.guide.Label(c.lang, "page_of", map[string]string{"n": strconv.Itoa(pg.Number), "m": strconv.Itoa(m)})
		if !pg.Chrome || strings.Join(foot, "|") != title+"|"+label {
			t.Errorf("%s: page %d footer %q, want %q", c.name(), pg.Number, foot, title+"|"+label)
		}
	}
}

// checkNotesAndEnd fails unless Notes pages come only at the end, each
// headed and ruled, and the last page ends with the organisation's
// details.
func checkNotesAndEnd(t *testing.T, c leafletCase) {
	t.Helper()
	pages := c.plan.Pages
	notes := c.guide.Label(c.lang, "notes", nil)
	seen := false
	for _, pg := range pages {
		if pg.Chapter != notesID {
			if seen {
				t.Errorf("%s: page %d follows a Notes page", c.name(), pg.Number)
			}
			continue
		}
		seen = true
		rules := 0
		for _, it := range pg.Items {
			if it.Kind == Rule && it.Ref == notesID {
				rules++
			}
		}
		if b := body(pg); len(b) == 0 || b[0].Text() != notes || rules < 5 {
			t.Errorf("%s: Notes page %d has %d items and %d writing lines, want the heading %q and 5 or more lines", c.name(), pg.Number, len(b), rules, notes)
		}
	}
	last := body(pages[len(pages)-1])
	org := c.guide.Organisation.Get(c.lang)
	date := c.guide.Label(c.lang, "edition", map[string]string{"date": content.FormatDate(c.lang, c.guide.Edition)})
	text := pageText(&Page{Items: last})
	if !strings.Contains(text, org+" ") || !strings.Contains(text, date) {
		t.Errorf("%s: the last page lacks the organisation's details:\n%s", c.name(), text)
	}
	for _, it := range last {
		if it.Role != RoleCover && it.Y > lowestOf(last, RoleCover) {
			t.Errorf("%s: %q is below the organisation's details", c.name(), it.Text())
		}
	}
}

// lowestOf is the top of the first item of role on a page's items.
func lowestOf(items []Item, role Role) float64 {
	for _, it := range items {
		if it.Role == role {
			return it.Y
		}
	}
	return 0
}

func TestLeafletArea(t *testing.T) {
	g := leafletFixture()
	for _, area := range []string{"cardiff-and-vale", "Caerdydd a’r Fro"} {
		p, err := Leaflet(g, "police", "cy", mustStyle(t, "standard"), LeafletOptions{Area: area})
		if err != nil {
			t.Fatal(err)
		}
		if got := contactOrder(p); got != "samaritans call cjls-cardiff" {
			t.Errorf("area %q: contacts %q", area, got)
		}
	}
	_, err := Leaflet(g, "police", "cy", mustStyle(t, "standard"), LeafletOptions{Area: "Gwent"})
	if err == nil || !strings.Contains(err.Error(), "cardiff-and-vale (Caerdydd a’r Fro / Cardiff and Vale), powys (Powys)") {
		t.Errorf("unknown area: %v", err)
	}
}

func TestLeafletErrors(t *testing.T) {
	g := leafletFixture()
	st := mustStyle(t, "standard")
	for _, c := range []struct {
		stage string
		opts  LeafletOptions
		want  string
	}{
		{"probation", LeafletOptions{}, `lay out the leaflet: the guide has no stage "probation"`},
		{"police", LeafletOptions{Format: "a3"}, `lay out the leaflet: unknown leaflet format "a3" (formats: a5-fold, a4)`},
	} {
		if _, err := Leaflet(g, c.stage, "en", st, c.opts); err == nil || err.Error() != c.want {
			t.Errorf("%s %+v: %v, want %s", c.stage, c.opts, err, c.want)
		}
	}
	if _, err := Leaflet(g, "police", "fr", st, LeafletOptions{}); err == nil || err.Error() != `lay out the leaflet: the guide has no title in language "fr"` {
		t.Errorf("unknown language: %v", err)
	}
}

// TestLeafletBookmarks checks the outline of a Welsh leaflet: the stage,
// its sections, Key contacts with its crisis lines and its areas' groups,
// and Notes.
func TestLeafletBookmarks(t *testing.T) {
	p, err := Leaflet(leafletFixture(), "police", "cy", mustStyle(t, "standard"), LeafletOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, pg := range p.Pages {
		for _, b := range pg.Bookmarks {
			got = append(got, strconv.Itoa(b.Level)+":"+b.Title)
		}
	}
	want := "0:Heddlu|1:Man diogel|1:Ar ôl gorsaf yr heddlu|0:Cysylltiadau allweddol|1:Mewn argyfwng|1:Caerdydd a’r Fro|1:Powys"
	if n := len(p.Pages); p.Pages[n-1].Chapter == notesID {
		want += "|0:Nodiadau"
	}
	if strings.Join(got, "|") != want {
		t.Errorf("bookmarks\n%s\nwant\n%s", strings.Join(got, "|"), want)
	}
}

// TestContactsStartAPageUnlessThatCostsPaper checks where Key contacts
// starts in a5-fold leaflets of the default guide: on a page of its own
// (police in Welsh, all areas: 12 pages either way), or straight after the
// stage when a page of its own would take another sheet (court in Welsh
// for one area: 8 pages, not 12).
func TestContactsStartAPageUnlessThatCostsPaper(t *testing.T) {
	g, err := content.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		stage, lang, area string
		own               bool
		pages             int
	}{{"police", "cy", "", true, 12}, {"court", "cy", "cardiff-and-vale", false, 8}} {
		p, err := Leaflet(g, c.stage, c.lang, mustStyle(t, "standard"), LeafletOptions{Area: c.area})
		if err != nil {
			t.Fatal(err)
		}
		for _, pg := range p.Pages {
			for i, it := range body(pg) {
				if it.Role == RoleTitle && it.Ref == contactsID && (i == 0) != c.own {
					t.Errorf("%s %s: Key contacts is item %d on page %d; want a page of its own: %v", c.lang, c.area, i, pg.Number, c.own)
				}
			}
		}
		if len(p.Pages) != c.pages {
			t.Errorf("%s %s: %d pages, want %d", c.lang, c.area, len(p.Pages), c.pages)
		}
	}
}
