package layout

import (
	"guidepress/typeset"
	"strconv"

	"guidepress/fonts"
)

// chrome is the running header and footer, measured before pagination so
// the text area is the same on every page and headers and footers sit in
// the same place on every page. Each is one line: a title too long for it
// is shortened at a word, with an ellipsis.
type chrome struct {
	area    area                    // the text area between header and footer
	headers map[string]typeset.Line // the header line by chapter id
	footer  typeset.Line            // the footer's title
	headerH float64
	footerH float64
	gap     float64 // between the header or footer and the text area
}

// measureChrome sets every chapter's running head (its short title when
// it has one) and the footer title on one line each. The footer title
// leaves room for the widest "Page n of m" label.
func (b *builder) measureChrome() chrome {
	c := b.footerChrome(b.p.Footer)
	c.headers = map[string]typeset.Line{contentsID: b.chromeLine(b.label("contents", nil), b.w)}
	for _, e := range b.p.Chapters {
		title := e.Running
		if title == "" {
			title = e.Title
		}
		c.headers[e.ID] = b.chromeLine(title, b.w)
	}
	c.headerH = b.st.Leading(b.st.MinSize)
	c.area.top = b.st.Margins.Top + c.headerH + c.gap
	return c
}

// chromeLine sets a header's or footer's title on one line w mm wide.
func (b *builder) chromeLine(title string, w float64) typeset.Line {
	return typeset.OneLine(b.m, title, fonts.Regular, b.st.MinSize, w)
}

// footerChrome is a footer of title and "Page n of m" with no header: the
// text area starts at the top margin.
func (b *builder) footerChrome(title string) chrome {
	size := b.st.MinSize
	lead := b.st.Leading(size)
	c := chrome{gap: 0.9 * b.d.lead}
	labelW := b.m.Width(b.pageLabel(888, 888), fonts.Regular, size)
	c.footer = b.chromeLine(title, b.w-labelW-b.d.indent)
	c.footerH = lead
	c.area = area{
		top:    b.st.Margins.Top,
		bottom: b.st.PageHeight - b.st.Margins.Bottom - c.footerH - c.gap,
	}
	return c
}

func (b *builder) pageLabel(n, m int) string {
	return b.label("page_of", map[string]string{"n": strconv.Itoa(n), "m": strconv.Itoa(m)})
}

// addChrome adds each page's header, when the chrome has headers (its
// chapter's title, with a rule under it), before the page's items, and
// its footer (a rule, the footer title, and "Page n of m") after them.
func (b *builder) addChrome(pages []*Page) {
	for _, p := range pages {
		if !p.Chrome {
			continue
		}
		// Drawn in reading order: the header, the page's text, the footer.
		items := b.header(p)
		items = append(items, p.Items...)
		p.Items = append(items, b.footer(p.Number, len(pages))...)
	}
}

// header is a page's running header, or nothing when the chrome has none.
func (b *builder) header(p *Page) []Item {
	if b.chrome.headers == nil {
		return nil
	}
	size := b.st.MinSize
	lead := b.st.Leading(size)
	o := textOpts{size: size, role: RoleHeader, muted: true, x: b.x, w: b.w}
	top := b.st.Margins.Top
	var items []Item
	if ln := b.chrome.headers[p.Chapter]; len(ln.Spans) > 0 {
		it := lineItem(ln, o, lead, p.Chapter)
		it.Y = top
		items = append(items, it)
	}
	return append(items, Item{Kind: Rule, Role: RoleDecoration, X: b.x, W: b.w,
		Y: top + b.chrome.headerH + 0.3*b.chrome.gap, Weight: b.d.thin})
}

// footer is the rule, footer title and "Page n of m" at the foot of page n.
func (b *builder) footer(n, of int) []Item {
	size := b.st.MinSize
	lead := b.st.Leading(size)
	o := textOpts{size: size, role: RoleFooter, muted: true, x: b.x, w: b.w}
	foot := b.st.PageHeight - b.st.Margins.Bottom - b.chrome.footerH
	items := []Item{{Kind: Rule, Role: RoleDecoration, X: b.x, W: b.w, Y: foot - 0.3*b.chrome.gap, Weight: b.d.thin}}
	if ln := b.chrome.footer; len(ln.Spans) > 0 {
		it := lineItem(ln, o, lead, "")
		it.Y = foot
		items = append(items, it)
	}
	label := b.pageLabel(n, of)
	w := b.m.Width(label, fonts.Regular, size)
	x := b.x + b.w - w
	return append(items, Item{Kind: TextLine, Role: RoleFooter, X: x, Y: foot, W: w, H: lead, Size: size, Muted: true,
		Spans: []typeset.Span{{Text: label, Face: fonts.Regular, X: x, W: w}}})
}
