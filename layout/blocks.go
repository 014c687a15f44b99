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
	for i, b := range bs {
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
// the first line.
func (f *flow) listItem(b compose.Block, o textOpts) {
	depth := max(b.Depth, 1)
	mx := o.x + float64(depth-1)*f.d.indent
	o.x = o.x + float64(depth)*f.d.indent
	o.w = f.x + f.w - o.x
	idx := f.text(b.Runs, o)
	if b.Marker == "" || len(idx) == 0 {
		return
	}
	r := &f.rows[idx[0]]
	mw := f.m.Width(b.Marker, fonts.Regular, o.size)
	r.items = append(r.items, Item{Kind: TextLine, Role: RoleMarker, X: mx, W: mw, H: r.h, Size: o.size,
		Spans: []typeset.Span{{Text: b.Marker, Face: fonts.Regular, X: mx, W: mw}}, Ref: f.ref})
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
