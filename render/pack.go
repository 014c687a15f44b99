package render

import (
	"fmt"
	"strings"
	"time"

	"guidepress/content"
	"guidepress/internal/pdfdoc"
	"guidepress/styles"
)

// PackOptions choose what a discharge pack holds and who it is for.
type PackOptions struct {
	// Stages are the ids of the stages whose content the pack holds. They
	// are printed in the guide's order, each once.
	Stages []string
	// Area is a health board area's id or name (see FindArea): contacts
	// limited to other areas are left out. "" keeps every contact.
	Area string
	// Name is the person the pack is for, printed on the cover only. ""
	// leaves a line to write a name on.
	Name string
	// Date is printed on the cover; the zero time is the guide's edition
	// date, so that the same inputs always give the same bytes.
	Date time.Time
}

// Chapter ids of a pack's own parts.
const (
	packCoverID = "pack-cover"
	goalsID     = "my-goals"
)

// Pack lays out a discharge pack of g in lang: a cover (the guide's title,
// the pack's title, the person's name or a line for it, the date, lines
// to fill in by hand for the care coordinator and their phone number, the
// next appointment and the GP, and a list of what is in the pack when it
// fits), the chosen stages' chapters, a "My goals" page with a row for
// each area of life, the Key contacts of those stages (StageContacts) and
// the organisation's details at the foot of the last page. Every page has
// a footer with the pack's title and "Page n of m".
//
// The name appears only on the cover: not in the PDF's document
// information, bookmarks or any error.
func Pack(g *content.Guide, lang string, st *styles.Style, opts PackOptions) (p *Plan, err error) {
	defer recoverAs("lay out the pack", &err)
	in, err := newPackInput(g, opts)
	if err != nil {
		return nil, err
	}
	return packHalf(g, lang, st, in, 0)
}

// PackPDF lays out and draws a discharge pack in one call.
func PackPDF(g *content.Guide, lang string, st *styles.Style, opts PackOptions) ([]byte, Info, error) {
	return draw(Pack(g, lang, st, opts))
}

// packStages returns the stages of g named by ids, in the guide's order
// and each once. No ids, or an unknown one, is an error that lists the
// guide's stages.
func packStages(g *content.Guide, ids []string) ([]*content.Stage, error) {
	known := make([]string, len(g.Stages))
	want := map[string]bool{}
	for _, id := range ids {
		want[id] = true
	}
	var out []*content.Stage
	for i, s := range g.Stages {
		known[i] = s.ID
		if want[s.ID] {
			out = append(out, s)
			delete(want, s.ID)
		}
	}
	for _, id := range ids {
		if want[id] {
			return nil, fmt.Errorf("unknown stage %q; the guide's stages are: %s", id, strings.Join(known, ", "))
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no stages chosen; the guide's stages are: %s", strings.Join(known, ", "))
	}
	return out, nil
}

// pack builds the rows of the cover, the stages, the goals page and the
// contacts of in, places them, and ends the pack with the organisation's
// details. in.name has been checked (checkPack).
func (b *builder) pack(in packInput) (*Plan, error) {
	b.chrome = b.footerChrome(b.label("pack_title", nil))
	chapters := b.packChapters(in.stages, len(in.contacts) > 0)
	rows := b.packCover(in.name, in.date, chapters, !in.noList)
	for _, s := range in.stages {
		r, err := b.chapter(s)
		if err != nil {
			return nil, err
		}
		rows = append(rows, r...)
	}
	goals, err := b.goals()
	if err != nil {
		return nil, err
	}
	rows = append(rows, goals...)
	if len(in.contacts) > 0 {
		rows = append(rows, b.contactSection(in.contacts)...)
	}
	pg := newPaginator(b.st, b.d, b.chrome.area)
	pg.run(rows)
	pages := b.endPack(pg.pages)
	for i := range chapters {
		chapters[i].Page = pg.anchors[chapters[i].ID]
	}
	b.fillContents(pages, chapters)
	b.addChrome(pages)
	return &Plan{Pages: pages, Chapters: chapters, Meta: b.packMeta(in.stages, in.date), Style: b.st, fam: b.fam}, nil
}

// packChapters are the parts a pack's cover lists: each stage, the goals
// page and, when there are any, the contacts.
func (b *builder) packChapters(stages []*content.Stage, contacts bool) []Chapter {
	var cs []Chapter
	for _, s := range stages {
		cs = append(cs, Chapter{ID: s.ID, Title: s.Title.Get(b.lang)})
	}
	cs = append(cs, Chapter{ID: goalsID, Title: b.label("my_goals", nil)})
	if contacts {
		cs = append(cs, Chapter{ID: contactsID, Title: b.label("key_contacts", nil)})
	}
	return cs
}

// endPack puts the organisation's details at the foot of the last page,
// or of a page of their own when they do not fit under the contacts. A
// half of a tête-bêche pack is first padded to b.minPages (the other
// half's length) with ruled Notes pages, as a leaflet is.
func (b *builder) endPack(pages []*Page) []*Page {
	org := b.orgRows()
	orgH := stackHeight(org)
	need := b.pagesNeeded(pages, orgH)
	if b.minPages > need {
		return b.fillLeaflet(pages, b.minPages, org, orgH)
	}
	if need > len(pages) {
		last := pages[len(pages)-1]
		pages = append(pages, &Page{Number: len(pages) + 1, Chrome: true, Chapter: last.Chapter})
	}
	stack(pages[len(pages)-1], org, b.chrome.area.bottom-orgH)
	return pages
}

// packMeta is a pack's document information: a title naming the pack and
// the guide, never the person.
func (b *builder) packMeta(stages []*content.Stage, date time.Time) Meta {
	m := b.meta()
	m.Title = b.label("pack_title", nil) + " – " + b.g.Title.Get(b.lang)
	titles := make([]string, len(stages))
	for i, s := range stages {
		titles[i] = s.Title.Get(b.lang)
	}
	m.Subject = strings.Join(titles, ", ")
	m.Date = pdfdoc.BuildDate(date)
	return m
}
