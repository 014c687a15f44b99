package layout

import (
	"guidepress/typeset"
	"strconv"

	"guidepress/compose"
	"guidepress/fonts"
)

// pageNumber names the item holding a contents entry's page number.
const pageNumber = "page-number"

// contentsEntry adds a contents entry to f, in text of size pt, space
// below what is above it: its title on the left and, once fillContents
// has run, its page number on the right. The numbers' column has a fixed
// width, so the contents' own length is known before any chapter is
// placed.
func (b *builder) contentsEntry(f *flow, c compose.Entry, size, space float64) {
	numW := b.m.Width("000", fonts.Bold, size)
	gap := b.d.indent
	idx := f.text(plain(c.Title, fonts.Regular), textOpts{size: size, role: RoleContents, space: space,
		x: b.x, w: b.w - numW - gap, keep: true, typ: TagTOCI})
	for _, k := range idx {
		f.rows[k].items[0].Ref = c.ID
	}
	first := &f.rows[idx[0]]
	first.items = append(first.items, Item{Kind: TextLine, Role: RoleContents, Name: pageNumber,
		X: b.x + b.w - numW, W: numW, H: first.h, Size: size, Ref: c.ID, Tag: first.items[0].Tag,
		Spans: []typeset.Span{{Text: "", Face: fonts.Bold, X: b.x + b.w - numW}}})
}

// fillContents writes each chapter's first page into the contents and
// points every contents line at that page.
func (b *builder) fillContents(pages []*Page, chapters []Chapter) {
	at := map[string]int{}
	for _, c := range chapters {
		at[c.ID] = c.Page
	}
	right := b.x + b.w
	for _, p := range pages {
		for i := range p.Items {
			it := &p.Items[i]
			if it.Role != RoleContents {
				continue
			}
			it.Target = at[it.Ref]
			if it.Name == pageNumber {
				n := strconv.Itoa(it.Target)
				w := b.m.Width(n, fonts.Bold, it.Size)
				it.X, it.W = right-w, w
				it.Spans[0].Text, it.Spans[0].X, it.Spans[0].W = n, right-w, w
			}
		}
	}
}
