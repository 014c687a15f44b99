package layout

import (
	"fmt"

	"guidepress/compose"
)

// notesID is the chapter id of a leaflet's Notes pages.
const notesID = "notes"

// endLeaflet finishes a leaflet's pages: it adds ruled Notes pages until
// the page count suits the format (see leafletTotal) and puts the
// organisation's details at the foot of the last page, below the contacts
// when there is room, else below the Notes lines.
func (b *builder) endLeaflet(pages []*Page, imprint *compose.Part) ([]*Page, error) {
	org := b.orgRows(imprint)
	orgH := stackHeight(org)
	if orgH+b.notesHeadH() > b.chrome.area.bottom-b.chrome.area.top {
		return nil, fmt.Errorf("lay out the leaflet: the organisation's details are too long for a page")
	}
	need := b.pagesNeeded(pages, orgH)
	if b.p.Fold == compose.OneSheet && need > 2 {
		return nil, b.sheetError(pages, orgH, need)
	}
	total, err := b.leafletTotal(need)
	if err != nil {
		return nil, err
	}
	return b.fillLeaflet(pages, total, org, orgH), nil
}

// leafletTotal is the page count of a leaflet that needs need pages: a
// multiple of 4 when it is folded, and at least b.minPages (the length of
// the other half of a tête-bêche edition); exactly 2 on one sheet (see
// sheetError for one that needs more).
func (b *builder) leafletTotal(need int) (int, error) {
	if b.p.Fold != compose.OneSheet {
		return max(roundUp4(need), b.minPages), nil
	}
	return 2, nil
}

// fillLeaflet adds ruled Notes pages until there are total pages and
// stacks org, orgH high, at the foot of the last page.
func (b *builder) fillLeaflet(pages []*Page, total int, org []row, orgH float64) []*Page {
	bottom := b.chrome.area.bottom
	for len(pages) < total {
		limit := bottom - 0.5*b.d.lead // clear of the footer's rule
		if len(pages) == total-1 {
			limit = bottom - orgH - b.d.lead
		}
		pages = append(pages, b.notesPage(len(pages)+1, limit, pages[len(pages)-1].Chapter != notesID))
	}
	stack(pages[total-1], org, bottom-orgH)
	return pages
}

// pagesNeeded is the number of pages the leaflet needs with the
// organisation's details, orgH high, after the last of pages: one more
// when they do not fit at its foot.
func (b *builder) pagesNeeded(pages []*Page, orgH float64) int {
	n := len(pages)
	if lowest(pages[n-1])+b.d.lead+orgH > b.chrome.area.bottom+eps {
		n++
	}
	return n
}

// roundUp4 rounds n up to a multiple of 4, the pages of folded sheets.
func roundUp4(n int) int { return (n + 3) / 4 * 4 }

// lowest is the bottom of the lowest item on p.
func lowest(p *Page) float64 {
	low := 0.0
	for _, it := range p.Items {
		low = max(low, it.Y+it.H)
	}
	return low
}

// notesHead is the heading of a Notes page: the "notes" label as a
// chapter title with a thick rule under it, bookmarked on the first.
func (b *builder) notesHead(first bool) []row {
	f := b.flow(notesID)
	mark := -1
	if first {
		mark = 0
	}
	f.heading(b.label("notes", nil), b.st.Headings.Chapter, RoleTitle, 0, mark)
	f.rule(b.d.thick, 0.8*b.d.lead, 0.2*b.d.lead)
	return f.rows
}

func (b *builder) notesHeadH() float64 { return stackHeight(b.notesHead(false)) }

// notesGap is the distance between a Notes page's writing lines: roomy
// enough for handwriting at the style's text size.
func (b *builder) notesGap() float64 { return max(1.5*b.d.lead, 8) }

// notesPage is page n, headed "Notes", with writing lines evenly spaced
// from under the heading down to limit.
func (b *builder) notesPage(n int, limit float64, first bool) *Page {
	p := &Page{Number: n, Chrome: true, Chapter: notesID}
	head := b.notesHead(first)
	top := b.chrome.area.top
	y := stack(p, head, top)
	for _, r := range head {
		for _, m := range r.marks {
			m.Y += top
			p.Bookmarks = append(p.Bookmarks, m)
		}
	}
	gap := b.notesGap()
	for y += gap; y <= limit+eps; y += gap {
		p.Items = append(p.Items, Item{Kind: Rule, Role: RoleDecoration, X: b.x, Y: y, W: b.w, Weight: b.d.thin, Ref: notesID})
	}
	return p
}

// endPack puts the organisation's details at the foot of the last page,
// or of a page of their own when they do not fit under the contacts. A
// half of a tête-bêche pack is first padded to b.minPages (the other
// half's length) with ruled Notes pages, as a leaflet is.
func (b *builder) endPack(pages []*Page, imprint *compose.Part) []*Page {
	org := b.orgRows(imprint)
	orgH := stackHeight(org)
	need := b.pagesNeeded(pages, orgH)
	if b.minPages > need {
		return b.fillLeaflet(pages, b.minPages, org, orgH)
	}
	if need > len(pages) {
		last := pages[len(pages)-1]
		pages = append(pages, &Page{Number: len(pages) + 1, Chrome: true, Chapter: last.Chapter})
	}
	stack(pages[len(pages)-1], org, b.chrome.area.bottom-orgH)
	return pages
}
