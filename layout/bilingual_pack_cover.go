package layout

import (
	"guidepress/compose"
	"guidepress/fonts"
	"guidepress/typeset"
)

// bothColumns is the Name of a text line drawn once across both columns
// of a Columns edition because it belongs to neither language: the
// person's name on a pack's cover.
const bothColumns = "both-columns"

// packCover makes the units of a Columns pack's cover from the cover
// part in each language, level in both columns: the guide's and the
// pack's titles, "Prepared for" and the person's name once across both
// columns (or a field to write it in), the date, a box for each field to
// fill in, labelled in both languages over one set of writing lines, and
// the list of the pack's parts with their pages, which continues on the
// next page when the cover's page has no room for it.
func (c *cols) packCover(pts [2]*compose.Part) []unit {
	bs := pts[0].Blocks
	name := nameOnCover(c.b[0].p)
	units := c.coverTop(pts, name)
	fields := 0
	for k, bl := range bs {
		texts := [2]string{bl.Text, pts[1].Blocks[k].Text}
		switch {
		case bl.Kind == compose.Field && bl.ID == "prepared_for":
			units = append(units, c.field(texts, bl.Lines, 0.6)...)
		case bl.Role == compose.Dated:
			dated, _ := c.both(func(i int, b *builder) ([]part, error) {
				f := b.flow(packCoverID)
				f.text(plain(texts[i], fonts.Regular), textOpts{size: b.st.BodySize, role: RoleCover, space: 0.6 * b.d.lead})
				return []part{{rows: f.rows}}, nil
			})
			units = append(units, dated...)
		case bl.Kind == compose.Field:
			space := 0.6
			switch {
			case fields == 0:
				space = 0.8
			case bl.Joined:
				space = 0
			}
			units = append(units, c.field(texts, bl.Lines, space)...)
			fields++
		case bl.Kind == compose.List:
			units = append(units, c.packList([2]compose.Block{bl, pts[1].Blocks[k]})...)
		}
	}
	return units
}

// coverTop is the top of a Columns pack's cover in each column, a unit
// per piece: a thick rule, the guide's title and the pack's title
// (bookmarked); with a name, "Prepared for:" and the name.
func (c *cols) coverTop(pts [2]*compose.Part, name string) []unit {
	us, _ := c.both(func(i int, b *builder) ([]part, error) {
		f := b.flow(packCoverID)
		f.rule(2*b.d.thick, 0.6*b.d.lead, 0)
		bs := pts[i].Blocks
		b.besideLogo(f, bs, func(f *flow) {
			c.coverTitles(b, f, bs, func(bl compose.Block) bool { return bl.Role == compose.GuideTitle || bl.Role == compose.CoverTitle })
		})
		c.coverTitles(b, f, bs, func(bl compose.Block) bool { return bl.Kind == compose.Name })
		startChapter(f.rows, packCoverID)
		return headParts(f.rows, true), nil
	})
	if name != "" {
		us = append(us, c.nameUnit(name))
	}
	return us
}

// coverTitles adds the guide's and the pack's titles of a Columns pack's
// cover to f, and "Prepared for:" when there is a name.
func (c *cols) coverTitles(b *builder, f *flow, bs []compose.Block, keep func(compose.Block) bool) {
	for _, bl := range bs {
		if !keep(bl) {
			continue
		}
		switch {
		case bl.Role == compose.GuideTitle:
			f.text(styled(bl, fonts.Regular), textOpts{size: b.st.Headings.Sub, role: RoleCover, keep: true})
		case bl.Role == compose.CoverTitle:
			f.headingOf(bl, b.st.Headings.Chapter, RoleCoverTitle, 0.4*b.d.lead, 0)
			f.keep = 0
		case bl.Kind == compose.Name:
			f.text(plain(bl.Text+":", fonts.Regular), textOpts{size: b.st.Headings.Section, role: RoleCover, space: 0.5 * b.d.lead})
		}
	}
}

// nameUnit is the person's name in bold, centred across both columns
// under "Prepared for:", printed once: it is in neither language.
func (c *cols) nameUnit(name string) unit {
	return c.spanUnit(packCoverID, func(b *builder, f *flow) {
		size := b.st.Headings.Section
		lead := b.st.Leading(size)
		tag := f.newTag(TagP)
		for i, ln := range typeset.Lines(b.m, plain(name, fonts.Bold), size, f.w) {
			it := lineItem(ln, textOpts{size: size, role: RoleCover, x: f.x + (f.w-ln.Width)/2, tag: tag}, lead, packCoverID)
			it.Name = bothColumns
			f.add(row{h: lead, space: 0.2 * b.d.lead, glue: i > 0, items: []Item{it}})
		}
	})
}

// field is a field to fill in by hand, space leads below what is above
// it: a box across both columns with the field's label in bold at its top
// in each column, level, and lines to write on under them, a handwriting
// line apart, the box's foot the last. One place to write serves readers
// of either language, and the gutter's rule stops at the box.
func (c *cols) field(texts [2]string, lines int, space float64) []unit {
	pad := 0.2 * c.b[0].d.lead
	label, _ := c.both(func(i int, b *builder) ([]part, error) {
		f := b.flow(packCoverID)
		o := textOpts{size: b.st.BodySize, role: RoleCover, space: space*b.d.lead + pad, keep: true}
		if i == 0 {
			o.x, o.w = b.x+b.boxInset(), b.w-b.boxInset()
		}
		f.text(plain(texts[i]+":", fonts.Bold), o)
		return []part{{rows: f.rows, keepNext: true}}, nil
	})
	top := unitsHeight(label) + pad
	box := c.spanUnit(packCoverID, func(b *builder, f *flow) {
		gap := b.notesGap()
		for i := range lines {
			r := row{h: gap, glue: i > 0}
			if i == 0 {
				r.items = append(r.items, Item{Kind: Frame, Role: RoleDecoration, X: f.x + b.d.thin/2, Y: -top,
					W: f.w - b.d.thin, H: top + float64(lines)*gap, Weight: b.d.thin, Ref: f.ref})
			}
			if i < lines-1 {
				r.items = append(r.items, Item{Kind: Rule, Role: RoleDecoration, X: f.x + b.boxInset(), Y: gap,
					W: f.w - 2*b.boxInset(), Weight: b.d.thin, Ref: f.ref})
			}
			f.add(r)
		}
	})
	return append(label, box)
}

// packList is the list of the pack's parts in each column (lists), its
// heading and each entry level with its translation.
func (c *cols) packList(lists [2]compose.Block) []unit {
	us, _ := c.both(func(i int, b *builder) ([]part, error) {
		f := b.flow(packCoverID)
		f.heading(lists[i].Text, b.st.Headings.Section, RoleHeading, 0.8*b.d.lead, -1)
		parts := headParts(f.rows, true)
		toc := f.newTag(TagTOC)
		for j, e := range lists[i].Entries {
			f := b.flow(packCoverID)
			f.parent = toc
			b.contentsEntry(f, e, b.st.BodySize, 0.2*b.d.lead*float64(min(j, 1)))
			parts = append(parts, part{rows: f.rows})
		}
		return parts, nil
	})
	return us
}
