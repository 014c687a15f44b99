package compose

import (
	"time"

	"guidepress/content"
)

// Kind names a product.
type Kind string

// Products.
const (
	// BookletProduct is the whole guide: cover, "How to use this guide",
	// contents, a chapter per stage, key contacts and back cover.
	BookletProduct Kind = "booklet"
	// LeafletProduct is one stage folded into a small booklet: a cover, the
	// stage, its contacts, and the organisation's details at the foot of
	// the last page.
	LeafletProduct Kind = "leaflet"
	// SheetProduct is one stage on one sheet printed on both sides: a front
	// panel over the stage, its contacts, the organisation's details.
	SheetProduct Kind = "sheet"
	// PackProduct is a discharge pack for one person: a cover with fields to
	// fill in, the chosen stages, "My goals", the contacts and the
	// organisation's details.
	PackProduct Kind = "pack"
)

// Fold says how a product's page count is made up.
type Fold int

const (
	// Flat products have as many pages as their content needs.
	Flat Fold = iota
	// Folded products are saddle-stitched: their page count is a
	// multiple of 4, padded with ruled Notes pages.
	Folded
	// OneSheet products are one sheet printed on both sides: two pages,
	// and content that needs more is refused.
	OneSheet
)

// Product is one product of a guide in one language: its parts in
// reading order, and what every page shows around them.
type Product struct {
	Kind Kind
	// Lang is the language of every part and block.
	Lang string
	// Guide is the guide the product was composed from, for what layout
	// draws from its data (the diagrams) and for its labels.
	Guide *content.Guide
	// Meta is the document's information.
	Meta Meta
	// Footer is the title in every page's footer, beside "Page n of m".
	Footer string
	// RunningHeads puts each part's title at the top of its pages.
	RunningHeads bool
	// Fold says how the page count is made up.
	Fold Fold
	// Parts are the product's parts in reading order.
	Parts []*Part
	// Chapters are the parts a reader can go to (the contents, the
	// bookmarks' chapters, the links): each part's id and title.
	Chapters []Entry
}

// Meta is a document's information: never a person's name.
type Meta struct {
	Title, Author, Subject string
	// Date is the document's date: the guide's edition, or a pack's date.
	Date time.Time
}

// Label is the product's language's text of a built-in or overridden
// label, with {n}-style variables filled in.
func (p *Product) Label(key string, vars map[string]string) string {
	return p.Guide.Label(p.Lang, key, vars)
}

// Part returns the first part of kind k, or nil.
func (p *Product) Part(k PartKind) *Part {
	for _, pt := range p.Parts {
		if pt.Kind == k {
			return pt
		}
	}
	return nil
}
