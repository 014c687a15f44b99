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
	w, h := logoSize(img.Width, img.Height, b.st.LogoHeight, f.w)
	f.add(row{h: h, space: space, items: []Item{logoItem(img, alt, f.x, w, h, f.ref)}})
	f.keep = 1
}

// besideLogo adds rows to f with mk and, when bs hold a logo, stands it
// at the right of those rows, its foot level with the foot of the last
// row, where the lines it stands beside leave it room: so the logo takes
// no height of its own on a crowded page (a one-sheet leaflet's front, a
// pack's cover). It is the style's LogoHeight tall (less when it would be
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
	for lh := b.st.LogoHeight; ; lh *= 0.9 {
		w, h := logoSize(img.Width, img.Height, max(lh, styles.MinLogoHeight), f.w/3)
		x := f.x + f.w - w
		if h <= bottom+eps && roomBeside(rows, tops, bottom-h, x-gap) {
			i := 0
			for i+1 < len(rows) && tops[i+1] <= bottom-h+eps {
				i++
			}
			it := logoItem(img, alt, x, w, h, f.ref)
			it.Y = bottom - h - tops[i]
			rows[i].items = append(rows[i].items, it)
			return
		}
		if lh <= styles.MinLogoHeight {
			break
		}
	}
	b.logo(f, bs, 0.3*b.d.lead)
}

// roomBeside reports whether every line of rows (whose tops are tops)
// that reaches below top ends left of right.
func roomBeside(rows []row, tops []float64, top, right float64) bool {
	for i, r := range rows {
		if tops[i]+r.h <= top+eps {
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
