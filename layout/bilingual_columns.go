package layout

import (
	"fmt"
	"guidepress/typeset"
	"unicode/utf8"

	"guidepress/compose"
	"guidepress/fonts"
	"guidepress/styles"
)

// minColumnChars is the fewest characters a line of body text must hold
// in a Columns edition: half the 60 characters at the low end of the
// clear-print line length. The A5 standard style holds about 28, so it is
// refused; the A4 styles (a4, large-print) hold 31 to 36.
const minColumnChars = 30

// columnSample is text whose average character width stands for running
// text in either language.
const columnSample = "Dywedwch wrth yr heddlu am eich salwch ac unrhyw feddyginiaeth. " +
	"Tell the police about your illness and any medicine you take."

// cols lays out a Columns edition: one builder per language, the first
// language's in the left column and the second's in the right, with a
// gutter between them.
type cols struct {
	b      [2]*builder
	gutter float64
}

// newCols makes the builders of a Columns edition of ps in st, or an
// error wrapping ErrColumnsTooNarrow when a column would hold too few
// characters a line.
func newCols(ps [2]*compose.Product, st *styles.Style, what string) (*cols, error) {
	var c cols
	for i, p := range ps {
		b, err := newBuilder(p, st, whatOf(p))
		if err != nil {
			return nil, err
		}
		b.spanFigures = true
		c.b[i] = b
	}
	left := c.b[0]
	c.gutter = left.d.indent
	w := (st.TextWidth() - c.gutter) / 2
	left.w = w
	c.b[1].x, c.b[1].w = left.x+w+c.gutter, w
	if err := left.checkColumn(w); err != nil {
		return nil, fmt.Errorf("lay out %s: %w", what, err)
	}
	return &c, nil
}

// charsPerLine is about how many characters of body text fit in width w.
func (b *builder) charsPerLine(w float64) int {
	per := b.m.Width(columnSample, fonts.Regular, b.st.BodySize) / float64(utf8.RuneCountInString(columnSample))
	return int(w / per)
}

// setChrome gives both columns chrome of the same heights, so that the
// text area, headers and footers are level: ch are the columns' own
// measured chromes, each header and footer one line of its column.
func (c *cols) setChrome(ch [2]chrome) {
	st := c.b[0].st
	var headerH, footerH float64
	for i := range ch {
		headerH, footerH = max(headerH, ch[i].headerH), max(footerH, ch[i].footerH)
	}
	for i, b := range c.b {
		ch[i].headerH, ch[i].footerH = headerH, footerH
		ch[i].area.top = st.Margins.Top
		if ch[i].headers != nil {
			ch[i].area.top += headerH + ch[i].gap
		}
		ch[i].area.bottom = st.PageHeight - st.Margins.Bottom - footerH - ch[i].gap
		b.chrome = ch[i]
	}
}

// addGutter draws a thin rule down the middle of the gutter of every page
// of the first column: between the header's and the footer's rules on
// pages with chrome, between the margins on the others, and broken where
// something crosses the gutter.
func (c *cols) addGutter(pages [2][]*Page) {
	b := c.b[0]
	x := b.x + b.w + c.gutter/2
	for i, p := range pages[0] {
		top, bottom := b.st.Margins.Top, b.st.PageHeight-b.st.Margins.Bottom
		if p.Chrome {
			if b.chrome.headers != nil {
				top += b.chrome.headerH + 0.3*b.chrome.gap
			}
			bottom -= b.chrome.footerH + 0.3*b.chrome.gap
		}
		gaps := gutterGaps([2]*Page{p, pages[1][i]}, x, 0.5*b.d.lead)
		p.Items = append(p.Items, gutterBars(x, top, bottom, b.d.thin, gaps)...)
	}
}

// halves makes the edition from each column's pages and chapters.
func (c *cols) halves(pages [2][]*Page, chapters [2][]Chapter, meta [2]Meta) *Bilingual {
	c.addGutter(pages)
	var plans [2]*Plan
	for i, b := range c.b {
		plans[i] = &Plan{Pages: pages[i], Chapters: chapters[i], Meta: meta[i], Style: b.st, Family: b.fam}
		plans[i].tidyTags(b.tags)
	}
	return newBilingual(Columns, [2]string{c.b[0].lang, c.b[1].lang}, plans[0], plans[1])
}

// CheckColumns returns an error wrapping ErrColumnsTooNarrow when a
// column of st's pages, in the Columns layout, would hold too few
// characters of body text a line.
func CheckColumns(st *styles.Style) error {
	fam, err := st.Family()
	if err != nil {
		return err
	}
	m := typeset.NewMeasurer(fam)
	b := &builder{st: st, m: m, d: newDims(st)}
	return b.checkColumn((st.TextWidth() - b.d.indent) / 2)
}

// checkColumn refuses a column w wide that holds too few characters.
func (b *builder) checkColumn(w float64) error {
	if n := b.charsPerLine(w); n < minColumnChars {
		return fmt.Errorf("%w: a column of style %s (%g mm wide pages) holds about %d characters a line, fewer than %d; use an A4 style (a4 or large-print) or the tete-beche layout",
			ErrColumnsTooNarrow, b.st.Name, b.st.PageWidth, n, minColumnChars)
	}
	return nil
}
