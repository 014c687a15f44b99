package tagcheck

import (
	"strconv"
)

// A content stream is a sequence of operands followed by their operator
// (ISO 32000-1, 7.8.2). The lexer below reads one operator at a time with
// its operands, as values: float64 for numbers, name for names, []byte
// for literal and hexadecimal strings (decoded), []any for arrays,
// map[string]any for dictionaries, keyword for true, false and null. It
// never fails: bad syntax ends the stream with an error that says where.

// name is a PDF name without its slash.
type name string

// keyword is a bare word inside an array or dictionary (true, false,
// null, or something malformed).
type keyword string

// op is one operator with its operands and its byte offset in the
// decoded content: where its first operand starts, or the operator
// itself when it has none.
type op struct {
	name     string
	operands []any
	offset   int
}

// maxNesting bounds arrays and dictionaries inside one another, so a
// hostile stream cannot exhaust the stack.
const maxNesting = 32

// lexer reads operators from a decoded content stream.
type lexer struct {
	b   []byte
	pos int
	err error // first syntax error; set once, then next returns false
	// errAt is the offset of that error.
	errAt int
}

// isWhite reports the PDF white-space characters.
func isWhite(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

// isDelim reports the PDF delimiter characters.
func isDelim(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

// syntaxError records the first problem and stops the lexer.
type syntaxError string

func (e syntaxError) Error() string { return string(e) }

func (l *lexer) fail(at int, msg string) {
	if l.err == nil {
		l.err = syntaxError(msg)
		l.errAt = at
	}
	l.pos = len(l.b)
}

// skipSpace skips white space and comments.
func (l *lexer) skipSpace() {
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		switch {
		case isWhite(c):
			l.pos++
		case c == '%':
			for l.pos < len(l.b) && l.b[l.pos] != '\n' && l.b[l.pos] != '\r' {
				l.pos++
			}
		default:
			return
		}
	}
}

// next reads the next operator and its operands into o, reusing o's
// operand slice. It returns false at the end of the stream or at the
// first syntax error (then l.err is set); operands left without an
// operator at the end are dropped, as readers do.
func (l *lexer) next(o *op) bool {
	o.operands = o.operands[:0]
	first := -1
	for {
		l.skipSpace()
		if l.pos >= len(l.b) {
			return false
		}
		start := l.pos
		v, isOp, word := l.value(0)
		if l.err != nil {
			return false
		}
		if !isOp {
			if first < 0 {
				first = start
			}
			o.operands = append(o.operands, v)
			continue
		}
		if first < 0 {
			first = start
		}
		o.name, o.offset = word, first
		if word == "ID" {
			l.skipInlineImage()
			o.name = "EI" // the image is painted where its data ends
		}
		return true
	}
}

// value reads one object. For a bare word outside an array or dictionary
// it returns isOp true and the word: an operator.
func (l *lexer) value(depth int) (v any, isOp bool, word string) {
	if depth > maxNesting {
		l.fail(l.pos, "arrays or dictionaries nested more than 32 deep")
		return nil, false, ""
	}
	c := l.b[l.pos]
	switch {
	case c == '/':
		return l.name(), false, ""
	case c == '(':
		return l.literal(), false, ""
	case c == '<' && l.pos+1 < len(l.b) && l.b[l.pos+1] == '<':
		return l.dict(depth), false, ""
	case c == '<':
		return l.hex(), false, ""
	case c == '[':
		return l.array(depth), false, ""
	case c == ']' || c == '>' || c == ')' || c == '{' || c == '}':
		l.fail(l.pos, "unexpected '"+string(c)+"'")
		return nil, false, ""
	case c == '+' || c == '-' || c == '.' || (c >= '0' && c <= '9'):
		return l.number(), false, ""
	}
	w := l.word()
	if depth > 0 {
		return keyword(w), false, ""
	}
	return nil, true, w
}

// word reads a run of regular characters.
func (l *lexer) word() string {
	start := l.pos
	for l.pos < len(l.b) && !isWhite(l.b[l.pos]) && !isDelim(l.b[l.pos]) {
		l.pos++
	}
	if l.pos == start { // a lone delimiter such as '%' cannot reach here; be safe
		l.pos++
	}
	return string(l.b[start:l.pos])
}

// number reads a number; a malformed one (such as "+-") reads as 0.
func (l *lexer) number() float64 {
	w := l.word()
	f, err := strconv.ParseFloat(w, 64)
	if err != nil {
		return 0
	}
	return f
}

// name reads a name, decoding #xx escapes.
func (l *lexer) name() name {
	l.pos++ // '/'
	start := l.pos
	for l.pos < len(l.b) && !isWhite(l.b[l.pos]) && !isDelim(l.b[l.pos]) {
		l.pos++
	}
	raw := l.b[start:l.pos]
	out := make([]byte, 0, len(raw))
	for i := 0; i < len(raw); i++ {
		if raw[i] == '#' && i+2 < len(raw) {
			if h, ok := unhex(raw[i+1], raw[i+2]); ok {
				out = append(out, h)
				i += 2
				continue
			}
		}
		out = append(out, raw[i])
	}
	return name(out)
}

// unhex decodes two hexadecimal digits.
func unhex(a, b byte) (byte, bool) {
	x, ok1 := hexDigit(a)
	y, ok2 := hexDigit(b)
	return x<<4 | y, ok1 && ok2
}

func hexDigit(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// literal reads a literal string with balanced parentheses and escapes
// (ISO 32000-1, 7.3.4.2).
func (l *lexer) literal() []byte {
	start := l.pos
	l.pos++ // '('
	var out []byte
	depth := 1
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		l.pos++
		switch c {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return out
			}
		case '\\':
			if l.pos >= len(l.b) {
				break
			}
			e := l.b[l.pos]
			l.pos++
			switch e {
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case '\r': // a line continuation
				if l.pos < len(l.b) && l.b[l.pos] == '\n' {
					l.pos++
				}
				continue
			case '\n':
				continue
			default:
				if e >= '0' && e <= '7' {
					n := int(e - '0')
					for k := 0; k < 2 && l.pos < len(l.b) && l.b[l.pos] >= '0' && l.b[l.pos] <= '7'; k++ {
						n = n*8 + int(l.b[l.pos]-'0')
						l.pos++
					}
					c = byte(n)
				} else {
					c = e // \( \) \\ and any other escaped character
				}
			}
		case '\r': // an end of line in a string is a line feed
			if l.pos < len(l.b) && l.b[l.pos] == '\n' {
				l.pos++
			}
			c = '\n'
		}
		out = append(out, c)
	}
	l.fail(start, "string not closed")
	return nil
}

