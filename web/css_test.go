package web

import (
	"math"
	"regexp"
	"strconv"
	"testing"

	"guidepress/styles"
)

// TestStylesheetContrast: every text colour the stylesheet sets has a
// contrast of at least 7:1 (WCAG AAA, as the print styles) with white,
// and every background it sets at least 7:1 with the text colour, in
// each preset style's inks.
func TestStylesheetContrast(t *testing.T) {
	decl := regexp.MustCompile(`(?:^|[;{\s])(color|background):\s*(#[0-9A-Fa-f]{6})`)
	for _, name := range styles.Names() {
		st, err := styles.Resolve(name)
		if err != nil {
			t.Fatal(err)
		}
		text := st.Colours.Text.String()
		sheet := string(css(st))
		found := 0
		for _, m := range decl.FindAllStringSubmatch(sheet, -1) {
			found++
			other := "#FFFFFF"
			if m[1] == "background" {
				other = text
			}
			if r := contrast(m[2], other); r < 7 {
				t.Errorf("%s: %s %s has a contrast of %.1f:1 with %s", name, m[1], m[2], r, other)
			}
		}
		if found < 4 {
			t.Errorf("%s: found %d colours in the stylesheet: the test no longer reads it", name, found)
		}
	}
}

// contrast is the WCAG contrast ratio of two #RRGGBB colours.
func contrast(a, b string) float64 {
	la, lb := luminance(a), luminance(b)
	return (math.Max(la, lb) + 0.05) / (math.Min(la, lb) + 0.05)
}

// luminance is a #RRGGBB colour's relative luminance.
func luminance(c string) float64 {
	v, _ := strconv.ParseUint(c[1:], 16, 32)
	ch := func(x uint64) float64 {
		s := float64(x) / 255
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*ch(v>>16&0xFF) + 0.7152*ch(v>>8&0xFF) + 0.0722*ch(v&0xFF)
}
