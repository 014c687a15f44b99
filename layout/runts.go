package layout

import (
	"math"
	"slices"
)

// minLines is the fewest lines of text a page may hold, apart from
// covers and Notes pages: a page with fewer at a chapter's end is a runt
// a print coordinator would reject, so the page before breaks earlier.
const minLines = 4

// runtTries bounds how many earlier breaks are tried: each one moves
// lines forward and may make a runt further on.
const runtTries = 24

// start is where a run of glued rows (or a Columns edition's unit)
// began: the index of its first row (or unit), the page it was placed on
// and the top of its first row there. A page may break before any start
// that is not the first on its page.
type start struct {
	at, page int
	y        float64
}

// pageLines counts the lines of text on a page as a reader sees them:
// text items side by side (a contents entry and its page number, a
// contact's name and its checked date) are one line; the running header,
// the footer and list markers are not counted; a diagram counts as many
// lines as the body leading fits in its height (lead). Items above from
// are left out.
func pageLines(p *Page, lead, from float64) int {
	n := 0
	var ys []float64
	for _, it := range p.Items {
		if it.Y < from-eps {
			continue
		}
		switch {
		case it.Kind == TextLine && it.Role != RoleHeader && it.Role != RoleFooter && it.Role != RoleMarker:
			if !slices.ContainsFunc(ys, func(y float64) bool { return math.Abs(y-it.Y) < 0.5 }) {
				ys = append(ys, it.Y)
				n++
			}
		case it.Kind == Diagram:
			n += int(it.H / lead)
		}
	}
	return n
}

// exempt reports whether a page may hold few lines: a cover, a Notes
// page or a back cover, and a pack's cover page itself (the page with
// its titles), though not a page its list of contents runs on to.
func exempt(p *Page) bool {
	switch p.Chapter {
	case "cover", notesID, backID:
		return true
	case packCoverID:
		return slices.ContainsFunc(p.Items, func(it Item) bool { return it.Role == RoleCoverTitle })
	}
	return false
}

// earlierBreak finds the first page after first that is a runt (see
// runt) and continues the chapter of the page before, and the start on
// that page before at which a break leaves both pages at least minLines
// (lines counts a page's lines from a height down). It returns the
// start's index (its at), or -1 when no break mends a runt.
func earlierBreak(pages []*Page, starts []start, first int, runt func(k int) bool, lines func(k int, from float64) int) int {
	at, _ := mendFrom(pages, starts, first, runt, lines)
	return at
}

// earlierBreaks is earlierBreak for every stretch of pages that begins
// on a fresh page (fresh(k): page k's first row starts a page whatever
// comes before it, as a booklet's chapters do): a break in one stretch
// moves nothing in the next, so one pass can mend a runt in each, where
// earlierBreak would take a pass for each runt.
func earlierBreaks(pages []*Page, starts []start, first int, runt func(k int) bool, lines func(k int, from float64) int, fresh func(k int) bool) []int {
	var out []int
	for first < len(pages) {
		at, k := mendFrom(pages, starts, first, runt, lines)
		if at < 0 {
			break
		}
		out = append(out, at)
		for first = k + 1; first < len(pages) && !fresh(first); first++ {
		}
	}
	return out
}

// mendFrom is earlierBreak, also returning the page of the runt it mends.
func mendFrom(pages []*Page, starts []start, first int, runt func(k int) bool, lines func(k int, from float64) int) (at, page int) {
	for k := first + 1; k < len(pages); k++ {
		if exempt(pages[k]) || !runt(k) || pages[k].Chapter != pages[k-1].Chapter {
			continue
		}
		need := minLines - lines(k, 0)
		best := -1
		for i, s := range starts {
			if s.page != k-1 || i == 0 || starts[i-1].page != k-1 {
				continue
			}
			below := lines(k-1, s.y)
			if below >= need && lines(k-1, 0)-below >= minLines {
				best = i // the latest break that is enough
			}
		}
		if best >= 0 {
			return starts[best].at, k
		}
	}
	return -1, -1
}

// runts counts the pages that hold fewer than minLines lines and are not
// exempt.
func (b *builder) runts(pages []*Page) int {
	n := 0
	for _, p := range pages {
		if !exempt(p) && pageLines(p, b.d.lead, 0) < minLines {
			n++
		}
	}
	return n
}
