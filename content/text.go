package content

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"gopkg.in/yaml.v3"

	"guidepress/internal/source"
)

// languageNames names the languages messages may mention.
var languageNames = map[string]string{"en": "English", "cy": "Welsh"}

// LanguageName returns the English name of a language code, or the code.
func LanguageName(code string) string {
	if n, ok := languageNames[code]; ok {
		return n
	}
	return code
}

// text reads a translatable field: a mapping from language code to text.
// Values are normalised to NFC and checked character by character; a
// language the guide declares but the field lacks is an error.
func (l *loader) text(r *source.Reader, n *yaml.Node, what string) Text {
	t := Text{Values: map[string]string{}, Pos: r.Pos(n), LangPos: map[string]Position{}, Indent: map[string]int{}}
	given := map[string]bool{}
	if n.Kind != yaml.MappingNode {
		r.Errorf(n, "%s must give the text in each language, such as {en: …, cy: …}", what)
		return t
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], r.Resolve(n.Content[i+1])
		if v == nil {
			continue
		}
		lang := k.Value
		if !l.knowsLanguage(lang) {
			r.Errorf(k, "%s: %q is not one of the guide's languages (%s)", what, lang, strings.Join(l.langs, ", "))
			continue
		}
		s, ok := r.String(v, what+" ("+LanguageName(lang)+")")
		if !ok {
			given[lang] = true // reported already: not missing too
			continue
		}
		t.Values[lang] = norm.NFC.String(s)
		t.LangPos[lang] = r.Pos(v)
		if v.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
			p := t.LangPos[lang]
			p.Column++ // the text starts after the quote
			t.LangPos[lang] = p
		}
		if v.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
			t.Indent[lang] = l.blockIndent(r.File, v.Line)
		}
		l.checkChars(r, t, lang, what)
	}
	l.requireLanguages(r, n, t, given, what)
	return t
}

func (l *loader) knowsLanguage(lang string) bool {
	if len(l.langs) == 0 {
		return lang == "en" || lang == "cy"
	}
	for _, x := range l.langs {
		if x == lang {
			return true
		}
	}
	return false
}

// requireLanguages reports each declared language missing or empty in t,
// except those in given, whose value was reported as malformed.
func (l *loader) requireLanguages(r *source.Reader, n *yaml.Node, t Text, given map[string]bool, what string) {
	for _, lang := range l.langs {
		if !given[lang] && strings.TrimSpace(t.Values[lang]) == "" {
			r.Errorf(n, "%s has no %s (%s) text", what, LanguageName(lang), lang)
		}
	}
}

// blockIndent returns the indentation of the first non-blank line after
// line in file, where a YAML block scalar's text starts.
func (l *loader) blockIndent(file string, line int) int {
	lines := l.lines[file]
	for i := line; i < len(lines); i++ {
		s := lines[i]
		if strings.TrimSpace(s) != "" {
			return len(s) - len(strings.TrimLeft(s, " "))
		}
	}
	return 0
}

// checkChars reports characters no edition can print: controls, those above
// the Basic Multilingual Plane, and those the chosen fonts lack.
func (l *loader) checkChars(r *source.Reader, t Text, lang, what string) {
	s := t.Values[lang]
	for off, c := range s {
		var msg string
		switch {
		case c == '\n' || c == '\t':
		case c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0):
			msg = fmt.Sprintf("control character U+%04X is not allowed in %s", c, what)
		case c > 0xFFFF:
			msg = fmt.Sprintf("character %q (U+%04X) in %s cannot be printed: emoji and characters beyond U+FFFF are not supported", c, c, what)
		case l.opts.Covers != nil && !l.opts.Covers(c):
			msg = fmt.Sprintf("character %q (U+%04X) in %s is not in the fonts", c, c, what)
		}
		if msg != "" {
			r.Problems = append(r.Problems, Problem{Pos: charPos(t, lang, s, off), Message: msg})
		}
	}
}

// charPos finds the position in the file of the character at byte offset
// off of text s. It is exact for block scalars and single-line plain
// values, and close for quoted values with escapes.
func charPos(t Text, lang, s string, off int) Position {
	p := t.TextPos(lang)
	before := s[:off]
	nl := strings.LastIndexByte(before, '\n')
	col := utf8.RuneCountInString(before[nl+1:])
	if nl >= 0 {
		p.Line += strings.Count(before, "\n")
		if _, block := t.Indent[lang]; !block {
			p.Column = 1
		}
	}
	p.Column += col
	return p
}