// hex reads a hexadecimal string; an odd last digit is followed by 0.
func (l *lexer) hex() []byte {
	start := l.pos
	l.pos++ // '<'
	var out []byte
	var half byte
	odd := false
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		l.pos++
		if c == '>' {
			if odd {
				out = append(out, half<<4)
			}
			return out
		}
		if isWhite(c) {
			continue
		}
		d, ok := hexDigit(c)
		if !ok {
			l.fail(l.pos-1, "bad character in a hexadecimal string")
			return nil
		}
		if odd {
			out = append(out, half<<4|d)
		} else {
			half = d
		}
		odd = !odd
	}
	l.fail(start, "hexadecimal string not closed")
	return nil
}

// array reads an array.
func (l *lexer) array(depth int) []any {
	start := l.pos
	l.pos++ // '['
	var out []any
	for {
		l.skipSpace()
		if l.pos >= len(l.b) {
			l.fail(start, "array not closed")
			return nil
		}
		if l.b[l.pos] == ']' {
			l.pos++
			return out
		}
		v, _, _ := l.value(depth + 1)
		if l.err != nil {
			return nil
		}
		out = append(out, v)
	}
}

// dict reads a dictionary: names as keys, each followed by its value.
func (l *lexer) dict(depth int) map[string]any {
	start := l.pos
	l.pos += 2 // '<<'
	out := map[string]any{}
	for {
		l.skipSpace()
		if l.pos >= len(l.b) {
			l.fail(start, "dictionary not closed")
			return nil
		}
		if l.b[l.pos] == '>' {
			if l.pos+1 < len(l.b) && l.b[l.pos+1] == '>' {
				l.pos += 2
				return out
			}
			l.fail(l.pos, "'>' without a second '>' in a dictionary")
			return nil
		}
		if l.b[l.pos] != '/' {
			l.fail(l.pos, "dictionary key is not a name")
			return nil
		}
		k := l.name()
		l.skipSpace()
		if l.pos >= len(l.b) {
			l.fail(start, "dictionary not closed")
			return nil
		}
		if l.b[l.pos] == '>' {
			l.fail(l.pos, "dictionary key /"+string(k)+" has no value")
			return nil
		}
		v, _, _ := l.value(depth + 1)
		if l.err != nil {
			return nil
		}
		out[string(k)] = v
	}
}

// skipInlineImage skips an inline image's data after its ID operator:
// one white-space byte, then everything up to "EI" standing alone
// (ISO 32000-1, 8.9.7). Binary data that happens to hold " EI " ends
// the image early, as it does in most readers.
func (l *lexer) skipInlineImage() {
	if l.pos < len(l.b) {
		l.pos++
	}
	for i := l.pos; i+1 < len(l.b); i++ {
		if l.b[i] == 'E' && l.b[i+1] == 'I' && (i == l.pos || isWhite(l.b[i-1])) &&
			(i+2 == len(l.b) || isWhite(l.b[i+2]) || isDelim(l.b[i+2])) {
			l.pos = i + 2
			return
		}
	}
	l.fail(l.pos, "inline image without EI")
}
