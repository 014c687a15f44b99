package render

import (
	"strings"

	"guidepress/content"
	"guidepress/fonts"
	"guidepress/markup"
)

// contacts makes the booklet's Key contacts chapter with every contact.
func (b *builder) contacts() []row {
	return b.contactSection(b.g.Contacts)
}

// contactsHead starts a Key contacts chapter of cs: its title and rule and,
// when there are crisis lines, their heading. It returns the flow and the
// contacts split into crisis lines and the rest.
func (b *builder) contactsHead(cs []*content.Contact) (f *flow, crisis, rest []*content.Contact) {
	f = b.flow(contactsID)
	f.heading(b.label("key_contacts", nil), b.st.Headings.Chapter, RoleTitle, 0, 0)
	startChapter(f.rows, contactsID)
	f.rule(b.d.thick, 0.8*b.d.lead, 0.2*b.d.lead)
	crisis, rest = splitCrisis(cs)
	if len(crisis) > 0 {
		f.heading(b.label("crisis", nil), b.st.Headings.Section, RoleHeading, 0.5*b.d.lead, 1)
	}
	return f, crisis, rest
}

// contactSection makes a Key contacts chapter of cs: crisis lines first
// under their own heading, then the rest, each group in the order given.
// An entry is never split across pages.
func (b *builder) contactSection(cs []*content.Contact) []row {
	f, crisis, rest := b.contactsHead(cs)
	if len(crisis) > 0 {
		for i, c := range crisis {
			b.contact(f, c, i == 0)
		}
		if len(rest) > 0 {
			f.rule(b.d.thick, b.d.lead, b.d.lead)
		}
	}
	for i, c := range rest {
		b.contact(f, c, i == 0 && len(crisis) == 0)
	}
	return f.rows
}

// contact adds one entry: name, description, then a labelled line for
// each way to reach it, and the date it was checked.
func (b *builder) contact(f *flow, c *content.Contact, first bool) {
	f.ref = c.ID
	start := len(f.rows)
	size := b.st.BodySize
	space := b.d.lead
	if first {
		space = 0.3 * b.d.lead
	}
	f.text(plain(c.Name.Get(b.lang), fonts.Bold), textOpts{size: b.st.Headings.Sub, role: RoleContact, space: space})
	if d := c.Description.Get(b.lang); d != "" {
		f.text(plain(d, fonts.Regular), textOpts{size: size, role: RoleContact})
	}
	for _, ln := range b.contactLines(c) {
		hang := b.m.width(ln[0].Text, fonts.Bold, size)
		if hang > f.w/3 {
			hang = 0
		}
		f.text(ln, textOpts{size: size, role: RoleContact, space: 0.1 * b.d.lead, hang: hang})
	}
	date := content.FormatDate(b.lang, c.Verified)
	f.text(plain(b.label("checked", map[string]string{"date": date}), fonts.Regular),
		textOpts{size: b.st.MinSize, role: RoleNote, muted: true, space: 0.1 * b.d.lead})
	for k := start + 1; k < len(f.rows); k++ {
		f.rows[k].glue = true
	}
	f.ref = contactsID
}

// contactLines are the labelled ways to reach a contact, in a fixed order.
func (b *builder) contactLines(c *content.Contact) [][]markup.Run {
	var out [][]markup.Run
	add := func(key, value, link string, note content.Text) {
		if value == "" {
			return
		}
		runs := []markup.Run{{Text: b.label(key, nil) + ": ", Bold: true}, {Text: value, Link: link}}
		if n := note.Get(b.lang); n != "" {
			runs = append(runs, markup.Run{Text: ", " + n})
		}
		out = append(out, runs)
	}
	none := content.Text{}
	add("phone", keepTogether(c.Phone), telLink(c.Phone), c.PhoneNote)
	add("text", keepTogether(c.TextNumber), "", c.TextNote)
	if c.Email != "" {
		add("email", c.Email, "mailto:"+c.Email, none)
	}
	add("web", displayURL(c.Web), c.Web, none)
	add("hours", c.Hours.Get(b.lang), "", none)
	add("address", c.Address.Get(b.lang), "", none)
	return out
}

// keepTogether joins a phone number's groups with no-break spaces, so a
// number is never split across lines and misread.
func keepTogether(number string) string {
	return strings.ReplaceAll(number, " ", "\u00A0")
}

// telLink makes a tel: link from a phone number written with spaces.
func telLink(phone string) string {
	if phone == "" {
		return ""
	}
	return "tel:" + strings.ReplaceAll(phone, " ", "")
}

// displayURL shortens a web address for print: no scheme, no final slash.
func displayURL(u string) string {
	u = strings.TrimPrefix(strings.TrimPrefix(u, "https://"), "http://")
	return strings.TrimSuffix(u, "/")
}
