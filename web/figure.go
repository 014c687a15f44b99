package web

import (
	"fmt"
	"strconv"

	"guidepress/compose"
	"guidepress/diagram"
)

// figure writes a diagram as inline SVG, drawn in the site's style at
// its text width (it scales to the page), titled with its caption and
// described by its text alternative, with the caption under it.
func (s *site) figure(w *writer, b *compose.Block) error {
	build := diagram.Recovery
	if b.ID == "wheel" {
		build = diagram.Wheel
	}
	geo, err := build(s.g, s.lang, s.o.Style, s.o.Fonts, s.o.Style.TextWidth())
	if err != nil {
		return fmt.Errorf("draw the %s diagram: %w", b.ID, err)
	}
	svg, err := geo.InlineSVG("figure-"+b.ID, b.Alt)
	if err != nil {
		return err
	}
	w.WriteString("<figure>\n")
	w.Write(svg)
	w.markup("<figcaption>", b.Text, "</figcaption>\n</figure>\n")
	return nil
}

// picture writes an image of a body as a figure: the image with its
// alt text and size in pixels (it scales down to the page), and its
// caption under it when it has one. The file is one of the site's (see
// Site), one folder up from the pages.
func (w *writer) picture(b *compose.Block) {
	w.WriteString("<figure class=\"picture\">\n")
	w.markup("<img src=\"", "../"+b.Image.Path, "\" alt=\"", b.Alt, "\" width=\"", strconv.Itoa(b.Image.Width),
		"\" height=\"", strconv.Itoa(b.Image.Height), "\">\n")
	if b.Text != "" {
		w.markup("<figcaption>", b.Text, "</figcaption>\n")
	}
	w.WriteString("</figure>\n")
}
