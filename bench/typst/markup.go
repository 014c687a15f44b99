package main

import (
	"strings"

	"guidepress/compose"
)

// markupChars are the characters that mean something in Typst markup
// (emphasis, functions, labels, references, comments, lists, headings,
// shorthands such as "--", "..." and "~", smart quotes): each is written
// escaped so that the text prints as it is.
const markupChars = "\\*_#[]$<>@`~/-+=.'\":"

// escape returns s as Typst markup that prints s: markup characters
// escaped, line breaks as spaces. Other characters (Welsh ŵ ŷ, curly
// quotes, dashes) are written as they are.
func escape(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r':
			b.WriteByte(' ')
		case r < 0x80 && strings.ContainsRune(markupChars, r):
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// str returns s as a Typst string literal: quotes and backslashes
// escaped, line breaks as \n, every other character as it is.
func str(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"', '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// runs returns a block's text as Typst markup: its Markdown runs (bold,
// italic, code, links) or, when it has none, its Text.
func runs(b compose.Block) string {
	if len(b.Runs) == 0 {
		return escape(b.Text)
	}
	var out strings.Builder
	for _, r := range b.Runs {
		t := escape(r.Text)
		if r.Code {
			t = "#raw(" + str(r.Text) + ")"
		}
		if r.Italic {
			t = "#emph[" + t + "]"
		}
		if r.Bold {
			t = "#strong[" + t + "]"
		}
		if r.Link != "" {
			t = "#link(" + str(r.Link) + ")[" + t + "]"
		}
		out.WriteString(t)
	}
	return out.String()
}
