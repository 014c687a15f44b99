package main

import (
	"fmt"
	"strings"

	"guidepress/compose"
	"guidepress/styles"
)

// Document returns product p as a Typst document in style st: page size,
// margins, text sizes and line height from the style, the Go fonts with no
// fallback (a missing glyph is a warning, not another font), a running
// header (the chapter's title) and footer (the footer title and "Page n
// of m"), the contents as a Typst outline, and ruled Notes pages so that a
// folded product's page count is a multiple of 4.
func Document(p *compose.Product, st *styles.Style) string {
	w := &writer{p: p, st: st}
	w.preamble()
	for _, part := range p.Parts {
		w.part(part)
	}
	return w.b.String()
}

// writer builds the Typst source of one product.
type writer struct {
	p  *compose.Product
	st *styles.Style
	b  strings.Builder
}

func (w *writer) printf(format string, args ...any) { fmt.Fprintf(&w.b, format, args...) }

// Guidepress measures its header and footer inside the margins: a line of
// the smallest size and a gap of 0.9 body lines between them and the text.
func (w *writer) chromeGap() float64 { return 0.9 * w.st.BodySize * w.st.LineHeight * styles.PtToMM }

func (w *writer) chromeLine() float64 { return w.st.MinSize * w.st.LineHeight * styles.PtToMM }

func (w *writer) preamble() {
	st := w.st
	m := st.Margins
	band := w.chromeLine() + w.chromeGap()
	w.printf("#set document(title: %s, author: %s)\n", str(w.p.Meta.Title), str(w.p.Meta.Author))
	// A line box of exactly 1em and a leading of (line height - 1)em make
	// the distance between baselines the style's line height.
	w.printf("#set text(font: \"Go\", fallback: false, size: %gpt, lang: %s, top-edge: 0.8em, bottom-edge: -0.2em)\n",
		st.BodySize, str(w.p.Lang))
	// Guidepress leaves 0.6 of a line between paragraphs and 0.25 between
	// list items; Typst's spacing is from one line box to the next.
	w.printf("#set par(leading: %.3fem, spacing: %.3fem)\n", st.LineHeight-1, 1.6*st.LineHeight-1)
	w.printf("#set list(indent: 0pt, body-indent: 1.2em, spacing: %.3fem)\n", 1.25*st.LineHeight-1)
	w.printf("#set enum(indent: 0pt, body-indent: 1.2em, spacing: %.3fem)\n", 1.25*st.LineHeight-1)
	w.printf("#show heading: set block(above: 1.2em, below: 0.6em)\n")
	w.printf("#show heading.where(level: 1): set text(size: %gpt)\n", st.Headings.Chapter)
	w.printf("#show heading.where(level: 2): set text(size: %gpt)\n", st.Headings.Section)
	w.printf("#show heading.where(level: 3): set text(size: %gpt)\n", st.Headings.Sub)
	// The running header is set with each part, as guidepress knows it
	// from the part: a page set rule per chapter, with no query of the
	// document on every page.
	w.printf("#let head(title) = { set text(size: %gpt); title; v(-0.5em); line(length: 100%%, stroke: 0.5pt) }\n", st.MinSize)
	w.printf("#set page(width: %.2fmm, height: %.2fmm, margin: (top: %.2fmm, bottom: %.2fmm, left: %.2fmm, right: %.2fmm),\n",
		st.PageWidth, st.PageHeight, m.Top+band, m.Bottom+band, m.Left, m.Right)
	w.printf("  header-ascent: %.2fmm, footer-descent: %.2fmm,\n", w.chromeGap(), w.chromeGap())
	w.printf("  footer: context { set text(size: %gpt); line(length: 100%%, stroke: 0.5pt); v(-0.5em); %s; h(1fr); [%s] })\n",
		st.MinSize, str(w.p.Footer), w.pageOf())
}

// pageOf is the "Page n of m" label with Typst's page counter in it.
func (w *writer) pageOf() string {
	label := escape(w.p.Label("page_of", map[string]string{"n": "\x00n", "m": "\x00m"}))
	label = strings.Replace(label, "\x00n", "#counter(page).display()", 1)
	return strings.Replace(label, "\x00m", "#counter(page).final().first()", 1)
}

func (w *writer) part(part *compose.Part) {
	switch part.Kind {
	case compose.Cover:
		w.cover(part)
		return
	case compose.BackCover:
		w.notes()
		w.backCover(part)
		return
	case compose.Contents:
		w.printf("#pagebreak(weak: true)\n")
		w.header(part.Title)
		w.printf("#outline(title: [%s], depth: 1)\n", escape(part.Title))
		return
	}
	if part.Start != compose.Follow {
		w.printf("#pagebreak(weak: true)\n")
		w.header(part.Title)
	}
	w.blocks(part.Blocks)
}

// header sets the running header of the pages from here on to title,
// when the product has running heads.
func (w *writer) header(title string) {
	if w.p.RunningHeads {
		w.printf("#set page(header: head[%s])\n", escape(title))
	}
}

// cover is the front cover: the title at the top between thick rules, the
// organisation and edition at the foot; no header or footer.
func (w *writer) cover(part *compose.Part) {
	w.printf("#page(header: none, footer: none, margin: (top: %.2fmm, bottom: %.2fmm, left: %.2fmm, right: %.2fmm))[\n",
		w.st.Margins.Top, w.st.Margins.Bottom, w.st.Margins.Left, w.st.Margins.Right)
	w.printf("#line(length: 100%%, stroke: 2pt)\n")
	for _, b := range part.Blocks {
		if b.Role == compose.CoverTitle {
			w.printf("#text(size: %gpt, weight: \"bold\")[%s]\n\n", w.st.Headings.Cover, escape(b.Text))
			continue
		}
		w.block(b)
	}
	w.printf("#v(1fr)\n")
	w.foot(part.Foot)
	w.printf("#line(length: 100%%, stroke: 2pt)\n]\n")
}

