package diagram

import (
	"guidepress/content"
	"guidepress/fonts"
	"guidepress/styles"
)

// Title is the title of diagram id ("recovery" or "wheel") in lang: the
// recovery diagram's is the guide's recovery title ("The road to
// recovery"), the wheel's the guide's life_areas label ("The eight areas
// of life"), the caption a booklet prints with it. A diagram's SVG and
// PDF carry it; the wheel's centre label is not its title.
func Title(g *content.Guide, id, lang string) string {
	if id == "wheel" {
		return g.Label(lang, "life_areas", nil)
	}
	return g.Plain(g.Recovery.Title, lang)
}

// TitleLabel sets title for a page that holds one diagram: in bold at the
// style's chapter heading size, wrapped to the text column's width, at
// the top of the text column. It returns the title's label and where the
// diagram starts below it. An empty title has no lines, and the diagram
// starts at the top margin.
func TitleLabel(fam *fonts.Family, st *styles.Style, title string) (Label, float64) {
	y := st.Margins.Top
	if len(words(title)) == 0 {
		return Label{}, y
	}
	ts := newTypesetter(fam)
	size := st.Headings.Chapter
	lead := max(st.Leading(size)*0.9, ts.lineHeight(size))
	l := ts.label("title", title, ts.wrap(title, fonts.Bold, size, st.TextWidth()), fonts.Bold, size, lead,
		Rect{X: st.Margins.Left, Y: y, W: st.TextWidth()}, Left)
	return l, y + float64(len(l.Lines))*lead + st.Leading(st.BodySize)
}
