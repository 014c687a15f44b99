package diagram

import (
	"cmp"
	"fmt"

	"guidepress/content"
	"guidepress/fonts"
	"guidepress/styles"
)

// builder lays out a diagram of a guide in a language and style across
// width millimetres, its figure (the circles, the wheel) no wider than
// figure, centred; with numbers, the recovery diagram's circles hold only
// their numbers (the wheel's segments always do).
type builder func(g *content.Guide, lang string, st *styles.Style, fam *fonts.Family, width, figure float64, numbers bool) (*Geometry, error)

// wheelBuilder is wheel as a builder.
func wheelBuilder(g *content.Guide, lang string, st *styles.Style, fam *fonts.Family, width, figure float64, _ bool) (*Geometry, error) {
	return wheel(g, lang, st, fam, width, figure)
}

// figureShares are the widths, as shares of the width, a figure is tried
// at when the diagram is too tall: a narrower figure is shorter, and its
// legend keeps the whole width.
var figureShares = []float64{1, 0.85, 0.7, 0.6, 0.5}

// Fit lays out diagram id ("recovery" or "wheel") across width
// millimetres, figure and legend together no taller than room: at the
// style's sizes when it fits; else at the largest half-point size, down
// to the style's smallest, at which it fits with its figure narrowed to
// one of figureShares of the width (the legend keeps the whole width);
// else, for the recovery diagram, with only the numbers in its circles
// (the legend gives the titles), at the largest size that fits. whole is
// false when it does not fit even then: the diagram is then at the
// style's sizes when its figure alone (without the legend, which may
// continue on the next page) fits room, else at the smallest size, with
// the figure narrowed until it fits. It is an error only when no figure
// fits.
func Fit(id string, g *content.Guide, lang string, st *styles.Style, fam *fonts.Family, width, room float64) (geo *Geometry, whole bool, err error) {
	build := builder(recovery)
	if id == "wheel" {
		build = wheelBuilder
	}
	var first error // the first error, returned when no layout is made
	// at lays the diagram out steps half points down, with the widest
	// figure that fits room with its legend (nil when none does), and
	// the layout with the full-width figure.
	at := func(steps int, numbers bool) (fits *Geometry, full *Geometry) {
		sst := scaled(st, st.BodySize-0.5*float64(steps))
		for _, share := range figureShares {
			geo, err := build(g, lang, sst, fam, width, share*width, numbers)
			if err != nil {
				first = cmp.Or(first, err)
				continue
			}
			if share == 1 {
				full = geo
			}
			if geo.Height <= room+1e-6 {
				return geo, full
			}
		}
		return nil, full
	}
	n := int((st.BodySize-st.MinSize)/0.5 + 1e-9) // steps down to the smallest size
	big, bigFull := at(0, false)
	if big != nil {
		return big, true, nil
	}
	small, smallFull := at(n, false)
	if small != nil {
		return largest(at, n, small), true, nil
	}
	if id == "recovery" {
		for k := 0; k <= n; k++ {
			if geo, _ := at(k, true); geo != nil {
				return geo, true, nil
			}
		}
	}
	for _, geo := range []*Geometry{bigFull, smallFull} {
		if geo != nil && geo.Parts()[0].Height <= room+1e-6 {
			return geo, false, nil
		}
	}
	if bigFull == nil && smallFull == nil && first != nil {
		return nil, false, first
	}
	return narrowed(build, g, lang, scaled(st, st.MinSize), fam, width, room)
}

// largest searches the sizes between the style's (too tall) and n steps
// down (small fits) for the largest at which the diagram, with its
// titles in the circles, fits.
func largest(at func(int, bool) (*Geometry, *Geometry), n int, small *Geometry) *Geometry {
	lo, hi := 0, n // too tall at lo steps down, fits at hi
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if geo, _ := at(mid, false); geo != nil {
			hi, small = mid, geo
		} else {
			lo = mid
		}
	}
	return small
}

// narrowed lays out a diagram at st's sizes, narrowing its figure until
// it (without the legend) is no taller than room.
func narrowed(build builder, g *content.Guide, lang string, st *styles.Style, fam *fonts.Family, width, room float64) (*Geometry, bool, error) {
	w := width
	for range 8 {
		geo, err := build(g, lang, st, fam, width, w, false)
		if err != nil {
			return nil, false, err
		}
		fig := geo.Parts()[0]
		if fig.Height <= room+1e-6 {
			return geo, false, nil
		}
		w *= 0.98 * room / fig.Height
	}
	return nil, false, fmt.Errorf("it does not fit in the %.0f mm of the page's text area, even at %gpt", room, st.MinSize)
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
