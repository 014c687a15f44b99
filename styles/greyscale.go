package styles

import (
	"math"
	"strings"
)

// GreySuffix ends the name of a style made by Greyscale.
const GreySuffix = "+grey"

// Greyscale returns a copy of s in which every colour is the grey of the
// same relative luminance, so contrast is unchanged and nothing prints in
// colour, whose images print in grey (Grey), and whose name ends with
// GreySuffix. The diagrams take their colours from the style, so they
// turn grey too. Greyscale of a greyscale
// style is the same style.
func (s *Style) Greyscale() *Style {
	c := *s
	c.Colours = Colours{
		Text:  c.Colours.Text.Greyscale(),
		Muted: c.Colours.Muted.Greyscale(),
		Tint:  c.Colours.Tint.Greyscale(),
		Rule:  c.Colours.Rule.Greyscale(),
	}
	c.Grey = true
	if !strings.HasSuffix(c.Name, GreySuffix) {
		c.Name += GreySuffix
	}
	return &c
}

// Greyscale returns the grey (R = G = B) of the same relative luminance
// as c.
func (c Colour) Greyscale() Colour {
	if c.R == c.G && c.G == c.B {
		return c
	}
	l := luminance(c)
	v := 12.92 * l
	if l > 0.0031308 {
		v = 1.055*math.Pow(l, 1/2.4) - 0.055
	}
	g := uint8(math.Round(255 * min(max(v, 0), 1)))
	return Colour{R: g, G: g, B: g}
}
