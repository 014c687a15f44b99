package compose

import (
	"fmt"

	"guidepress/content"
	"guidepress/markup"
)

// chapter is stage s as a part: with head set, its title (level 1,
// bookmarked) and summary first; then a Section block per section and a
// Figure per diagram.
func (c *composer) chapter(s *content.Stage, head bool) (*Part, error) {
	p := &Part{Kind: Chapter, ID: s.ID, Title: c.plain(s.Title), Running: c.plain(s.ShortTitle)}
	if head {
		p.Blocks = append(p.Blocks, c.title(s.Title, 1, Body))
		p.Blocks = append(p.Blocks, c.field(Summary, s.Summary)...)
	}
	for _, sec := range s.Sections {
		b, err := c.section(s, sec)
		if err != nil {
			return nil, err
		}
		p.Blocks = append(p.Blocks, b)
	}
	for _, id := range DiagramsOf(s) {
		p.Blocks = append(p.Blocks, c.figure(id))
	}
	return p, nil
}

// section is a section: its heading (level 2, bookmarked), its body's
// blocks and its advice call-out.
func (c *composer) section(s *content.Stage, sec *content.Section) (Block, error) {
	b := Block{Kind: Section, ID: sec.ID, Pos: sec.Heading.TextPos(c.lang)}
	h := c.title(sec.Heading, 2, Body)
	h.ID = sec.ID
	b.Children = append(b.Children, h)
	body, err := c.markdown(sec.Body)
	if err != nil {
		return b, fmt.Errorf("lay out section %q of %s: %w", sec.ID, s.ID, err)
	}
	b.Children = append(b.Children, body...)
	if sec.Advice.Get(c.lang) != "" {
		advice, err := c.markdown(sec.Advice)
		if err != nil {
			return b, fmt.Errorf("lay out the advice of section %q of %s: %w", sec.ID, s.ID, err)
		}
		b.Children = append(b.Children, Block{Kind: Advice, Text: c.label("advice", nil), Children: advice, Pos: sec.Advice.TextPos(c.lang)})
	}
	return b, nil
}

// markdown parses the product's language's text of md into blocks.
func (c *composer) markdown(md content.Markdown) ([]Block, error) {
	ms, err := c.g.Markdown(md, c.lang)
	if err != nil {
		return nil, err
	}
	out := make([]Block, len(ms))
	for i, m := range ms {
		b := Block{Runs: m.Runs, Depth: m.Depth, Marker: m.Marker, Quote: m.Quote, Loose: m.Loose, Pos: m.Pos}
		switch m.Kind {
		case markup.Paragraph:
			b.Kind = Paragraph
		case markup.Heading:
			b.Kind, b.Level = Heading, 3
		case markup.ListItem:
			b.Kind = ListItem
		case markup.Rule:
			b.Kind = Break
		case markup.Table:
			b.Kind, b.Table = Table, m.Table
		case markup.Image:
			b.Kind, b.Alt, b.Text, b.Image = Picture, m.Alt, m.Caption, c.g.Image(m.Src)
			if b.Image == nil {
				return nil, fmt.Errorf("%s: image %s was not read with the guide (load the guide with content.Load)", m.Pos, m.Src)
			}
		default:
			return nil, fmt.Errorf("%s: cannot compose a block of kind %d", m.Pos, m.Kind)
		}
		out[i] = b
	}
	return out, nil
}

// DiagramsOf returns the diagrams a stage shows: its own list, or the
// recovery diagram for the stage with id "recovery".
func DiagramsOf(s *content.Stage) []string {
	if len(s.Diagrams) > 0 {
		return s.Diagrams
	}
	if s.ID == "recovery" {
		return []string{"recovery"}
	}
	return nil
}
