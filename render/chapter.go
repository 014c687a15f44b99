package render

import (
	"fmt"

	"guidepress/content"
	"guidepress/diagram"
	"guidepress/fonts"
	"guidepress/markup"
)

// chapter makes the rows of a stage: title, summary, sections with their
// advice, and its diagrams.
func (b *builder) chapter(s *content.Stage) ([]row, error) {
	f := b.flow(s.ID)
	b.chapterHead(f, s)
	if err := b.stageBody(f, s); err != nil {
		return nil, err
	}
	return f.rows, nil
}

// chapterHead adds a stage's title, which starts a page, its summary and
// a thick rule under them.
func (b *builder) chapterHead(f *flow, s *content.Stage) {
	f.heading(s.Title.Get(b.lang), b.st.Headings.Chapter, RoleTitle, 0, 0)
	startChapter(f.rows, s.ID)
	if sum := s.Summary.Get(b.lang); sum != "" {
		f.text(plain(sum, fonts.Regular), textOpts{size: b.st.Headings.Sub, role: RoleSummary, space: 0.3 * b.d.lead})
	}
	f.rule(b.d.thick, 0.8*b.d.lead, 0.2*b.d.lead)
}

// stageBody adds a stage's sections and its diagrams: the
// chapter of a booklet, the middle of a leaflet.
func (b *builder) stageBody(f *flow, s *content.Stage) error {
	for _, sec := range s.Sections {
		if err := b.section(f, s, sec); err != nil {
			return err
		}
	}
	for _, id := range diagramsOf(s) {
		if err := b.diagram(f, id); err != nil {
			return err
		}
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

// diagram lays out diagram id (the recovery diagram or the wheel of the
// areas of life): the figure on one page with its caption, then each
// legend entry in a row of its own, so the legend can run on to the next
// page between entries.
func (b *builder) diagram(f *flow, id string) error {
	caption := b.g.Recovery.Title.Get(b.lang)
	if id == "wheel" {
		caption = b.g.Label(b.lang, "life_areas", nil)
	}
	f.heading(caption, b.st.Headings.Section, RoleCaption, 1.1*b.d.lead, -1)
	room := b.chrome.area.bottom - b.chrome.area.top - f.rows[len(f.rows)-1].h - 0.3*b.d.lead
	geo, err := b.fitDiagram(id, f.w, room)
	if err != nil {
		return fmt.Errorf("draw the %s diagram: %w", id, err)
	}
	parts := geo.Parts()
	for i, p := range parts {
		f.add(row{h: p.Height, space: 0.3 * b.d.lead, items: []Item{{Kind: Diagram, Role: RoleDiagram,
			X: f.x + (f.w-p.Width)/2, W: p.Width, H: p.Height, Name: id, Ref: f.ref, Geometry: p}}})
		f.keep = 0
		// The first legend entry stays with the figure when both fit, so
		// that no entry is left alone under it at the foot of a page.
		if i == 0 && len(parts) > 1 && p.Height+parts[1].Height <= room {
			f.keep = 1
		}
	}
	return nil
}

// fitDiagram builds diagram id at width w, narrowing it until its figure
// (without the legend, which may go on the next page) is no taller than
// room. Text keeps its size; only the drawing shrinks.
func (b *builder) fitDiagram(id string, w, room float64) (*diagram.Geometry, error) {
	build := diagram.Recovery
	if id == "wheel" {
		build = diagram.Wheel
	}
	for range 6 {
		geo, err := build(b.g, b.lang, b.st, b.fam, w)
		if err != nil {
			return nil, err
		}
		fig := geo.Parts()[0]
		if fig.Height <= room {
			return geo, nil
		}
		w *= 0.98 * room / fig.Height
	}
	return nil, fmt.Errorf("it does not fit in the %.0f mm of the page's text area", room)
}
