package typeset

import (
	"strings"
	"unicode/utf8"

	"guidepress/fonts"
)

// OneLine sets s in face at size points on a single line no wider than
// width mm, as a running header or footer needs: whole when it fits, else
// cut after its last word that fits (preferably not a word of three
// letters or fewer) with an ellipsis ("…") after it, or,
// when not even its first word fits, cut inside that word (never inside
// a Welsh digraph). A width too narrow for any text gives an empty line.
func OneLine(m *Measurer, s string, face fonts.Face, size, width float64) Line {
	s = strings.Join(strings.Fields(s), " ")
	if m.Width(s, face, size) <= width+eps {
		return oneSpan(m, s, face, size)
	}
	ell := "…"
	if !m.fam.Covers('…') {
		ell = "..."
	}
	fits := func(t string) bool { return m.Width(t+ell, face, size) <= width+eps }
	words := strings.Split(s, " ")
	for _, least := range []int{3, 0} { // rather not end on "y…" or "the…"
		for n := len(words) - 1; n > 0; n-- {
			t := strings.TrimRight(strings.Join(words[:n], " "), ",;:–—-")
			if t != "" && utf8.RuneCountInString(words[n-1]) > least && fits(t) {
				return oneSpan(m, t+ell, face, size)
			}
		}
	}
	first := words[0]
	n := 0
	for i, c := range first {
		if !fits(first[:i+utf8.RuneLen(c)]) {
			break
		}
		n = i + utf8.RuneLen(c)
	}
	if n > 0 && n < len(first) {
		n = safeCut(first, n)
	}
	if n == 0 {
		return Line{}
	}
	return oneSpan(m, first[:n]+ell, face, size)
}

// oneSpan is a line of one span of s.
func oneSpan(m *Measurer, s string, face fonts.Face, size float64) Line {
	if s == "" {
		return Line{}
	}
	w := m.Width(s, face, size)
	return Line{Spans: []Span{{Text: s, Face: face, W: w}}, Width: w}
}
