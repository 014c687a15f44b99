package diagram

import (
	"strings"
	"testing"

	"guidepress/fonts"
)

// TestLongLabelsGrowTheShapes gives the diagrams much longer titles and
// checks they still fit: the circles grow, or the text steps down towards
// (never below) the minimum size.
func TestLongLabelsGrowTheShapes(t *testing.T) {
	g := guide(t)
	for _, c := range g.Recovery.Components {
		c.Title.Values["cy"] = c.Title.Values["cy"] + " ac ymyriadau seicolegol eraill"
	}
	g.Recovery.WheelCentre.Values["cy"] = "Dull Person Cyfan o ofal a thriniaeth"
	g.Recovery.LifeAreas[7].Title.Values["cy"] = strings.Repeat("Triniaeth feddygol a mathau eraill ", 4)
	for _, l := range everyLayout(t, g) {
		if l.lang != "cy" {
			continue
		}
		if err := l.geo.Check(); err != nil {
			t.Errorf("%s: %v", l, err)
		}
		for _, lb := range l.geo.Labels {
			if lb.Size < l.st.MinSize {
				t.Errorf("%s: %s at %gpt, below %gpt", l, lb.ID, lb.Size, l.st.MinSize)
			}
		}
	}
}

// TestUnfittableLabelIsAnError checks a title too long for any circle
// the width allows is refused with the title named, not drawn outside
// its shape.
func TestUnfittableLabelIsAnError(t *testing.T) {
	g := guide(t)
	long := "Hunanreolaethgynhwysfawrcynaliadwyeithafolanhygoel"
	g.Recovery.Components[1].Title.Values["cy"] = long
	st := preset(t, "standard")
	_, err := Recovery(g, "cy", st, fonts.Default(), st.TextWidth())
	if err == nil || !strings.Contains(err.Error(), long) {
		t.Errorf("err = %v, want an error naming %q", err, long)
	}
	g.Recovery.WheelCentre.Values["cy"] = long + long
	if _, err := Wheel(g, "cy", st, fonts.Default(), 60); err == nil || !strings.Contains(err.Error(), long) {
		t.Errorf("wheel err = %v, want an error naming the centre label", err)
	}
}

// TestMissingTextIsAnError checks a component without text in the
// edition's language is refused with its number and id.
func TestMissingTextIsAnError(t *testing.T) {
	g := guide(t)
	delete(g.Recovery.LifeAreas[2].Title.Values, "cy")
	st := preset(t, "standard")
	_, err := Wheel(g, "cy", st, fonts.Default(), st.TextWidth())
	if err == nil || !strings.Contains(err.Error(), "area of life 3 (personal-care)") {
		t.Errorf("err = %v", err)
	}
	g = guide(t)
	g.Recovery.Components = g.Recovery.Components[:2]
	if _, err := Recovery(g, "en", st, fonts.Default(), st.TextWidth()); err == nil || !strings.Contains(err.Error(), "exactly 3") {
		t.Errorf("err = %v", err)
	}
}

// TestCheckCatches breaks a good layout in each way Check guards against.
func TestCheckCatches(t *testing.T) {
	g := guide(t)
	st := preset(t, "standard")
	cases := map[string]func(geo *Geometry){
		"outside its box": func(geo *Geometry) { geo.Labels[0].Lines[0].X += geo.Labels[0].Box.W },
		"not inside its shape": func(geo *Geometry) {
			for i := range geo.Labels {
				if geo.Labels[i].Shape >= 0 {
					geo.Shapes[geo.Labels[i].Shape].R /= 3
					return
				}
			}
		},
		"overlap": func(geo *Geometry) {
			n := len(geo.Labels)
			geo.Labels[n-1].Box = geo.Labels[n-2].Box
			geo.Labels[n-1].Shape = geo.Labels[n-2].Shape
			geo.Labels[n-1].Lines = geo.Labels[n-2].Lines
		},
		"drawn over": func(geo *Geometry) {
			b := geo.Labels[len(geo.Labels)-1].Box
			geo.Shapes = append(geo.Shapes, Shape{ID: "blot", Kind: Circle, X: b.X, Y: b.Y, R: 2, Filled: true})
		},
		"outside the diagram": func(geo *Geometry) { geo.Height /= 2 },
	}
	for want, breakIt := range cases {
		for _, build := range []string{"recovery", "wheel"} {
			geo, err := kinds[build](g, "en", st, fonts.Default(), st.TextWidth())
			if err != nil {
				t.Fatal(err)
			}
			breakIt(geo)
			if err := geo.Check(); err == nil || !strings.Contains(err.Error(), want) {
				t.Errorf("%s, %s: Check() = %v", build, want, err)
			}
		}
	}
}

// TestWrapNeverSplitsWords checks wrapping breaks only at spaces, keeps
// a no-break space, and puts an over-long word on a line of its own.
func TestWrapNeverSplitsWords(t *testing.T) {
	ts := newTypesetter(fonts.Default())
	in := "Cysylltwch â’r tîm\u00a0iechyd meddwl cymunedol"
	got := ts.wrap(in, fonts.Regular, 12, 25)
	if strings.Join(got, " ") != in || !strings.Contains(strings.Join(got, "|"), "tîm\u00a0iechyd") {
		t.Errorf("wrap = %q", got)
	}
	for _, l := range got {
		if w := ts.width(l, fonts.Regular, 12); w > 25 && strings.Contains(l, " ") {
			t.Errorf("line %q is %.1f mm, wider than 25", l, w)
		}
	}
	if got := ts.wrap("a Hunanreolaethgynhwysfawr b", fonts.Regular, 12, 10); len(got) != 3 || got[1] != "Hunanreolaethgynhwysfawr" {
		t.Errorf("over-long word: %q", got)
	}
}
