package pdf

import (
	"bytes"
	"fmt"

	"codeberg.org/go-pdf/fpdf"

	"guidepress/layout"
)

// layer is one half's page drawn on a sheet of the PDF.
type layer struct {
	half int
	page *layout.Page
}

// sheet is one page of the PDF: the layers drawn on it, turned 180° or not.
type sheet struct {
	layers []layer
	turned bool
}

// sheets lists the PDF's pages: in Columns both halves' page i on page i;
// in TeteBeche the first half's pages, then the second's from last to
// first, turned.
func sheets(d *layout.Bilingual) []sheet {
	var out []sheet
	for _, p := range d.Halves[0].Pages {
		s := sheet{layers: []layer{{0, p}}}
		if d.Layout == layout.Columns {
			s.layers = append(s.layers, layer{1, d.Halves[1].Pages[p.Number-1]})
		}
		out = append(out, s)
	}
	if d.Layout == layout.Columns {
		return out
	}
	second := d.Halves[1].Pages
	for i := len(second) - 1; i >= 0; i-- {
		out = append(out, sheet{layers: []layer{{1, second[i]}}, turned: true})
	}
	return out
}

// sheetOf is the PDF page (from 1) on which page n of half h is drawn.
func sheetOf(d *layout.Bilingual, h, n int) int {
	if h == 0 || d.Layout == layout.Columns {
		return n
	}
	return len(d.Halves[0].Pages) + len(d.Halves[1].Pages) - n + 1
}

// WriteBilingual draws a bilingual edition as one PDF: fonts embedded, document information
// with both titles and the first language as the document's language
// (fpdf cannot mark the second language's text as such), and an outline
// with one entry per language, named in that language, holding that
// half's bookmarks. Links in each half's contents go to that half's pages.
// Turned pages are drawn under a 180° rotation about the page's centre,
// so their text stays real text that can be searched and copied.
func WriteBilingual(d *layout.Bilingual) (out []byte, err error) {
	defer recoverAs("draw the PDF", &err)
	st, fam := d.Halves[0].Style, d.Halves[0].Family
	for _, h := range d.Halves {
		if err := checkRunes(h); err != nil {
			return nil, err
		}
	}
	pdf, err := newDoc(st, fam)
	if err != nil {
		return nil, fmt.Errorf("draw the PDF: %w", err)
	}
	setMeta(pdf, d.Meta)
	dr := &drawer{pdf: pdf, st: st, tags: newTagger(pdf)}
	dr.asc, dr.desc = fam.Metrics()
	halves := [2]*halfTags{dr.tags.plan(d.Halves[0], true, d.Halves[0].Meta.Lang), dr.tags.plan(d.Halves[1], true, d.Halves[1].Meta.Lang)}
	links := links(d, pdf)
	title, langs := d.Meta.Title, []string{d.Halves[0].Meta.Lang, d.Halves[1].Meta.Lang}
	for _, s := range sheets(d) {
		pdf.AddPage()
		dr.tags.newPage()
		dr.turned = s.turned
		if s.turned {
			pdf.TransformBegin()
			k := 72 / 25.4 // points in a millimetre: fpdf's matrices are in points
			pdf.Transform(fpdf.TransformMatrix{A: -1, D: -1, E: st.PageWidth * k, F: st.PageHeight * k})
		}
		// Both columns' running headers, then each column's text, then
		// both footers, so that a reader that reads the page as drawn
		// hears no header or footer between the two languages' text.
		for _, part := range []func(layout.Item) bool{isHeader, isBody, isFooter} {
			for _, l := range s.layers {
				dr.links = links[l.half]
				dr.tags.half = halves[l.half]
				dr.items(filterItems(l.page.Items, part))
			}
		}
		dr.tags.close()
		if s.turned {
			pdf.TransformEnd()
		}
	}
	outline(d, pdf)
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		return nil, fmt.Errorf("draw the PDF: %w", err)
	}
	return finish(buf.Bytes(), dr.tags.drawn(), title, langs)
}

// links makes an fpdf link to the first page of every chapter of each
// half, keyed by the half's own page number.
func links(d *layout.Bilingual, pdf *fpdf.Fpdf) [2]map[int]int {
	var out [2]map[int]int
	for h, p := range d.Halves {
		out[h] = map[int]int{}
		for _, c := range p.Chapters {
			if c.Page > 0 {
				out[h][c.Page] = pdf.AddLink()
				pdf.SetLink(out[h][c.Page], 0, sheetOf(d, h, c.Page))
			}
		}
	}
	return out
}

// outline adds the bookmarks once every page is drawn: for each half an
// entry named for its language, in that language, pointing at its first
// page, with the half's bookmarks one level below it in reading order.
// fpdf writes only the pages up to the current one, so it ends on the
// last page.
func outline(d *layout.Bilingual, pdf *fpdf.Fpdf) {
	last := pdf.PageNo()
	defer pdf.SetPage(last)
	pdf.SetFont(fontName, "", d.Halves[0].Style.BodySize) // bookmarks need a UTF-8 font selected
	for h, p := range d.Halves {
		pdf.SetPage(sheetOf(d, h, 1))
		pdf.Bookmark(languageName(d.Langs[h]), 0, bookmarkY(d, h, 0))
		for _, pg := range p.Pages {
			for _, b := range pg.Bookmarks {
				pdf.SetPage(sheetOf(d, h, pg.Number))
				pdf.Bookmark(b.Title, b.Level+1, bookmarkY(d, h, b.Y))
			}
		}
	}
}

// bookmarkY is where a bookmark at height y of a page of half h points:
// on a turned page, the same place turned.
func bookmarkY(d *layout.Bilingual, h int, y float64) float64 {
	if d.Layout == layout.TeteBeche && h == 1 {
		return d.Halves[1].Style.PageHeight - y
	}
	return y
}

// languageName is a language's name in that language, for the outline.
func languageName(code string) string {
	switch code {
	case "cy":
		return "Cymraeg"
	case "en":
		return "English"
	}
	return code
}

func isHeader(it layout.Item) bool { return it.Role == layout.RoleHeader }
func isFooter(it layout.Item) bool { return it.Role == layout.RoleFooter }
func isBody(it layout.Item) bool   { return !isHeader(it) && !isFooter(it) }

// filterItems are the items keep keeps, in order; all of them when keep
// keeps every one.
func filterItems(items []layout.Item, keep func(layout.Item) bool) []layout.Item {
	var out []layout.Item
	for _, it := range items {
		if keep(it) {
			out = append(out, it)
		}
	}
	return out
}
