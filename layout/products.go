package layout

import (
	"errors"
	"fmt"

	"guidepress/compose"
	"guidepress/content"
	"guidepress/styles"
)

// Format is how a leaflet is printed.
type Format string

const (
	// FoldedA5 is a leaflet printed as a small booklet: pages printed two
	// to a sheet and folded, so the page count is padded to a multiple of
	// 4 with ruled Notes pages. Its front panel is a cover page of its
	// own. It is the default format.
	FoldedA5 Format = "a5-fold"
	// SheetA4 is one A4 sheet printed on both sides: two pages, the front
	// panel at the top of the first. Content that does not fit is refused.
	SheetA4 Format = "a4"
)

// Formats are the leaflet formats, the default first.
var Formats = []Format{FoldedA5, SheetA4}

// ParseFormat returns the format named s; "" is the default, FoldedA5.
func ParseFormat(s string) (Format, error) {
	if s == "" {
		return FoldedA5, nil
	}
	for _, f := range Formats {
		if string(f) == s {
			return f, nil
		}
	}
	return "", fmt.Errorf("unknown leaflet format %q (formats: %s, %s)", s, FoldedA5, SheetA4)
}

// ErrTooLong is wrapped by the error Leaflet returns when a stage does not
// fit the format's pages.
var ErrTooLong = errors.New("too long for the a4 format")

// ErrNotA4 is wrapped by the error Leaflet returns when the SheetA4 format
// is asked of a style whose pages are not A4.
var ErrNotA4 = errors.New("the a4 format needs a style with A4 pages")

// LeafletOptions choose a leaflet's format and contacts.
type LeafletOptions struct {
	// Format is the leaflet's format; "" is FoldedA5.
	Format Format
	// Area is a health board area's id or name (see compose.FindArea):
	// contacts limited to other areas are left out. "" keeps every
	// contact.
	Area string
}

// PackOptions choose what a discharge pack holds and who it is for.
type PackOptions = compose.PackOptions

// Booklet composes the booklet of g in lang (compose.Booklet) and lays
// it out in st.
func Booklet(g *content.Guide, lang string, st *styles.Style) (*Plan, error) {
	return AreaBooklet(g, lang, st, "")
}

// AreaBooklet composes the booklet of g in lang for area, an area's id
// or name (compose.AreaBooklet: its contacts only, its name on the
// cover; "" for every area), and lays it out in st.
func AreaBooklet(g *content.Guide, lang string, st *styles.Style, area string) (*Plan, error) {
	p, err := compose.AreaBooklet(g, lang, area)
	if err != nil {
		return nil, err
	}
	return Single(p, st)
}

// Leaflet composes the leaflet of stage stageID in lang
// (compose.Leaflet) in opts' format and area, and lays it out in st.
func Leaflet(g *content.Guide, stageID, lang string, st *styles.Style, opts LeafletOptions) (*Plan, error) {
	p, err := leafletProduct(g, stageID, lang, st, opts)
	if err != nil {
		return nil, err
	}
	return Single(p, st)
}

// leafletProduct composes a leaflet in the format opts names, which must
// suit st.
func leafletProduct(g *content.Guide, stageID, lang string, st *styles.Style, opts LeafletOptions) (*compose.Product, error) {
	format, err := ParseFormat(string(opts.Format))
	if err != nil {
		return nil, fmt.Errorf("lay out the leaflet: %w", err)
	}
	if format == SheetA4 && st != nil && st.PageName() != "A4" {
		return nil, fmt.Errorf("lay out the leaflet: %w; style %s is %g × %g mm", ErrNotA4, st.Name, st.PageWidth, st.PageHeight)
	}
	return compose.Leaflet(g, stageID, lang, format == SheetA4, opts.Area)
}

// Pack composes a discharge pack of g in lang (compose.Pack) and lays it
// out in st. The name appears only on the cover: not in the PDF's
// document information, bookmarks or any error.
func Pack(g *content.Guide, lang string, st *styles.Style, opts PackOptions) (*Plan, error) {
	p, err := compose.Pack(g, lang, opts)
	if err != nil {
		return nil, err
	}
	return Single(p, st)
}
