package render

import (
	"time"

	"guidepress/content"
	"guidepress/fonts"
)

// bothColumns is the Name of a text line drawn once across both columns
// of a Columns edition because it belongs to neither language: the
// person's name on a pack's cover.
const bothColumns = "both-columns"

// packField is a field of a pack's cover to fill in by hand: its label's
// key, how many lines to write on, and the space above its box in leads.
type packField struct {
	key   string
	lines int
	space float64
}

// packFields are the cover's fields, in order; a field with no space
// above it shares its box's top with the box above.
var packFields = []packField{{"care_coordinator", 1, 0.8}, {"phone", 1, 0}, {"next_appointment", 2, 0.6}, {"gp", 1, 0.6}, {"phone", 1, 0}}

// packCover makes the units of a Columns pack's cover, level in both
// columns: the guide's and the pack's titles, "Prepared for" and the
// person's name once across both columns (or a field to write it in), the
// date, a box for each field to fill in, labelled in both languages over
// one set of writing lines, and "In this pack" with the page of each part
// when it all fits on the cover's page.
func (c *cols) packCover(name string, date time.Time, chapters [2][]Chapter) []unit {
	units := c.coverTop(name)
	if name == "" {
		units = append(units, c.field("prepared_for", 1, 0.6)...)
	}
	dated, _ := c.both(func(_ int, b *builder) ([]part, error) {
		f := b.flow(packCoverID)
		when := b.label("date", nil) + ": " + content.FormatDate(b.lang, date)
		f.text(plain(when, fonts.Regular), textOpts{size: b.st.BodySize, role: RoleCover, space: 0.6 * b.d.lead})
		return []part{{rows: f.rows}}, nil
	})
	units = append(units, dated...)
	for _, fl := range packFields {
		units = append(units, c.field(fl.key, fl.lines, fl.space)...)
	}
	list := c.packList(chapters)
	room := c.b[0].chrome.area.bottom - c.b[0].chrome.area.top
	if unitsHeight(append(units, list...)) <= room+eps {
		units = append(units, list...)
	}
	return units
}

// coverTop is the top of a Columns pack's cover in each column, a unit
// per piece: a thick rule, the guide's title and the pack's title
// (bookmarked); with a name, "Prepared for:" and the name.
func (c *cols) coverTop(name string) []unit {
	us, _ := c.both(func(_ int, b *builder) ([]part, error) {
		f := b.flow(packCoverID)
		f.rule(2*b.d.thick, 0.6*b.d.lead, 0)
		f.text(plain(b.g.Title.Get(b.lang), fonts.Regular), textOpts{size: b.st.Headings.Sub, role: RoleCover, keep: true})
		f.heading(b.label("pack_title", nil), b.st.Headings.Chapter, RoleCoverTitle, 0.4*b.d.lead, 0)
		f.keep = 0
		if name != "" {
			label := b.label("prepared_for", nil) + ":"
			f.text(plain(label, fonts.Regular), textOpts{size: b.st.Headings.Section, role: RoleCover, space: 0.5 * b.d.lead})
		}
		startChapter(f.rows, packCoverID)
		return headParts(f.rows, true), nil
	})
	if name != "" {
		us = append(us, c.nameUnit(name))
	}
	return us
}

// nameUnit is the person's name in bold, centred across both columns
// under "Prepared for:", printed once: it is in neither language.
func (c *cols) nameUnit(name string) unit {
	return c.spanUnit(packCoverID, func(b *builder, f *flow) {
		size := b.st.Headings.Section
		lead := b.st.Leading(size)
		for i, ln := range breakLines(b.m, plain(name, fonts.Bold), size, f.w) {
			it := lineItem(ln, textOpts{size: size, role: RoleCover, x: f.x + (f.w-ln.Width)/2}, lead, packCoverID)
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
func (c *cols) field(key string, lines int, space float64) []unit {
	pad := 0.2 * c.b[0].d.lead
	label, _ := c.both(func(i int, b *builder) ([]part, error) {
		f := b.flow(packCoverID)
		o := textOpts{size: b.st.BodySize, role: RoleCover, space: space*b.d.lead + pad, keep: true}
		if i == 0 {
			o.x, o.w = b.x+b.boxInset(), b.w-b.boxInset()
		}
		f.text(plain(b.label(key, nil)+":", fonts.Bold), o)
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

// packList is "In this pack" in each column with an entry per part, each
// entry level with its translation.
func (c *cols) packList(chapters [2][]Chapter) []unit {
	us, _ := c.both(func(i int, b *builder) ([]part, error) {
		f := b.flow(packCoverID)
		f.heading(b.label("in_this_pack", nil), b.st.Headings.Section, RoleHeading, 0.8*b.d.lead, -1)
		parts := headParts(f.rows, true)
		for j, ch := range chapters[i] {
			f := b.flow(packCoverID)
			b.contentsEntries(f, []Chapter{ch}, b.st.BodySize, 0)
			if j > 0 {
				f.rows[0].space = 0.2 * b.d.lead
			}
			parts = append(parts, part{rows: f.rows})
		}
		return parts, nil
	})
	return us
}
