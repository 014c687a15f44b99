package render

import (
	"fmt"

	"guidepress/content"
	"guidepress/fonts"
)

// cover makes the front cover: a thick rule, the title and subtitle at
// the top; the organisation and the edition date at the foot. It has no
// header or footer.
func (b *builder) cover() (*Page, error) {
	page := b.coverPage(b.coverRows())
	if page == nil {
		return nil, fmt.Errorf("lay out the cover: the title and subtitle are too long for one page")
	}
	return page, nil
}

// coverRows are the front cover's rows: those at the top and those at
// the foot.
func (b *builder) coverRows() (top, foot []row) {
	tf := b.flow("cover")
	tf.rule(2*b.d.thick, b.d.lead, 0)
	tf.text(plain(b.g.Title.Get(b.lang), fonts.Bold), textOpts{size: b.st.Headings.Cover, role: RoleCoverTitle, space: 0.5 * b.d.lead})
	if s := b.g.Subtitle.Get(b.lang); s != "" {
		tf.text(plain(s, fonts.Regular), textOpts{size: b.st.Headings.Section, role: RoleCover, space: b.d.lead})
	}
	ff := b.flow("cover")
	if o := b.g.Organisation.Get(b.lang); o != "" {
		ff.text(plain(o, fonts.Bold), textOpts{size: b.st.Headings.Sub, role: RoleCover})
	}
	date := content.FormatDate(b.lang, b.g.Edition)
	ff.text(plain(b.label("edition", map[string]string{"date": date}), fonts.Regular),
		textOpts{size: b.st.BodySize, role: RoleCover, space: 0.3 * b.d.lead})
	ff.rule(2*b.d.thick, b.d.lead, 0)
	return tf.rows, ff.rows
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

// backCover makes the back cover's rows: organisation, charity number,
// edition and the review notice. They are moved to the foot of the page
// once placed.
func (b *builder) backCover() []row {
	rows := b.orgRows()
	rows[0].newPage, rows[0].chapter = true, backID
	return rows
}

// orgRows are the organisation's details: a thick rule, its name,
// charity number, the edition date and the review notice.
func (b *builder) orgRows() []row {
	f := b.flow(backID)
	f.rule(2*b.d.thick, b.d.lead, 0)
	if o := b.g.Organisation.Get(b.lang); o != "" {
		f.text(plain(o, fonts.Bold), textOpts{size: b.st.Headings.Sub, role: RoleCover, space: 0.3 * b.d.lead})
	}
	if n := b.g.CharityNumber; n != "" {
		f.text(plain(b.label("charity", map[string]string{"number": n}), fonts.Regular),
			textOpts{size: b.st.BodySize, role: RoleCover, space: 0.3 * b.d.lead})
	}
	date := content.FormatDate(b.lang, b.g.Edition)
	f.text(plain(b.label("edition", map[string]string{"date": date}), fonts.Regular),
		textOpts{size: b.st.BodySize, role: RoleCover, space: 0.3 * b.d.lead})
	if r := b.g.ReviewNotice.Get(b.lang); r != "" {
		f.text(plain(r, fonts.Regular), textOpts{size: b.st.BodySize, role: RoleCover, space: b.d.lead})
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
