package layout

import (
	"fmt"
	"guidepress/typeset"
	"strings"

	"guidepress/compose"
	"guidepress/fonts"
	"guidepress/markup"
)

// blocks adds the rows of a Markdown body: paragraphs, sub-headings, list
// items with hanging indents, block quotes with a left bar, and rules.
func (f *flow) blocks(bs []compose.Block, first float64) error {
	prev := compose.BlockKind("")
	prevQuote := 0
	glue := listGlue(bs)
	lists := listTags{parent: f.parent}
	defer func() { f.parent = lists.parent }()
	for i, b := range bs {
		f.parent = lists.at(f.tags, b)
		space := f.d.para
		switch {
		case i == 0:
			space = first
		case b.Kind == compose.ListItem && prev == compose.ListItem && !b.Loose:
			space = f.d.item
		}
		start := len(f.rows)
		if err := f.block(b, space); err != nil {
			return err
		}
		lists.opened(b, f.parent)
		f.quoteBars(start, b.Quote, prevQuote)
		if b.Kind == compose.Table {
			f.repeatedHead(start)
		}
		if glue[i] && start < len(f.rows) {
			f.rows[start].glue = true
		}
		if b.Kind == compose.Paragraph && i+1 < len(bs) && bs[i+1].Kind == compose.ListItem &&
			strings.HasSuffix(strings.TrimSpace(runsText(b.Runs)), ":") {
			f.keep = 1 // a line introducing a list stays with its first item
		}
		prev, prevQuote = b.Kind, b.Quote
	}
	return nil
}

// listGlue applies widow and orphan control to lists: in a run of list
// items, the second item stays with the first and the last with the one
// before, as the lines of a paragraph do. It reports, per block, whether
// its first row is glued to the row above.
func listGlue(bs []compose.Block) []bool {
	glue := make([]bool, len(bs))
	for i := 0; i < len(bs); {
		if bs[i].Kind != compose.ListItem {
			i++
			continue
		}
		var items []int
		j := i
		for ; j < len(bs) && bs[j].Kind == compose.ListItem; j++ {
			if bs[j].Marker != "" {
				items = append(items, j)
			}
		}
		for k, at := range items {
			glue[at] = k == 1 || k > 0 && k == len(items)-1
		}
		i = j
	}
	return glue
}

// block adds the rows of one block.
func (f *flow) block(b compose.Block, space float64) error {
	qx := float64(b.Quote) * f.d.quote
	o := textOpts{size: f.st.BodySize, role: RoleBody, space: space, x: f.x + qx, w: f.w - qx}
	switch b.Kind {
	case compose.Paragraph:
		f.text(b.Runs, o)
	case compose.Heading:
		o.size, o.role, o.keep, o.space = f.st.Headings.Sub, RoleSubheading, true, space+0.4*f.d.lead
		f.text(boldRuns(b.Runs), o)
		f.keep = 2
	case compose.ListItem:
		f.listItem(b, o)
	case compose.Table:
		f.table(b, o)
	case compose.Picture:
		f.picture(b, o)
	case compose.Break:
		f.add(row{h: f.d.lead, space: space, items: []Item{{Kind: Rule, Role: RoleDecoration,
			X: o.x, Y: f.d.lead / 2, W: o.w, Weight: f.d.thin, Ref: f.ref}}})
	default:
		return fmt.Errorf("%s: cannot lay out a block of kind %s", b.Pos, b.Kind)
	}
	return nil
}

// listItem adds an item's text with a hanging indent and its marker beside
// the first line, drawn before it. The marker is the list item's label
// (Lbl) and the text its body (LBody); a paragraph that continues an
// item (no marker) is a paragraph in the body.
func (f *flow) listItem(b compose.Block, o textOpts) {
	depth := max(b.Depth, 1)
	mx := o.x + float64(depth-1)*f.d.indent
	o.x = o.x + float64(depth)*f.d.indent
	o.w = f.x + f.w - o.x
	var lbl int32
	if b.Marker != "" {
		li := f.newTag(TagLI)
		lbl = f.tags.add(li, TagLbl)
		o.tag = f.tags.add(li, TagLBody)
		f.parent = o.tag // for blocks to record (listTags.opened)
	}
	idx := f.text(b.Runs, o)
	if b.Marker == "" || len(idx) == 0 {
		return
	}
	r := &f.rows[idx[0]]
	mw := f.m.Width(b.Marker, fonts.Regular, o.size)
	r.items = append([]Item{{Kind: TextLine, Role: RoleMarker, X: mx, W: mw, H: r.h, Size: o.size,
		Spans: []typeset.Span{{Text: b.Marker, Face: fonts.Regular, X: mx, W: mw}}, Ref: f.ref, Tag: lbl}}, r.items...)
}

// listTags keeps the structure of the lists of a run of blocks: a list
// (L) per depth, open while its items follow, and the body of the last
// item at each depth, which a deeper list goes in.
type listTags struct {
	parent int32   // the tag the blocks are in
	lists  []int32 // the open list at depth 1, 2 ...
	bodies []int32 // the body of the last item at each depth
}

// at returns the parent tag of block b's content: for a list item, the
// list at its depth (made when none is open; closing deeper ones), the
// body of the item before for a paragraph continuing it; for any other
// block the blocks' own parent, closing every list.
func (l *listTags) at(t *tagTree, b compose.Block) int32 {
	if b.Kind != compose.ListItem {
		l.lists, l.bodies = nil, nil
		return l.parent
	}
	depth := max(b.Depth, 1)
	if b.Marker == "" && len(l.bodies) >= depth {
		return l.bodies[depth-1] // a paragraph continuing the item
	}
	if len(l.lists) > depth {
		l.lists, l.bodies = l.lists[:depth], l.bodies[:depth]
	}
	for len(l.lists) < depth {
		parent := l.parent
		if n := len(l.bodies); n > 0 {
			parent = l.bodies[n-1]
		}
		l.lists = append(l.lists, t.add(parent, TagL))
		l.bodies = append(l.bodies, parent)
	}
	return l.lists[depth-1]
}

// opened records body as the body of list item b, when b starts an item
// (has a marker): a deeper list or a continuing paragraph goes in it.
func (l *listTags) opened(b compose.Block, body int32) {
	if b.Kind == compose.ListItem && b.Marker != "" {
		l.bodies[max(b.Depth, 1)-1] = body
	}
}

// quoteBars adds a bar per quote level to the rows from start on. A bar
// reaches up over the space above when the block before was quoted too.
func (f *flow) quoteBars(start, quote, prevQuote int) {
	for k := start; k < len(f.rows); k++ {
		r := &f.rows[k]
		for q := 1; q <= quote; q++ {
			x := f.x + float64(q-1)*f.d.quote
			r.items = append(r.items, Item{Kind: Bar, Role: RoleDecoration, X: x, Y: 0, W: f.d.bar, H: r.h,
				Ref: f.ref, growUp: k > start || q <= prevQuote})
		}
	}
}

func boldRuns(rs []markup.Run) []markup.Run {
	out := make([]markup.Run, len(rs))
	for i, r := range rs {
		r.Bold = true
		out[i] = r
	}
	return out
}

// runsText is the plain text of runs.
func runsText(rs []markup.Run) string {
	var sb strings.Builder
	for _, r := range rs {
		sb.WriteString(r.Text)
	}
	return sb.String()
}
