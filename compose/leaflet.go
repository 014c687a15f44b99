package compose

import (
	"errors"
	"fmt"
	"strings"

	"guidepress/content"
)

// Leaflet composes the leaflet of stage stageID in lang: a front (the
// guide's title, the stage's title and summary, the logo and the
// organisation), the
// stage's sections and figures, its key contacts (StageContacts, in area
// when it is not "", grouped as GroupContacts does), and the
// organisation's details at the foot of the last page: a folded booklet
// with a cover, its contacts on a page of their own unless that takes
// more paper.
//
// With sheet set it is one sheet printed on both sides: the front a
// panel (the titles and the organisation; the at_a_glance text says
// what a summary would) over the stage's at_a_glance text instead of
// its sections, then
// its contacts in their compact form (name, phone, web). A stage without
// at_a_glance is refused with an error that names the field to add.
func Leaflet(g *content.Guide, stageID, lang string, sheet bool, area string) (*Product, error) {
	c, err := newComposer(g, lang, "the leaflet")
	if err != nil {
		return nil, err
	}
	s, err := findStage(g, stageID)
	if err != nil {
		return nil, fmt.Errorf("lay out the leaflet: %w", err)
	}
	id, err := areaID(g, area)
	if err != nil {
		return nil, fmt.Errorf("lay out the leaflet: %w", err)
	}
	title := c.plain(s.Title)
	running := c.plain(s.ShortTitle)
	if running == "" {
		running = title
	}
	p := c.product(LeafletProduct, running)
	p.Meta.Title = strings.Join([]string{title, c.plain(g.Title)}, " – ")
	if sum := c.plain(s.Summary); sum != "" {
		p.Meta.Subject = sum
	}
	front := append(c.field(GuideTitle, g.Title), c.title(s.Title, 1, CoverTitle))
	if !sheet {
		front = append(front, c.field(Summary, s.Summary)...)
	}
	org := c.field(Organisation, g.Organisation)
	var body *Part
	contactsStart := NewPageUnlessMorePaper
	if sheet {
		if body, err = c.atAGlance(s); err != nil {
			return nil, err
		}
		p.Kind, p.Fold = SheetProduct, OneSheet
		p.Parts = []*Part{{Kind: FrontPanel, ID: s.ID, Title: title, Blocks: append(c.logo(), append(front, org...)...)}}
		contactsStart = Follow
	} else {
		if body, err = c.chapter(s, false); err != nil {
			return nil, err
		}
		p.Fold = Folded
		p.Parts = []*Part{{Kind: Cover, ID: s.ID, Title: title, Blocks: front, Foot: append(c.logo(), org...)}}
	}
	p.Parts = append(p.Parts, body)
	p.Chapters = []Entry{body.entry()}
	if cs := StageContacts(g, []string{s.ID}, id); len(cs) > 0 {
		ct := c.contacts(cs, contactsStart, id, sheet)
		p.Parts = append(p.Parts, ct)
		p.Chapters = append(p.Chapters, ct.entry())
	}
	p.Parts = append(p.Parts, &Part{Kind: Imprint, ID: BackCoverID, Blocks: c.imprint()})
	return p, nil
}

// AtAGlanceID is the id of the section a one-sheet leaflet makes of its
// stage's at_a_glance text.
const AtAGlanceID = "at-a-glance"

// ErrNoAtAGlance is wrapped by the error Leaflet returns when a one-sheet
// leaflet is asked of a stage without at_a_glance text.
var ErrNoAtAGlance = errors.New("the a4 format needs the stage's at_a_glance")

// atAGlance is a one-sheet leaflet's body: the stage's at_a_glance text
// as a section without a heading, following the front panel.
func (c *composer) atAGlance(s *content.Stage) (*Part, error) {
	if s.AtAGlance.Get(c.lang) == "" {
		return nil, fmt.Errorf("%s: lay out the leaflet: %w: add at_a_glance (%s) to stages/%s.yaml, a few short sentences on what happens at this stage and what to ask",
			s.Pos, ErrNoAtAGlance, strings.Join(c.g.Languages, ", "), s.ID)
	}
	body, err := c.markdown(s.AtAGlance)
	if err != nil {
		return nil, fmt.Errorf("lay out the at_a_glance of %s: %w", s.ID, err)
	}
	sec := Block{Kind: Section, ID: AtAGlanceID, Children: body, Pos: s.AtAGlance.TextPos(c.lang)}
	return &Part{Kind: Chapter, ID: s.ID, Title: c.plain(s.Title), Start: Follow, Blocks: []Block{sec}}, nil
}
