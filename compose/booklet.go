package compose

import (
	"fmt"
	"slices"

	"guidepress/content"
)

// Booklet composes the whole guide in lang: a cover (title and subtitle;
// the logo, organisation and edition at the foot), "How to use this guide" when
// the guide has one, the contents, a chapter per stage, every contact,
// and a back cover with the organisation's details. It is folded: the
// page count is made up with Notes pages, before the back cover.
func Booklet(g *content.Guide, lang string) (*Product, error) {
	return AreaBooklet(g, lang, "")
}

// AreaBooklet composes the booklet as Booklet does, for one area when
// area (an area's id or name, see FindArea) is not "": an area edition,
// whose Key contacts are the crisis lines, the services for every area
// and that area's, and whose cover names the area.
func AreaBooklet(g *content.Guide, lang, area string) (*Product, error) {
	c, err := newComposer(g, lang, "the booklet")
	if err != nil {
		return nil, err
	}
	a, err := optionalArea(g, area)
	if err != nil {
		return nil, fmt.Errorf("lay out the booklet: %w", err)
	}
	p := c.product(BookletProduct, g.FooterTitle(lang))
	p.RunningHeads, p.Fold = true, Folded
	cover := &Part{Kind: Cover, ID: CoverID,
		Blocks: append([]Block{c.coverTitle(g.Title)}, c.field(Subtitle, g.Subtitle)...),
		Foot:   slices.Concat(c.logo(), c.field(Organisation, g.Organisation), text(Edition, c.edition()))}
	cs, id := g.Contacts, ""
	if a != nil {
		id = a.ID
		cover.Blocks = append(cover.Blocks, text(AreaEdition, c.label("area_edition", map[string]string{"area": c.plain(a.Name)}))...)
		cs = inArea(cs, id)
	}
	p.Parts = []*Part{cover}
	var chapters []*Part
	for _, s := range append([]*content.Stage{g.Intro}, g.Stages...) {
		if s == nil {
			continue
		}
		ch, err := c.chapter(s, true)
		if err != nil {
			return nil, err
		}
		chapters = append(chapters, ch)
	}
	contacts := c.contacts(cs, NewPage, id, false)
	for _, ch := range append(chapters, contacts) {
		p.Chapters = append(p.Chapters, ch.entry())
	}
	title := c.label("contents", nil)
	contents := &Part{Kind: Contents, ID: ContentsID, Title: title,
		Blocks: []Block{{Kind: Heading, Level: 1, Text: title, Bookmark: true}, {Kind: List, Entries: p.Chapters}}}
	if g.Intro != nil {
		p.Parts = append(p.Parts, chapters[0])
		chapters = chapters[1:]
	}
	p.Parts = append(p.Parts, contents)
	p.Parts = append(p.Parts, chapters...)
	p.Parts = append(p.Parts, contacts, &Part{Kind: BackCover, ID: BackCoverID, Blocks: c.backCover()})
	return p, nil
}

// coverTitle is the guide's title on a cover: not bookmarked (the cover
// is not a chapter).
func (c *composer) coverTitle(t content.Text) Block {
	b := c.title(t, 1, CoverTitle)
	b.Bookmark, b.Pos = false, content.Position{}
	return b
}
