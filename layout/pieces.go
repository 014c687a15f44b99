package layout

import (
	"fmt"

	"guidepress/compose"
	"guidepress/fonts"
)

// pieces lays out a part of the flow (a chapter, the contents, the
// contacts, a front panel, a back cover) in one continuous flow and cuts
// it into pieces where a Columns edition starts the two languages level:
// each piece of the part's head (title, summary, rule), then each
// section, contents entry or contact. A figure's piece names it, so a
// Columns edition can draw it across both columns instead. One language
// on its own places the pieces' rows one after another.
func (b *builder) pieces(pt *compose.Part) ([]part, error) {
	rows, cuts, err := b.partFlow(pt)
	if err != nil {
		return nil, err
	}
	return cutRows(rows, cuts), nil
}

// partFlow lays out a part as one flow of rows (see pieces) and says
// where its pieces end.
func (b *builder) partFlow(pt *compose.Part) ([]row, []cut, error) {
	f := b.flow(pt.ID)
	var cuts []cut
	blocks := pt.Blocks
	switch pt.Kind {
	case compose.BackCover, compose.Imprint:
		return b.orgRows(pt), nil, nil
	case compose.FrontPanel:
		b.frontPanel(f, pt)
		startChapter(f.rows, pt.ID)
		return f.rows, nil, nil
	}
	if len(blocks) > 0 && blocks[0].Kind == compose.Heading && blocks[0].Level == 1 {
		blocks = blocks[b.head(f, pt):]
		cuts = append(cuts, cut{end: len(f.rows), head: true, keepNext: pt.Kind != compose.Chapter && len(blocks) > 0})
	}
	for i, bl := range blocks {
		var err error
		switch bl.Kind {
		case compose.Section:
			err = b.section(f, pt.ID, bl)
		case compose.Figure:
			if b.spanFigures {
				cuts = append(cuts, cut{end: len(f.rows), figure: true, block: bl, empty: true})
				continue
			}
			err = b.diagram(f, bl)
		case compose.List:
			parent := f.parent
			f.parent = f.newTag(TagTOC)
			for j, e := range bl.Entries {
				b.contentsEntry(f, e, b.st.Headings.Sub, 0.5*b.d.lead*float64(min(j, 1)))
				cuts = append(cuts, cut{end: len(f.rows)})
			}
			f.parent = parent
			continue
		case compose.ContactGroup:
			b.contactGroup(f, blocks, i, &cuts)
			continue
		case compose.Paragraph:
			err = b.paragraph(f, bl)
		default:
			err = fmt.Errorf("lay out %s: a %s block cannot be laid out in a %s part", pt.ID, bl.Kind, pt.Kind)
		}
		if err != nil {
			return nil, nil, err
		}
		cuts = append(cuts, cut{end: len(f.rows), figure: bl.Kind == compose.Figure, block: bl})
	}
	if pt.Start == compose.NewPage && len(f.rows) > 0 && !f.rows[0].newPage {
		startChapter(f.rows, pt.ID)
	}
	return f.rows, cuts, nil
}

// cut ends a piece at row end.
type cut struct {
	end      int
	head     bool // the part's head: split again at each change of role
	keepNext bool
	figure   bool
	block    compose.Block
	// empty marks a figure left for a Columns edition to draw across
	// both columns: its piece has no rows of the column's own.
	empty bool
}

// cutRows splits rows at the cuts.
func cutRows(rows []row, cuts []cut) []part {
	var out []part
	start := 0
	for _, c := range cuts {
		if c.empty {
			fig := c.block
			out = append(out, part{figure: &fig})
			continue
		}
		if c.end == start {
			continue
		}
		rs := rows[start:c.end:c.end]
		switch {
		case c.head:
			out = append(out, headParts(rs, c.keepNext)...)
		case c.figure:
			fig := c.block
			out = append(out, part{rows: rs, figure: &fig})
		default:
			out = append(out, part{rows: rs, keepNext: c.keepNext})
		}
		start = c.end
	}
	if start < len(rows) {
		out = append(out, part{rows: rows[start:]})
	}
	return out
}

// head lays out a part's title (and a chapter's summary) with a thick
// rule under them, and returns how many blocks it used.
func (b *builder) head(f *flow, pt *compose.Part) int {
	title := pt.Blocks[0]
	size := b.st.Headings.Chapter
	if b.p.Kind == compose.SheetProduct {
		size = b.st.Headings.Section // a sheet's contacts, under its front panel
	}
	f.headingOf(title, size, RoleTitle, 0, 0)
	startChapter(f.rows, pt.ID)
	n := 1
	if len(pt.Blocks) > 1 && pt.Blocks[1].Role == compose.Summary {
		f.text(styled(pt.Blocks[1], fonts.Regular), textOpts{size: b.st.Headings.Sub, role: RoleSummary, space: 0.3 * b.d.lead})
		n++
	}
	f.rule(b.d.thick, 0.8*b.d.lead, 0.2*b.d.lead)
	return n
}

// paragraph lays out a paragraph of plain text given as a block of a
// part: a page's instructions.
func (b *builder) paragraph(f *flow, bl compose.Block) error {
	if bl.Text == "" {
		return fmt.Errorf("lay out a paragraph: it has no text")
	}
	f.text(styled(bl, fonts.Regular), textOpts{size: b.st.BodySize, role: RoleBody, keep: true})
	f.keep = 0
	return nil
}
