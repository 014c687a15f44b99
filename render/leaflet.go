package render

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	"guidepress/content"
	"guidepress/styles"
)

// Format is how a leaflet is printed.
type Format string

const (
	// FoldedA5 is a leaflet printed as a small booklet: pages printed two
	// to a sheet and folded, so the page count is padded to a multiple of
	// 4 with ruled Notes pages. Its front panel is a cover page of its
	// own. It is the default format.
	FoldedA5 Format = "a5-fold"
	// SheetA4 is one A4 sheet printed on both sides: two pages, the front
	// panel at the top of the first. Content that does not fit is refused.
	SheetA4 Format = "a4"
)

// Formats are the leaflet formats, the default first.
var Formats = []Format{FoldedA5, SheetA4}

// ParseFormat returns the format named s; "" is the default, FoldedA5.
func ParseFormat(s string) (Format, error) {
	if s == "" {
		return FoldedA5, nil
	}
	for _, f := range Formats {
		if string(f) == s {
			return f, nil
		}
	}
	return "", fmt.Errorf("unknown leaflet format %q (formats: %s, %s)", s, FoldedA5, SheetA4)
}

// ErrTooLong is wrapped by the error Leaflet returns when a stage does not
// fit the format's pages.
var ErrTooLong = errors.New("too long for the a4 format")

// ErrNotA4 is wrapped by the error Leaflet returns when the SheetA4 format
// is asked of a style whose pages are not A4.
var ErrNotA4 = errors.New("the a4 format needs a style with A4 pages")

// LeafletOptions choose a leaflet's format and contacts.
type LeafletOptions struct {
	// Format is the leaflet's format; "" is FoldedA5.
	Format Format
	// Area is a health board area's id or name (see FindArea): contacts
	// limited to other areas are left out. "" keeps every contact.
	Area string
}

// Leaflet lays out the leaflet of stage stageID in lang: a front panel
// (guide title, stage title, summary, organisation), the stage's
// sections, its Key contacts (StageContacts), and the organisation's
// details and edition date at the foot of the last page. Every page after
// a FoldedA5 cover has a footer with the stage's title and "Page n of m".
func Leaflet(g *content.Guide, stageID, lang string, st *styles.Style, opts LeafletOptions) (p *Plan, err error) {
	defer recoverAs("lay out the leaflet", &err)
	return leafletHalf(g, stageID, lang, st, opts, 0)
}

// leafletHalf lays out a leaflet padded with Notes pages to at least
// minPages pages (for FoldedA5): one half of a tête-bêche edition.
func leafletHalf(g *content.Guide, stageID, lang string, st *styles.Style, opts LeafletOptions, minPages int) (*Plan, error) {
	format, err := ParseFormat(string(opts.Format))
	if err != nil {
		return nil, fmt.Errorf("lay out the leaflet: %w", err)
	}
	b, err := newBuilder(g, lang, st, "the leaflet")
	if err != nil {
		return nil, err
	}
	s, cs, err := leafletInput(g, stageID, st, format, opts.Area)
	if err != nil {
		return nil, err
	}
	b.minPages = minPages
	return b.leaflet(s, cs, format)
}

// leafletInput finds a leaflet's stage and its contacts in area (an id or
// a name, "" for all), and checks that the format suits the style.
func leafletInput(g *content.Guide, stageID string, st *styles.Style, format Format, area string) (*content.Stage, []*content.Contact, error) {
	s := g.StageByID(stageID)
	if s == nil {
		return nil, nil, fmt.Errorf("lay out the leaflet: the guide has no stage %q", stageID)
	}
	if format == SheetA4 && !isA4(st) {
		return nil, nil, fmt.Errorf("lay out the leaflet: %w; style %s is %g × %g mm", ErrNotA4, st.Name, st.PageWidth, st.PageHeight)
	}
	id := ""
	if area != "" {
		a, err := FindArea(g, area)
		if err != nil {
			return nil, nil, fmt.Errorf("lay out the leaflet: %w", err)
		}
		id = a.ID
	}
	return s, StageContacts(g, []string{s.ID}, id), nil
}

