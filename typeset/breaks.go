package typeset

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isAddress reports whether a word is a web address or an email address
// ("https://…", "www.…", "example.org/…", "llyw.cymru", "jo@example.org"), which
// breaks only at its punctuation, and whose lines stay on one page.
func isAddress(s string) bool {
	if !strings.ContainsAny(s, "./@") {
		return false // most words: no need to look closer
	}
	s = strings.TrimLeft(s, "(<[\"'‘“")
	s = strings.TrimRight(s, ".,;:!?)>]\"'’”")
	lower := strings.ToLower(s)
	switch {
	case strings.Contains(lower, "://"), strings.HasPrefix(lower, "www."), strings.HasPrefix(lower, "mailto:"):
		return true
	}
	if at := strings.IndexByte(s, '@'); at > 0 {
		return isHost(s[at+1:])
	}
	host, _, _ := strings.Cut(s, "/")
	return isHost(host)
}

// isHost reports whether s looks like a host name: labels of letters,
// digits and hyphens between dots, the last all lower-case letters.
func isHost(s string) bool {
	labels := strings.Split(s, ".")
	if len(labels) < 2 {
		return false
	}
	for _, l := range labels {
		if l == "" {
			return false
		}
		for _, c := range l {
			if !(c == '-' || c >= '0' && c <= '9' || unicode.IsLetter(c)) {
				return false
			}
		}
	}
	tld := labels[len(labels)-1]
	if utf8.RuneCountInString(tld) < 2 {
		return false
	}
	for _, c := range tld {
		if !unicode.IsLower(c) {
			return false
		}
	}
	return true
}

// wordKind says how a word may break.
type wordKind int

const (
	// plainWord breaks after a hyphen between letters, or by force.
	plainWord wordKind = iota
	// addressWord is a web or email address: it breaks at its punctuation,
	// only when it does not fit a line of its own, and never shows an
	// added hyphen.
	addressWord
	// numberWord is a phone number's groups joined into one word: it
	// breaks between its groups only when it does not fit a line of its
	// own.
	numberWord
)

// kindOf is how the word with text s may break.
func kindOf(s string) wordKind {
	switch {
	case isAddress(s):
		return addressWord
	case strings.ContainsRune(s, ' '):
		return numberWord // only phone numbers' groups are joined by a space
	}
	return plainWord
}

// addressBreakAfter are the characters of a web or email address after
// which its line may break.
const addressBreakAfter = "/.-_?&="

// breaks returns the byte offsets inside s, a word of kind k, where a
// line may break: after a hyphen between letters ("budd-|daliadau"); in
// an address after / . - _ ? & = and before @; in a phone number before
// the space between groups (the space is dropped). A break is never at
// either end, never between two of those marks ("https://|" not
// "https:/|/"), and never before only punctuation ("example.org." keeps
// its full stop).
func breaks(s string, k wordKind) []int {
	var out []int
	var prev rune
	for i, c := range s {
		if i > 0 && breakBefore(prev, c, k) && hasWordChar(s[i:]) {
			out = append(out, i)
		}
		prev = c
	}
	return out
}

// breakBefore reports whether a line may break between prev and c.
func breakBefore(prev, c rune, k wordKind) bool {
	switch k {
	case plainWord:
		return isHyphen(prev) && unicode.IsLetter(c)
	case numberWord:
		return c == ' '
	}
	if c == '@' {
		return true
	}
	return strings.ContainsRune(addressBreakAfter, prev) && !strings.ContainsRune(addressBreakAfter, c)
}

// isHyphen reports whether c is a hyphen (the ASCII hyphen-minus or the
// Unicode hyphen).
func isHyphen(c rune) bool { return c == '-' || c == '\u2010' }

// hasWordChar reports whether s holds a letter or a digit.
func hasWordChar(s string) bool {
	return strings.IndexFunc(s, func(c rune) bool { return unicode.IsLetter(c) || unicode.IsDigit(c) }) >= 0
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

// safeCut moves a cut at byte n of s back while it would split a Welsh
// digraph (ll, dd, ch …), part a letter from its combining mark, or
// leave a single character for the next line, as long as something stays
// before it. When no cut before n avoids all three, it keeps digraphs and
// marks whole at least.
func safeCut(s string, n int) int {
	split := func(k int) bool {
		prev, _ := utf8.DecodeLastRuneInString(s[:k])
		next, _ := utf8.DecodeRuneInString(s[k:])
		return unicode.Is(unicode.Mn, next) || isDigraph(prev, next)
	}
	for _, lone := range []bool{true, false} {
		for k := n; k > 0; {
			if !split(k) && (!lone || chars(s[k:]) > 1) {
				return k
			}
			_, size := utf8.DecodeLastRuneInString(s[:k])
			k -= size
		}
	}
	return n
}

// chars counts the characters of s that are not combining marks, up to 2.
func chars(s string) int {
	n := 0
	for _, c := range s {
		if !unicode.Is(unicode.Mn, c) {
			n++
		}
		if n == 2 {
			break
		}
	}
	return n
}
