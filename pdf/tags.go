package pdf

import (
	"slices"
	"strconv"

	"codeberg.org/go-pdf/fpdf"

	"guidepress/layout"
)

// tagger marks what is drawn, as it is drawn, for a tagged PDF: every
// item of a plan's structure (layout.Tag) becomes a structure element,
// and its content a marked-content sequence with an MCID owned by that
// element; everything else (running headers, footers, rules, boxes) is
// marked as an artifact. A link is an element of its own (Link) holding
// its text and its annotation. finish writes the elements recorded here
// as the file's structure tree.
//
// Items are drawn in reading order, so elements are made, and their
// content and children recorded, in reading order: the tree's order is
// the order a listener hears.
type tagger struct {
	pdf   *fpdf.Fpdf
	elems []elem
	// kids is what every element holds, in the order it was drawn:
	// one list for all, rather than a small slice per element, as a
	// long document has tens of thousands of elements.
	kids  []kid
	pages []pageTags // by page, from the first
	// open is the element whose marked content is open, or one of the
	// artifact kinds (noMark when nothing is open).
	open int
	// half is the plan being drawn, and of its tags the elements made
	// (of[i] for tag i, -1 until made).
	half *halfTags
}

// halfTags maps one plan's tags to the elements made for them.
type halfTags struct {
	plan *layout.Plan
	of   []int
}

// elem is a structure element.
type elem struct {
	typ, lang, alt string
	parent         int // -1 for the root
}

// kid is what element of holds, in order: a marked-content sequence
// (page, mcid), a child element, or a link annotation (page, annot).
type kid struct {
	of          int32
	child       int32 // the child element, or -1
	page        int32 // from 0
	mcid, annot int32 // -1 when not that kind
}

// kidsByElem are t.kids grouped by the element that holds them, in
// order: element e's are out[at[e]:at[e+1]].
func (t *tagger) kidsByElem() (out []kid, at []int) {
	at = make([]int, len(t.elems)+1)
	for _, k := range t.kids {
		at[k.of+1]++
	}
	for e := range t.elems {
		at[e+1] += at[e]
	}
	out = make([]kid, len(t.kids))
	next := append([]int(nil), at[:len(t.elems)]...)
	for _, k := range t.kids {
		out[next[k.of]] = k
		next[k.of]++
	}
	return out, at
}

// pageTags is, for one page, the element that owns each MCID and the
// Link element of each link annotation, in the order they were made,
// with the text each link is drawn over (its description).
type pageTags struct {
	mcids     []int
	annots    []int
	annotText []string
}

// Artifact kinds, as values of tagger.open.
const (
	noMark = -1 - iota
	artHeader
	artFooter
	artLayout
)

// newTagger starts the structure of a document whose root element (a
// Document) holds everything.
func newTagger(pdf *fpdf.Fpdf) *tagger {
	return &tagger{pdf: pdf, open: noMark, elems: []elem{{typ: layout.TagDocument, parent: -1}}}
}

// plan returns the mapping of plan p's tags to elements: p's root is
// the document's root (one-language documents), or a Part in language
// lang under it (the halves of a bilingual edition).
func (t *tagger) plan(p *layout.Plan, part bool, lang string) *halfTags {
	h := &halfTags{plan: p, of: make([]int, len(p.Tags))}
	t.elems = slices.Grow(t.elems, len(p.Tags))
	t.kids = slices.Grow(t.kids, 2*len(p.Tags))
	for i := range h.of {
		h.of[i] = -1
	}
	h.of[0] = 0
	if part {
		h.of[0] = t.add(0, layout.TagPart)
		t.elems[h.of[0]].lang = lang
	}
	return h
}

// add makes an element of type typ in parent, as its last kid.
func (t *tagger) add(parent int, typ string) int {
	t.elems = append(t.elems, elem{typ: typ, parent: parent})
	n := len(t.elems) - 1
	t.kids = append(t.kids, kid{of: int32(parent), child: int32(n), mcid: -1, annot: -1})
	return n
}

// elemOf is the element of tag i of the plan being drawn, made (with its
// parents) the first time one of its items is drawn.
func (t *tagger) elemOf(i int32) int {
	h := t.half
	if e := h.of[i]; e >= 0 {
		return e
	}
	tg := h.plan.Tags[i]
	e := t.add(t.elemOf(tg.Parent), tg.Type)
	t.elems[e].lang, t.elems[e].alt = tg.Lang, tg.Alt
	h.of[i] = e
	return e
}

// drawn returns t once every page is drawn, without its references to
// the plans and the fpdf document, which finish does not need: a long
// document's plan can then be collected while the file is finished.
func (t *tagger) drawn() *tagger {
	t.pdf, t.half = nil, nil
	return t
}

// newPage starts the record of a page; call it after fpdf's AddPage.
func (t *tagger) newPage() {
	t.pages = append(t.pages, pageTags{})
	t.open = noMark
}

// item opens the marked content item it belongs to, when it is not open:
// its element's, or the artifact its role makes it.
func (t *tagger) item(it layout.Item) {
	if it.Tag > 0 {
		t.mark(t.elemOf(it.Tag))
		return
	}
	switch it.Role {
	case layout.RoleHeader:
		t.mark(artHeader)
	case layout.RoleFooter:
		t.mark(artFooter)
	default:
		t.mark(artLayout)
	}
}

// mark makes e (an element or an artifact kind) the open marked content,
// closing what was open.
func (t *tagger) mark(e int) {
	if e == t.open {
		return
	}
	t.close()
	switch e {
	case artHeader:
		t.pdf.RawWriteStr("/Artifact <</Type /Pagination /Subtype /Header>> BDC")
	case artFooter:
		t.pdf.RawWriteStr("/Artifact <</Type /Pagination /Subtype /Footer>> BDC")
	case artLayout:
		t.pdf.RawWriteStr("/Artifact BMC")
	default:
		pg := len(t.pages) - 1
		mcid := len(t.pages[pg].mcids)
		t.pages[pg].mcids = append(t.pages[pg].mcids, e)
		t.kids = append(t.kids, kid{of: int32(e), child: -1, page: int32(pg), mcid: int32(mcid), annot: -1})
		t.pdf.RawWriteStr("/" + t.elems[e].typ + " <</MCID " + strconv.Itoa(mcid) + ">> BDC")
	}
	t.open = e
}

// close ends the open marked content, if any: at the end of a page, and
// before a link.
func (t *tagger) close() {
	if t.open != noMark {
		t.pdf.RawWriteStr("EMC")
		t.open = noMark
	}
}

// link opens a Link element in element e for text about to be drawn
// with a link annotation over it; call linked once the annotation is
// made.
func (t *tagger) link(e int) int {
	l := t.add(e, "Link")
	t.mark(l)
	return l
}

// linked records that the page's latest link annotation is link l's,
// drawn over text, and closes the link's text.
func (t *tagger) linked(l int, text string) {
	pg := len(t.pages) - 1
	t.kids = append(t.kids, kid{of: int32(l), child: -1, page: int32(pg), mcid: -1, annot: int32(len(t.pages[pg].annots))})
	t.pages[pg].annots = append(t.pages[pg].annots, l)
	t.pages[pg].annotText = append(t.pages[pg].annotText, text)
	t.close()
}
