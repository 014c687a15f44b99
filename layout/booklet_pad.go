package layout

// padBooklet makes a booklet's page count a multiple of 4, as a
// saddle-stitched booklet needs, by inserting ruled Notes pages (the
// leaflet's Notes page, with the booklet's header) before the back cover,
// so that the back cover stays the last page and lands on the outside
// when the booklet is folded. The first Notes page is bookmarked. A half
// of a tête-bêche edition is padded to at least b.minPages, the other
// half's length.
func (b *builder) padBooklet(pages []*Page) []*Page {
	total := max(roundUp4(len(pages)), b.minPages)
	if total == len(pages) {
		return pages
	}
	if b.chrome.headers != nil {
		title := b.label("notes", nil)
		b.chrome.headers[notesID] = b.chromeLine(title, b.w)
	}
	at := len(pages) - 1 // the back cover's first page
	for at > 0 && pages[at-1].Chapter == backID {
		at--
	}
	back := pages[at:]
	out := append([]*Page(nil), pages[:at]...)
	limit := b.chrome.area.bottom - 0.5*b.d.lead // clear of the footer's rule
	for len(out)+len(back) < total {
		out = append(out, b.notesPage(len(out)+1, limit, len(out) == at))
	}
	for _, p := range back {
		p.Number = len(out) + 1
		out = append(out, p)
	}
	return out
}
