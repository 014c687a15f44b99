package compose

import (
	"fmt"
	"strings"

	"guidepress/content"
)

// Leaflet composes the leaflet of stage stageID in lang: a front (the
// guide's title, the stage's title and summary, the organisation), the
// stage's sections and figures, its key contacts (StageContacts, in area
// when it is not ""), and the organisation's details at the foot of the
// last page. With sheet set it is one sheet printed on both sides (the
// front a panel over the stage, the contacts following on); else a
// folded booklet with a cover, its contacts on a page of their own
// unless that takes more paper.
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
	title := s.Title.Get(lang)
	p := c.product(LeafletProduct, s.RunningTitle(lang))
	p.Meta.Title = strings.Join([]string{title, g.Title.Get(lang)}, " – ")
	if sum := s.Summary.Get(lang); sum != "" {
		p.Meta.Subject = sum
	}
	front := append(text(GuideTitle, g.Title.Get(lang)),
		Block{Kind: Heading, Level: 1, Role: CoverTitle, Text: title, Bookmark: true, Pos: s.Title.TextPos(lang)})
	front = append(front, text(Summary, s.Summary.Get(lang))...)
	org := text(Organisation, g.Organisation.Get(lang))
	body, err := c.chapter(s, false)
	if err != nil {
		return nil, err
	}
	contactsStart := NewPageUnlessMorePaper
	if sheet {
		p.Kind, p.Fold = SheetProduct, OneSheet
		p.Parts = []*Part{{Kind: FrontPanel, ID: s.ID, Title: title, Blocks: append(front, org...)}}
		body.Start, contactsStart = Follow, Follow
	} else {
		p.Fold = Folded
		p.Parts = []*Part{{Kind: Cover, ID: s.ID, Title: title, Blocks: front, Foot: org}}
	}
	p.Parts = append(p.Parts, body)
	p.Chapters = []Entry{body.entry()}
	if cs := StageContacts(g, []string{s.ID}, id); len(cs) > 0 {
		ct := c.contacts(cs, contactsStart)
		p.Parts = append(p.Parts, ct)
		p.Chapters = append(p.Chapters, ct.entry())
	}
	p.Parts = append(p.Parts, &Part{Kind: Imprint, ID: BackCoverID, Blocks: c.imprint()})
	return p, nil
}
