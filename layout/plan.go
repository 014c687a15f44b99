// Package render lays a guide out and draws it as PDF. It works in three
// steps: text is measured and broken into lines (lines.go), the lines and
// boxes are placed on pages as a Plan that tests can inspect without a PDF
// (flow.go, paginate.go, booklet.go), and the Plan is drawn with fpdf
// (draw.go, pdfmeta.go). Text is left aligned, ragged right and never
// hyphenated; headings keep with what follows; contact entries never split.
//
// The API is a pair: Booklet(g, lang, style) or Leaflet(g, stage, lang,
// style, opts) returns a *Plan, and Plan.PDF() draws it; BookletPDF and
// LeafletPDF do both in one call; Pack and PackPDF do the same for a
// discharge pack. StageContacts chooses the contacts for one or more
// stages, as leaflets and packs list them. Every error names the
// operation, and a panic inside fpdf is returned as an error.
package layout

import (
	"guidepress/content"
	"guidepress/diagram"
	"guidepress/typeset"

	"guidepress/fonts"
	"guidepress/styles"
)

// Plan is a laid-out document: every page with every item placed. Make one
// with Booklet and draw it with PDF.
type Plan struct {
	// Pages are the pages in order; Pages[i].Number is i+1.
	Pages []*Page
	// Chapters are the chapters in reading order with their first pages.
	Chapters []Chapter
	// Meta is the document information written into the PDF.
	Meta Meta
	// Style is the style the plan was laid out in.
	Style *styles.Style
	// Family is the fonts the plan was measured with.
	Family *fonts.Family
	// Tags are the plan's logical structure in reading order: Tags[0] is
	// the document, and every tag comes after its parent (see Tag).
	Tags []Tag
}

// Chapter is a chapter's id, title and the page it starts on.
type Chapter struct {
	ID, Title string
	Page      int
}

// Page is one page of a plan.
type Page struct {
	// Number is the page's number, counting the cover as 1.
	Number int
	// Chrome is true when the page has a running header and a footer
	// (every page but the covers).
	Chrome bool
	// Chapter is the id of the chapter the page belongs to: a stage id,
	// "contents", "key-contacts", or "cover" and "back-cover" on the covers.
	Chapter string
	// Items are the page's lines, rules and boxes, in drawing order,
	// which is reading order: the running header, the text area from top
	// to bottom (a list marker before its item), then the footer.
	Items []Item
	// Bookmarks are the outline entries that point into this page.
	Bookmarks []Bookmark
}

// Bookmark is an entry in the PDF's outline (level 0 chapters, level 1
// sections) pointing at a height on its page.
type Bookmark struct {
	Title string
	Level int
	Y     float64
}

// ItemKind says what an item is drawn as.
type ItemKind uint8

const (
	// TextLine is one line of styled spans.
	TextLine ItemKind = iota
	// Rule is a horizontal line at Y, W long, Weight thick.
	Rule
	// Frame is a rectangle's border, Weight thick (the advice call-out).
	Frame
	// Bar is a filled rectangle (the left bar of a block quote).
	Bar
	// Diagram is a diagram named Name, drawn from its Geometry.
	Diagram
	// Picture is an image file (Image) scaled to fill the item's box.
	Picture
	// Shade is a rectangle filled with the style's tint (a table's
	// header row).
	Shade
)

// Role says what an item is for; tests and drawing use it.
type Role string

// Roles of items.
const (
	RoleCoverTitle Role = "cover-title"
	RoleCover      Role = "cover"
	RoleTitle      Role = "title"
	RoleSummary    Role = "summary"
	RoleHeading    Role = "heading"
	RoleSubheading Role = "subheading"
	RoleBody       Role = "body"
	RoleMarker     Role = "marker"
	RoleAdvice     Role = "advice"
	RoleContents   Role = "contents"
	RoleContact    Role = "contact"
	RoleNote       Role = "note"
	RoleCaption    Role = "caption"
	RoleDiagram    Role = "diagram"
	RoleHeader     Role = "header"
	RoleFooter     Role = "footer"
	RoleDecoration Role = "decoration"
	RoleLogo       Role = "logo"
	// RoleImage is a picture of a body (and RoleCaption its caption).
	RoleImage Role = "image"
)

// Item is one thing placed on a page. Lengths are millimetres from the
// page's top-left corner; Y is the top of the item's box.
type Item struct {
	// The small fields first, together, to keep an Item short: a long
	// plan holds tens of thousands.
	Kind ItemKind
	// Muted draws text in the style's muted colour.
	Muted bool
	// Broken is true when the line ends inside a web or email address, a
	// number or a word broken by force, which the next line continues:
	// no space is heard between them.
	Broken bool
	// growUp makes the item reach up over the space above its row, so
	// the bars of consecutive quoted paragraphs join.
	growUp bool
	// Tag is the index in Plan.Tags of the structure element the item's
	// content belongs to, or 0 for decoration (an artifact).
	Tag        int32
	Role       Role
	X, Y, W, H float64
	// Size is the text size in points (TextLine).
	Size float64
	// Spans are the line's text pieces (TextLine); span X is on the page.
	Spans []typeset.Span
	// Weight is the line thickness of a Rule or Frame, in mm.
	Weight float64
	// Name is a diagram's id (Diagram).
	Name string
	// Geometry is the diagram drawn in a Diagram item's box.
	Geometry *diagram.Geometry
	// Alt is a Diagram's or Picture's text alternative, for readers who
	// cannot see it.
	Alt string
	// Image is a Picture's image file.
	Image *content.Image
	// Ref is the chapter, section or contact the item belongs to.
	Ref string
	// Target is the page an internal link goes to (contents entries), or 0.
	Target int
}

// Text returns a text line's plain text.
func (it Item) Text() string {
	s := ""
	for _, sp := range it.Spans {
		s += sp.Text
	}
	return s
}
