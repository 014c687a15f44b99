package markup

import (
	"bytes"
	"html"
	"regexp"
	"strings"
	"testing"

	"guidepress/internal/source"
)

// at is where the Markdown of the tests starts in its (imaginary) file.
var at = source.Position{Filename: "stages/police.yaml", Line: 10, Column: 9}

// pos returns the file position of Markdown line and column (1-based).
func pos(line, col int) source.Position {
	return source.Position{Filename: at.Filename, Line: at.Line + line - 1, Column: at.Column + col - 1}
}

// Run constructors.
func plain(s string) Run        { return Run{Text: s} }
func italic(s string) Run       { return Run{Text: s, Italic: true} }
func bold(s string) Run         { return Run{Text: s, Bold: true} }
func code(s string) Run         { return Run{Text: s, Code: true} }
func link(s, target string) Run { return Run{Text: s, Link: target} }

// para returns a paragraph at Markdown line and column 1.
func para(line int, runs ...Run) Block {
	return Block{Kind: Paragraph, Runs: runs, Pos: pos(line, 1)}
}

// item returns a list item's block.
func item(line, col, depth int, marker string, runs ...Run) Block {
	return Block{Kind: ListItem, Depth: depth, Marker: marker, Runs: runs, Pos: pos(line, col)}
}

// loose marks blocks as items of a loose list.
func loose(bs ...Block) []Block {
	for i := range bs {
		bs[i].Loose = true
	}
	return bs
}

// quoted sets the quote depth of blocks.
func quoted(depth int, bs ...Block) []Block {
	for i := range bs {
		bs[i].Quote = depth
	}
	return bs
}

// problemStrings formats the problems in err as "file:line:col: message".
func problemStrings(t *testing.T, err error) []string {
	t.Helper()
	if err == nil {
		return nil
	}
	ps, ok := err.(source.Problems)
	if !ok {
		t.Fatalf("error is %T, not source.Problems: %v", err, err)
	}
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.String()
	}
	return out
}

var (
	inlineTag = regexp.MustCompile(`</?(em|strong|code|a)\b[^>]*>`)
	blockTag  = regexp.MustCompile(`<[^>]*>`)
)

// htmlText renders src with goldmark's HTML renderer (same extensions as
// Parse) and returns its visible text, whitespace collapsed.
func htmlText(t testing.TB, src string) string {
	var buf bytes.Buffer
	if err := markdown().Convert([]byte(src), &buf); err != nil {
		t.Fatalf("goldmark: %v", err)
	}
	text := blockTag.ReplaceAllString(inlineTag.ReplaceAllString(buf.String(), ""), " ")
	return strings.Join(strings.Fields(html.UnescapeString(text)), " ")
}

// blocksText returns the text of blocks, whitespace collapsed.
func blocksText(bs []Block) string {
	parts := make([]string, len(bs))
	for i, b := range bs {
		parts[i] = b.Text()
	}
	return strings.Join(strings.Fields(strings.Join(parts, " ")), " ")
}
