package layout

import (
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"guidepress/content"
)

// packDate is the date on the covers of the tests' bilingual packs.
var packDate = time.Date(2027, 3, 2, 0, 0, 0, 0, time.UTC)

// biPacks adds bilingual discharge packs of the default guide to the
// cache: columns in a4 with a name, columns in large-print without one
// (its goals take two pages), and tête-bêche in standard with a name.
func biPacks(t *testing.T, g *content.Guide) error {
	for _, c := range []struct {
		layout      Layout
		style, name string
	}{{Columns, "a4", packName}, {Columns, "large-print", ""}, {TeteBeche, "standard", packName}} {
		opts := PackOptions{Stages: []string{"recovery", "discharge"}, Name: c.name, Date: packDate}
		d, err := BilingualPack(g, [2]string{"cy", "en"}, c.layout, mustStyle(t, c.style), opts)
		if err != nil {
			return err
		}
		biCache = append(biCache, biCase{g.ID + " pack " + string(c.layout) + " " + c.style, g, d})
	}
	return nil
}

// TestBilingualPackPlan checks the halves of each bilingual pack: the
// chosen stages, goals and contacts in the guide's order; "In this pack"
// in both halves (on the cover, or continued on the next page); the name once on the columns cover, on both
// tête-bêche covers, and nowhere else (not in the document information or
// a bookmark).
func TestBilingualPackPlan(t *testing.T) {
	for name, names := range map[string]int{"cjs-wales pack columns a4": 1, "cjs-wales pack columns large-print": 0,
		"cjs-wales pack tete-beche standard": 2} {
		c := biCaseNamed(t, name)
		found := 0
		for h, p := range c.ed.Halves {
			var ids []string
			for _, ch := range p.Chapters {
				ids = append(ids, ch.ID)
			}
			if got := strings.Join(ids, " "); got != "discharge recovery my-goals key-contacts" {
				t.Errorf("%s half %d: chapters %s", name, h, got)
			}
			for _, pg := range p.Pages {
				n := strings.Count(pageText(pg), "Zebedee")
				if n > 0 && pg.Number != 1 {
					t.Errorf("%s half %d: the name is on page %d", name, h, pg.Number)
				}
				found += n
				for _, b := range pg.Bookmarks {
					if strings.Contains(b.Title, "Zebedee") {
						t.Errorf("%s: the name is in a bookmark", name)
					}
				}
			}
			if strings.Contains(p.Meta.Title+p.Meta.Subject+p.Meta.Author, "Zebedee") {
				t.Errorf("%s half %d: the name is in the document information", name, h)
			}
		}
		for h, p := range c.ed.Halves {
			if !hasPackList(p) {
				t.Errorf("%s half %d: \"In this pack\" is left out", name, h)
			}
		}
		if found != names || strings.Contains(c.ed.Meta.Title+c.ed.Meta.Subject, "Zebedee") {
			t.Errorf("%s: the name is printed %d times, want %d; document information %+v", name, found, names, c.ed.Meta)
		}
	}
}

// TestColumnsPackLevel checks the parts of a columns pack that the
// shared level test does not: each field on the cover is labelled in
// both languages, level, over one box across the page; each area of life
// is named in both languages, level, in the goals table.
func TestColumnsPackLevel(t *testing.T) {
	for name, goalPages := range map[string]int{"cjs-wales pack columns a4": 1, "cjs-wales pack columns large-print": 2} {
		c := biCaseNamed(t, name)
		checkCoverFields(t, c)
		pages := 0
		for _, p := range c.ed.Halves[0].Pages {
			if p.Chapter == goalsID {
				pages++
			}
		}
		if pages != goalPages {
			t.Errorf("%s: the goals take %d pages, want %d", name, pages, goalPages)
		}
		for _, a := range c.guide.Recovery.LifeAreas {
			var at [2][2]float64
			for h, p := range c.ed.Halves {
				var lines []string
				for _, pg := range p.Pages {
					for _, it := range pg.Items {
						if it.Ref == goalsID+"/"+a.ID {
							if len(lines) == 0 {
								at[h] = [2]float64{float64(pg.Number), it.Y}
							}
							lines = append(lines, it.Text())
						}
					}
				}
				// A line may break after a hyphen ("well-|being").
				got := strings.ReplaceAll(strings.Join(lines, " "), "- ", "-")
				if want := a.Title.Get(c.ed.Langs[h]); got != want {
					t.Errorf("%s: area %s in %s reads %q, want %q", name, a.ID, c.ed.Langs[h], got, want)
				}
			}
			if at[0][0] != at[1][0] || math.Abs(at[0][1]-at[1][1]) > 1e-6 {
				t.Errorf("%s: area %s starts at %v in Welsh, %v in English", name, a.ID, at[0], at[1])
			}
		}
	}
}

