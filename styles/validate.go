package styles

import (
	"math"

	"gopkg.in/yaml.v3"
)

// Limits a style must keep to. Clear print needs body text of at least
// 12pt; printers and copiers lose text nearer the edge than MinMargin.
const (
	MinBodySize   = 12.0
	MinSmallSize  = 10.0
	MinMargin     = 5.0
	MinTextWidth  = 60.0
	MinTextHeight = 80.0
	MinContrast   = 7.0
)

// validate checks the decoded style's values against the limits.
func (d *decoder) validate(root *yaml.Node) {
	d.root = root
	st := d.st
	d.checkPage()
	d.checkMargins()
	switch {
	case st.BodySize < MinBodySize:
		d.fail("body_size", "body_size %gpt is below the %gpt minimum for clear print", st.BodySize, MinBodySize)
	case st.BodySize > 48:
		d.fail("body_size", "body_size %gpt is above the 48pt maximum", st.BodySize)
	}
	if st.LineHeight < 1.2 || st.LineHeight > 2 {
		d.fail("line_height", "line_height %g must be between 1.2 and 2 (times the text size)", st.LineHeight)
	}
	switch {
	case st.MinSize < MinSmallSize:
		d.fail("min_size", "min_size %gpt is below the %gpt minimum for any printed text", st.MinSize, MinSmallSize)
	case st.MinSize > st.BodySize:
		d.fail("min_size", "min_size %gpt is larger than body_size %gpt", st.MinSize, st.BodySize)
	}
	d.checkHeadings()
	d.checkColours()
	d.checkLogo()
}

// fail records an error about key at its node. A value the file did not
// give came from the preset named by based_on: the error is placed there
// and says so.
func (d *decoder) fail(key, format string, args ...any) {
	n := d.nodes[key]
	if n == nil {
		n = d.root
		if b := d.nodes["based_on"]; b != nil {
			n = b
			format += " (" + key + " comes from preset " + d.base + ")"
		}
	}
	d.r.Errorf(n, format, args...)
}

func (d *decoder) checkPage() {
	for _, v := range []struct {
		key string
		val float64
	}{{"page width", d.st.PageWidth}, {"page height", d.st.PageHeight}} {
		if v.val < 50 || v.val > 1000 {
			key := v.key
			if d.nodes[key] == nil {
				key = "page"
			}
			d.fail(key, "%s %g mm must be between 50 and 1000 mm", v.key, v.val)
		}
	}
}

func (d *decoder) checkMargins() {
	m := d.st.Margins
	bad := false
	for _, v := range []struct {
		key string
		val float64
	}{{"top", m.Top}, {"bottom", m.Bottom}, {"left", m.Left}, {"right", m.Right}} {
		if v.val < MinMargin {
			d.fail("margins."+v.key, "margins.%s %g mm is less than the %g mm that printers and copiers need", v.key, v.val, MinMargin)
			bad = true
		}
	}
	w, h := d.st.TextWidth(), d.st.TextHeight()
	if !bad && (w < MinTextWidth || h < MinTextHeight) {
		d.fail("margins", "margins leave a text area of %g × %g mm on a %g × %g mm page; at least %g × %g mm is needed",
			round1(w), round1(h), d.st.PageWidth, d.st.PageHeight, MinTextWidth, MinTextHeight)
	}
}

func (d *decoder) checkHeadings() {
	h := d.st.Headings
	for _, v := range []struct {
		key string
		val float64
	}{{"cover", h.Cover}, {"chapter", h.Chapter}, {"section", h.Section}, {"sub", h.Sub}} {
		switch {
		case v.val < d.st.BodySize:
			d.fail("headings."+v.key, "headings.%s %gpt is smaller than body_size %gpt", v.key, v.val, d.st.BodySize)
		case v.val > 96:
			d.fail("headings."+v.key, "headings.%s %gpt is above the 96pt maximum", v.key, v.val)
		}
	}
}

func (d *decoder) checkColours() {
	c := d.st.Colours
	white := Colour{255, 255, 255}
	textOK := contrast(c.Text, white) >= MinContrast
	for _, v := range []struct {
		key string
		col Colour
	}{{"text", c.Text}, {"muted", c.Muted}, {"rule", c.Rule}} {
		if r := contrast(v.col, white); r < MinContrast {
			d.fail("colours."+v.key, "colours.%s %s has a contrast of %.1f:1 with white paper; at least %g:1 is needed to survive black-and-white copying",
				v.key, v.col, r, MinContrast)
		}
	}
	if r := contrast(c.Text, c.Tint); textOK && r < MinContrast {
		d.fail("colours.tint", "colours.tint %s leaves text in %s a contrast of %.1f:1; at least %g:1 is needed",
			c.Tint, c.Text, r, MinContrast)
	}
}

// luminance is the relative luminance of c (WCAG 2).
func luminance(c Colour) float64 {
	ch := func(v uint8) float64 {
		s := float64(v) / 255
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*ch(c.R) + 0.7152*ch(c.G) + 0.0722*ch(c.B)
}

// contrast is the WCAG contrast ratio of two colours, 1 to 21.
func contrast(a, b Colour) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

func round1(v float64) float64 { return math.Round(v*10) / 10 }

// Limits of logo_height, in millimetres, and the height a style that
// does not set it gets.
const (
	MinLogoHeight     = 8.0
	MaxLogoHeight     = 60.0
	DefaultLogoHeight = 18.0
)

// checkLogo checks logo_height, or gives it the default when the style
// does not set it.
func (d *decoder) checkLogo() {
	switch h := d.st.LogoHeight; {
	case h == 0 && d.nodes["logo_height"] == nil:
		d.st.LogoHeight = DefaultLogoHeight
	case h < MinLogoHeight || h > MaxLogoHeight:
		d.fail("logo_height", "logo_height %gmm must be between %g and %gmm", h, MinLogoHeight, MaxLogoHeight)
	case h > d.st.TextHeight()/3:
		d.fail("logo_height", "logo_height %gmm is over a third of the text area's height (%.0fmm)", h, d.st.TextHeight())
	}
}
