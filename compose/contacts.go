package compose

import (
	"fmt"
	"slices"
	"strings"

	"guidepress/content"
	"guidepress/markup"
)

// contacts is a Key contacts part of cs: its title, then the crisis
// lines under their own heading, then the services for every area, then
// a group for each of the guide's areas (in the order of contacts.yaml)
// under the area's name, each group in the order given. A contact that
// serves several areas is listed in each of their groups; with area set
// (an area edition) only that area's group is made. compact makes
// compact entries (name, phone, web) for a one-sheet leaflet.
func (c *composer) contacts(cs []*content.Contact, start Start, area string, compact bool) *Part {
	title := c.label("key_contacts", nil)
	p := &Part{Kind: Contacts, ID: ContactsID, Title: title, Start: start,
		Blocks: []Block{{Kind: Heading, Level: 1, Text: title, Bookmark: true}}}
	for _, g := range GroupContacts(c.g, cs, area) {
		var b Block
		if g.Area != nil {
			b = c.contactGroup(c.plain(g.Area.Name), g.Contacts, compact)
			b.ID = AreaGroupPrefix + g.Area.ID
		} else {
			b = c.contactGroup(c.label(g.Label, nil), g.Contacts, compact)
			b.ID = strings.ReplaceAll(g.Label, "_", "-")
		}
		p.Blocks = append(p.Blocks, b)
	}
	return p
}

// Ids of the contact groups (ContactGroup blocks): the crisis lines, the
// services for every area, and an area's, whose id follows the prefix.
const (
	CrisisGroup     = "crisis"
	EveryAreaGroup  = "every-area"
	AreaGroupPrefix = "area-"
)

// ContactSet is a group of contacts as Key contacts list them: the
// crisis lines, the services for every area, or one area's.
type ContactSet struct {
	// Label is the group's heading's label key ("crisis", "every_area"),
	// or "" for an area's group.
	Label string
	// Area is the area of an area's group.
	Area *content.Area
	// Contacts are the group's contacts, in the order given.
	Contacts []*content.Contact
}

// GroupContacts groups cs as Key contacts list them: crisis lines first,
// then the services for every area, then a group for each of g's areas
// that has contacts, under that area (only area's when area, an area id,
// is not ""). Empty groups are left out; every contact of cs is in at
// least one group, or in none only when it is limited to other areas
// than area.
func GroupContacts(g *content.Guide, cs []*content.Contact, area string) []ContactSet {
	crisis, rest := SplitCrisis(cs)
	var out []ContactSet
	if len(crisis) > 0 {
		out = append(out, ContactSet{Label: "crisis", Contacts: crisis})
	}
	var every []*content.Contact
	for _, ct := range rest {
		if ct.AllAreas || len(ct.Areas) == 0 {
			every = append(every, ct)
		}
	}
	if len(every) > 0 {
		out = append(out, ContactSet{Label: "every_area", Contacts: every})
	}
	for _, a := range g.Areas {
		if area != "" && a.ID != area {
			continue
		}
		var in []*content.Contact
		for _, ct := range rest {
			if !ct.AllAreas && slices.Contains(ct.Areas, a.ID) {
				in = append(in, ct)
			}
		}
		if len(in) > 0 {
			out = append(out, ContactSet{Area: a, Contacts: in})
		}
	}
	return out
}

// contactGroup is a ContactGroup block of cs under heading.
func (c *composer) contactGroup(heading string, cs []*content.Contact, compact bool) Block {
	g := Block{Kind: ContactGroup, Text: heading}
	for _, ct := range cs {
		b := Block{Kind: Contact, ID: ct.ID, Contact: c.contact(ct), Pos: ct.Pos}
		if compact {
			b.Role, b.Contact.Ways = Compact, compactWays(b.Contact.Ways)
		}
		g.Children = append(g.Children, b)
	}
	return g
}

// contact is a contact's entry in the product's language.
func (c *composer) contact(ct *content.Contact) *ContactEntry {
	e := &ContactEntry{ID: ct.ID, NameRuns: c.g.Inline(ct.Name, c.lang), DescriptionRuns: c.g.Inline(ct.Description, c.lang),
		Verified: ct.Verified, Checked: c.label("checked", map[string]string{"date": content.FormatDate(c.lang, ct.Verified)})}
	e.Name, e.Description = markup.PlainText(e.NameRuns), markup.PlainText(e.DescriptionRuns)
	add := func(key, value, link string, note content.Text) {
		if value != "" {
			noteRuns := c.g.Inline(note, c.lang)
			e.Ways = append(e.Ways, Way{Key: key, Label: c.label(key, nil), Value: value, Link: link,
				Note: markup.PlainText(noteRuns), NoteRuns: noteRuns})
		}
	}
	field := func(key string, runs []markup.Run) {
		if len(runs) > 0 {
			e.Ways = append(e.Ways, Way{Key: key, Label: c.label(key, nil), Value: markup.PlainText(runs), Runs: runs})
		}
	}
	none := content.Text{}
	add("phone", ct.Phone, telLink(ct.Phone), ct.PhoneNote)
	add("text", ct.TextNumber, "", ct.TextNote)
	if ct.Email != "" {
		add("email", ct.Email, "mailto:"+ct.Email, none)
	}
	add("web", ct.Web, ct.Web, none)
	field("hours", c.g.Inline(ct.Hours, c.lang))
	field("address", c.g.InlineLines(ct.Address, c.lang))
	return e
}

