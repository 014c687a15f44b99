package layout

import (
	"math"
	"strings"
	"testing"
)

// TestLogoOnCovers: every product of the default guide (which has a
// square logo) shows the logo once on its first page, and a booklet once
// more on its back cover, and nowhere else; each at most the style's
// logo height, square as the file, inside the margins and over no text.
func TestLogoOnCovers(t *testing.T) {
	plans := logoPlans(t)
	if len(plans) < 70 {
		t.Fatalf("only %d plans of the default guide", len(plans))
	}
	for _, b := range plans {
		name := b.style + " " + b.lang
		pages := b.plan.Pages
		for i, p := range pages {
			logos := 0
			for _, it := range p.Items {
				if it.Kind != Picture {
					continue
				}
				logos++
				checkLogo(t, name, b.plan, p, it)
			}
			want := 0
			if i == 0 || i == len(pages)-1 && p.Chapter == backID {
				want = 1
			}
			if logos != want {
				t.Errorf("%s: page %d (%s) has %d logos, want %d", name, p.Number, p.Chapter, logos, want)
			}
		}
	}
}

// logoPlans are the shared plans of the default guide (booklets, a5-fold
// leaflets, bilingual editions and packs), and its packs and one-sheet
// leaflets in each language and the styles they are made in.
func logoPlans(t *testing.T) []booklet {
	var out []booklet
	for _, b := range everyPlan(t) {
		if strings.Contains(b.style, "default") || strings.Contains(b.style, "cjs-wales") {
			out = append(out, b)
		}
	}
	g := defaultGuide(t)
	for _, lang := range []string{"cy", "en"} {
		for _, style := range []string{"standard", "large-print", "a4"} {
			p, err := Pack(g, lang, mustStyle(t, style), PackOptions{Stages: []string{"discharge", "recovery"}, Name: "Jo Jones"})
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, booklet{"pack " + style, lang, p})
		}
		for _, style := range []string{"a4", "large-print"} {
			for _, s := range g.Stages {
				opts := LeafletOptions{Format: SheetA4}
				if style == "large-print" {
					opts.Area = "powys"
				}
				p, err := Leaflet(g, s.ID, lang, mustStyle(t, style), opts)
				if err != nil {
					t.Fatal(err)
				}
				out = append(out, booklet{"sheet " + s.ID + " " + style, lang, p})
			}
		}
	}
	return out
}

func checkLogo(t *testing.T, name string, plan *Plan, p *Page, it Item) {
	t.Helper()
	st := plan.Style
	if it.Image == nil || it.Role != RoleLogo || it.Alt == "" {
		t.Errorf("%s: page %d: logo item without image, role or alt: %+v", name, p.Number, it)
	}
	if it.H > st.LogoHeight+eps || it.H < 8-eps || math.Abs(it.W-it.H) > 1e-6 {
		t.Errorf("%s: page %d: logo %.1f × %.1f mm, want square, 8 to %g mm", name, p.Number, it.W, it.H, st.LogoHeight)
	}
	for _, o := range p.Items {
		if o.Kind != TextLine || o.Text() == "" {
			continue
		}
		if o.X < it.X+it.W-eps && it.X < o.X+o.W-eps && o.Y < it.Y+it.H-eps && it.Y < o.Y+o.H-eps {
			t.Errorf("%s: page %d: logo at %.1f,%.1f %.1fx%.1f overlaps %q at %.1f,%.1f %.1fx%.1f",
				name, p.Number, it.X, it.Y, it.W, it.H, o.Text(), o.X, o.Y, o.W, o.H)
		}
	}
}

// TestColumnsLogosSameSize: in a Columns edition the logos of the two
// languages are the same size on every page: neither language's is more
// prominent.
func TestColumnsLogosSameSize(t *testing.T) {
	n := 0
	for _, c := range biEditions(t) {
		if c.ed.Layout != Columns || c.guide.ID != "cjs-wales" {
			continue
		}
		for i, p := range c.ed.Halves[0].Pages {
			a, b := logoOn(p), logoOn(c.ed.Halves[1].Pages[i])
			if a == nil && b == nil {
				continue
			}
			n++
			if a == nil || b == nil || math.Abs(a.H-b.H) > 1e-6 || math.Abs(a.W-b.W) > 1e-6 {
				t.Errorf("%s: page %d: logos %v and %v, want the same size", c.name, p.Number, a, b)
			}
		}
	}
	if n < 6 {
		t.Errorf("only %d pages with logos in Columns editions", n)
	}
}

func logoOn(p *Page) *Item {
	for _, it := range p.Items {
		if it.Kind == Picture {
			return &it
		}
	}
	return nil
}
