package pdf

import (
	"bytes"
	"fmt"
	"strings"

	"codeberg.org/go-pdf/fpdf"

	"guidepress/layout"
	"guidepress/styles"
)

// Write draws a laid-out plan as a PDF: fonts embedded and subset with
// Unicode maps, title, author, subject and language set, bookmarks for
// every chapter and section, clickable links, and dates fixed so that the
// same plan always gives the same bytes.
func Write(p *layout.Plan) (out []byte, err error) {
	return writePlan(p, false)
}

// WriteReleasing draws p as Write does, but lets go of each page of p
// once it is drawn (p.Pages[i] becomes nil), so that the pages of a long
// document are collected as its file grows, instead of the whole plan
// and the whole file being held at once. For callers that do not use the
// plan's pages afterwards.
func WriteReleasing(p *layout.Plan) (out []byte, err error) {
	return writePlan(p, true)
}

func writePlan(p *layout.Plan, release bool) (out []byte, err error) {
	defer recoverAs("draw the PDF", &err)
	if err := checkRunes(p); err != nil {
		return nil, err
	}
	pdf, err := newDoc(p.Style, p.Family)
	if err != nil {
		return nil, fmt.Errorf("draw the PDF: %w", err)
	}
	setMeta(pdf, p.Meta)
	d := &drawer{pdf: pdf, st: p.Style, links: map[int]int{}, tags: newTagger(pdf)}
	d.tags.half = d.tags.plan(p, false, "")
	d.asc, d.desc = p.Family.Metrics()
	for _, c := range p.Chapters {
		if c.Page > 0 {
			d.links[c.Page] = pdf.AddLink()
			pdf.SetLink(d.links[c.Page], 0, c.Page)
		}
	}
	title, langs := p.Meta.Title, []string{p.Meta.Lang}
	for i, pg := range p.Pages {
		d.page(pg)
		if release {
			p.Pages[i] = nil
		}
	}
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		return nil, fmt.Errorf("draw the PDF: %w", err)
	}
	return finish(buf.Bytes(), d.tags.drawn(), title, langs)
}

// checkRunes refuses text that fpdf would panic on.
func checkRunes(p *layout.Plan) error {
	for _, pg := range p.Pages {
		for _, it := range pg.Items {
			for _, s := range it.Spans {
				for _, r := range s.Text {
					if r > 0xFFFF {
						return fmt.Errorf("draw the PDF: page %d: character U+%04X is beyond U+FFFF and cannot be printed", pg.Number, r)
					}
				}
			}
		}
	}
	return nil
}

// drawer draws plan items with fpdf.
type drawer struct {
	pdf       *fpdf.Fpdf
	st        *styles.Style
	asc, desc float64
	links     map[int]int // page number to fpdf link id
	// turned says the page is drawn turned 180°, as the second half of a
	// tête-bêche edition is.
	turned bool
	// tags marks what is drawn for the structure tree.
	tags *tagger
}

func (d *drawer) page(pg *layout.Page) {
	d.pdf.AddPage()
	d.tags.newPage()
	d.pdf.SetFont(fontName, "", d.st.BodySize) // bookmarks need a UTF-8 font selected
	for _, b := range pg.Bookmarks {
		d.pdf.Bookmark(b.Title, b.Level, b.Y)
	}
	d.items(pg.Items)
	d.tags.close()
}