// backCover is the organisation's details at the foot of the last page.
func (w *writer) backCover(part *compose.Part) {
	w.printf("#page(header: none, footer: none)[\n#v(1fr)\n")
	w.foot(part.Blocks)
	w.printf("]\n")
}

// foot writes the organisation bold and the smaller lines under it.
func (w *writer) foot(blocks []compose.Block) {
	for _, b := range blocks {
		if b.Role == compose.Organisation {
			w.printf("#strong[%s]\n\n", escape(b.Text))
			continue
		}
		w.printf("#text(size: %gpt)[%s]\n\n", w.st.MinSize, escape(b.Text))
	}
}

// notes pads a folded product with ruled Notes pages, so that with the
// back cover its page count is a multiple of 4.
func (w *writer) notes() {
	if w.p.Fold != compose.Folded {
		return
	}
	title := escape(w.p.Label("notes", nil))
	// The context is located where its first content lands, after its
	// page break: the page of the end of the text is taken from a label.
	w.printf(`#metadata(none) <end-of-text>
#context {
  let pad = calc.rem(4 - calc.rem(locate(<end-of-text>).page() + 1, 4), 4)
  for i in range(pad) {
    page(header: %s)[
      #heading(level: 1, outlined: false)[%s]
      #for j in range(14) { v(1fr); line(length: 100%%, stroke: 0.5pt) }
    ]
  }
}
`, w.notesHeader(title), title)
}

func (w *writer) notesHeader(title string) string {
	if !w.p.RunningHeads {
		return "none"
	}
	return "head[" + title + "]"
}

// blocks writes a run of blocks, grouping list items into Typst lists.
func (w *writer) blocks(bs []compose.Block) {
	for i, b := range bs {
		w.block(b)
		if b.Kind == compose.ListItem && (i+1 == len(bs) || bs[i+1].Kind != compose.ListItem || b.Loose) {
			w.printf("\n")
		}
	}
}

func (w *writer) block(b compose.Block) {
	switch b.Kind {
	case compose.Heading:
		if b.Level == 1 && !b.Bookmark {
			w.printf("#heading(level: 1, outlined: false)[%s]\n", escape(b.Text))
			return
		}
		w.printf("%s %s\n", strings.Repeat("=", max(1, min(b.Level, 3))), escape(b.Text))
	case compose.Paragraph:
		w.paragraph(b)
	case compose.ListItem:
		w.listItem(b)
	case compose.Break:
		w.printf("#line(length: 100%%, stroke: 0.5pt)\n\n")
	case compose.Section:
		w.blocks(b.Children)
	case compose.Advice:
		w.printf("#block(stroke: 1.5pt, inset: 8pt, width: 100%%)[\n#strong[%s]\n\n", escape(b.Text))
		w.blocks(b.Children)
		w.printf("]\n\n")
	case compose.ContactGroup:
		if b.Text != "" {
			w.printf("== %s\n", escape(b.Text))
		}
		w.blocks(b.Children)
	case compose.Contact:
		w.contact(b.Contact)
	case compose.Figure:
		// The diagrams are drawn by guidepress's own code; here they are a
		// framed caption and their text alternative, as their space.
		w.printf("#block(stroke: 0.5pt, inset: 8pt, width: 100%%)[#strong[%s]\n\n%s]\n\n", escape(b.Text), escape(b.Alt))
	case compose.List:
		if b.Text != "" {
			w.printf("== %s\n", escape(b.Text))
		}
		for _, e := range b.Entries {
			w.printf("- %s\n", escape(e.Title))
		}
		w.printf("\n")
	default:
		// Fields, names and goals belong to discharge packs, not to the
		// booklet this command writes.
	}
}

func (w *writer) paragraph(b compose.Block) {
	text := runs(b)
	switch b.Role {
	case compose.Summary:
		w.printf("%s\n\n#line(length: 100%%, stroke: 1pt)\n\n", text)
	case compose.Body:
		w.printf("%s\n\n", text)
	default:
		w.printf("#text(size: %gpt)[%s]\n\n", w.st.MinSize, text)
	}
}

// listItem writes one item of a bullet ("-") or numbered ("+") list; an
// item's second paragraph (no marker) continues the item, indented.
func (w *writer) listItem(b compose.Block) {
	indent := strings.Repeat("  ", max(b.Depth-1, 0))
	switch {
	case b.Marker == "":
		w.printf("\n%s  %s\n", indent, runs(b))
	case b.Marker == "•" || b.Marker == "–":
		w.printf("%s- %s\n", indent, runs(b))
	default:
		w.printf("%s+ %s\n", indent, runs(b))
	}
}

// contact writes one contact entry, kept on one page: its name, what it
// is, each way to reach it with a bold label, and when it was checked.
func (w *writer) contact(c *compose.ContactEntry) {
	w.printf("#block(breakable: false, below: 1.2em)[#strong[%s]\\\n", escape(c.Name))
	if c.Description != "" {
		w.printf("%s\\\n", escape(c.Description))
	}
	for _, way := range c.Ways {
		value := way.Value
		if way.Key == "web" {
			value = strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(value, "https://"), "http://"), "/")
		}
		w.printf("#strong[%s:] %s", escape(way.Label), escape(value))
		if way.Note != "" {
			w.printf(", %s", escape(way.Note))
		}
		w.printf("\\\n")
	}
	w.printf("#text(size: %gpt)[%s]]\n\n", w.st.MinSize, escape(c.Checked))
}
