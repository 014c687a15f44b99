package layout

import (
	"slices"

	"guidepress/compose"
)

// part is a run of rows that starts level with the same part in the other
// language: a chapter's title, a section, a contents entry, a contact.
type part struct {
	rows []row
	// keepNext keeps the part on the page of the next part's first lines
	// (the heading over a list of contacts).
	keepNext bool
	// figure is the figure the part draws, which a Columns edition draws
	// across both columns instead.
	figure *compose.Block
}

// unit is a part in both languages.
type unit [2]part

// zipParts pairs the parts of the two columns, which are made by the same
// code from the same guide and so correspond one to one.
func zipParts(a, b []part) []unit {
	if len(a) != len(b) {
		panic("render: the columns have different numbers of parts")
	}
	out := make([]unit, len(a))
	for i := range a {
		out[i] = unit{a[i], b[i]}
	}
	return out
}

// twin places the parts of a Columns edition: a paginator per column,
// brought level at the start of each unit. Within a unit each column
// breaks pages on its own, so a part too long for the page continues on
// the next in both columns; the next unit starts below the longer one.
type twin [2]*paginator

// newTwin makes the paginators of c's columns, after the pages front.
func (c *cols) newTwin(front [2][]*Page) twin {
	var t twin
	for i, b := range c.b {
		p := newPaginator(b.st, b.d, b.chrome.area)
		p.frameX, p.frameW = b.x, b.w
		p.pages = slices.Clone(front[i])
		t[i] = p
	}
	return t
}

// run places units, then frames the advice boxes on the last pages.
func (t twin) run(units []unit) {
	for i, u := range units {
		var next *unit
		if i+1 < len(units) {
			next = &units[i+1]
		}
		t.place(i, u, next)
	}
	for _, p := range t {
		p.finishPage()
	}
}

// place starts unit u, the i-th, level in both columns, on a new page
// when its first row asks for one, when a break is forced before it to
// mend a runt page (the first column's force), or when its first lines
// (and, with keepNext, the whole part and next's first lines) do not fit
// in either column, then places each column's rows. Where each unit
// starts is kept in the first column's units.
func (t twin) place(i int, u unit, next *unit) {
	first := u[0].rows[0]
	switch {
	case first.newPage || t[0].cur == nil:
		for _, p := range t {
			p.newPage(first.chrome, first.chapter)
		}
	case t[0].force[i] && !(t[0].empty && t[1].empty) || t.mustBreak(u, next):
		for _, p := range t {
			p.breakPage()
		}
	}
	t[0].units = append(t[0].units, start{at: i, page: len(t[0].pages) - 1, y: t[0].y})
	for i, p := range t {
		p.runRows(u[i].rows)
	}
	t.level()
}

// mustBreak reports whether unit u's lead rows do not fit on the current
// page in some column but would on a fresh page.
func (t twin) mustBreak(u unit, next *unit) bool {
	for i, p := range t {
		if p.empty {
			continue
		}
		rows := u[i].rows[:runEnd(u[i].rows, 0)]
		if u[i].keepNext && next != nil {
			rows = append(slices.Clip(u[i].rows), next[i].rows[:runEnd(next[i].rows, 0)]...)
		}
		p.rows = rows
		if p.y+p.height(0, len(rows)) > p.area.bottom+eps && p.freshHeight(0, len(rows)) <= p.area.bottom-p.area.top+eps {
			return true
		}
	}
	return false
}

// runEnd is the end of the run of glued rows that starts at i.
func runEnd(rows []row, i int) int {
	j := i + 1
	for j < len(rows) && rows[j].glue && !rows[j].newPage {
		j++
	}
	return j
}

// runRows places rows from the current position, breaking pages where
// they must or where a break is forced (rowForce); only the first row may
// start a page, which place has done.
func (p *paginator) runRows(rows []row) {
	p.rows = rows
	for i := 0; i < len(rows); {
		j := runEnd(rows, i)
		if i > 0 && p.rowForce[p.base+i] && !p.empty {
			p.breakPage()
		}
		p.placeRun(i, j)
		i = j
	}
	p.base += len(rows)
}

// level closes any advice box and brings both columns to the same page and
// height: the lower of the two, so the next unit starts level.
func (t twin) level() {
	n := 0
	for _, p := range t {
		if p.group != 0 {
			p.y += p.pad
			p.group = 0
		}
		n = max(n, len(p.pages))
	}
	for _, p := range t {
		for len(p.pages) < n {
			p.breakPage()
		}
	}
	y, empty := 0.0, true
	for _, p := range t {
		y, empty = max(y, p.y), empty && p.empty
	}
	for _, p := range t {
		p.y, p.empty = y, empty
	}
}

// lines counts the lines of page k of the fuller column, from height
// from down (see pageLines).
func (t twin) lines(k int, from, lead float64) int {
	return max(pageLines(t[0].pages[k], lead, from), pageLines(t[1].pages[k], lead, from))
}

// runts counts the pages where the fuller column holds fewer than
// minLines lines and which are not exempt.
func (t twin) runts(lead float64) int {
	n := 0
	for k, p := range t[0].pages {
		if !exempt(p) && t.lines(k, 0, lead) < minLines {
			n++
		}
	}
	return n
}

// pageSets are the pages of both columns.
func (t twin) pageSets() [2][]*Page { return [2][]*Page{t[0].pages, t[1].pages} }
