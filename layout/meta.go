package layout

import "guidepress/internal/docinfo"

// Meta is the document information a PDF carries.
type Meta = docinfo.Meta

// meta is the product's document information, its language as the
// document's.
func (b *builder) meta() Meta {
	pm := b.p.Meta
	return Meta{Title: pm.Title, Author: pm.Author, Subject: pm.Subject, Lang: docinfo.LangTag(b.lang), Date: docinfo.BuildDate(pm.Date)}
}
