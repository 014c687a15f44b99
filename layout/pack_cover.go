package layout

import (
	"guidepress/compose"
	"guidepress/fonts"
	"guidepress/markup"
	"guidepress/typeset"
)

// packCover makes the rows of a pack's cover (a PackCover part): a thick
// rule, the guide's title, the pack's title (bookmarked), who it was
// prepared for, the date, the fields to fill in by hand, and the list of
// what is in the pack: on the cover's page when it all fits there, else
// from the top of the next page. Titles too long for the cover's page
// are stepped down in size as on a booklet's cover (see stepDown).
func (b *builder) packCover(pt *compose.Part) []row {
	defer func() { b.coverStep = 0 }()
	room := b.chrome.area.bottom - b.chrome.area.top
	for b.coverStep = 0; b.coverStep < coverSteps; b.coverStep++ {
		if f, _ := b.packCoverTop(pt); stackHeight(f.rows) <= room+eps {
			break
		}
	}
	f, list := b.packCoverTop(pt)
	startChapter(f.rows, packCoverID)
	for i := 1; i < len(f.rows); i++ {
		f.rows[i].glue = true // the cover's titles and fields are one page
	}
	if list != nil {
		b.packList(f, list)
	}
	return f.rows
}

// packCoverTop lays out a pack's cover down to its fields, and returns
// the list of what is in the pack, or nil.
func (b *builder) packCoverTop(pt *compose.Part) (*flow, *compose.Block) {
	f := b.flow(packCoverID)
	f.rule(2*b.d.thick, 0.6*b.d.lead, 0)
	b.besideLogo(f, pt.Blocks, func(f *flow) { b.titles(f, pt.Blocks, b.st.Headings.Cover) })
	var list *compose.Block
	fields := 0
	for i, bl := range pt.Blocks {
		switch {
		case bl.Kind == compose.Name:
			runs := []markup.Run{{Text: bl.Text + ": "}, {Text: bl.Name, Bold: true}}
			f.text(runs, textOpts{size: b.st.Headings.Section, role: RoleCover, space: b.d.lead})
		case bl.Kind == compose.Field && bl.ID == "prepared_for":
			b.field(f, bl.Text, bl.Lines, b.d.lead)
		case bl.Role == compose.Dated:
			f.text(styled(bl, fonts.Regular), textOpts{size: b.st.BodySize, role: RoleCover, space: 0.4 * b.d.lead})
			f.rule(b.d.thick, b.d.lead, 0.5*b.d.lead)
		case bl.Kind == compose.Field:
			space := 0.0
			if fields > 0 && !bl.Joined {
				space = 0.4 * b.d.lead
			}
			b.field(f, bl.Text, bl.Lines, space)
			fields++
		case bl.Kind == compose.List:
			list = &pt.Blocks[i]
		}
	}
	return f, list
}

// packList adds the list of what is in a pack (its heading and an entry
// per part with its page) under the cover's rows in f: glued to them
// when it fits on the cover's page, else starting the next page.
func (b *builder) packList(f *flow, list *compose.Block) {
	l := b.flow(packCoverID)
	l.heading(list.Text, b.st.Headings.Section, RoleHeading, 0.8*b.d.lead, -1)
	l.parent = l.newTag(TagTOC)
	for j, e := range list.Entries {
		b.contentsEntry(l, e, b.st.BodySize, 0.2*b.d.lead*float64(min(j, 1)))
	}
	fits := stackHeight(f.rows)+l.rows[0].space+stackHeight(l.rows) <= b.chrome.area.bottom-b.chrome.area.top
	for i := range l.rows {
		l.rows[i].glue = fits || i > 0 && l.rows[i].glue
	}
	f.rows = append(f.rows, l.rows...)
}

// field adds a labelled space to write in by hand: the label in bold,
// then a writing line. The first line follows the label on its row when
// at least 40% of the width is left, else it goes under it; lines-1 more
// full-width lines follow.
func (b *builder) field(f *flow, text string, lines int, space float64) {
	label := text + ":"
	size := b.st.BodySize
	gap := b.notesGap()
	lead := b.st.Leading(size)
	w := b.m.Width(label, fonts.Bold, size)
	sameRow := w+b.d.indent <= 0.6*f.w
	lns := typeset.Lines(b.m, plain(label, fonts.Bold), size, f.w)
	tag := f.newTag(TagP)
	for i, ln := range lns {
		r := row{h: lead, space: space, items: []Item{lineItem(ln, textOpts{size: size, role: RoleCover, x: f.x, tag: tag}, lead, f.ref)}}
		if i == len(lns)-1 {
			r.h, r.items[0].Y = gap, gap-lead
		}
		f.add(r)
		space = 0
	}
	if sameRow {
		last := &f.rows[len(f.rows)-1]
		last.items = append(last.items, b.writingLine(f.x+w+0.5*b.d.indent, gap, f.x+f.w, f.ref))
		lines--
	}
	for range lines {
		f.add(row{h: gap, glue: true, items: []Item{b.writingLine(f.x, gap, f.x+f.w, f.ref)}})
	}
}

// writingLine is a thin rule to write on, from x0 to x1, at the foot of a
// row of height h.
func (b *builder) writingLine(x0, h, x1 float64, ref string) Item {
	return Item{Kind: Rule, Role: RoleDecoration, X: x0, Y: h - 0.2*b.d.lead, W: x1 - x0, Weight: b.d.thin, Ref: ref}
}
