package diagram

import (
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

// Fit lays out a diagram, figure and legend together, no taller than
// room: at the style's sizes when it fits, else with its text at the
// largest half-point size, down to the style's smallest, at which it
// fits, and at that smallest size narrower (see narrowShares). whole is
// false when it does not fit even at the smallest size:
// the diagram is then at the largest size whose figure alone (without
// the legend, which may continue on the next page) fits room, drawn
// narrower when even the smallest figure is too tall. It is an error
// only when no figure fits.
func Fit(build Builder, g *content.Guide, lang string, st *styles.Style, fam *fonts.Family, width, room float64) (geo *Geometry, whole bool, err error) {
	at := func(steps int) (*Geometry, bool, bool, error) {
		geo, err := build(g, lang, scaled(st, st.BodySize-0.5*float64(steps)), fam, width)
		if err != nil {
			return nil, false, false, err
		}
		return geo, geo.Height <= room+1e-6, geo.Parts()[0].Height <= room+1e-6, nil
	}
	n := int((st.BodySize - st.MinSize) / 0.5) // steps down to the smallest size
	big, fits, figFits, err := at(0)
	if err != nil || fits {
		return big, fits, err
	}
	small, fits, smallFig, err := at(n)
	if err != nil {
		return nil, false, err
	}
	if !fits {
		if geo := narrower(build, g, lang, scaled(st, st.MinSize), fam, width, room); geo != nil {
			return geo, true, nil
		}
	}
	switch {
	case !fits && figFits:
		return big, false, nil
	case !fits && smallFig:
		return small, false, nil
	case !fits:
		return narrowed(build, g, lang, scaled(st, st.MinSize), fam, width, room)
	}
	lo, hi := 0, n // too tall at lo steps down, fits at hi
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		geo, fits, _, err := at(mid)
		if err != nil {
			return nil, false, err
		}
		if fits {
			hi, small = mid, geo
		} else {
			lo = mid
		}
	}
	return small, true, nil
}

// narrowShares are the widths, as shares of the width available, a
// diagram too tall at the smallest size is tried at: a narrower figure
// is shorter, though its legend wraps to more lines.
var narrowShares = []float64{0.9, 0.8, 0.7, 0.6}

// narrower lays out a diagram at st's sizes at the widest of
// narrowShares at which figure and legend fit room (see Fit), or returns
// nil.
func narrower(build Builder, g *content.Guide, lang string, st *styles.Style, fam *fonts.Family, width, room float64) *Geometry {
	for _, share := range narrowShares {
		geo, err := build(g, lang, st, fam, share*width)
		if err != nil {
			continue
		}
		if geo.Height <= room+1e-6 {
			return geo
		}
	}
	return nil
}

// narrowed lays out a diagram at st's sizes, narrowing it until its
// figure (without the legend) is no taller than room.
func narrowed(build Builder, g *content.Guide, lang string, st *styles.Style, fam *fonts.Family, w, room float64) (*Geometry, bool, error) {
	for range 6 {
		geo, err := build(g, lang, st, fam, w)
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
