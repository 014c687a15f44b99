package layout

import (
	"slices"

	"guidepress/styles"
)

const eps = 1e-6

// area is the part of a page that rows may fill.
type area struct{ top, bottom float64 }

// paginator places rows on pages. A row and the rows glued to it go on
// one page when they fit on any page; a run too tall for a page is broken
// where it must be.
type paginator struct {
	rows        []row
	chromeArea  area // pages with a header and footer
	bareArea    area // covers
	frameX      float64
	frameW      float64
	pad, border float64

	pages   []*Page
	cur     *Page
	area    area
	y       float64
	empty   bool
	group   int
	chrome  bool
	chapter string
	groups  map[int][2]float64 // extent of each group on the current page
	anchors map[string]int
	// force are the rows before which a page breaks, to mend a runt page
	// (see earlierBreak); starts are where each run of glued rows was
	// placed, and top the top of the row placed last.
	force  map[int]bool
	starts []start
	top    float64
	// units are where each unit of a Columns edition started (kept in
	// the first column's paginator; see twin.place); base counts the rows
	// of a column's units placed before the current one, so that a run's
	// start has one index across units, and rowForce are those starts
	// before which the column breaks a page (see cols.paginate).
	units    []start
	base     int
	rowForce map[int]bool
}

func newPaginator(st *styles.Style, d dims, chrome area) *paginator {
	return &paginator{
		chromeArea: chrome,
		bareArea:   area{st.Margins.Top, st.PageHeight - st.Margins.Bottom},
		frameX:     st.Margins.Left, frameW: st.TextWidth(),
		pad: d.pad, border: d.border,
		anchors: map[string]int{},
	}
}

// run places rows on pages after the pages already made.
func (p *paginator) run(rows []row) {
	p.rows = rows
	for i := 0; i < len(rows); {
		if rows[i].newPage || p.cur == nil {
			p.newPage(rows[i].chrome, rows[i].chapter)
		} else if p.force[i] && !p.empty {
			p.breakPage()
		}
		j := i + 1
		for j < len(rows) && rows[j].glue && !rows[j].newPage {
			j++
		}
		p.placeRun(i, j)
		i = j
	}
	p.finishPage()
}

// placeRun places rows i..j-1, on a new page when they do not fit here
// but would on a fresh page.
func (p *paginator) placeRun(i, j int) {
	if p.y+p.height(i, j) > p.area.bottom+eps && !p.empty {
		if p.freshHeight(i, j) <= p.area.bottom-p.area.top+eps {
			p.breakPage()
		}
	}
	for k := i; k < j; k++ {
		if !p.empty && p.y+p.height(k, k+1) > p.area.bottom+eps {
			p.breakPage()
		}
		if p.empty && p.rows[k].head != nil {
			for _, h := range p.rows[k].head {
				p.placeRow(repeated(h)) // a table's header, again on the page it goes on to
			}
		}
		p.place(k)
		if k == i {
			p.starts = append(p.starts, start{at: p.base + i, page: len(p.pages) - 1, y: p.top})
		}
	}
}

// height is how far rows i..j-1 would move y from the current state,
// with room for the bottom of an advice frame left open.
func (p *paginator) height(i, j int) float64 {
	h, g, empty := 0.0, p.group, p.empty
	for k := i; k < j; k++ {
		r := p.rows[k]
		if !empty {
			h += r.space
		}
		if g != 0 && r.group != g {
			h += p.pad
		}
		if r.group != 0 && r.group != g {
			h += p.pad
		}
		h += r.h
		g, empty = r.group, false
	}
	if g != 0 {
		h += p.pad
	}
	return h
}

func (p *paginator) freshHeight(i, j int) float64 {
	g, e := p.group, p.empty
	p.group, p.empty = 0, true
	h := p.height(i, j)
	p.group, p.empty = g, e
	return h
}

// place puts row k on the current page at y.
func (p *paginator) place(k int) { p.placeRow(p.rows[k]) }

// placeRow puts row r on the current page at y.
func (p *paginator) placeRow(r row) {
	space := 0.0
	if !p.empty {
		space = r.space
	}
	p.y += space
	if p.group != 0 && r.group != p.group {
		p.y += p.pad
	}
	if r.group != 0 && r.group != p.group {
		p.y += p.pad
	}
	top := p.y
	p.top = top
	for _, it := range r.items {
		it.Y += top
		if it.growUp {
			it.Y -= space
			it.H += space
		}
		p.cur.Items = append(p.cur.Items, it)
	}
	for _, b := range r.marks {
		b.Y += top
		p.cur.Bookmarks = append(p.cur.Bookmarks, b)
	}
	if r.anchor != "" {
		p.anchors[r.anchor] = p.cur.Number
	}
	p.y += r.h
	p.extend(r.group, top, p.y)
	p.group, p.empty = r.group, false
}

// repeated is a copy of a table's header row r for a page the table
// continues on: the same, but decoration (an artifact), as the header
// cells are read once, where the table starts.
func repeated(r row) row {
	r.items = slices.Clone(r.items)
	for i := range r.items {
		r.items[i].Tag = 0
	}
	return r
}

// extend grows group g's extent on this page to cover top..bottom.
func (p *paginator) extend(g int, top, bottom float64) {
	if g == 0 {
		return
	}
	e, ok := p.groups[g]
	if !ok {
		e = [2]float64{top, bottom}
	}
	e[0], e[1] = min(e[0], top), max(e[1], bottom)
	p.groups[g] = e
}

func (p *paginator) newPage(chrome bool, chapter string) {
	p.finishPage()
	p.chrome, p.chapter = chrome, chapter
	p.area = p.bareArea
	if chrome {
		p.area = p.chromeArea
	}
	hint := 0 // pages hold about as many items as the page before
	if p.cur != nil {
		hint = len(p.cur.Items) + 8
	}
	p.cur = &Page{Number: len(p.pages) + 1, Chrome: chrome, Chapter: chapter, Items: make([]Item, 0, hint)}
	p.pages = append(p.pages, p.cur)
	p.y, p.empty, p.group = p.area.top, true, 0
	p.groups = map[int][2]float64{}
}

// breakPage continues the current chapter on a new page.
func (p *paginator) breakPage() { p.newPage(p.chrome, p.chapter) }

// finishPage draws a frame around each advice box's rows on the page.
func (p *paginator) finishPage() {
	if p.cur == nil {
		return
	}
	var frames []Item
	for g := 1; len(frames) < len(p.groups); g++ {
		e, ok := p.groups[g]
		if !ok {
			continue
		}
		inset := p.border / 2
		frames = append(frames, Item{Kind: Frame, Role: RoleDecoration,
			X: p.frameX + inset, Y: e[0] - p.pad + inset, W: p.frameW - 2*inset,
			H: e[1] - e[0] + 2*p.pad - 2*inset, Weight: p.border})
	}
	p.cur.Items = append(frames, p.cur.Items...)
}
