package render

import (
	"fmt"

	"guidepress/content"
	"guidepress/fonts"
	"guidepress/styles"
)

// Info describes a built PDF.
type Info struct {
	// Pages is the number of pages.
	Pages int
}

// builder lays out one edition of a guide in one style.
type builder struct {
	g      *content.Guide
	lang   string
	st     *styles.Style
	fam    *fonts.Family
	m      *measurer
	d      dims
	x, w   float64 // the text column
	chrome chrome
	groups int // advice boxes made so far
	// minPages is the fewest pages a folded product is padded to with
	// Notes pages: the other half's length in a tête-bêche edition.
	minPages int
}

// Booklet lays out the full booklet of g in lang: cover, "How to use this
// guide", contents, a chapter per stage, key contacts and back cover. The
// Plan it returns can be inspected, and drawn with PDF.
func Booklet(g *content.Guide, lang string, st *styles.Style) (p *Plan, err error) {
	defer recoverAs("lay out the booklet", &err)
	b, err := newBuilder(g, lang, st, "the booklet")
	if err != nil {
		return nil, err
	}
	return b.booklet()
}

// BookletPDF lays out and draws the booklet in one call.
func BookletPDF(g *content.Guide, lang string, st *styles.Style) ([]byte, Info, error) {
	return draw(Booklet(g, lang, st))
}

// draw draws a laid-out plan, passing on an error from the layout.
func draw(p *Plan, err error) ([]byte, Info, error) {
	if err != nil {
		return nil, Info{}, err
	}
	out, err := p.PDF()
	if err != nil {
		return nil, Info{}, err
	}
	return out, Info{Pages: len(p.Pages)}, nil
}

// newBuilder checks g, lang and st and makes a builder; what names the
// product ("the booklet") in errors.
func newBuilder(g *content.Guide, lang string, st *styles.Style, what string) (*builder, error) {
	switch {
	case g == nil:
		return nil, fmt.Errorf("lay out %s: no guide", what)
	case st == nil:
		return nil, fmt.Errorf("lay out %s: no style", what)
	case !g.Title.Has() || g.Title.Get(lang) == "":
		return nil, fmt.Errorf("lay out %s: the guide has no title in language %q", what, lang)
	}
	fam, err := st.Family()
	if err != nil {
		return nil, fmt.Errorf("lay out %s: %w", what, err)
	}
	if err := checkGuide(g, lang, fam); err != nil {
		return nil, err
	}
	m, err := newMeasurer(st, fam)
	if err != nil {
		return nil, fmt.Errorf("lay out %s: %w", what, err)
	}
	b := &builder{g: g, lang: lang, st: st, fam: fam, m: m, d: newDims(st),
		x: st.Margins.Left, w: st.TextWidth()}
	return b, nil
}

// booklet builds the rows of every part, places them, and fills in page
// numbers, headers and footers.
func (b *builder) booklet() (*Plan, error) {
	chapters := b.chapterList()
	b.chrome = b.measureChrome(chapters)
	cover, err := b.cover()
	if err != nil {
		return nil, err
	}
	rows, err := b.bodyRows(chapters)
	if err != nil {
		return nil, err
	}
	pg := newPaginator(b.st, b.d, b.chrome.area)
	pg.pages = []*Page{cover}
	pg.run(rows)
	pages := pg.pages
	b.bottomAlignBackCover(pages)
	pages = b.padBooklet(pages)
	for i := range chapters {
		chapters[i].Page = pg.anchors[chapters[i].ID]
	}
	b.fillContents(pages, chapters)
	b.addChrome(pages)
	return &Plan{Pages: pages, Chapters: chapters, Meta: b.meta(), Style: b.st, fam: b.fam}, nil
}

// bodyRows makes the rows of everything after the cover.
func (b *builder) bodyRows(chapters []Chapter) ([]row, error) {
	var rows []row
	if b.g.Intro != nil {
		r, err := b.chapter(b.g.Intro)
		if err != nil {
			return nil, err
		}
		rows = append(rows, r...)
	}
	rows = append(rows, b.contents(chapters)...)
	for _, s := range b.g.Stages {
		r, err := b.chapter(s)
		if err != nil {
			return nil, err
		}
		rows = append(rows, r...)
	}
	rows = append(rows, b.contacts()...)
	return append(rows, b.backCover()...), nil
}

// Chapter ids of the parts that are not stages.
const (
	contentsID = "contents"
	contactsID = "key-contacts"
	backID     = "back-cover"
)

// chapterList lists the chapters the contents page shows, in order.
func (b *builder) chapterList() []Chapter {
	var cs []Chapter
	if b.g.Intro != nil {
		cs = append(cs, Chapter{ID: b.g.Intro.ID, Title: b.g.Intro.Title.Get(b.lang)})
	}
	for _, s := range b.g.Stages {
		cs = append(cs, Chapter{ID: s.ID, Title: s.Title.Get(b.lang)})
	}
	return append(cs, Chapter{ID: contactsID, Title: b.label("key_contacts", nil)})
}

func (b *builder) label(key string, vars map[string]string) string {
	return b.g.Label(b.lang, key, vars)
}

func (b *builder) flow(ref string) *flow {
	return &flow{m: b.m, st: b.st, d: b.d, x: b.x, w: b.w, ref: ref}
}

// startChapter marks the first row of a chapter's rows.
func startChapter(rows []row, id string) {
	rows[0].newPage, rows[0].chrome, rows[0].chapter, rows[0].anchor = true, true, id, id
}