// compactWays are the ways to reach a contact that a compact entry
// shows: its phone and text numbers and web address; its email or
// address only when it has none of those, so every entry says how to
// reach it.
func compactWays(ways []Way) []Way {
	var main, other []Way
	for _, w := range ways {
		switch w.Key {
		case "phone", "text", "web":
			main = append(main, w)
		case "email", "address":
			other = append(other, w)
		}
	}
	if len(main) > 0 {
		return main
	}
	return other
}

// ContactIDs are the ids of the contacts p lists in its Key contacts.
func (p *Product) ContactIDs() map[string]bool {
	ids := map[string]bool{}
	if pt := p.Part(Contacts); pt != nil {
		for _, g := range pt.Blocks {
			for _, c := range g.Children {
				ids[c.ID] = true
			}
		}
	}
	return ids
}

// AreaGroups is how many areas' groups p's Key contacts hold.
func (p *Product) AreaGroups() int {
	n := 0
	if pt := p.Part(Contacts); pt != nil {
		for _, g := range pt.Blocks {
			if strings.HasPrefix(g.ID, AreaGroupPrefix) {
				n++
			}
		}
	}
	return n
}

// telLink makes a tel: link from a phone number written with spaces.
func telLink(phone string) string {
	if phone == "" {
		return ""
	}
	return "tel:" + strings.ReplaceAll(phone, " ", "")
}

// StageContacts returns the contacts for the stages stageIDs, as a
// leaflet or a discharge pack lists them: every contact tagged for all
// stages or for one of stageIDs, and every contact one of those stages
// names in its own contacts list, each once. Crisis lines come first, then
// the rest, each group in the order of contacts.yaml.
//
// area is an area id (see FindArea): a contact limited to other areas is
// left out, while one that serves all of Wales is kept. An empty area
// keeps every contact.
func StageContacts(g *content.Guide, stageIDs []string, area string) []*content.Contact {
	named := map[string]bool{}
	for _, id := range stageIDs {
		if s := g.StageByID(id); s != nil {
			for _, c := range s.Contacts {
				named[c] = true
			}
		}
	}
	var out []*content.Contact
	for _, c := range inArea(g.Contacts, area) {
		forStage := c.AllStages || named[c.ID] || slices.ContainsFunc(c.Stages, func(s string) bool {
			return slices.Contains(stageIDs, s)
		})
		if forStage {
			out = append(out, c)
		}
	}
	crisis, rest := SplitCrisis(out)
	return append(crisis, rest...)
}

// inArea are the contacts of cs that serve area (an area id): those that
// serve every area and those limited to areas that include it. An empty
// area keeps every contact.
func inArea(cs []*content.Contact, area string) []*content.Contact {
	var out []*content.Contact
	for _, c := range cs {
		if area == "" || c.AllAreas || slices.Contains(c.Areas, area) {
			out = append(out, c)
		}
	}
	return out
}

// SplitCrisis separates crisis lines from the other contacts, keeping the
// order of each.
func SplitCrisis(cs []*content.Contact) (crisis, rest []*content.Contact) {
	for _, c := range cs {
		if c.Crisis {
			crisis = append(crisis, c)
		} else {
			rest = append(rest, c)
		}
	}
	return crisis, rest
}

// FindArea returns the area of g whose id, or whose name in any of the
// guide's languages, is name (names compared without regard to case or
// to the kind of apostrophe). An unknown name is an error that lists the
// areas the guide knows.
func FindArea(g *content.Guide, name string) (*content.Area, error) {
	want := foldName(name)
	for _, a := range g.Areas {
		if a.ID == name {
			return a, nil
		}
		for _, lang := range g.Languages {
			if n := a.Name.Get(lang); n != "" && foldName(n) == want {
				return a, nil
			}
		}
	}
	if len(g.Areas) == 0 {
		return nil, fmt.Errorf("unknown area %q: the guide has no areas", name)
	}
	known := make([]string, len(g.Areas))
	for i, a := range g.Areas {
		var names []string
		for _, lang := range g.Languages {
			if n := a.Name.Get(lang); n != "" && !slices.Contains(names, n) {
				names = append(names, n)
			}
		}
		known[i] = a.ID
		if len(names) > 0 {
			known[i] += " (" + strings.Join(names, " / ") + ")"
		}
	}
	return nil, fmt.Errorf("unknown area %q; the guide's areas are: %s", name, strings.Join(known, ", "))
}

// foldName makes an area name comparable: lower case, straight
// apostrophes, single spaces.
func foldName(s string) string {
	s = strings.ReplaceAll(strings.ToLower(s), "’", "'")
	return strings.Join(strings.Fields(s), " ")
}
