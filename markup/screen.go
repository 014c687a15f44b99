package markup

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"guidepress/internal/source"
)

const (
	// MaxSize is the largest Markdown text, in bytes, that Parse accepts:
	// 64 KiB, some 10,000 words. A guide's body is a few kilobytes, and
	// goldmark is quadratic on some pathological inputs (64 KiB of "[a]("
	// takes over a second; 256 KiB, twenty).
	MaxSize = 64 << 10
	// MaxNesting is how deeply Markdown may nest (block quotes, lists and
	// emphasis together) before Parse refuses it.
	MaxNesting = 20
)

var msgTooDeep = fmt.Sprintf("Markdown is nested more than %d levels deep", MaxNesting)

// screen rejects, before goldmark sees it, text that is too long, not
// UTF-8, or with a line opening more containers (> quotes, list items) than
// MaxNesting: goldmark takes minutes over a line of many thousand ">".
func screen(src string, at source.Position) (source.Problem, bool) {
	fail := func(off int, msg string) (source.Problem, bool) {
		pos := newLines([]byte(src), at).position(off)
		return source.Problem{Pos: pos, Severity: source.Error, Message: msg}, false
	}
	if len(src) > MaxSize {
		return fail(0, fmt.Sprintf("Markdown text is too long (%d bytes; the limit is %d)", len(src), MaxSize))
	}
	if !utf8.ValidString(src) {
		return fail(invalidUTF8(src), "text is not valid UTF-8")
	}
	off := 0
	for line := range strings.Lines(src) {
		if openers(line) > MaxNesting {
			return fail(off, msgTooDeep)
		}
		off += len(line)
	}
	return source.Problem{}, true
}

// invalidUTF8 returns the offset of the first byte of s that is not UTF-8.
func invalidUTF8(s string) int {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, n := utf8.DecodeRuneInString(s[i:]); n == 1 {
				return i
			}
		}
	}
	return len(s)
}

// openers counts the container markers (">", "-", "+", "*", "1." or "1)")
// at the start of line, stopping once there are more than MaxNesting or
// when the rest of the line is a thematic break such as "- - -".
func openers(line string) int {
	n := 0
	for n <= MaxNesting {
		line = strings.TrimLeft(line, " \t")
		if isThematicBreak(line) {
			return n
		}
		k := opener(line)
		if k == 0 {
			return n
		}
		n++
		line = line[k:]
	}
	return n
}

// opener returns the length of the container marker at the start of s,
// or 0 if there is none.
func opener(s string) int {
	if s == "" {
		return 0
	}
	k := 0
	switch c := s[0]; {
	case c == '>':
		return 1
	case c == '-' || c == '+' || c == '*':
		k = 1
	default:
		for k < len(s) && k < 9 && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		if k == 0 || k == len(s) || (s[k] != '.' && s[k] != ')') {
			return 0
		}
		k++
	}
	if k < len(s) && !strings.ContainsRune(" \t\r\n", rune(s[k])) {
		return 0
	}
	return k
}

// isThematicBreak reports whether s is three or more of the same "-", "*"
// or "_" with only spaces and tabs between.
func isThematicBreak(s string) bool {
	s = strings.TrimRight(s, " \t\r\n")
	if s == "" || !strings.ContainsRune("-*_", rune(s[0])) {
		return false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case s[0]:
			n++
		case ' ', '\t':
		default:
			return false
		}
	}
	return n >= 3
}

// footnoteRE matches a footnote's mark or definition, [^label], not
// escaped.
var footnoteRE = regexp.MustCompile(`(^|[^\\])(\[\^[^\]\s]*\])`)

// footnotes reports each footnote mark ([^1], or the definition
// "[^1]: …") in the Markdown of l: goldmark would print a mark as typed
// and read a definition as a link's. A mark inside code is reported too.
func footnotes(l lines) source.Problems {
	var ps source.Problems
	for _, m := range footnoteRE.FindAllSubmatchIndex(l.src, -1) {
		ps = append(ps, source.Problem{Pos: l.position(m[4]), Severity: source.Error, Message: msgFootnote})
	}
	return ps
}
