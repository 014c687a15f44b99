package layout

import (
	"guidepress/compose"
	"guidepress/content"
	"guidepress/styles"
)

// logoOf returns the image of the logo among bs, or nil.
func logoOf(bs []compose.Block) (*content.Image, string) {
	for _, bl := range bs {
		if bl.Kind == compose.Logo && bl.Image != nil {
			return bl.Image, bl.Alt
		}
	}
	return nil, ""
}

// logo adds the organisation's logo among bs, if there is one, to f as
// a row of its own at the flow's left edge: the style's LogoHeight tall
// and as wide as its proportions make it, or less tall when that would
// be wider than the flow. The row after it is kept on its page.
func (b *builder) logo(f *flow, bs []compose.Block, space float64) {
	img, alt := logoOf(bs)
	if img == nil {
		return
	}
	w, h := logoSize(img.Width, img.Height, b.logoHeight(), f.w)
	b.logoUsed = h
	it := logoItem(img, alt, f.x, w, h, f.ref)
	it.Tag = f.figure(alt)
	f.add(row{h: h, space: space, items: []Item{it}})
	f.keep = 1
}

// besideLogo adds rows to f with mk and, when bs hold a logo, stands it
// at the right of those rows, its foot level with the foot of the
// lowest row it can, where the lines it stands beside leave it room: so
// the logo takes no height of its own on a crowded page (a one-sheet
// leaflet's front, a pack's cover). It is the style's LogoHeight tall (less when it would be
// wider than a third of the flow), or smaller, a tenth at a time down to
// styles.MinLogoHeight, until it fits beside the lines; when it does not
// fit even then, it goes on a row of its own under them.
func (b *builder) besideLogo(f *flow, bs []compose.Block, mk func(f *flow)) {
	start := len(f.rows)
	mk(f)
	img, alt := logoOf(bs)
	if img == nil {
		return
	}
	rows := f.rows[start:]
	tops := make([]float64, len(rows))
	bottom := 0.0
	for i, r := range rows {
		if i > 0 {
			bottom += r.space
		}
		tops[i] = bottom
		bottom += r.h
	}
	gap := b.d.lead
	for lh := b.logoHeight(); ; lh *= 0.9 {
		w, h := logoSize(img.Width, img.Height, max(lh, styles.MinLogoHeight), f.w/3)
		x := f.x + f.w - w
		for e := len(rows) - 1; e >= 0; e-- {
			foot := tops[e] + rows[e].h
			if h > foot+eps || !roomBeside(rows, tops, foot-h, foot, x-gap) {
				continue
			}
			// Drawn after the lines it stands beside, as it is read.
			last := len(rows) - 1
			it := logoItem(img, alt, x, w, h, f.ref)
			it.Y = foot - h - tops[last]
			it.Tag = f.figure(alt)
			rows[last].items = append(rows[last].items, it)
			b.logoUsed = h
			return
		}
		if lh <= styles.MinLogoHeight {
			break
		}
	}
	cap := b.logoCap
	b.logoCap = styles.MinLogoHeight
	b.logo(f, bs, 0.3*b.d.lead)
	b.logoCap = cap
}

// logoHeight is the height a logo is drawn at: the style's, or less
// when b.logoCap says so.
func (b *builder) logoHeight() float64 {
	if b.logoCap > 0 {
		return min(b.st.LogoHeight, b.logoCap)
	}
	return b.st.LogoHeight
}

// sameLogo makes the logos beside titles in both columns the same size
// (see besideLogo): it runs mk once to learn the height each column's
// logo takes, and caps both at the lower, for the caller to lay the
// part out again. done removes the caps.
func (c *cols) sameLogo(mk func()) (done func()) {
	for _, b := range c.b {
		b.logoCap, b.logoUsed = 0, 0
	}
	mk()
	h := min(c.b[0].logoUsed, c.b[1].logoUsed)
	for _, b := range c.b {
		b.logoCap = h
	}
	return func() {
		for _, b := range c.b {
			b.logoCap = 0
		}
	}
}

// roomBeside reports whether every line of rows (whose tops are tops)
// between top and foot ends left of right.
func roomBeside(rows []row, tops []float64, top, foot, right float64) bool {
	for i, r := range rows {
		if tops[i]+r.h <= top+eps || tops[i] >= foot-eps {
			continue
		}
		for _, it := range r.items {
			if it.X+it.W > right+eps {
				return false
			}
		}
	}
	return true
}

// logoItem is a logo w × h mm at x, at the top of its row.
func logoItem(img *content.Image, alt string, x, w, h float64, ref string) Item {
	return Item{Kind: Picture, Role: RoleLogo, X: x, W: w, H: h, Image: img, Alt: alt, Ref: ref}
}

// logoSize is the printed size in mm of an image of px × py pixels,
// height tall, within width.
func logoSize(px, py int, height, width float64) (w, h float64) {
	w, h = height*float64(px)/float64(py), height
	if w > width {
		w, h = width, width*float64(py)/float64(px)
	}
	return w, h
}
