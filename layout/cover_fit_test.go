package layout

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"guidepress/content"
	"guidepress/internal/testguide"
)

// coverTitleSizes are the sizes of a page's cover-title lines.
func coverTitleSizes(p *Page) []float64 {
	var out []float64
	for _, it := range p.Items {
		if it.Kind == TextLine && it.Role == RoleCoverTitle {
			out = append(out, it.Size)
		}
	}
	return out
}

// TestLongTitlesStepDown: the shaped guide's 90-character title and
// 130-character subtitle, and its long stage titles, which do not fit a
// large-print columns cover or front panel at the cover size, are set
// smaller, not below the smallest heading size, and fit on one page.
func TestLongTitlesStepDown(t *testing.T) {
	g := testguide.Shaped(t)
	st := mustStyle(t, "large-print")
	book, err := BilingualBooklet(g, [2]string{"en", "cy"}, Columns, st)
	if err != nil {
		t.Fatal(err)
	}
	leaf, err := BilingualLeaflet(g, "discharge", [2]string{"en", "cy"}, Columns, st, LeafletOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for name, d := range map[string]*Bilingual{"booklet": book, "leaflet": leaf} {
		for h, p := range d.Halves {
			if p.Pages[1].Chapter == "cover" {
				t.Errorf("%s half %d: the cover takes two pages", name, h)
			}
			sizes := coverTitleSizes(p.Pages[0])
			if len(sizes) == 0 {
				t.Fatalf("%s half %d: no cover title on page 1", name, h)
			}
			for _, s := range sizes {
				if s >= st.Headings.Cover || s < st.Headings.Sub {
					t.Errorf("%s half %d: cover title at %gpt, want below %gpt and not below %gpt", name, h, s, st.Headings.Cover, st.Headings.Sub)
				}
			}
		}
	}
}

// guideWithTitle loads a copy of the default guide whose English title is
// title.
func guideWithTitle(t *testing.T, title string) *content.Guide {
	t.Helper()
	dir := t.TempDir()
	testguide.CopyTree(t, filepath.Join("..", "content", "guide"), dir)
	file := filepath.Join(dir, "guide.yaml")
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	old := "  en: Mental health and the criminal justice system in Wales\n"
	if !strings.Contains(string(data), old) {
		t.Fatalf("guide.yaml has no %q", old)
	}
	data = []byte(strings.Replace(string(data), old, "  en: "+title+"\n", 1))
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	g, ps := content.LoadDir(dir, content.Options{})
	if ps.HasErrors() {
		t.Fatal(ps)
	}
	return g
}

// TestCoverRunsInside: titles too long for the cover even at the smallest
// heading size fill the cover, and the organisation and edition go at the
// foot of page 2, inside the cover; the titles stay inside the margins.
func TestCoverRunsInside(t *testing.T) {
	g := guideWithTitle(t, strings.Repeat("A guide to mental health and the justice system in Wales. ", 18))
	st := mustStyle(t, "standard")
	p, err := Booklet(g, "en", st)
	if err != nil {
		t.Fatal(err)
	}
	if p.Pages[0].Chapter != "cover" || p.Pages[1].Chapter != "cover" || p.Pages[2].Chapter == "cover" {
		t.Fatalf("pages 1-3 belong to %s, %s, %s; want a cover of two pages", p.Pages[0].Chapter, p.Pages[1].Chapter, p.Pages[2].Chapter)
	}
	for _, it := range p.Pages[0].Items {
		if it.Y+it.H > st.PageHeight-st.Margins.Bottom+eps {
			t.Errorf("cover: %q reaches %.1f mm, below the margin", it.Text(), it.Y+it.H)
		}
	}
	inside := pageText(p.Pages[1])
	if !strings.Contains(inside, g.Organisation.Get("en")) || strings.Contains(pageText(p.Pages[0]), g.Organisation.Get("en")) {
		t.Errorf("the organisation is not on page 2 alone: page 2 reads %q", inside)
	}
}

// TestCoverTooLongNamesTheTitle: titles too long for a whole page even at
// the smallest heading size are an error naming the title's file, line
// and column.
func TestCoverTooLongNamesTheTitle(t *testing.T) {
	g := guideWithTitle(t, strings.Repeat("A guide to mental health and the justice system in Wales. ", 40))
	_, err := Booklet(g, "en", mustStyle(t, "standard"))
	if err == nil || !regexp.MustCompile(`guide\.yaml:7:\d+: the title and subtitle are too long for a page`).MatchString(err.Error()) {
		t.Fatalf("error %v, want one naming guide.yaml:7", err)
	}
}

// TestPackListContinues: a pack of every stage of the shaped guide, whose
// long stage titles leave no room for "In this pack" on the cover's page,
// lists every part on the page after it instead of leaving the list out.
func TestPackListContinues(t *testing.T) {
	g := testguide.Shaped(t)
	var ids []string
	for _, s := range g.Stages {
		ids = append(ids, s.ID)
	}
	p, err := Pack(g, "en", mustStyle(t, "standard"), PackOptions{Stages: ids, Name: "Jo"})
	if err != nil {
		t.Fatal(err)
	}
	entries := 0
	for _, pg := range p.Pages[:2] {
		for _, it := range pg.Items {
			if it.Role == RoleContents && it.Target > 0 {
				entries++
			}
		}
	}
	if p.Pages[1].Chapter != packCoverID || entries < len(ids)+2 {
		t.Errorf("page 2 belongs to %s; %d entries listed on pages 1-2, want %d", p.Pages[1].Chapter, entries, len(ids)+2)
	}
}