// LeafletPDF lays out and draws a leaflet in one call.
func LeafletPDF(g *content.Guide, stageID, lang string, st *styles.Style, opts LeafletOptions) ([]byte, Info, error) {
	return draw(Leaflet(g, stageID, lang, st, opts))
}

// isA4 reports whether st's pages are A4 (210 × 297 mm), upright.
func isA4(st *styles.Style) bool {
	return math.Abs(st.PageWidth-210) < 1 && math.Abs(st.PageHeight-297) < 1
}

// leaflet builds the rows of the front, the stage and its contacts, places
// them, and ends the leaflet with the organisation's details and Notes
// pages.
func (b *builder) leaflet(s *content.Stage, cs []*content.Contact, format Format) (*Plan, error) {
	b.chrome = b.footerChrome(s.Title.Get(b.lang))
	var front []*Page
	f := b.flow(s.ID)
	if format == SheetA4 {
		b.frontPanel(f, s)
	} else {
		cover := b.leafletCover(s)
		if cover == nil {
			return nil, fmt.Errorf("lay out the leaflet: the titles and summary of %s are too long for the front page", s.ID)
		}
		front = []*Page{cover}
	}
	if err := b.stageBody(f, s); err != nil {
		return nil, err
	}
	startChapter(f.rows, s.ID)
	var contacts []row
	if len(cs) > 0 {
		contacts = b.contactSection(cs)
	}
	pg := b.placeLeaflet(front, f.rows, contacts, format)
	pages, err := b.endLeaflet(pg.pages, format, s.ID)
	if err != nil {
		return nil, err
	}
	b.addChrome(pages)
	chapters := b.leafletChapters(s, pages, pg.anchors[contactsID])
	return &Plan{Pages: pages, Chapters: chapters, Meta: b.leafletMeta(s), Style: b.st, fam: b.fam}, nil
}

// placeLeaflet places the stage's rows after the front pages, then the
// contacts' rows. In a FoldedA5 leaflet the contacts start on a page of
// their own unless that would take more paper (another 4 pages); on one
// A4 sheet they follow straight on.
func (b *builder) placeLeaflet(front []*Page, body, contacts []row, format Format) *paginator {
	place := func(newPage bool) *paginator {
		rows := append(slices.Clip(body), contacts...)
		if len(contacts) > 0 {
			rows[len(body)].newPage = newPage
			rows[len(body)].space = 1.5 * b.d.lead // dropped at the top of a page
		}
		pg := newPaginator(b.st, b.d, b.chrome.area)
		pg.pages = slices.Clone(front)
		pg.run(rows)
		return pg
	}
	if format == SheetA4 || len(contacts) == 0 {
		return place(false)
	}
	own, flowing := place(true), place(false)
	orgH := stackHeight(b.orgRows())
	if roundUp4(b.pagesNeeded(flowing.pages, orgH)) < roundUp4(b.pagesNeeded(own.pages, orgH)) {
		return flowing
	}
	return own
}

// leafletChapters are a leaflet's parts with the pages they start on:
// the stage (page 1), then Key contacts and Notes when it has them.
func (b *builder) leafletChapters(s *content.Stage, pages []*Page, contactsAt int) []Chapter {
	cs := []Chapter{{ID: s.ID, Title: s.Title.Get(b.lang), Page: 1}}
	if contactsAt > 0 {
		cs = append(cs, Chapter{ID: contactsID, Title: b.label("key_contacts", nil), Page: contactsAt})
	}
	for _, p := range pages {
		if p.Chapter == notesID {
			return append(cs, Chapter{ID: notesID, Title: b.label("notes", nil), Page: p.Number})
		}
	}
	return cs
}

// leafletMeta is a leaflet's document information: its title names the
// stage and the guide.
func (b *builder) leafletMeta(s *content.Stage) Meta {
	m := b.meta()
	m.Title = strings.Join([]string{s.Title.Get(b.lang), b.g.Title.Get(b.lang)}, " – ")
	if sum := s.Summary.Get(b.lang); sum != "" {
		m.Subject = sum
	}
	return m
}
