package layout

import (
	"fmt"
	"strings"
	"testing"

	"guidepress/content"
	"guidepress/internal/testguide"
)

// longTitles is the leaflet fixture with titles far too long for a
// running head, as long as the covers of a large-print columns edition
// hold: a guide title and a police title of about 100 characters, and a
// prison title with a short title.
func longTitles() *content.Guide {
	tx := func(en, cy string) content.Text {
		return content.Text{Values: map[string]string{"en": en, "cy": cy}}
	}
	g := testguide.LeafletFixture()
	g.Title = tx("Mental health, the police, the courts, prison, probation and coming home again",
		"Iechyd meddwl, yr heddlu, y llysoedd, y carchar, y gwasanaeth prawf a dod adref eto")
	g.StageByID("police").Title = tx("If the police are involved: places of safety, custody, appropriate adults, solicitors and liaison services",
		"Os yw’r heddlu’n rhan o bethau: mannau diogel, y ddalfa, oedolion priodol, cyfreithwyr a gwasanaethau cyswllt")
	prison := g.StageByID("prison")
	prison.Title = tx("Your first days, weeks and months in prison, and the health care you can ask for there", "Eich dyddiau, wythnosau a misoedd cyntaf yn y carchar, a’r gofal iechyd y gallwch ofyn amdano yno")
	prison.ShortTitle = tx("In prison", "Yn y carchar")
	return g
}

// chromeHalf is a plan to check, with a name for messages.
type chromeHalf struct {
	name string
	lang string
	plan *Plan
}

// longTitlePlans lays out the long-titled guide's booklets and leaflets
// in one language and both bilingual layouts.
func longTitlePlans(t *testing.T) []chromeHalf {
	t.Helper()
	g := longTitles()
	var out []chromeHalf
	for _, style := range []string{"standard", "large-print"} {
		for _, lang := range []string{"cy", "en"} {
			p, err := Booklet(g, lang, mustStyle(t, style))
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, chromeHalf{"booklet " + style + " " + lang, lang, p})
			for _, stage := range []string{"police", "prison"} {
				p, err := Leaflet(g, stage, lang, mustStyle(t, style), LeafletOptions{})
				if err != nil {
					t.Fatal(err)
				}
				out = append(out, chromeHalf{"leaflet " + stage + " " + style + " " + lang, lang, p})
			}
		}
	}
	langs := [2]string{"cy", "en"}
	for _, c := range []struct {
		layout Layout
		style  string
	}{{Columns, "a4"}, {Columns, "large-print"}, {TeteBeche, "standard"}} {
		name := string(c.layout) + " " + c.style
		d, err := BilingualBooklet(g, langs, c.layout, mustStyle(t, c.style))
		if err != nil {
			t.Fatal(err)
		}
		eds := []*Bilingual{d}
		for _, stage := range []string{"police", "prison"} {
			if c.layout == Columns && c.style == "large-print" {
				continue // its front page refuses titles this long (issue 13, item 1)
			}
			d, err := BilingualLeaflet(g, stage, langs, c.layout, mustStyle(t, c.style), LeafletOptions{})
			if err != nil {
				t.Fatal(err)
			}
			eds = append(eds, d)
		}
		for k, d := range eds {
			for h, p := range d.Halves {
				out = append(out, chromeHalf{fmt.Sprintf("bilingual %d %s %s", k, name, langs[h]), langs[h], p})
			}
		}
	}
	return out
}

// TestHeadersAndFootersAreOneLine lays out a guide whose titles are far
// too long for a running head: every header and footer is one line inside
// the margins, a title that does not fit is cut at a word with an
// ellipsis, and a stage's short title is used when it has one.
func TestHeadersAndFootersAreOneLine(t *testing.T) {
	g := longTitles()
	prison := g.StageByID("prison")
	for _, c := range longTitlePlans(t) {
		st := c.plan.Style
		for _, pg := range c.plan.Pages {
			if !pg.Chrome {
				continue
			}
			rows := map[Role]map[float64]bool{RoleHeader: {}, RoleFooter: {}}
			for _, it := range pg.Items {
				if it.Kind != TextLine || rows[it.Role] == nil {
					continue
				}
				rows[it.Role][it.Y] = true
				if it.X < st.Margins.Left-1e-6 || it.X+it.W > st.PageWidth-st.Margins.Right+1e-6 {
					t.Errorf("%s page %d: %s %q runs outside the margins", c.name, pg.Number, it.Role, it.Text())
				}
				text := it.Text()
				if strings.HasSuffix(text, "…") {
					kept := strings.TrimSuffix(text, "…")
					full := g.Title.Get(c.lang) + "\n" + g.StageByID("police").Title.Get(c.lang) + "\n" + prison.Title.Get(c.lang)
					if !strings.Contains(full, kept+" ") && !strings.Contains(full, kept+",") && !strings.Contains(full, kept+":") {
						t.Errorf("%s page %d: %s %q is not a title cut at a word", c.name, pg.Number, it.Role, text)
					}
				}
				if pg.Chapter == "prison" && it.Role == RoleHeader && text != prison.ShortTitle.Get(c.lang) {
					t.Errorf("%s page %d: header %q, want prison's short title", c.name, pg.Number, text)
				}
				if strings.Contains(text, prison.Title.Get(c.lang)[:20]) {
					t.Errorf("%s page %d: %s %q uses prison's title, not its short title", c.name, pg.Number, it.Role, text)
				}
			}
			for role, ys := range rows {
				if len(ys) > 1 {
					t.Errorf("%s page %d: the %s takes %d lines, want 1", c.name, pg.Number, role, len(ys))
				}
			}
		}
	}
}

// TestColumnFootersKeepTheirTitle checks that in columns each column's
// footer shows its title, shortened, beside "Page n of m", and that the
// two do not overlap.
func TestColumnFootersKeepTheirTitle(t *testing.T) {
	for _, c := range longTitlePlans(t) {
		if !strings.Contains(c.name, "columns") {
			continue
		}
		for _, pg := range c.plan.Pages {
			if !pg.Chrome {
				continue
			}
			var foot []Item
			for _, it := range pg.Items {
				if it.Kind == TextLine && it.Role == RoleFooter {
					foot = append(foot, it)
				}
			}
			if len(foot) != 2 {
				t.Errorf("%s page %d: %d footer lines, want the title and the page number", c.name, pg.Number, len(foot))
				continue
			}
			if foot[0].X+foot[0].W > foot[1].X {
				t.Errorf("%s page %d: the footer title %q runs into %q", c.name, pg.Number, foot[0].Text(), foot[1].Text())
			}
		}
	}
}
