package markup

import (
	"fmt"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"

	"guidepress/internal/source"
)

// Messages of the problems Field reports.
const (
	msgFieldBlock = "only *italic*, **bold** and [links](https://…) are allowed in this field, not %s"
	msgFieldCode  = "code is not allowed in this field: only *italic*, **bold** and [links](https://…)"
	msgFieldParas = "this field holds one paragraph: remove the blank line"
)

// Field parses src, the text of a field that is not a Markdown body (a
// title, a heading, a summary, a contact's description, hours or
// address, a label), as inline Markdown: *italic*, **bold**, links and
// autolinks, backslash escapes, entity references (&amp; is &) and hard
// line breaks (two spaces or a backslash at the end of a line, a "\n" in
// the runs). With lines set (an address), every line end is kept as a
// line break; without, a plain line end is a space, as in a body.
//
// Anything else is a problem at its position: block syntax (a heading,
// list, quote, code block, rule or table), a blank line, code spans,
// images and raw HTML. The text is not given typographic quotes or
// dashes: a field prints as typed. Runs are returned only when there is
// no problem; an empty src has no runs.
func Field(src string, at source.Position, lines bool) ([]Run, source.Problems) {
	if p, ok := screen(src, at); !ok {
		return nil, source.Problems{p}
	}
	b := []byte(src)
	doc := fieldMarkdown().Parser().Parse(text.NewReader(b))
	w := newWalker(b, at)
	w.field, w.keepLines = true, lines
	w.problems = footnotes(w.lines)
	var out []Run
	paras := 0
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		switch n.Kind() {
		case ast.KindParagraph, ast.KindTextBlock:
			if paras++; paras > 1 {
				w.fail(n, msgFieldParas)
				continue
			}
			out = w.inlines(n)
		case ast.KindLinkReferenceDefinition:
		default:
			w.fail(n, fieldBlockMessage(n))
		}
	}
	if len(w.problems) > 0 {
		return nil, w.problems
	}
	return out, nil
}

// fieldBlockMessage names block syntax a field may not hold.
func fieldBlockMessage(n ast.Node) string {
	what := "block syntax (" + n.Kind().String() + ")"
	switch n.Kind() {
	case ast.KindHeading:
		what = "a heading (# or an underline)"
	case ast.KindList:
		what = "a list (a line starting with -, +, * or a number and a full stop: write \\- or 1\\. to print it)"
	case ast.KindBlockquote:
		what = "a block quote (>)"
	case ast.KindCodeBlock, ast.KindFencedCodeBlock:
		what = "a code block"
	case ast.KindThematicBreak:
		what = "a rule (---)"
	case ast.KindHTMLBlock:
		what = "raw HTML"
	}
	return fmt.Sprintf(msgFieldBlock, what)
}

// PlainText is the text of runs as a reader sees it, without styles.
func PlainText(rs []Run) string {
	return Block{Runs: rs}.Text()
}

// fieldMarkdown is the goldmark instance for fields: CommonMark with
// strikethrough recognised (to be rejected) and no typographic
// substitutions, so text prints as typed.
var fieldMarkdown = sync.OnceValue(func() goldmark.Markdown {
	return goldmark.New(goldmark.WithExtensions(extension.Strikethrough))
})
