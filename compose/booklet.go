package compose

import "guidepress/content"

// Booklet composes the whole guide in lang: a cover (title and subtitle;
// organisation and edition at the foot), "How to use this guide" when
// the guide has one, the contents, a chapter per stage, every contact,
// and a back cover with the organisation's details. It is folded: the
// page count is made up with Notes pages, before the back cover.
func Booklet(g *content.Guide, lang string) (*Product, error) {
	c, err := newComposer(g, lang, "the booklet")
	if err != nil {
		return nil, err
	}
	p := c.product(BookletProduct, g.FooterTitle(lang))
	p.RunningHeads, p.Fold = true, Folded
	cover := &Part{Kind: Cover, ID: CoverID,
		Blocks: append([]Block{{Kind: Heading, Level: 1, Role: CoverTitle, Text: g.Title.Get(lang)}}, text(Subtitle, g.Subtitle.Get(lang))...),
		Foot:   append(text(Organisation, g.Organisation.Get(lang)), text(Edition, c.edition())...)}
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
	contacts := c.contacts(g.Contacts, NewPage)
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
	p.Parts = append(p.Parts, contacts, &Part{Kind: BackCover, ID: BackCoverID, Blocks: c.imprint()})
	return p, nil
}