// checkCoverFields checks a columns pack's cover: "Prepared for" and each
// field's label in both languages, level, and a box across the page for
// each field to fill in, in the first column's page only.
func checkCoverFields(t *testing.T, c biCase) {
	t.Helper()
	keys := []string{"prepared_for", "care_coordinator", "phone", "next_appointment", "gp", "phone"}
	var labels [2][]Item
	frames := [2]int{}
	for h, p := range c.ed.Halves {
		for _, it := range p.Pages[0].Items {
			if it.Kind == Frame {
				frames[h]++
			}
			if it.Role == RoleCover && strings.HasSuffix(it.Text(), ":") {
				labels[h] = append(labels[h], it)
			}
		}
	}
	for h, ls := range labels {
		if len(ls) != len(keys) {
			t.Fatalf("%s: %d field labels in %s, want %d", c.name, len(ls), c.ed.Langs[h], len(keys))
		}
		for i, key := range keys {
			if want := c.guide.Label(c.ed.Langs[h], key, nil) + ":"; ls[i].Text() != want || ls[i].Y != labels[0][i].Y {
				t.Errorf("%s: label %d is %q at %.2f mm, want %q level with %q at %.2f", c.name, i, ls[i].Text(), ls[i].Y, want, labels[0][i].Text(), labels[0][i].Y)
			}
		}
	}
	boxes := len(keys) - 1 // the fields after "Prepared for"
	if !strings.Contains(pageText(c.ed.Halves[0].Pages[0]), "Zebedee") {
		boxes++ // a box to write the name in
	}
	if frames != [2]int{boxes, 0} {
		t.Errorf("%s: boxes on the cover %v, want %d in the first column's page only", c.name, frames, boxes)
	}
}

// TestBilingualPackRefusals: a columns pack on A5, one language twice, a
// name that cannot be printed (not quoted) and an unknown stage.
func TestBilingualPackRefusals(t *testing.T) {
	g := defaultGuide(t)
	langs := [2]string{"cy", "en"}
	opts := PackOptions{Stages: []string{"discharge"}}
	if _, err := BilingualPack(g, langs, Columns, mustStyle(t, "standard"), opts); !errors.Is(err, ErrColumnsTooNarrow) {
		t.Errorf("columns in the A5 standard style: %v, want ErrColumnsTooNarrow", err)
	}
	if _, err := BilingualPack(g, [2]string{"cy", "cy"}, TeteBeche, mustStyle(t, "standard"), opts); err == nil {
		t.Error("a bilingual pack in Welsh twice was laid out")
	}
	for _, layout := range Layouts {
		bad := PackOptions{Stages: []string{"discharge"}, Name: "Zebedee 😀"}
		_, err := BilingualPack(g, langs, layout, mustStyle(t, "a4"), bad)
		if !errors.Is(err, ErrName) || strings.Contains(err.Error(), "Zebedee") {
			t.Errorf("%s: a name with an emoji: %v, want ErrName without the name", layout, err)
		}
		_, err = BilingualPack(g, langs, layout, mustStyle(t, "a4"), PackOptions{Stages: []string{"parole"}})
		if err == nil || !strings.Contains(err.Error(), `unknown stage "parole"; the guide's stages are: prevention`) {
			t.Errorf("%s: unknown stage: %v", layout, err)
		}
	}
}

// hasPackList reports whether a plan's pack cover (its first page, or the
// page it continues on) holds the list of the pack's parts.
func hasPackList(p *Plan) bool {
	for _, pg := range p.Pages {
		if pg.Chapter != packCoverID {
			continue
		}
		for _, it := range pg.Items {
			if it.Role == RoleContents {
				return true
			}
		}
	}
	return false
}
