package layout

import (
	"slices"

	"guidepress/compose"
	"guidepress/styles"
)

// Single lays out a composed product in its one language: its cover on
// a page of its own, then every other part on pages with a footer (and
// running heads when the product has them), each part starting where it
// asks; the page count made up as the product's fold needs with ruled
// Notes pages; the organisation's details on the back cover or at the
// foot of the last page; the contents filled in with the pages the
// chapters start on. It works for every product.
func Single(p *compose.Product, st *styles.Style) (plan *Plan, err error) {
	defer recoverAs("lay out "+whatOf(p), &err)
	b, err := newBuilder(p, st, whatOf(p))
	if err != nil {
		return nil, err
	}
	return b.single()
}

func (b *builder) single() (*Plan, error) {
	b.chrome = b.makeChrome()
	var front []*Page
	parts := b.p.Parts
	if len(parts) > 0 && parts[0].Kind == compose.Cover {
		covers, err := b.fitCover(parts[0])
		if err != nil {
			return nil, err
		}
		covers[0].Bookmarks = b.coverMarks(parts[0])
		front, parts = covers, parts[1:]
	}
	runs, imprint, err := b.partRows(parts)
	if err != nil {
		return nil, err
	}
	pg := b.place(front, runs, imprint)
	pages, err := b.finish(pg.pages, imprint)
	if err != nil {
		return nil, err
	}
	chapters := b.pagedChapters(pg.anchors, len(front) > 0, pages)
	b.fillContents(pages, chapters)
	b.addChrome(pages)
	plan := &Plan{Pages: pages, Chapters: chapters, Meta: b.meta(), Style: b.st, Family: b.fam}
	plan.tidyTags(b.tags)
	return plan, nil
}

// partRun is a part's rows and where it starts.
type partRun struct {
	rows  []row
	start compose.Start
}

// partRows lays out each part after the cover as rows. An Imprint part
// is returned apart: it goes at the foot of the last page.
func (b *builder) partRows(parts []*compose.Part) (runs []partRun, imprint *compose.Part, err error) {
	for _, pt := range parts {
		var rows []row
		switch pt.Kind {
		case compose.Imprint:
			imprint = pt
			continue
		case compose.PackCover:
			rows = b.packCover(pt)
		case compose.GoalsPage:
			rows, err = b.goals(pt)
		default:
			rows, _, err = b.partFlow(pt)
		}
		if err != nil {
			return nil, nil, err
		}
		runs = append(runs, partRun{rows: rows, start: pt.Start})
	}
	return runs, imprint, nil
}

// place places the parts' rows after the front pages. A titled part that
// follows on starts 1.5 lines below what is above it; one that starts a
// page unless that takes more paper is placed both ways, and the way
// that needs fewer sheets is kept (on the same sheets, the way with fewer
// pages under minLines lines: a one-paragraph stage is not left alone on
// its page).
func (b *builder) place(front []*Page, runs []partRun, imprint *compose.Part) *paginator {
	run := func(own bool) *paginator {
		n := 0
		for _, r := range runs {
			n += len(r.rows)
		}
		rows := make([]row, 0, n)
		for _, r := range runs {
			rows = append(rows, b.startAs(r.rows, r.start, own)...)
		}
		return b.paginate(front, rows)
	}
	if !slices.ContainsFunc(runs, func(r partRun) bool { return r.start == compose.NewPageUnlessMorePaper }) {
		return run(false)
	}
	own, flowing := run(true), run(false)
	orgH := 0.0
	if imprint != nil {
		orgH = stackHeight(b.orgRows(imprint))
	}
	nf, no := b.pagesNeeded(flowing.pages, orgH), b.pagesNeeded(own.pages, orgH)
	if fewerSheets(nf, no) || !fewerSheets(no, nf) && b.runts(own.pages) > b.runts(flowing.pages) {
		return flowing
	}
	return own
}

// paginate places rows on pages after the front pages, then again with
// a page break earlier wherever that mends a page of fewer than minLines
// lines at the end of a chapter (see earlierBreak).
func (b *builder) paginate(front []*Page, rows []row) *paginator {
	force := map[int]bool{}
	var pg *paginator
	for range runtTries {
		pg = newPaginator(b.st, b.d, b.chrome.area)
		pg.pages = slices.Clone(front)
		pg.force = force
		pg.run(rows)
		lines := func(k int, from float64) int { return pageLines(pg.pages[k], b.d.lead, from) }
		fresh := freshPages(pg.starts, rows)
		mended := false
		for _, at := range earlierBreaks(pg.pages, pg.starts, len(front), func(k int) bool { return lines(k, 0) < minLines }, lines, fresh) {
			if !force[at] {
				force[at], mended = true, true
			}
		}
		if !mended {
			break
		}
	}
	return pg
}

// freshPages reports, for a page, whether its first row starts a page of
// its own (a chapter that starts a page), so that a break made earlier
// in the pages before it cannot move it.
func freshPages(starts []start, rows []row) func(k int) bool {
	first := map[int]int{}
	for _, s := range starts {
		if _, ok := first[s.page]; !ok {
			first[s.page] = s.at
		}
	}
	return func(k int) bool {
		at, ok := first[k]
		return ok && at < len(rows) && rows[at].newPage
	}
}

// startAs makes a titled part's first row start as start asks: a part
// that follows on starts 1.5 lines below what is above it (space dropped
// at the top of a page), and one that starts a page unless that takes
// more paper starts one when own is set. Other rows are returned as they
// are.
func (b *builder) startAs(rows []row, start compose.Start, own bool) []row {
	if start == compose.NewPage || len(rows) == 0 || rows[0].chapter == "" {
		return rows
	}
	rows = slices.Clone(rows)
	rows[0].newPage = own && start == compose.NewPageUnlessMorePaper
	rows[0].space = 1.5 * b.d.lead
	return rows
}

// fewerSheets reports whether a folded product of a pages needs fewer
// sheets than one of b pages.
func fewerSheets(a, b int) bool { return roundUp4(a) < roundUp4(b) }

// finish makes up the page count: a back cover moves to the foot of its
// page and Notes pages go before it; an imprint goes at the foot of the
// last page, after Notes pages when the product is folded.
func (b *builder) finish(pages []*Page, imprint *compose.Part) ([]*Page, error) {
	if imprint == nil {
		b.bottomAlignBackCover(pages)
		return b.padBooklet(pages), nil
	}
	if b.p.Fold == compose.Flat {
		return b.endPack(pages, imprint), nil
	}
	return b.endLeaflet(pages, imprint)
}

// pagedChapters are the product's chapters with the pages they start on:
// where their first rows were placed (anchors), or page 1 for the part a
// front cover is for; a leaflet lists its Notes pages too.
func (b *builder) pagedChapters(anchors map[string]int, cover bool, pages []*Page) []Chapter {
	cs := b.chapters()
	for i := range cs {
		cs[i].Page = anchors[cs[i].ID]
		if cover && cs[i].ID == b.p.Parts[0].ID {
			cs[i].Page = 1
		}
	}
	if !isLeaflet(b.p) {
		return cs
	}
	for _, p := range pages {
		if p.Chapter == notesID {
			return append(cs, Chapter{ID: notesID, Title: b.label("notes", nil), Page: p.Number})
		}
	}
	return cs
}
