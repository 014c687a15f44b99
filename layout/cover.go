package layout

import (
	"slices"

	"guidepress/compose"
	"guidepress/fonts"
)

// coverRows are the rows of a Cover part: those at the top of its page
// (a thick rule, then its titles) and those at the foot (the logo, the
// organisation, the edition, a thick rule).
func (b *builder) coverRows(pt *compose.Part) (top, foot []row) {
	tf := b.flow("cover")
	tf.rule(2*b.d.thick, b.d.lead, 0)
	b.titles(tf, pt.Blocks, b.st.Headings.Cover)
	ff := b.flow("cover")
	b.logo(ff, pt.Foot, 0)
	for _, bl := range pt.Foot {
		switch bl.Role {
		case compose.Organisation:
			ff.text(styled(bl, fonts.Bold), textOpts{size: b.st.Headings.Sub, role: RoleCover})
		case compose.Edition:
			ff.text(styled(bl, fonts.Regular), textOpts{size: b.st.BodySize, role: RoleCover, space: 0.3 * b.d.lead})
		}
	}
	ff.rule(2*b.d.thick, b.d.lead, 0)
	return tf.rows, ff.rows
}

// titles adds the titles at the top of a cover, front panel or pack
// cover: the guide's title over the title of what this is (a stage, a
// pack; a heading at size, bookmarked), or the guide's own title in bold
// on the booklet's cover; then a subtitle or summary, and the area of an
// area edition. The title, the subtitle or summary and the area are
// stepped down b.coverStep times (see stepDown) when a cover is too full
// at their own sizes.
func (b *builder) titles(f *flow, bs []compose.Block, size float64) {
	size = b.stepDown(size)
	sub := b.stepDown(b.st.Headings.Section)
	over := slices.ContainsFunc(bs, func(bl compose.Block) bool { return bl.Role == compose.GuideTitle })
	for _, bl := range bs {
		switch {
		case bl.Role == compose.GuideTitle:
			f.text(styled(bl, fonts.Regular), textOpts{size: b.st.Headings.Sub, role: RoleCover, keep: true})
		case bl.Role == compose.CoverTitle && over:
			f.headingOf(bl, size, RoleCoverTitle, 0.4*b.d.lead, 0)
		case bl.Role == compose.CoverTitle:
			f.text(styled(bl, fonts.Bold), textOpts{size: size, role: RoleCoverTitle, space: 0.5 * b.d.lead})
		case bl.Role == compose.Subtitle:
			f.text(styled(bl, fonts.Regular), textOpts{size: sub, role: RoleCover, space: b.d.lead})
		case bl.Role == compose.AreaEdition:
			f.text(styled(bl, fonts.Bold), textOpts{size: sub, role: RoleCover, space: b.d.lead})
		case bl.Role == compose.Summary:
			f.text(styled(bl, fonts.Regular), textOpts{size: sub, role: RoleSummary, space: 0.4 * b.d.lead})
		}
	}
	f.keep = 0
}

// coverMarks bookmark a cover's bookmarked title at the top of its page.
func (b *builder) coverMarks(pt *compose.Part) []Bookmark {
	for _, bl := range pt.Blocks {
		if bl.Bookmark {
			return []Bookmark{{Title: bl.Text, Level: 0, Y: b.st.Margins.Top}}
		}
	}
	return nil
}

// frontPanel adds a one-sheet leaflet's front panel to f, at the top of
// its first page: the titles and summary, the organisation, the logo at
// the right beside them (see besideLogo), and a rule under them before
// the stage's sections.
func (b *builder) frontPanel(f *flow, pt *compose.Part) {
	f.rule(2*b.d.thick, b.d.lead, 0)
	b.besideLogo(f, pt.Blocks, func(f *flow) {
		b.titles(f, pt.Blocks, b.st.Headings.Cover)
		for _, bl := range pt.Blocks {
			if bl.Role == compose.Organisation {
				f.text(styled(bl, fonts.Bold), textOpts{size: b.st.Headings.Sub, role: RoleCover, space: 0.6 * b.d.lead})
			}
		}
	})
	f.rule(2*b.d.thick, b.d.lead, 0.2*b.d.lead)
}

// coverPage makes page 1, with no header or footer: the top rows from the
// top margin down, the foot rows ending at the bottom margin. It returns
// nil when they do not fit on one page with a line's space between them.
func (b *builder) coverPage(top, foot []row) *Page {
	page := &Page{Number: 1, Chapter: "cover"}
	y := stack(page, top, b.st.Margins.Top)
	bottom := b.st.PageHeight - b.st.Margins.Bottom
	footH := stackHeight(foot)
	if y+b.d.lead+footH > bottom+eps {
		return nil
	}
	stack(page, foot, bottom-footH)
	return page
}

// stack places rows one after another from y, on one page, and returns
// the y below them.
func stack(p *Page, rows []row, y float64) float64 {
	for i, r := range rows {
		if i > 0 {
			y += r.space
		}
		for _, it := range r.items {
			it.Y += y
			p.Items = append(p.Items, it)
		}
		y += r.h
	}
	return y
}

func stackHeight(rows []row) float64 {
	h := 0.0
	for i, r := range rows {
		if i > 0 {
			h += r.space
		}
		h += r.h
	}
	return h
}

// orgRows are the rows of a BackCover or Imprint part: a thick rule, the
// organisation's name, charity number, the edition date and the review
// notice. A back cover starts a page of its own.
func (b *builder) orgRows(pt *compose.Part) []row {
	f := b.flow(backID)
	f.rule(2*b.d.thick, b.d.lead, 0)
	b.logo(f, pt.Blocks, 0.3*b.d.lead)
	for _, bl := range pt.Blocks {
		switch bl.Role {
		case compose.Organisation:
			f.text(styled(bl, fonts.Bold), textOpts{size: b.st.Headings.Sub, role: RoleCover, space: 0.3 * b.d.lead})
		case compose.Charity, compose.Edition:
			f.text(styled(bl, fonts.Regular), textOpts{size: b.st.BodySize, role: RoleCover, space: 0.3 * b.d.lead})
		case compose.Notice:
			f.text(styled(bl, fonts.Regular), textOpts{size: b.st.BodySize, role: RoleCover, space: b.d.lead})
		}
	}
	if pt.Kind == compose.BackCover {
		f.rows[0].newPage, f.rows[0].chapter = true, backID
	}
	return f.rows
}

// bottomAlignBackCover moves a one-page back cover's items to the foot of
// the page.
func (b *builder) bottomAlignBackCover(pages []*Page) {
	last := pages[len(pages)-1]
	if last.Chapter != backID || len(pages) > 1 && pages[len(pages)-2].Chapter == backID {
		return
	}
	low := 0.0
	for _, it := range last.Items {
		low = max(low, it.Y+it.H)
	}
	shift := b.st.PageHeight - b.st.Margins.Bottom - low
	for i := range last.Items {
		last.Items[i].Y += shift
	}
}
