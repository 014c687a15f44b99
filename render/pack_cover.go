package render

import (
	"time"

	"guidepress/content"
	"guidepress/fonts"
	"guidepress/markup"
)

// packCover makes the rows of a pack's cover: a thick rule, the guide's
// title, the pack's title (bookmarked), who it was prepared for, the date,
// the fields to fill in by hand, and, with list set, "In this pack" with
// the page of each part when it all fits on the cover's page.
func (b *builder) packCover(name string, date time.Time, chapters []Chapter, list bool) []row {
	f := b.flow(packCoverID)
	f.rule(2*b.d.thick, 0.6*b.d.lead, 0)
	f.text(plain(b.g.Title.Get(b.lang), fonts.Regular), textOpts{size: b.st.Headings.Sub, role: RoleCover, keep: true})
	f.heading(b.label("pack_title", nil), b.st.Headings.Cover, RoleCoverTitle, 0.4*b.d.lead, 0)
	f.keep = 0
	if name != "" {
		runs := []markup.Run{{Text: b.label("prepared_for", nil) + ": "}, {Text: name, Bold: true}}
		f.text(runs, textOpts{size: b.st.Headings.Section, role: RoleCover, space: b.d.lead})
	} else {
		b.field(f, "prepared_for", 1, b.d.lead)
	}
	when := b.label("date", nil) + ": " + content.FormatDate(b.lang, date)
	f.text(plain(when, fonts.Regular), textOpts{size: b.st.BodySize, role: RoleCover, space: 0.4 * b.d.lead})
	f.rule(b.d.thick, b.d.lead, 0.5*b.d.lead)
	for _, fl := range []struct {
		key   string
		lines int
		space float64
	}{{"care_coordinator", 1, 0}, {"phone", 1, 0}, {"next_appointment", 2, 0.4}, {"gp", 1, 0.4}, {"phone", 1, 0}} {
		b.field(f, fl.key, fl.lines, fl.space*b.d.lead)
	}
	startChapter(f.rows, packCoverID)
	l := b.flow(packCoverID)
	l.heading(b.label("in_this_pack", nil), b.st.Headings.Section, RoleHeading, 0.8*b.d.lead, -1)
	b.contentsEntries(l, chapters, b.st.BodySize, 0.2*b.d.lead)
	if list && stackHeight(f.rows)+l.rows[0].space+stackHeight(l.rows) <= b.chrome.area.bottom-b.chrome.area.top {
		f.rows = append(f.rows, l.rows...)
	}
	for i := 1; i < len(f.rows); i++ {
		f.rows[i].glue = true // the cover is one page
	}
	return f.rows
}

// field adds a labelled space to write in by hand: the label in bold,
// then a writing line. The first line follows the label on its row when
// at least 40% of the width is left, else it goes under it; lines-1 more
// full-width lines follow.
func (b *builder) field(f *flow, key string, lines int, space float64) {
	label := b.label(key, nil) + ":"
	size := b.st.BodySize
	gap := b.notesGap()
	lead := b.st.Leading(size)
	w := b.m.width(label, fonts.Bold, size)
	sameRow := w+b.d.indent <= 0.6*f.w
	lns := breakLines(b.m, plain(label, fonts.Bold), size, f.w)
	for i, ln := range lns {
		r := row{h: lead, space: space, items: []Item{lineItem(ln, textOpts{size: size, role: RoleCover, x: f.x}, lead, f.ref)}}
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
