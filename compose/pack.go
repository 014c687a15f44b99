package compose

import (
	"fmt"
	"strings"
	"time"

	"guidepress/content"

	"golang.org/x/text/unicode/norm"
)

// PackOptions choose what a discharge pack holds and who it is for.
type PackOptions struct {
	// Stages are the ids of the stages whose content the pack holds. They
	// are printed in the guide's order, each once.
	Stages []string
	// Area is a health board area's id or name (see FindArea): contacts
	// limited to other areas are left out. "" keeps every contact.
	Area string
	// Name is the person the pack is for, printed on the cover only. ""
	// leaves a field to write a name in.
	Name string
	// Date is printed on the cover; the zero time is the guide's edition
	// date, so that the same inputs always give the same bytes.
	Date time.Time
}

// packFields are the cover's fields to fill in by hand: a label key, how
// many lines to write on, and whether it goes with the field before.
var packFields = []struct {
	key    string
	lines  int
	joined bool
}{{"care_coordinator", 1, false}, {"phone", 1, true}, {"next_appointment", 2, false}, {"gp", 1, false}, {"phone", 1, true}}

// Pack composes a discharge pack in lang: a cover (the guide's title, the
// pack's title, the person's name or a field for it, the date, fields to
// fill in by hand for the care coordinator, the next appointment and the
// GP, and the list of what is in it where that fits), the chosen stages'
// chapters, "My goals" with a row for each area of life, the Key contacts
// of those stages (StageContacts) and the organisation's details at the
// foot of the last page.
//
// The name is on the cover only: not in the document's information,
// bookmarks or any error.
func Pack(g *content.Guide, lang string, opts PackOptions) (*Product, error) {
	c, err := newComposer(g, lang, "the pack")
	if err != nil {
		return nil, err
	}
	stages, err := Stages(g, opts.Stages)
	if err != nil {
		return nil, fmt.Errorf("lay out the pack: %w", err)
	}
	area, err := areaID(g, opts.Area)
	if err != nil {
		return nil, fmt.Errorf("lay out the pack: %w", err)
	}
	date := opts.Date
	if date.IsZero() {
		date = g.Edition
	}
	title := c.label("pack_title", nil)
	p := c.product(PackProduct, title)
	p.Meta.Title = title + " – " + c.plain(g.Title)
	ids, titles := make([]string, len(stages)), make([]string, len(stages))
	var parts []*Part
	for i, s := range stages {
		ids[i], titles[i] = s.ID, c.plain(s.Title)
		ch, err := c.chapter(s, true)
		if err != nil {
			return nil, err
		}
		parts = append(parts, ch)
	}
	p.Meta.Subject, p.Meta.Date = strings.Join(titles, ", "), date
	parts = append(parts, c.goals())
	if cs := StageContacts(g, ids, area); len(cs) > 0 {
		parts = append(parts, c.contacts(cs, NewPage, area, false))
	}
	for _, pt := range parts {
		p.Chapters = append(p.Chapters, pt.entry())
	}
	p.Parts = append([]*Part{c.packCover(g, title, TidyName(opts.Name), date, p.Chapters)}, parts...)
	p.Parts = append(p.Parts, &Part{Kind: Imprint, ID: BackCoverID, Blocks: c.imprint()})
	return p, nil
}

// packCover is a pack's cover part.
func (c *composer) packCover(g *content.Guide, title, name string, date time.Time, chapters []Entry) *Part {
	bs := append(append(c.logo(), c.field(GuideTitle, g.Title)...), Block{Kind: Heading, Level: 1, Role: CoverTitle, Text: title, Bookmark: true})
	if name != "" {
		bs = append(bs, Block{Kind: Name, Text: c.label("prepared_for", nil), Name: name})
	} else {
		bs = append(bs, Block{Kind: Field, ID: "prepared_for", Text: c.label("prepared_for", nil), Lines: 1})
	}
	bs = append(bs, text(Dated, c.label("date", nil)+": "+content.FormatDate(c.lang, date))...)
	for _, f := range packFields {
		bs = append(bs, Block{Kind: Field, ID: f.key, Text: c.label(f.key, nil), Lines: f.lines, Joined: f.joined})
	}
	bs = append(bs, Block{Kind: List, Text: c.label("in_this_pack", nil), Entries: chapters})
	return &Part{Kind: PackCover, ID: PackCoverID, Blocks: bs}
}

// goals is the "My goals" part: its title, what to do, and a row for
// each area of life.
func (c *composer) goals() *Part {
	title := c.label("my_goals", nil)
	var areas []Entry
	for _, a := range c.g.Recovery.LifeAreas {
		areas = append(areas, Entry{ID: a.ID, Title: c.plain(a.Title)})
	}
	return &Part{Kind: GoalsPage, ID: GoalsID, Title: title, Blocks: []Block{
		{Kind: Heading, Level: 1, Text: title, Bookmark: true},
		{Kind: Paragraph, Role: Instructions, Text: c.label("goals_intro", nil)},
		{Kind: Goals, Entries: areas},
	}}
}

// TidyName is a person's name as printed: NFC, single spaces.
func TidyName(name string) string {
	return strings.Join(strings.Fields(norm.NFC.String(name)), " ")
}
