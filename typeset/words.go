package typeset

import (
	"strings"

	"guidepress/fonts"
	"guidepress/markup"
)

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
// words; a newline is a hard break; a no-break space joins; the groups
// of digits of a phone number ("0800 132 737") make one word.
func splitWords(runs []markup.Run) []word {
	n := 0
	for _, r := range runs {
		n += len(r.Text)
	}
	words := make([]word, 0, n/6+1) // about one word in six bytes of text
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
	return joinPhoneNumbers(words)
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

// text is the word's text in every style.
func (w word) text() string {
	if len(w.parts) == 1 {
		return w.parts[0].text
	}
	var sb strings.Builder
	for _, p := range w.parts {
		sb.WriteString(p.text)
	}
	return sb.String()
}

// slice is the word's pieces between byte offsets from and to of its
// text, keeping each piece's style.
func (w word) slice(from, to int) []piece {
	var out []piece
	at := 0
	for _, p := range w.parts {
		lo, hi := max(from-at, 0), min(to-at, len(p.text))
		if lo < hi {
			out = append(out, piece{p.text[lo:hi], p.st})
		}
		at += len(p.text)
	}
	return out
}

// rest is the word from byte offset from on, as a word that continues
// the one before it on a new line.
func (w word) rest(from int) word {
	return word{parts: w.slice(from, len(w.text()))}
}

// joinPhoneNumbers makes each run of spaced words that are groups of a
// phone number ("0800", "132", "737.") one word, so that a number is
// never split across lines, and so never across pages, and misread.
func joinPhoneNumbers(words []word) []word {
	out := words[:0]   // in place: out never gets ahead of the word read
	prevGroup := false // the last word ends with a group that may go on
	for _, w := range words {
		t := w.text()
		if prevGroup && w.spaced && !w.hard && isPhoneGroup(t, true) {
			last := &out[len(out)-1]
			last.add(" ", w.space)
			for _, p := range w.parts {
				last.add(p.text, p.st)
			}
		} else {
			out = append(out, w)
		}
		prevGroup = isPhoneGroup(t, false)
	}
	return out
}

// isPhoneGroup reports whether s is a group of a phone number: two or
// more digits, with an optional leading "+" or "(" and, when next is set
// (a group after the first), a trailing punctuation mark.
func isPhoneGroup(s string, next bool) bool {
	if next {
		s = strings.TrimRight(s, ".,;:!?)")
	}
	s = strings.TrimLeft(s, "+(")
	digits := 0
	for _, c := range s {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == '(' || c == ')':
		default:
			return false
		}
	}
	return digits >= 2
}
