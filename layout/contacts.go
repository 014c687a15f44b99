package layout

import (
	"strings"

	"guidepress/compose"
	"guidepress/fonts"
	"guidepress/markup"
	"guidepress/styles"
	"guidepress/typeset"
)

// contactGroup adds a group of contact entries (blocks[i] of a Key
// contacts part's blocks after its title) to f: its heading, when it
// has one, goes with the part's head or with its first entry; each entry
// is a piece of its own, never split across pages. A thick rule
// separates the crisis lines from the groups after them.
func (b *builder) contactGroup(f *flow, blocks []compose.Block, i int, cuts *[]cut) {
	g := blocks[i]
	compact := len(g.Children) > 0 && g.Children[0].Role == compose.Compact
	if g.Text != "" {
		size, space := b.st.Headings.Section, 0.5*b.d.lead
		area := strings.HasPrefix(g.ID, compose.AreaGroupPrefix)
		switch {
		case compact && area:
			size, space = b.st.BodySize, 0.4*b.d.lead
		case compact:
			size = b.st.Headings.Sub
		case area:
			size, space = b.st.Headings.Sub, b.d.lead // many areas: smaller heads
		case i > 0 && !isCrisis(blocks[i-1]):
			space = 1.2 * b.d.lead
		}
		f.heading(g.Text, size, RoleHeading, space, 1)
		if n := len(*cuts); n > 0 && (*cuts)[n-1].head {
			(*cuts)[n-1].end = len(f.rows)
		} else {
			// A piece of its own, kept with the first entry, so that the
			// entries start level in a Columns edition.
			*cuts = append(*cuts, cut{end: len(f.rows), keepNext: true})
		}
	}
	first := true
	for _, prev := range blocks[:i] {
		first = first && (prev.Kind != compose.ContactGroup || len(prev.Children) == 0)
	}
	for j, c := range g.Children {
		b.contact(f, c.Contact, first && j == 0, c.Role == compose.Compact)
		if j == len(g.Children)-1 && i+1 < len(blocks) && isCrisis(g) {
			h := b.d.lead
			if compact {
				h *= 0.6 // a sheet's compact entries take less room
			}
			f.rule(b.d.thick, h, h/2)
		}
		*cuts = append(*cuts, cut{end: len(f.rows)})
	}
}

// isCrisis reports whether g is the group of crisis lines.
func isCrisis(g compose.Block) bool { return g.ID == compose.CrisisGroup }

// contact adds one entry, compact enough for four or more to an A5 page:
// the name in bold, the description, the labelled ways to reach it
// packed side by side where they fit on a line (each whole on one line
// when it can be), and the date it was checked, small. A compact entry
// (compose.Compact) is the name and the phone and web address, on one
// line where they fit.
func (b *builder) contact(f *flow, c *compose.ContactEntry, first, compact bool) {
	f.ref = c.ID
	parent := f.parent
	f.parent = f.newTag(TagDiv) // the entry's paragraphs, together
	defer func() { f.parent = parent }()
	start := len(f.rows)
	size := b.st.BodySize
	space := 0.55 * b.d.lead
	if compact {
		space = 0.25 * b.d.lead
	}
	if first {
		space = 0.3 * b.d.lead
	}
	name := inFace(c.NameRuns, fonts.Bold)
	if len(c.NameRuns) == 0 {
		name = plain(c.Name, fonts.Bold)
	}
	if compact {
		for i, ln := range typeset.Pack(b.m, append([][]markup.Run{name}, contactLines(c)...), waySep, size, f.w) {
			f.text(ln, textOpts{size: size, role: RoleContact, space: space * float64(1-min(i, 1))})
		}
	} else {
		idx := f.text(name, textOpts{size: size, role: RoleContact, space: space})
		checked := b.checkedBeside(f, &f.rows[idx[len(idx)-1]], c.Checked)
		if c.Description != "" {
			f.text(descriptionRuns(c), textOpts{size: size, role: RoleContact})
		}
		for _, ln := range typeset.Pack(b.m, contactLines(c), waySep, size, f.w) {
			f.text(ln, textOpts{size: size, role: RoleContact, space: 0.1 * b.d.lead, hang: b.hang(ln, size, f.w)})
		}
		if last := &f.rows[len(f.rows)-1]; !checked && len(f.rows) > start+1 {
			checked = b.checkedBeside(f, last, c.Checked)
		}
		if !checked {
			f.text(plain(c.Checked, fonts.Regular), textOpts{size: b.st.MinSize, role: RoleNote, muted: true, space: 0.05 * b.d.lead})
		}
	}
	for k := start + 1; k < len(f.rows); k++ {
		f.rows[k].glue = true
	}
	f.keep = 0 // a heading above holds its first entry, not the next
	f.ref = contactsID
}

