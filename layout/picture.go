package layout

import (
	"guidepress/compose"
	"guidepress/content"
	"guidepress/fonts"
)

// picture adds an image of a body with its caption under it, kept on
// one page: they move to the next page together when they do not fit
// the space left on this one. The image is as wide as the column, but
// never wider than its pixels printed at 150 per inch (so it is never
// blurred), and less tall than a page's text area with its caption.
func (f *flow) picture(b compose.Block, o textOpts) {
	gap := 0.3 * f.d.lead
	fig := f.figure(b.Alt)
	var capRows []row
	if b.Text != "" {
		cf := &flow{m: f.m, st: f.st, d: f.d, x: o.x, w: o.w, ref: f.ref, tags: f.tags, parent: f.parent}
		cf.text(plain(b.Text, fonts.Regular), textOpts{size: f.st.BodySize, role: RoleCaption, space: gap, keep: true})
		capRows = cf.rows
	}
	room := f.room - stackHeight(capRows) - gap - f.keptAbove()
	if len(capRows) > 0 {
		room -= gap
	}
	w, h := pictureSize(b.Image, o.w, room)
	f.add(row{h: h, space: o.space, items: []Item{{Kind: Picture, Role: RoleImage,
		X: o.x, W: w, H: h, Image: b.Image, Alt: b.Alt, Ref: f.ref, Tag: fig}}})
	for _, r := range capRows {
		r.glue = true
		f.add(r)
	}
}

// keptAbove is the height of the rows the next row will be glued to
// (a heading over it), with their spaces; 0 when it is not kept.
func (f *flow) keptAbove() float64 {
	if f.keep == 0 {
		return 0
	}
	h := 0.0
	for k := len(f.rows) - 1; k >= 0; k-- {
		h += f.rows[k].h + f.rows[k].space
		if !f.rows[k].glue {
			break
		}
	}
	return h
}

// pictureSize is the printed size in mm of img: its size at 150 pixels
// per inch, made smaller to fit within width and height.
func pictureSize(img *content.Image, width, height float64) (w, h float64) {
	w, h = float64(img.Width)*content.SharpWidth, float64(img.Height)*content.SharpWidth
	if w > width {
		w, h = width, h*width/w
	}
	if h > height && height > 0 {
		w, h = w*height/h, height
	}
	return w, h
}
