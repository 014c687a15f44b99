package layout

import (
	"guidepress/compose"
	"guidepress/fonts"
	"guidepress/markup"
	"guidepress/styles"
	"guidepress/typeset"
)

// row is one unit of vertical layout: usually one line of text with what
// hangs off it (a list marker, a quote bar). Items are placed relative to
// the row's top; the paginator moves them onto a page.
type row struct {
	h     float64 // height
	space float64 // space above, dropped at the top of a page
	// glue keeps the row on the same page as the row before it.
	glue bool
	// group is the advice box the row is in (0: none); the paginator pads
	// and frames each group's rows on each page.
	group int
	items []Item
	marks []Bookmark
	// newPage starts a page; chrome says whether pages from here on have
	// a header and footer, and chapter which chapter they belong to.
	newPage bool
	chrome  bool
	chapter string
	// anchor is the id of a chapter that starts on this row's page.
	anchor string
	// head are the header rows of the table the row is in, placed again
	// above it when it starts a page.
	head []row
}

// dims are the spacings of a style, derived once from its sizes.
type dims struct {
	lead   float64 // body leading
	para   float64 // space between paragraphs
	item   float64 // space between list items
	indent float64 // list indent per depth
	quote  float64 // quote indent per level
	bar    float64 // quote bar width
	border float64 // advice frame line
	pad    float64 // advice frame inner space
	thin   float64 // thin rule
	thick  float64 // thick rule
}

func newDims(st *styles.Style) dims {
	lead := st.Leading(st.BodySize)
	em := st.BodySize * styles.PtToMM
	return dims{
		lead: lead, para: 0.6 * lead, item: 0.25 * lead,
		indent: 1.7 * em, quote: 1.5 * em, bar: 0.25 * em,
		border: 0.8, pad: 0.5 * lead, thin: 0.3, thick: 0.8,
	}
}

// flow turns text into rows at a left edge and width.
type flow struct {
	m    *typeset.Measurer
	st   *styles.Style
	d    dims
	x, w float64
	rows []row
	// keep counts rows still to glue to the last heading.
	keep  int
	group int
	ref   string
	// room is the height of a page's text area, the most a picture and
	// its caption may take.
	room float64
	// tags is the product's structure tree and parent the tag new
	// paragraphs, headings and lists go in.
	tags   *tagTree
	parent int32
}

// add appends a row, gluing it to a heading above when asked.
func (f *flow) add(r row) {
	if f.keep > 0 {
		r.glue = true
		f.keep--
	}
	r.group = f.group
	f.rows = append(f.rows, r)
}

// textOpts are the options of a run of lines.
type textOpts struct {
	size  float64
	role  Role
	space float64
	muted bool
	x, w  float64 // left edge and width; zero w means the flow's
	keep  bool    // glue every line together (headings, contact entries)
	hang  float64 // indent of every line after the first
	// tag is the structure element the lines belong to; when it is 0,
	// text makes one under the flow's parent, of type typ or, when typ
	// is "", of the role's type (roleTag).
	tag int32
	typ string
}

// text breaks runs into lines and adds a row per line. Unless every line
// is kept together, the first two and the last two lines of a paragraph
// stay together, so no single line is left alone at the top or bottom of
// a page, and a line that ends inside a web or email address, a phone
// number or a broken word stays with the next, so none is split across
// pages.
func (f *flow) text(runs []markup.Run, o textOpts) []int {
	if o.w == 0 {
		o.x, o.w = f.x, f.w
	}
	lines := typeset.Hanging(f.m, runs, o.size, o.w, o.hang)
	lead := f.st.Leading(o.size)
	o.tag = f.tagFor(o)
	idx := make([]int, len(lines))
	for i, ln := range lines {
		r := row{h: lead, glue: o.keep && i > 0 || i == 1 || i > 0 && i == len(lines)-1 || i > 0 && lines[i-1].Split}
		if i == 0 {
			r.space = o.space
		}
		r.items = []Item{lineItem(ln, o, lead, f.ref)}
		f.add(r)
		idx[i] = len(f.rows) - 1
	}
	return idx
}

