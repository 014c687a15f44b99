package compose

import (
	"fmt"
	"strings"

	"guidepress/content"
)

// FigureAlt is the text alternative of diagram id ("recovery" or
// "wheel") in language lang, as the products carry it (see figure): for
// a diagram drawn on a page of its own.
func FigureAlt(g *content.Guide, id, lang string) string {
	return (&composer{g: g, lang: lang}).figure(id).Alt
}

// figure is diagram id with its caption and a text alternative made
// from the same data the diagram is drawn from, so a listener hears what
// a reader sees: the caption, then each numbered item ("Y ffordd at
// adferiad. 1 Grymuso a hunanreoli: .... 2 ..."), in the product's
// language only.
func (c *composer) figure(id string) Block {
	r := c.g.Recovery
	b := Block{Kind: Figure, ID: id}
	var items []string
	if id == "wheel" {
		b.Text = c.label("life_areas", nil)
		for _, a := range r.LifeAreas {
			items = append(items, c.plain(a.Title))
		}
		centre := c.plain(r.WheelCentre)
		b.Alt = fmt.Sprintf("%s. %s: %s", b.Text, centre, numbered(items))
		return b
	}
	b.Text = c.plain(r.Title)
	for _, comp := range r.Components {
		item := c.plain(comp.Title)
		if t := c.plain(comp.Text); t != "" {
			item += ": " + t
		}
		items = append(items, item)
	}
	b.Alt = fmt.Sprintf("%s. %s", b.Text, numbered(items))
	return b
}

// numbered joins items as "1 first. 2 second."
func numbered(items []string) string {
	var sb strings.Builder
	for i, it := range items {
		if i > 0 {
			sb.WriteByte(' ')
		}
		fmt.Fprintf(&sb, "%d %s", i+1, strings.TrimSuffix(it, "."))
		sb.WriteByte('.')
	}
	return sb.String()
}
