// Package typeset breaks styled text into lines that fit a width, with
// the fonts' own advance widths as the PDF writer measures them. Lines
// break at spaces and after hyphens; web and email addresses break only
// at their punctuation and only when they must; a word wider than a line
// is broken by force, never inside a Welsh digraph, and shows a hyphen.
// The groups of a phone number and words joined by a no-break space stay
// on one line. It knows nothing of pages.
package typeset

import (
	"unicode"
	"unicode/utf8"

	"guidepress/fonts"
	"guidepress/markup"
)

// eps absorbs rounding when a width is compared with the space for it.
const eps = 1e-6

// Span is a piece of a line in one style, placed on the page.
type Span struct {
	Text string
	Face fonts.Face
	// X is the span's left edge on the page and W its width, in mm.
	X, W float64
	// Link is a web, mailto: or tel: target, or "".
	Link string
	// Code marks inline code, drawn on a light tint.
	Code bool
}

// Line is one line of text broken to fit a width; span X values start at 0.
type Line struct {
	Spans []Span
	Width float64
	// Split is true when the line ends inside a web or email address, or
	// inside a word broken by force, that goes on on the next line: the
	// two lines belong on one page.
	Split bool
}

// Lines lays out runs at size points into lines no wider than width mm:
// left aligned, ragged right. Runs of different styles wrap together and
// hard breaks are honoured.
func Lines(m *Measurer, runs []markup.Run, size, width float64) []Line {
	return Hanging(m, runs, size, width, 0)
}

// Hanging is Lines with every line after the first indented by hang mm
// (and so hang mm narrower); their spans start at hang.
func Hanging(m *Measurer, runs []markup.Run, size, width, hang float64) []Line {
	b := &lineBuilder{m: m, size: size, empty: true, width: width, next: width - hang}
	for i, w := range splitWords(runs) {
		if w.hard && i > 0 {
			b.flush()
		}
		b.place(w)
	}
	if !b.empty || len(b.lines) == 0 {
		b.flush()
	}
	for i := 1; i < len(b.lines) && hang != 0; i++ {
		for k := range b.lines[i].Spans {
			b.lines[i].Spans[k].X += hang
		}
		b.lines[i].Width += hang
	}
	return b.lines
}

// lineBuilder collects pieces into lines, merging pieces of one style.
type lineBuilder struct {
	m     *Measurer
	size  float64
	lines []Line
	line  Line
	empty bool
	// width is the current line's width and next that of the lines after
	// it (narrower by a hanging indent).
	width, next float64
}

// flush ends the current line.
func (b *lineBuilder) flush() {
	b.lines = append(b.lines, b.line)
	b.line, b.empty, b.width = Line{}, true, b.next
}

func (b *lineBuilder) add(p piece, w float64) {
	n := len(b.line.Spans)
	if n > 0 && b.line.Spans[n-1].Face == p.st.face && b.line.Spans[n-1].Link == p.st.link && b.line.Spans[n-1].Code == p.st.code {
		b.line.Spans[n-1].Text += p.text
		b.line.Spans[n-1].W += w
	} else {
		b.line.Spans = append(b.line.Spans, Span{Text: p.text, Face: p.st.face, X: b.line.Width, W: w, Link: p.st.link, Code: p.st.code})
	}
	b.line.Width += w
	b.empty = false
}

func (b *lineBuilder) addPieces(ps []piece) {
	for _, p := range ps {
		b.add(p, b.m.Width(p.text, p.st.face, b.size))
	}
}

func (b *lineBuilder) piecesWidth(ps []piece) float64 {
	t := 0.0
	for _, p := range ps {
		t += b.m.Width(p.text, p.st.face, b.size)
	}
	return t
}

// place adds a word: after the line's last word when it fits there; else
// as much of it as fits there up to a break inside it (after a hyphen,
// or in an address that does not fit a line of its own, at its
// punctuation), and the rest on the lines after.
func (b *lineBuilder) place(w word) {
	text := w.text()
	kind := kindOf(text)
	if !b.empty {
		if !w.spaced {
			b.flush()
			b.fill(w, text, kind)
			return
		}
		sw := b.m.Width(" ", w.space.face, b.size)
		ww := b.piecesWidth(w.parts)
		if b.line.Width+sw+ww <= b.width+eps {
			b.add(piece{" ", w.space}, sw)
			b.addPieces(w.parts)
			return
		}
		k := 0
		if kind == plainWord || ww > b.next+eps {
			k = b.lastBreak(w, text, kind, b.width-b.line.Width-sw)
		}
		if k > 0 {
			b.add(piece{" ", w.space}, sw)
			b.addPieces(w.slice(0, k))
			b.line.Split = kind != plainWord
			k = skipSpace(text, k)
			w, text = w.rest(k), text[k:]
		}
		b.flush()
	}
	b.fill(w, text, kind)
}

// fill places a word on an empty line and, when it is too wide, on the
// lines after: broken at its last break that fits, or else by force.
func (b *lineBuilder) fill(w word, text string, kind wordKind) {
	for {
		if b.piecesWidth(w.parts) <= b.width+eps {
			b.addPieces(w.parts)
			return
		}
		k := b.lastBreak(w, text, kind, b.width)
		if k > 0 {
			b.addPieces(w.slice(0, k))
			b.line.Split = kind != plainWord
			k = skipSpace(text, k)
		} else {
			k = b.forced(w, text, kind == plainWord)
			b.line.Split = true
		}
		b.flush()
		w, text = w.rest(k), text[k:]
	}
}

// skipSpace moves a break at byte k of text past the space there.
func skipSpace(text string, k int) int {
	if k < len(text) && text[k] == ' ' {
		return k + 1
	}
	return k
}

// lastBreak returns the last break in the word (of text text) whose
// start fits in avail mm, or 0.
func (b *lineBuilder) lastBreak(w word, text string, kind wordKind, avail float64) int {
	bs := breaks(text, kind)
	for i := len(bs) - 1; i >= 0; i-- {
		if b.piecesWidth(w.slice(0, bs[i])) <= avail+eps {
			return bs[i]
		}
	}
	return 0
}

// forced places as much of a word as fits on the empty line, cut where
// safeCut allows, followed by a hyphen when hyphenate is set (not in an
// address or a number, which a hyphen would change), and returns how
// many bytes of text it placed. A character wider than the line is
// placed anyway.
func (b *lineBuilder) forced(w word, text string, hyphenate bool) int {
	hyphen := 0.0
	if hyphenate {
		for _, f := range fonts.Faces {
			hyphen = max(hyphen, b.m.Width("-", f, b.size))
		}
	}
	n := b.fit(w, b.width-hyphen)
	n = safeCut(text, n)
	if n == 0 {
		_, n = utf8.DecodeRuneInString(text)
		for n < len(text) {
			c, size := utf8.DecodeRuneInString(text[n:])
			if !unicode.Is(unicode.Mn, c) {
				break
			}
			n += size
		}
	}
	ps := w.slice(0, n)
	b.addPieces(ps)
	if hyphenate {
		last := ps[len(ps)-1].st
		b.add(piece{"-", last}, b.m.Width("-", last.face, b.size))
	}
	return n
}

// fit returns how many bytes of the word's text fit in avail mm.
func (b *lineBuilder) fit(w word, avail float64) int {
	used, n := 0.0, 0
	for _, p := range w.parts {
		for _, c := range p.text {
			cw := b.m.Width(string(c), p.st.face, b.size)
			if used+cw > avail+eps {
				return n
			}
			used += cw
			n += utf8.RuneLen(c)
		}
	}
	return n
}
