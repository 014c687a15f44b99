package layout

import (
	"fmt"

	"guidepress/compose"
	"guidepress/content"
)

// coverSteps is how many times a cover's title and subtitle may step
// down in size when they do not fit their page: each step takes a sixth
// of the way from the size a style gives them to its smallest heading
// size, which the last step reaches.
const coverSteps = 6

// stepDown is size stepped down b.coverStep sixths of the way to the
// style's smallest heading size (Headings.Sub), never below it.
func (b *builder) stepDown(size float64) float64 {
	low := b.st.Headings.Sub
	if size <= low {
		return size
	}
	return size - (size-low)*float64(b.coverStep)/coverSteps
}

// fitCover makes the cover of the Cover part pt: one page, its titles
// stepped down in size until they fit with the foot. When they do not
// fit even at the style's smallest heading size, the titles fill the
// cover and the foot (the organisation and the edition) goes at the foot
// of the page after it, inside the cover; it fails only when the titles
// alone are too long for a page.
func (b *builder) fitCover(pt *compose.Part) ([]*Page, error) {
	defer func() { b.coverStep = 0 }()
	for b.coverStep = 0; b.coverStep <= coverSteps; b.coverStep++ {
		if page := b.coverPage(b.coverRows(pt)); page != nil {
			return []*Page{page}, nil
		}
	}
	b.coverStep = coverSteps
	top, foot := b.coverRows(pt)
	first, inside := &Page{Number: 1, Chapter: "cover"}, &Page{Number: 2, Chapter: "cover"}
	bottom := b.st.PageHeight - b.st.Margins.Bottom
	if stack(first, top, b.st.Margins.Top) > bottom+eps {
		return nil, b.coverError()
	}
	stack(inside, foot, bottom-stackHeight(foot))
	return []*Page{first, inside}, nil
}

// coverError says that a cover's titles do not fit a page even at the
// smallest heading size (a word wider than the page), naming where the longest title is written.
func (b *builder) coverError() error {
	if b.p.Kind == compose.BookletProduct {
		return fmt.Errorf("lay out the cover: %s: the title and subtitle are too long for a page, even at %gpt",
			longest(b.lang, b.g.Title, b.g.Subtitle).TextPos(b.lang), b.st.Headings.Sub)
	}
	s := b.g.StageByID(b.p.Chapters[0].ID)
	where := ""
	if s != nil {
		where = longest(b.lang, s.Title, s.Summary).TextPos(b.lang).String() + ": "
	}
	return fmt.Errorf("lay out the leaflet: %sthe titles and summary of %s are too long for the front page, even at %gpt",
		where, b.p.Chapters[0].ID, b.st.Headings.Sub)
}

// longest is the longest of ts in lang.
func longest(lang string, ts ...content.Text) content.Text {
	best := ts[0]
	for _, t := range ts[1:] {
		if len(t.Get(lang)) > len(best.Get(lang)) {
			best = t
		}
	}
	return best
}
