package styles

import (
	"math"
	"testing"
)

// TestGreyscale turns every colour into the grey of the same luminance,
// leaves the original alone, marks the name once, and keeps greys as they
// are.
func TestGreyscale(t *testing.T) {
	st, err := Preset("standard")
	if err != nil {
		t.Fatal(err)
	}
	st.Colours = Colours{Text: Colour{0, 0, 0x80}, Muted: Colour{0x80, 0, 0}, Tint: Colour{0xE8, 0xF0, 0xE0}, Rule: Colour{0x26, 0x26, 0x26}}
	orig := *st
	grey := st.Greyscale()
	if *st != orig {
		t.Error("Greyscale changed the original style")
	}
	if grey.Name != "standard+grey" || grey.Greyscale().Name != "standard+grey" {
		t.Errorf("names %q, %q", grey.Name, grey.Greyscale().Name)
	}
	for _, c := range [][2]Colour{{orig.Colours.Text, grey.Colours.Text}, {orig.Colours.Muted, grey.Colours.Muted},
		{orig.Colours.Tint, grey.Colours.Tint}, {orig.Colours.Rule, grey.Colours.Rule}} {
		from, to := c[0], c[1]
		if to.R != to.G || to.G != to.B {
			t.Errorf("%s became %s, not a grey", from, to)
		}
		if d := math.Abs(from.Grey() - to.Grey()); d > 0.005 {
			t.Errorf("%s (luminance %.3f) became %s (luminance %.3f)", from, from.Grey(), to, to.Grey())
		}
	}
	if grey.Colours.Rule != orig.Colours.Rule {
		t.Errorf("grey %s changed to %s", orig.Colours.Rule, grey.Colours.Rule)
	}
}