// lineItem places a broken line at o.x on a row of height lead.
func lineItem(ln typeset.Line, o textOpts, lead float64, ref string) Item {
	spans := make([]typeset.Span, len(ln.Spans))
	for i, s := range ln.Spans {
		s.X += o.x
		spans[i] = s
	}
	return Item{Kind: TextLine, Role: o.role, X: o.x, W: ln.Width, H: lead,
		Size: o.size, Spans: spans, Muted: o.muted, Ref: ref, Tag: o.tag, Broken: ln.Split}
}

// tagFor is the structure element of a run of lines with options o:
// o.tag, or a new one under the flow's parent.
func (f *flow) tagFor(o textOpts) int32 {
	if o.tag != 0 {
		return o.tag
	}
	typ := o.typ
	if typ == "" {
		typ = roleTag(o.role)
	}
	return f.newTag(typ)
}

// figure makes a Figure under the flow's parent with alt as its text
// alternative.
func (f *flow) figure(alt string) int32 {
	t := f.newTag(TagFigure)
	f.tags.set(t, func(tg *Tag) { tg.Alt = alt })
	return t
}

// newTag makes a structure element of type typ under the flow's parent;
// "" is none (decoration).
func (f *flow) newTag(typ string) int32 {
	if typ == "" {
		return 0
	}
	return f.tags.add(f.parent, typ)
}

// plain is a single run of text in face.
func plain(s string, face fonts.Face) []markup.Run {
	return []markup.Run{{Text: s, Bold: face == fonts.Bold || face == fonts.BoldItalic, Italic: face == fonts.Italic || face == fonts.BoldItalic}}
}

// styled is block bl's text in face: the runs of a field's inline
// Markdown with face's weight and slant added to each, or its plain Text.
func styled(bl compose.Block, face fonts.Face) []markup.Run {
	if len(bl.Runs) == 0 {
		return plain(bl.Text, face)
	}
	return inFace(bl.Runs, face)
}

// inFace are runs with face's weight and slant added to each.
func inFace(rs []markup.Run, face fonts.Face) []markup.Run {
	bold := face == fonts.Bold || face == fonts.BoldItalic
	italic := face == fonts.Italic || face == fonts.BoldItalic
	out := make([]markup.Run, len(rs))
	for i, r := range rs {
		r.Bold, r.Italic = r.Bold || bold, r.Italic || italic
		out[i] = r
	}
	return out
}

// heading adds a heading kept with itself and with the two rows after it.
func (f *flow) heading(s string, size float64, role Role, space float64, mark int) {
	f.headingRuns(plain(s, fonts.Bold), s, size, role, space, mark)
}

// headingOf adds heading block bl as heading does: its styled runs in
// bold, its plain text in the bookmarks.
func (f *flow) headingOf(bl compose.Block, size float64, role Role, space float64, mark int) {
	f.headingRuns(styled(bl, fonts.Bold), bl.Text, size, role, space, mark)
}

// headingRuns adds a heading of runs, bookmarked as title at level mark
// (none when mark is negative).
func (f *flow) headingRuns(runs []markup.Run, title string, size float64, role Role, space float64, mark int) {
	idx := f.text(runs, textOpts{size: size, role: role, space: space, keep: true})
	if mark >= 0 {
		r := &f.rows[idx[0]]
		r.marks = append(r.marks, Bookmark{Title: title, Level: mark})
	}
	f.keep = 2
}

// rule adds a horizontal line across the flow in a row of height h.
func (f *flow) rule(weight, h, space float64) {
	f.add(row{h: h, space: space, items: []Item{{Kind: Rule, Role: RoleDecoration,
		X: f.x, Y: h / 2, W: f.w, Weight: weight, Ref: f.ref}}})
}
