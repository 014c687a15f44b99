package render

import (
	"guidepress/content"
	"guidepress/fonts"
)

// frontTop adds the top of a leaflet's front panel to f: a thick rule,
// the guide's title, the stage's title (bookmarked) and its summary.
func (b *builder) frontTop(f *flow, s *content.Stage) {
	f.rule(2*b.d.thick, b.d.lead, 0)
	f.text(plain(b.g.Title.Get(b.lang), fonts.Regular), textOpts{size: b.st.Headings.Sub, role: RoleCover, keep: true})
	f.heading(s.Title.Get(b.lang), b.st.Headings.Cover, RoleCoverTitle, 0.4*b.d.lead, 0)
	if sum := s.Summary.Get(b.lang); sum != "" {
		f.text(plain(sum, fonts.Regular), textOpts{size: b.st.Headings.Section, role: RoleSummary, space: 0.4 * b.d.lead})
	}
	f.keep = 0
}

// organisation adds the organisation's name in bold to f.
func (b *builder) organisation(f *flow, space float64) {
	if o := b.g.Organisation.Get(b.lang); o != "" {
		f.text(plain(o, fonts.Bold), textOpts{size: b.st.Headings.Sub, role: RoleCover, space: space})
	}
}

// leafletCover is a FoldedA5 leaflet's front page: the front panel's
// titles and summary at the top, the organisation at the foot, no footer.
// It is nil when they do not fit on one page.
func (b *builder) leafletCover(s *content.Stage) *Page {
	page := b.coverPage(b.leafletCoverRows(s))
	if page != nil {
		page.Bookmarks = b.leafletCoverMarks(s)
	}
	return page
}

// leafletCoverRows are a FoldedA5 leaflet's front page rows: those at the
// top and those at the foot.
func (b *builder) leafletCoverRows(s *content.Stage) (top, foot []row) {
	tf := b.flow("cover")
	b.frontTop(tf, s)
	ff := b.flow("cover")
	b.organisation(ff, 0)
	ff.rule(2*b.d.thick, b.d.lead, 0)
	return tf.rows, ff.rows
}

// leafletCoverMarks bookmark the stage's title on the front page.
func (b *builder) leafletCoverMarks(s *content.Stage) []Bookmark {
	return []Bookmark{{Title: s.Title.Get(b.lang), Level: 0, Y: b.st.Margins.Top}}
}

// frontPanel adds a SheetA4 leaflet's front panel to f, at the top of its
// first page: the titles and summary, the organisation, and a rule under
// them before the stage's sections.
func (b *builder) frontPanel(f *flow, s *content.Stage) {
	b.frontTop(f, s)
	b.organisation(f, 0.6*b.d.lead)
	f.rule(2*b.d.thick, b.d.lead, 0.2*b.d.lead)
}
