package layout

import (
	"errors"
	"guidepress/typeset"

	"guidepress/compose"
	"guidepress/fonts"
)

// goalsTitleShare is the share of the text width given to the areas'
// titles on the goals page; the rest is ruled for writing.
const goalsTitleShare = 0.5

// goals makes the "My goals" page: its title (bookmarked), a line saying
// what to do, and a table with a row for each area of life: the area's
// title on the left, ruled lines to write on at the right, a rule across
// under each row. The rows share out the page's height; text keeps its
// size. When the rows do not fit one page with at least one writing line
// each, they are split evenly over more pages.
func (b *builder) goals(pt *compose.Part) ([]row, error) {
	title, intro, areas := goalsBlocks(pt)
	f := b.flow(goalsID)
	f.heading(title, b.st.Headings.Chapter, RoleTitle, 0, 0)
	startChapter(f.rows, goalsID)
	f.rule(b.d.thick, 0.8*b.d.lead, 0.2*b.d.lead)
	f.text(plain(intro, fonts.Regular), textOpts{size: b.st.BodySize, role: RoleBody, keep: true})
	f.keep = 0
	f.rule(b.d.thin, b.d.lead, 0)
	head := len(f.rows)
	titles := b.goalTitles(areas)
	page := b.chrome.area.bottom - b.chrome.area.top - 0.5 // a little slack for rounding
	heights, perPage, err := goalHeights(b.goalNeeds(titles), page-stackHeight(f.rows), page)
	if err != nil {
		return nil, err
	}
	for i, lines := range titles {
		r := b.goalRow(lines, heights[i], f.newTag(TagP))
		r.glue = i%perPage != 0 || i == 0
		r.newPage, r.chrome, r.chapter = i%perPage == 0 && i > 0, true, goalsID
		f.rows = append(f.rows, r)
	}
	for k := 1; k < head; k++ {
		f.rows[k].glue = true
	}
	return f.rows, nil
}

// goalTitles breaks each area of life's title into lines for the title
// column.
func (b *builder) goalTitles(areas []compose.Entry) [][]typeset.Line {
	w := goalsTitleShare*b.w - b.d.indent/2
	var out [][]typeset.Line
	for _, a := range areas {
		out = append(out, typeset.Lines(b.m, plain(a.Title, fonts.Bold), b.st.BodySize, w))
	}
	return out
}

// goalNeeds are the least heights of the areas' rows: each title and one
// writing line.
func (b *builder) goalNeeds(titles [][]typeset.Line) []float64 {
	lead := b.st.Leading(b.st.BodySize)
	needs := make([]float64, len(titles))
	for i, t := range titles {
		needs[i] = max(float64(len(t))*lead+0.6*lead, b.notesGap())
	}
	return needs
}

// goalHeights chooses the height of each area's row: rows share out the
// room on their page (first the room under the heading, then whole
// pages), each at least its need. It returns the heights and how many
// rows go on a page.
func goalHeights(needs []float64, first, page float64) ([]float64, int, error) {
	for perPage := len(needs); perPage >= 1; perPage = (perPage + 1) / 2 {
		heights := make([]float64, 0, len(needs))
		ok := true
		for start := 0; start < len(needs) && ok; start += perPage {
			room := page
			if start == 0 {
				room = first
			}
			hs, fits := shareOut(needs[start:min(start+perPage, len(needs))], room)
			heights, ok = append(heights, hs...), fits
		}
		if ok {
			return heights, perPage, nil
		}
		if perPage == 1 {
			break
		}
	}
	return nil, 0, errors.New("lay out the goals page: an area of life's title is too long for a page")
}

// shareOut gives each row its need and shares the rest of room among the
// rows, so the shorter rows grow to the same height. It reports false
// when the needs do not fit in room.
func shareOut(needs []float64, room float64) ([]float64, bool) {
	total := 0.0
	for _, n := range needs {
		total += n
	}
	if total > room {
		return nil, false
	}
	base := room / float64(len(needs))
	for range needs { // at most one pass per row that is fixed at its need
		fixed, free := 0.0, 0
		for _, n := range needs {
			if n > base {
				fixed += n
			} else {
				free++
			}
		}
		if free == 0 {
			break
		}
		base = (room - fixed) / float64(free)
	}
	out := make([]float64, len(needs))
	for i, n := range needs {
		out[i] = max(n, base)
	}
	return out, true
}

// goalRow is one area's row, h high: its title at the top left, a thin
// line down between the columns, writing lines at the right evenly spaced
// at least a handwriting line apart, and a rule across the foot. The
// title is paragraph tag.
func (b *builder) goalRow(title []typeset.Line, h float64, tag int32) row {
	lead := b.st.Leading(b.st.BodySize)
	o := textOpts{size: b.st.BodySize, role: RoleBody, x: b.x, tag: tag}
	r := row{h: h}
	for i, ln := range title {
		it := lineItem(ln, o, lead, goalsID)
		it.Y = 0.3*lead + float64(i)*lead
		r.items = append(r.items, it)
	}
	x := b.x + goalsTitleShare*b.w + b.d.indent/2
	r.items = append(r.items, Item{Kind: Bar, Role: RoleDecoration, X: x - b.d.indent/4 - b.d.thin/2, W: b.d.thin, H: h, Ref: goalsID})
	n := max(1, int(h/b.notesGap()))
	for j := 1; j < n; j++ {
		r.items = append(r.items, Item{Kind: Rule, Role: RoleDecoration, X: x, Y: float64(j) * h / float64(n),
			W: b.x + b.w - x, Weight: b.d.thin, Ref: goalsID})
	}
	r.items = append(r.items, Item{Kind: Rule, Role: RoleDecoration, X: b.x, Y: h, W: b.w, Weight: b.d.thin, Ref: goalsID})
	return r
}

// goalsBlocks are a goals part's title, what to do, and the areas of
// life to write about.
func goalsBlocks(pt *compose.Part) (title, intro string, areas []compose.Entry) {
	for _, bl := range pt.Blocks {
		switch {
		case bl.Kind == compose.Heading:
			title = bl.Text
		case bl.Role == compose.Instructions:
			intro = bl.Text
		case bl.Kind == compose.Goals:
			areas = bl.Entries
		}
	}
	return title, intro, areas
}
