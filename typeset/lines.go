// Package typeset breaks styled text into lines that fit a width: words
// kept whole where they fit, a word too long for a line broken between
// characters (never inside a Welsh digraph), no-break spaces honoured,
// widths measured with the fonts' own advance widths as the PDF writer
// measures them. It knows nothing of pages.
package typeset

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"guidepress/fonts"
	"guidepress/markup"
)

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
}

// runStyle is how a piece of text is drawn.
type runStyle struct {
	face fonts.Face
	link string
	code bool
}

func styleOf(r markup.Run) runStyle {
	face := fonts.Regular
	switch {
	case r.Bold && r.Italic:
		face = fonts.BoldItalic
	case r.Bold:
		face = fonts.Bold
	case r.Italic:
		face = fonts.Italic
	}
	return runStyle{face: face, link: r.Link, code: r.Code}
}

// piece is a word's text in one style.
type piece struct {
	text string
	st   runStyle
}

// word is text between spaces, possibly in several styles ("**bold**ly").
type word struct {
	parts []piece
	// space is the style of the space before the word; spaced is false for
	// the first word and after a hard break.
	space  runStyle
	spaced bool
	// hard is true when a hard line break comes before the word.
	hard bool
}

// splitWords turns styled runs into words. Spaces and tabs separate
// words; a newline is a hard break; a no-break space joins.
func splitWords(runs []markup.Run) []word {
	var words []word
	cur := word{}
	open := false
	var pendSpace *runStyle
	hard := false
	flush := func() {
		if open {
			words = append(words, cur)
		}
		cur, open = word{}, false
	}
	for _, r := range runs {
		st := styleOf(r)
		start := -1 // where the open word's text began in this run
		take := func(end int) {
			if start >= 0 {
				cur.add(r.Text[start:end], st)
				start = -1
			}
		}
		for i, c := range r.Text {
			switch c {
			case ' ', '\t', '\r':
				take(i)
				flush()
				s := st
				pendSpace = &s
			case '\n':
				take(i)
				flush()
				pendSpace, hard = nil, true
			default:
				if !open {
					cur = word{hard: hard}
					if pendSpace != nil && !hard {
						cur.space, cur.spaced = *pendSpace, true
					}
					open, hard, pendSpace = true, false, nil
				}
				if start < 0 {
					start = i
				}
			}
		}
		take(len(r.Text))
	}
	flush()
	if len(words) > 0 {
		words[0].spaced = false
	}
	return words
}

// add appends text in style st to the word, joining it to the last piece
// when that has the same style.
func (w *word) add(text string, st runStyle) {
	n := len(w.parts)
	if n > 0 && w.parts[n-1].st == st {
		w.parts[n-1].text += text
		return
	}
	w.parts = append(w.parts, piece{text, st})
}

// lineBuilder collects pieces into a line, merging pieces of one style.
type lineBuilder struct {
	m     *Measurer
	size  float64
	line  Line
	empty bool
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

// breakLines lays out runs at size points into lines no wider than width
// mm: left aligned, ragged right, never hyphenated. Runs of different
// styles wrap together; a word longer than a line is broken between
// characters (never inside a Welsh digraph); hard breaks are honoured.
func Lines(m *Measurer, runs []markup.Run, size, width float64) []Line {
	return Hanging(m, runs, size, width, 0)
}

// breakHanging is breakLines with every line after the first indented by
// hang mm (and so hang mm narrower); their spans start at hang.
func Hanging(m *Measurer, runs []markup.Run, size, width, hang float64) []Line {
	var lines []Line
	b := &lineBuilder{m: m, size: size, empty: true}
	full := width
	flush := func() {
		lines = append(lines, b.line)
		b.line, b.empty = Line{}, true
		width = full - hang
	}
	for i, w := range splitWords(runs) {
		if w.hard && i > 0 {
			flush()
		}
		ww := b.wordWidth(w)
		if !b.empty {
			sw := m.Width(" ", w.space.face, size)
			if w.spaced && b.line.Width+sw+ww <= width+1e-6 {
				b.add(piece{" ", w.space}, sw)
				b.addWord(w)
				continue
			}
			flush()
		}
		if ww <= width+1e-6 {
			b.addWord(w)
			continue
		}
		b.breakWord(w, &width, flush)
	}
	if !b.empty || len(lines) == 0 {
		flush()
	}
	for i := 1; i < len(lines) && hang != 0; i++ {
		for k := range lines[i].Spans {
			lines[i].Spans[k].X += hang
		}
		lines[i].Width += hang
	}
	return lines
}

func (b *lineBuilder) wordWidth(w word) float64 {
	t := 0.0
	for _, p := range w.parts {
		t += b.m.Width(p.text, p.st.face, b.size)
	}
	return t
}

func (b *lineBuilder) addWord(w word) {
	for _, p := range w.parts {
		b.add(p, b.m.Width(p.text, p.st.face, b.size))
	}
}

// breakWord places a word too long for any line, character by character,
// starting a new line whenever the next character would not fit.
func (b *lineBuilder) breakWord(w word, width *float64, flush func()) {
	for _, p := range w.parts {
		rest := p.text
		for rest != "" {
			n := b.fit(rest, p.st.face, *width-b.line.Width)
			if n == 0 {
				if b.empty {
					_, n = utf8.DecodeRuneInString(rest) // wider than a line: place it anyway
				} else {
					flush()
					continue
				}
			}
			chunk := rest[:n]
			b.add(piece{chunk, p.st}, b.m.Width(chunk, p.st.face, b.size))
			rest = rest[n:]
			if rest != "" {
				flush()
			}
		}
	}
}

// fit returns how many bytes of s fit in avail mm, moved back so that a
// Welsh digraph (ll, dd, ch …) or a letter and its combining mark stay
// together when that leaves something on the line.
func (b *lineBuilder) fit(s string, face fonts.Face, avail float64) int {
	used, n := 0.0, 0
	for i, c := range s {
		cw := b.m.Width(string(c), face, b.size)
		if used+cw > avail+1e-6 {
			break
		}
		used += cw
		n = i + utf8.RuneLen(c)
	}
	if n > 0 && n < len(s) {
		prev, size := utf8.DecodeLastRuneInString(s[:n])
		next, _ := utf8.DecodeRuneInString(s[n:])
		if unicode.Is(unicode.Mn, next) || isDigraph(prev, next) {
			if n-size > 0 {
				n -= size
			}
		}
	}
	return n
}

var digraphs = []string{"ch", "dd", "ff", "ng", "ll", "ph", "rh", "th"}

// isDigraph reports whether a and b form one of the Welsh digraphs, which
// count as single letters.
func isDigraph(a, b rune) bool {
	pair := strings.ToLower(string([]rune{a, b}))
	for _, d := range digraphs {
		if pair == d {
			return true
		}
	}
	return false
}
