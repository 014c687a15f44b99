package render

import (
	"fmt"

	"guidepress/content"
	"guidepress/fonts"
	"guidepress/markup"
)

// chapter makes the rows of a stage: title, summary, sections with their
// advice, and the space reserved for its diagrams.
func (b *builder) chapter(s *content.Stage) ([]row, error) {
	f := b.flow(s.ID)
	f.heading(s.Title.Get(b.lang), b.st.Headings.Chapter, RoleTitle, 0, 0)
	startChapter(f.rows, s.ID)
	if sum := s.Summary.Get(b.lang); sum != "" {
		f.text(plain(sum, fonts.Regular), textOpts{size: b.st.Headings.Sub, role: RoleSummary, space: 0.3 * b.d.lead})
	}
	f.rule(b.d.thick, 0.8*b.d.lead, 0.2*b.d.lead)
	if err := b.stageBody(f, s); err != nil {
		return nil, err
	}
	return f.rows, nil
}

// stageBody adds a stage's sections and the space for its diagrams: the
// chapter of a booklet, the middle of a leaflet.
func (b *builder) stageBody(f *flow, s *content.Stage) error {
	for _, sec := range s.Sections {
		if err := b.section(f, s, sec); err != nil {
			return err
		}
	}
	for _, id := range diagramsOf(s) {
		b.diagram(f, id)
	}
	return nil
}

// section adds a section's heading, body and advice.
func (b *builder) section(f *flow, s *content.Stage, sec *content.Section) error {
	f.ref = s.ID + "/" + sec.ID
	heading := sec.Heading.Get(b.lang)
	f.heading(heading, b.st.Headings.Section, RoleHeading, 1.1*b.d.lead, 1)
	blocks, err := markup.Parse(sec.Body.Get(b.lang), sec.Body.TextPos(b.lang))
	if err != nil {
		return fmt.Errorf("lay out section %q of %s: %w", sec.ID, s.ID, err)
	}
	if err := f.blocks(blocks, 0.25*b.d.lead); err != nil {
		return fmt.Errorf("lay out section %q of %s: %w", sec.ID, s.ID, err)
	}
	if sec.Advice.Get(b.lang) != "" {
		if err := b.advice(f, sec.Advice); err != nil {
			return fmt.Errorf("lay out the advice of section %q of %s: %w", sec.ID, s.ID, err)
		}
	}
	f.ref = s.ID
	return nil
}

// advice adds a call-out: a box with a thick black border, headed with
// the "advice" label. The box is kept on one page when it fits on one.
func (b *builder) advice(f *flow, text content.Markdown) error {
	blocks, err := markup.Parse(text.Get(b.lang), text.TextPos(b.lang))
	if err != nil {
		return err
	}
	inset := b.d.border + b.d.pad
	x, w := f.x, f.w
	f.x, f.w = x+inset, w-2*inset
	b.groups++
	f.group = b.groups
	start := len(f.rows)
	f.text(plain(b.label("advice", nil), fonts.Bold), textOpts{size: b.st.BodySize, role: RoleAdvice, space: b.d.para * 1.5, keep: true})
	f.keep = 2
	err = f.blocks(blocks, 0.2*b.d.lead)
	f.x, f.w, f.group, f.keep = x, w, 0, 0
	total := 2 * b.d.pad
	for _, r := range f.rows[start:] {
		total += r.h + r.space
	}
	if total < 0.9*(b.chrome.area.bottom-b.chrome.area.top) {
		for k := start + 1; k < len(f.rows); k++ {
			f.rows[k].glue = true
		}
	}
	return err
}

// diagramsOf returns the diagrams a stage shows: its own list, or the
// recovery diagram for the stage with id "recovery".
func diagramsOf(s *content.Stage) []string {
	if len(s.Diagrams) > 0 {
		return s.Diagrams
	}
	if s.ID == "recovery" {
		return []string{"recovery"}
	}
	return nil
}

// diagram reserves a captioned, framed space for diagram id. The diagram
// itself is drawn by the diagrams code; until then the frame stays empty.
func (b *builder) diagram(f *flow, id string) {
	caption := b.g.Recovery.Title.Get(b.lang)
	if id == "wheel" && b.g.Recovery.WheelCentre.Get(b.lang) != "" {
		caption = b.g.Recovery.WheelCentre.Get(b.lang)
	}
	if caption == "" {
		caption = id
	}
	f.heading(caption, b.st.Headings.Section, RoleCaption, 1.1*b.d.lead, -1)
	area := b.chrome.area.bottom - b.chrome.area.top
	h := min(0.8*f.w, 0.6*area)
	f.add(row{h: h, space: 0.3 * b.d.lead, items: []Item{{Kind: Diagram, Role: RoleDiagram,
		X: f.x, W: f.w, H: h, Weight: b.d.thin, Name: id, Ref: f.ref}}})
	f.keep = 0
}
