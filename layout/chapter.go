package layout

import (
	"fmt"

	"guidepress/compose"
	"guidepress/diagram"
	"guidepress/fonts"
)

// section adds a section's heading, body and advice.
func (b *builder) section(f *flow, partID string, sec compose.Block) error {
	f.ref = partID + "/" + sec.ID
	if isSectionHeading(sec.Children) {
		f.headingOf(sec.Children[0], b.st.Headings.Section, RoleHeading, 1.1*b.d.lead, 1)
	}
	if err := f.blocks(bodyOf(sec.Children), 0.25*b.d.lead); err != nil {
		return fmt.Errorf("lay out section %q of %s: %w", sec.ID, partID, err)
	}
	for _, c := range sec.Children {
		if c.Kind == compose.Advice {
			if err := b.advice(f, c); err != nil {
				return fmt.Errorf("lay out the advice of section %q of %s: %w", sec.ID, partID, err)
			}
		}
	}
	f.ref = partID
	return nil
}

// bodyOf are a section's body blocks: those after its heading, before
// its advice (composition puts the advice last).
func bodyOf(children []compose.Block) []compose.Block {
	start, end := 0, len(children)
	if isSectionHeading(children) {
		start = 1
	}
	for end > start && children[end-1].Kind == compose.Advice {
		end--
	}
	return children[start:end]
}

// isSectionHeading reports whether a section's children start with its
// heading (level 2): a section without one (a one-sheet leaflet's
// at_a_glance) may start with a sub-heading of its body.
func isSectionHeading(children []compose.Block) bool {
	return len(children) > 0 && children[0].Kind == compose.Heading && children[0].Level == 2
}

// advice adds a call-out: a box with a thick black border, headed with
// the "advice" label. The box is kept on one page when it fits on one.
func (b *builder) advice(f *flow, adv compose.Block) error {
	inset := b.d.border + b.d.pad
	x, w := f.x, f.w
	f.x, f.w = x+inset, w-2*inset
	b.groups++
	f.group = b.groups
	start := len(f.rows)
	parent := f.parent
	f.parent = f.newTag(TagNote) // the box is a note beside the text
	f.text(plain(adv.Text, fonts.Bold), textOpts{size: b.st.BodySize, role: RoleAdvice, space: b.d.para * 1.5, keep: true})
	f.keep = 2
	err := f.blocks(adv.Children, 0.2*b.d.lead)
	f.x, f.w, f.group, f.keep, f.parent = x, w, 0, 0, parent
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

// diagram lays out a figure (the recovery diagram or the wheel of the
// areas of life): its caption, the figure and its legend, kept on one
// page, so they move to the next page together when they do not fit the
// space left on this one. A diagram taller than a page is set smaller,
// narrower or, for the recovery diagram, with only numbers in its
// circles (see diagram.Fit); when even that is too tall, the figure
// stays whole with its caption and the legend runs on to the next page
// between entries.
func (b *builder) diagram(f *flow, fig compose.Block) error {
	id := fig.ID
	start := len(f.rows)
	f.heading(fig.Text, b.st.Headings.Section, RoleCaption, 1.1*b.d.lead, -1)
	gap := 0.3 * b.d.lead
	room := b.chrome.area.bottom - b.chrome.area.top - stackHeight(f.rows[start:]) - gap
	geo, whole, err := diagram.Fit(id, b.g, b.lang, b.st, b.fam, f.w, room)
	if err != nil {
		return fmt.Errorf("draw the %s diagram: %w", id, err)
	}
	parts := geo.Parts()
	tag := f.figure(fig.Alt)
	for i, p := range parts {
		space := gap // under the caption; the legend's entries are spaced in the geometry
		if i > 0 {
			space = 0
		}
		f.add(row{h: p.Height, space: space, glue: whole, items: []Item{{Kind: Diagram, Role: RoleDiagram,
			X: f.x + (f.w-p.Width)/2, W: p.Width, H: p.Height, Name: id, Ref: f.ref, Geometry: p, Alt: fig.Alt, Tag: tag}}})
		f.keep = 0
		// The first legend entry stays with the figure when both fit, so
		// that no entry is left alone under it at the foot of a page.
		if !whole && i == 0 && len(parts) > 1 && p.Height+parts[1].Height <= room {
			f.keep = 1
		}
	}
	return nil
}
