// Package styles holds the page styles a guide is printed in: page size,
// margins, text sizes, line height and black-and-white-safe colours. Three
// presets are embedded (standard, large-print, a4); a user's style file in
// the same YAML form is validated strictly, with every problem reported at
// its file:line:col.
package styles

import (
	"fmt"
	"math"

	"guidepress/fonts"
)

// PtToMM converts a size in points to millimetres.
const PtToMM = 25.4 / 72

// Style is everything about how a guide's pages look. Lengths are in
// millimetres and text sizes in points.
type Style struct {
	// Name is the preset's name, or the style file's base name.
	Name string
	// File is the style file it was loaded from; "" for a preset.
	File string
	// PageWidth and PageHeight are the trimmed page size.
	PageWidth, PageHeight float64
	// Margins bound everything printed on a page, headers and footers too.
	Margins Margins
	// BodySize is the size of running text (at least 12pt).
	BodySize float64
	// LineHeight is the distance between baselines as a multiple of the
	// text size.
	LineHeight float64
	// MinSize is the smallest text printed anywhere (headers, footers,
	// notes).
	MinSize float64
	// Headings are the sizes of the cover title and the heading levels.
	Headings Headings
	// Colours are the ink colours; all survive black-and-white copying.
	Colours Colours
	// LogoHeight is the height of the organisation's logo on covers, in
	// millimetres; its width follows in proportion, within the text width.
	LogoHeight float64
	// Grey is set by Greyscale: images are printed in grey too.
	Grey bool
	// Fonts are a user's TrueType files; empty means the embedded Go fonts.
	// Paths are resolved against the style file's folder.
	Fonts FontFiles
}

// Margins are the distances from each page edge, in millimetres.
type Margins struct {
	Top, Bottom, Left, Right float64
}

// Headings are text sizes in points.
type Headings struct {
	// Cover is the title on the cover.
	Cover float64
	// Chapter is each chapter's title.
	Chapter float64
	// Section is each section's heading.
	Section float64
	// Sub is a sub-heading inside a section body.
	Sub float64
}

// Colour is an RGB ink colour.
type Colour struct{ R, G, B uint8 }

// Colours are the inks a style uses. Meaning never depends on colour:
// call-outs are marked by thick black borders, not by tint alone.
type Colours struct {
	// Text is running text and headings.
	Text Colour
	// Muted is headers, footers and small notes; still high contrast.
	Muted Colour
	// Tint is a light background (behind code, under a call-out's heading).
	Tint Colour
	// Rule is lines, bars and borders.
	Rule Colour
}

// FontFiles are paths to a user's TrueType faces; bold and italic faces
// fall back to regular when empty.
type FontFiles struct {
	Regular, Bold, Italic, BoldItalic string
}

// TextWidth is the width between the left and right margins.
func (s *Style) TextWidth() float64 { return s.PageWidth - s.Margins.Left - s.Margins.Right }

// TextHeight is the height between the top and bottom margins.
func (s *Style) TextHeight() float64 { return s.PageHeight - s.Margins.Top - s.Margins.Bottom }

// Leading returns the distance between baselines, in millimetres, of text
// of size pt.
func (s *Style) Leading(size float64) float64 { return size * s.LineHeight * PtToMM }

// Family returns the style's font family: the user's files when the style
// names them, else the embedded Go fonts.
func (s *Style) Family() (*fonts.Family, error) {
	if s.Fonts.Regular == "" {
		return fonts.Default(), nil
	}
	f, err := fonts.Load(s.Fonts.Regular, s.Fonts.Bold, s.Fonts.Italic, s.Fonts.BoldItalic)
	if err != nil {
		return nil, fmt.Errorf("style %s: %w", s.Name, err)
	}
	return f, nil
}

// Grey returns the colour's relative luminance, 0 (black) to 1 (white), as
// a black-and-white copier sees it.
func (c Colour) Grey() float64 { return luminance(c) }

// String writes the colour as #RRGGBB.
func (c Colour) String() string { return fmt.Sprintf("#%02X%02X%02X", c.R, c.G, c.B) }

// PageName names the style's page size as a style file may give it ("A4",
// "A5", "letter"…), upright and within a millimetre, or "" for a size of
// its own.
func (st *Style) PageName() string {
	for name, wh := range pageSizes {
		if math.Abs(st.PageWidth-wh[0]) < 1 && math.Abs(st.PageHeight-wh[1]) < 1 {
			return name
		}
	}
	return ""
}