// checkedBeside puts the "Checked <date>" line, small and muted, at the
// right end of r (the last line of a contact's name, else of its entry)
// in f, when it fits there with an em to spare; it reports whether it
// did.
func (b *builder) checkedBeside(f *flow, r *row, checked string) bool {
	name := r.items[0]
	size := b.st.MinSize
	w := b.m.Width(checked, fonts.Regular, size)
	x := f.x + f.w - w
	if name.X+name.W+b.st.BodySize*styles.PtToMM > x {
		return false
	}
	r.items = append(r.items, Item{Kind: TextLine, Role: RoleNote, X: x, W: w, H: r.h, Size: size, Muted: true, Ref: f.ref, Tag: f.newTag(TagP),
		Spans: []typeset.Span{{Text: checked, Face: fonts.Regular, X: x, W: w}}})
	return true
}

// hang is the hanging indent of a way to reach a contact that takes more
// than a line: the width of its label, unless that is over a third of
// the line.
func (b *builder) hang(ln []markup.Run, size, w float64) float64 {
	hang := b.m.Width(ln[0].Text, fonts.Bold, size)
	if hang > w/3 {
		return 0
	}
	return hang
}

// waySep separates ways to reach a contact printed on one line.
var waySep = markup.Run{Text: "  ·  "}

// contactLines are the labelled ways to reach a contact as printed: a
// phone or text number never broken across lines, a web address without
// its scheme.
func contactLines(c *compose.ContactEntry) [][]markup.Run {
	var out [][]markup.Run
	for _, w := range c.Ways {
		value := w.Value
		switch w.Key {
		case "phone", "text":
			value = keepTogether(value)
		case "web":
			value = displayURL(value)
		}
		runs := []markup.Run{{Text: w.Label + ": ", Bold: true}}
		if len(w.Runs) > 0 {
			runs = append(runs, w.Runs...)
		} else {
			runs = append(runs, markup.Run{Text: value, Link: w.Link})
		}
		switch {
		case len(w.NoteRuns) > 0:
			runs = append(append(runs, markup.Run{Text: ", "}), w.NoteRuns...)
		case w.Note != "":
			runs = append(runs, markup.Run{Text: ", " + w.Note})
		}
		out = append(out, runs)
	}
	return out
}

// keepTogether joins a phone number's groups with no-break spaces, so a
// number is never split across lines and misread.
func keepTogether(number string) string {
	return strings.ReplaceAll(number, " ", "\u00A0")
}

// displayURL shortens a web address for print: no scheme, no final slash.
func displayURL(u string) string {
	u = strings.TrimPrefix(strings.TrimPrefix(u, "https://"), "http://")
	return strings.TrimSuffix(u, "/")
}

// descriptionRuns are a contact's description as printed: the runs of
// its inline Markdown, or its plain text.
func descriptionRuns(c *compose.ContactEntry) []markup.Run {
	if len(c.DescriptionRuns) > 0 {
		return c.DescriptionRuns
	}
	return plain(c.Description, fonts.Regular)
}
