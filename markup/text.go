package markup

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/util"
)

// resolve returns Markdown text as goldmark's HTML renderer would show it:
// backslash escapes removed (\* is *), entity and numeric character
// references resolved (&amp; is &, &#8217; is ’) and NUL replaced by
// U+FFFD. It works in one pass, as the renderer does, so that an escaped
// "\&amp;" stays "&amp;" and a resolved "&#38;amp;" is not resolved again.
func resolve(b []byte) string {
	var out strings.Builder
	out.Grow(len(b))
	for i := 0; i < len(b); {
		switch c := b[i]; {
		case c == '\\' && i+1 < len(b) && util.IsPunct(b[i+1]):
			out.WriteByte(b[i+1])
			i += 2
		case c == '&':
			r, n := reference(b[i:])
			out.Write(r)
			i += n
		case c == 0:
			out.WriteString("\uFFFD")
			i++
		default:
			out.WriteByte(c)
			i++
		}
	}
	return out.String()
}

// raw returns text that is shown as written (code spans, autolinks), with
// NUL replaced by U+FFFD as goldmark's HTML renderer does.
func raw(b []byte) string {
	return strings.ReplaceAll(string(b), "\x00", "\uFFFD")
}

// reference resolves the character reference (&name;, &#123; or &#x7B;)
// at the start of b, which starts with "&". It returns the text and how
// many bytes it took: "&" and 1 when b does not start with a reference.
// Names go to goldmark's util.ResolveEntityNames; numbers are decoded here,
// because util.ResolveNumericReferences reads "&#0010;" as octal (a
// backspace) where the HTML renderer, and CommonMark, read decimal 10.
func reference(b []byte) ([]byte, int) {
	end := referenceEnd(b)
	if end < 0 {
		return b[:1], 1
	}
	ref := b[:end]
	if ref[1] != '#' {
		return util.ResolveEntityNames(ref), end
	}
	digits, base := ref[2:end-1], 10
	if digits[0] == 'x' || digits[0] == 'X' {
		digits, base = digits[1:], 16
	}
	v, _ := strconv.ParseUint(string(digits), base, 32)
	return utf8.AppendRune(nil, util.ToValidRune(rune(v))), end
}

// referenceEnd returns the length of the reference-shaped text at the start
// of b, as CommonMark defines it (&#x and 1–6 hex digits, &# and 1–7
// digits, or & and a name, then ";"), or -1.
func referenceEnd(b []byte) int {
	i, digit, most := 1, util.IsAlphaNumeric, len(b)
	if len(b) > 2 && b[1] == '#' {
		i, digit, most = 2, util.IsNumeric, 7
		if b[2] == 'x' || b[2] == 'X' {
			i, digit, most = 3, util.IsHexDecimal, 6
		}
	}
	j := i
	for j < len(b) && j-i < most && digit(b[j]) {
		j++
	}
	if j == i || j >= len(b) || b[j] != ';' {
		return -1
	}
	return j + 1
}
