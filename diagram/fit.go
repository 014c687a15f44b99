package diagram

import (
	"cmp"
	"fmt"

	"guidepress/content"
	"guidepress/fonts"
	"guidepress/styles"
)

// Builder lays out a diagram of a guide in a language, style and width:
// Recovery or Wheel.
type Builder func(g *content.Guide, lang string, st *styles.Style, fam *fonts.Family, width float64) (*Geometry, error)

// ByName is the builder of the diagram named id: "wheel" or "recovery".
func ByName(id string) Builder {
	if id == "wheel" {
		return Wheel
	}
	return Recovery
}

// widthShares are the widths, as shares of the width available, a
// diagram is tried at: a narrower figure is shorter, though its legend
// wraps to more lines.
var widthShares = []float64{1, 0.9, 0.8, 0.7, 0.6}

// Fit lays out a diagram, figure and legend together, no taller than
// room with gap above each of its Parts (the space a page layout puts
// there): at the style's sizes when it fits, else with its text a half
// point smaller at a time, down to the style's smallest size, trying at
// each size a narrower figure. whole is false when nothing fits: the
// diagram is then the shortest whose figure alone (without the legend,
// which may continue on the next page) fits room. It is an error only
// when not even the figure fits.
func Fit(build Builder, g *content.Guide, lang string, st *styles.Style, fam *fonts.Family, width, room, gap float64) (geo *Geometry, whole bool, err error) {
	var short *Geometry
	var first error // the first error, kept for when no layout is made
	built := false
	for size := st.BodySize; size >= st.MinSize-1e-9; size -= 0.5 {
		sst := scaled(st, size)
		for _, share := range widthShares {
			geo, err := build(g, lang, sst, fam, share*width)
			if err != nil {
				first = cmp.Or(first, err)
				continue
			}
			built = true
			parts := geo.Parts()
			if geo.Height+gap*float64(len(parts)) <= room+1e-6 {
				return geo, true, nil
			}
			if gap+parts[0].Height <= room+1e-6 && (short == nil || geo.Height < short.Height) {
				short = geo
			}
		}
	}
	if !built {
		return nil, false, first
	}
	if short == nil {
		return nil, false, fmt.Errorf("it does not fit in the %.0f mm of the page's text area, even at %gpt", room, st.MinSize)
	}
	return short, false, nil
}

// scaled is st with its body text at size and its headings smaller in
// proportion, none below the style's smallest size.
func scaled(st *styles.Style, size float64) *styles.Style {
	if size >= st.BodySize {
		return st
	}
	s := *st
	k := size / st.BodySize
	down := func(v float64) float64 { return max(v*k, st.MinSize) }
	s.BodySize = size
	s.Headings = styles.Headings{Cover: down(st.Headings.Cover), Chapter: down(st.Headings.Chapter),
		Section: down(st.Headings.Section), Sub: down(st.Headings.Sub)}
	return &s
}
