package diagram

import (
	"fmt"
	"testing"

	"guidepress/fonts"
	"guidepress/internal/testguide"
)

// TestFitKeepsSizesWhenThereIsRoom: with room to spare, a diagram is laid
// out exactly as at the style's sizes and the full width.
func TestFitKeepsSizesWhenThereIsRoom(t *testing.T) {
	g := guide(t)
	for _, name := range []string{"standard", "large-print"} {
		st := preset(t, name)
		for kind, build := range kinds {
			want, err := build(g, "cy", st, fonts.Default(), st.TextWidth())
			if err != nil {
				t.Fatal(err)
			}
			got, whole, err := Fit(kind, g, "cy", st, fonts.Default(), st.TextWidth(), 1000)
			if err != nil || !whole || got.Height != want.Height || len(got.Labels) != len(want.Labels) {
				t.Errorf("%s %s: whole %v, height %.1f, want %.1f (%v)", kind, name, whole, got.Height, want.Height, err)
			}
		}
	}
}

// TestFitLongLabels fits the recovery diagram into less room than it
// takes at the style's sizes: with long titles (the shaped guide's) in
// both languages in the standard style, whose text may be set down to
// 10pt, and the default guide's Welsh in large print, whose smallest size
// is its body size, so only the figure can narrow. Figure and legend fit
// together, no text is below the style's smallest size, and the legend
// keeps the whole width.
func TestFitLongLabels(t *testing.T) {
	for _, c := range []struct {
		style  string
		shaped bool
		share  float64 // of the width, for the figure at the smallest size
		langs  []string
	}{{"standard", true, 1, langs}, {"large-print", false, 0.85, []string{"cy"}}} {
		g := guide(t)
		if c.shaped {
			g = testguide.Shaped(t)
		}
		st := preset(t, c.style)
		w := st.TextWidth()
		for _, lang := range c.langs {
			full, err := Recovery(g, lang, st, fonts.Default(), w)
			if err != nil {
				t.Fatal(err)
			}
			small, err := recovery(g, lang, scaled(st, st.MinSize), fonts.Default(), w, c.share*w, false)
			if err != nil {
				t.Fatal(err)
			}
			if small.Height >= full.Height {
				t.Fatalf("%s %s: smaller or narrower is %.1f mm tall, not less than %.1f", c.style, lang, small.Height, full.Height)
			}
			room := (small.Height + full.Height) / 2
			geo, whole, err := Fit("recovery", g, lang, st, fonts.Default(), w, room)
			if err != nil || !whole || geo.Height > room {
				t.Fatalf("%s %s: whole %v, %.1f mm tall in %.1f (%v)", c.style, lang, whole, geo.Height, room, err)
			}
			for _, l := range geo.Labels {
				if l.Size < st.MinSize {
					t.Errorf("%s %s: label %s at %gpt, below %gpt", c.style, lang, l.ID, l.Size, st.MinSize)
				}
			}
			if geo.Width != w {
				t.Errorf("%s %s: the legend is %.1f mm wide, not %.1f", c.style, lang, geo.Width, w)
			}
		}
	}
}

// TestFitNumbersOnly: the shaped guide's recovery diagram in Welsh large
// print, whose long titles make circles too big for figure and legend to
// share a page at 16pt (the style's smallest size), fits with only the
// numbers in its circles; the legend still gives every title.
func TestFitNumbersOnly(t *testing.T) {
	g := testguide.Shaped(t)
	st := preset(t, "large-print")
	w := st.TextWidth()
	full, err := Recovery(g, "cy", st, fonts.Default(), w)
	if err != nil {
		t.Fatal(err)
	}
	room := 230.0
	if full.Height <= room {
		t.Fatalf("the diagram is %.0f mm tall, no taller than %.0f: the test checks nothing", full.Height, room)
	}
	geo, whole, err := Fit("recovery", g, "cy", st, fonts.Default(), w, room)
	if err != nil || !whole || geo.Height > room {
		t.Fatalf("whole %v, %.1f mm tall in %.1f (%v)", whole, geo.Height, room, err)
	}
	texts := map[string]string{}
	for _, l := range geo.Labels {
		texts[l.ID] = l.Text
	}
	for i, c := range g.Recovery.Components {
		n := fmt.Sprint(i + 1)
		if texts["component-"+n+"-title"] != n || texts["legend-"+n+"-title"] != c.Title.Get("cy") {
			t.Errorf("component %s: circle %q, legend %q", n, texts["component-"+n+"-title"], texts["legend-"+n+"-title"])
		}
	}
}

// TestFitTooTall: in less room than figure and legend need in every way
// (even with numbers only in the circles), a figure with its titles still
// fits, the legend to run on.
func TestFitTooTall(t *testing.T) {
	g := testguide.Shaped(t)
	st := preset(t, "standard")
	w := st.TextWidth()
	full, err := Recovery(g, "cy", st, fonts.Default(), w)
	if err != nil {
		t.Fatal(err)
	}
	room := full.Height
	for _, share := range figureShares { // the shortest with numbers only
		numbers, err := recovery(g, "cy", scaled(st, st.MinSize), fonts.Default(), w, share*w, true)
		if err != nil {
			t.Fatal(err)
		}
		room = min(room, numbers.Height-1)
	}
	geo, whole, err := Fit("recovery", g, "cy", st, fonts.Default(), w, room)
	if err != nil || whole || geo.Parts()[0].Height > room || geo.Height <= room {
		t.Fatalf("whole %v, figure %.1f mm tall in %.1f (%v)", whole, geo.Parts()[0].Height, room, err)
	}
}
