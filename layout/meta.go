package layout

import "guidepress/internal/pdfdoc"

// Meta is the document information a PDF carries.
type Meta = pdfdoc.Meta

// meta is the product's document information, its language as the
// document's.
func (b *builder) meta() Meta {
	pm := b.p.Meta
	return Meta{Title: pm.Title, Author: pm.Author, Subject: pm.Subject, Lang: pdfdoc.LangTag(b.lang), Date: pdfdoc.BuildDate(pm.Date)}
}