// items draws a page's items on the current page.
func (d *drawer) items(items []layout.Item) {
	for _, it := range items {
		if it.Kind != layout.TextLine {
			d.tags.item(it)
		}
		switch it.Kind {
		case layout.TextLine:
			d.text(it)
		case layout.Rule:
			d.colour(d.st.Colours.Rule, false)
			d.pdf.SetLineWidth(it.Weight)
			d.pdf.Line(it.X, it.Y, it.X+it.W, it.Y)
		case layout.Diagram:
			DrawDiagram(d.pdf, it.Geometry, it.X, it.Y, fontName)
		case layout.Picture:
			d.picture(it)
		case layout.Frame:
			d.colour(d.st.Colours.Rule, false)
			d.pdf.SetLineWidth(it.Weight)
			d.pdf.Rect(it.X, it.Y, it.W, it.H, "D")
		case layout.Shade:
			d.colour(d.st.Colours.Tint, true)
			d.pdf.Rect(it.X, it.Y, it.W, it.H, "F")
		case layout.Bar:
			d.colour(d.st.Colours.Rule, true)
			d.pdf.Rect(it.X, it.Y, it.W, it.H, "F")
		}
	}
}

func (d *drawer) colour(c styles.Colour, fill bool) {
	if fill {
		d.pdf.SetFillColor(int(c.R), int(c.G), int(c.B))
		return
	}
	d.pdf.SetDrawColor(int(c.R), int(c.G), int(c.B))
}

// text draws a line's spans on a shared baseline, centred in the line's
// box, with a tint behind code and a link over linked spans. The line is
// marked as its tag's content; a linked span, or a whole line that links
// to a page (a contents entry), is a Link element in that tag. A line
// that is decoration (a table's header repeated) has no links: they are
// where the line is first drawn.
func (d *drawer) text(it layout.Item) {
	mm := it.Size * styles.PtToMM
	base := it.Y + (it.H-(d.asc+d.desc)*mm)/2 + d.asc*mm
	c := d.st.Colours.Text
	if it.Muted {
		c = d.st.Colours.Muted
	}
	whole := -1
	if it.Target > 0 && it.Tag > 0 {
		whole = d.tags.link(d.tags.elemOf(it.Tag))
	}
	for k, s := range it.Spans {
		l := -1
		switch {
		case whole >= 0:
		case s.Link != "" && it.Tag > 0:
			l = d.tags.link(d.tags.elemOf(it.Tag))
		default:
			d.tags.item(it)
		}
		if s.Code {
			d.colour(d.st.Colours.Tint, true)
			d.pdf.Rect(s.X-0.3, base-d.asc*mm, s.W+0.6, (d.asc+d.desc)*mm, "F")
		}
		d.pdf.SetFont(fontName, s.Face.String(), it.Size)
		d.pdf.SetTextColor(int(c.R), int(c.G), int(c.B))
		text := s.Text
		if k == len(it.Spans)-1 && it.Tag > 0 && spaceAfter(it) {
			text += " "
		}
		d.pdf.Text(s.X, base, text)
		if l >= 0 {
			d.link(s.X, it.Y, s.W, it.H, 0, s.Link)
			d.tags.linked(l, s.Text)
		}
	}
	if whole >= 0 {
		d.link(it.X, it.Y, it.W, it.H, d.links[it.Target], "")
		d.tags.linked(whole, it.Text())
	}
}

// spaceAfter reports whether a line of text is drawn with a space after
// its last word, unseen, so that a listener hears, and a reader that
// copies the text gets, a space between its last word and the next
// line's first: not after a line that ends inside a word, an address or
// a number, nor after a hyphen, where the next line goes on without one.
func spaceAfter(it layout.Item) bool {
	if it.Broken || len(it.Spans) == 0 {
		return false
	}
	last := it.Spans[len(it.Spans)-1].Text
	return !strings.HasSuffix(last, "-") && !strings.HasSuffix(last, " ")
}

// link makes the area x, y, w, h a link to fpdf link id, or to url when
// it is not "". fpdf places link areas on the page as it is, not as it is
// drawn, so on a turned page the area is turned here.
func (d *drawer) link(x, y, w, h float64, id int, url string) {
	if d.turned {
		x, y = d.st.PageWidth-x-w, d.st.PageHeight-y-h
	}
	if url != "" {
		d.pdf.LinkString(x, y, w, h, url)
		return
	}
	d.pdf.Link(x, y, w, h, id)
}
