package layout

import (
	"strings"

	"guidepress/compose"
	"guidepress/fonts"
	"guidepress/markup"
)

// contactGroup adds a group of contact entries (blocks[i] of a Key
// contacts part's blocks after its title) to f: its heading, when it has one, goes with the
// part's head; each entry is a piece of its own, never split across
// pages. A thick rule separates the group from the next.
func (b *builder) contactGroup(f *flow, blocks []compose.Block, i int, cuts *[]cut) {
	g := blocks[i]
	if g.Text != "" {
		f.heading(g.Text, b.st.Headings.Section, RoleHeading, 0.5*b.d.lead, 1)
		if n := len(*cuts); n > 0 && (*cuts)[n-1].head {
			(*cuts)[n-1].end = len(f.rows)
		}
	}
	first := true
	for _, prev := range blocks[:i] {
		first = first && (prev.Kind != compose.ContactGroup || len(prev.Children) == 0)
	}
	for j, c := range g.Children {
		b.contact(f, c.Contact, first && j == 0)
		if j == len(g.Children)-1 && i+1 < len(blocks) {
			f.rule(b.d.thick, b.d.lead, b.d.lead)
		}
		*cuts = append(*cuts, cut{end: len(f.rows)})
	}
}

// contact adds one entry: name, description, then a labelled line for
// each way to reach it, and the date it was checked.
func (b *builder) contact(f *flow, c *compose.ContactEntry, first bool) {
	f.ref = c.ID
	start := len(f.rows)
	size := b.st.BodySize
	space := b.d.lead
	if first {
		space = 0.3 * b.d.lead
	}
	f.text(plain(c.Name, fonts.Bold), textOpts{size: b.st.Headings.Sub, role: RoleContact, space: space})
	if c.Description != "" {
		f.text(plain(c.Description, fonts.Regular), textOpts{size: size, role: RoleContact})
	}
	for _, ln := range contactLines(c) {
		hang := b.m.Width(ln[0].Text, fonts.Bold, size)
		if hang > f.w/3 {
			hang = 0
		}
		f.text(ln, textOpts{size: size, role: RoleContact, space: 0.1 * b.d.lead, hang: hang})
	}
	f.text(plain(c.Checked, fonts.Regular), textOpts{size: b.st.MinSize, role: RoleNote, muted: true, space: 0.1 * b.d.lead})
	for k := start + 1; k < len(f.rows); k++ {
		f.rows[k].glue = true
	}
	f.ref = contactsID
}

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
		runs := []markup.Run{{Text: w.Label + ": ", Bold: true}, {Text: value, Link: w.Link}}
		if w.Note != "" {
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
