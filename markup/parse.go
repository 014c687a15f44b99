package markup

import (
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"

	"guidepress/internal/source"
)

// Parse parses the Markdown src into blocks. at is the position of the
// Markdown's first line in the user's file; every block and every problem
// is placed relative to it (Markdown line k is file line at.Line+k-1).
//
// The error, when not nil, is a source.Problems listing every problem found,
// each an Error: raw HTML, images, code blocks, tables, strikethrough,
// task lists, footnotes, links other than
// https, http, mailto and tel, lists or block quotes nested more than two
// levels, input nested too deeply or too long, and any Markdown the
// renderer does not support. Blocks are returned only when there is none.
func Parse(src string, at source.Position) ([]Block, error) {
	blocks, problems := parse(src, at)
	if problems != nil {
		return nil, problems
	}
	return blocks, nil
}

// Check returns the problems Parse would report for src, or nil when it
// parses cleanly. Validation uses it to report Markdown problems alongside
// the loader's own.
func Check(src string, at source.Position) source.Problems {
	_, problems := parse(src, at)
	return problems
}

// Read parses src as Parse does, returning its blocks and every problem
// (nil when it parses cleanly). Validation uses it to report Markdown
// problems alongside the loader's own and to keep the blocks, so that a
// build parses each body once.
func Read(src string, at source.Position) ([]Block, source.Problems) {
	return parse(src, at)
}

// parse screens src, parses it with goldmark and walks the tree.
func parse(src string, at source.Position) ([]Block, source.Problems) {
	if p, ok := screen(src, at); !ok {
		return nil, source.Problems{p}
	}
	b := []byte(src)
	doc := markdown().Parser().Parse(text.NewReader(b))
	w := newWalker(b, at)
	w.problems = footnotes(w.lines)
	w.document(doc)
	if len(w.problems) > 0 {
		return nil, w.problems
	}
	return w.blocks, nil
}

// markdown is the shared goldmark instance: CommonMark with bare URLs
// linked, tables, strikethrough and task lists recognised (so that they
// can be rejected rather than printed as typed) and typographic
// punctuation as Unicode.
var markdown = sync.OnceValue(func() goldmark.Markdown {
	return goldmark.New(goldmark.WithExtensions(
		extension.NewLinkify(extension.WithLinkifyAllowedProtocols([]string{"http:", "https:"})),
		extension.Table,
		extension.Strikethrough,
		extension.TaskList,
		extension.NewTypographer(extension.WithTypographicSubstitutions(typography)),
	))
})

// typography replaces every substitution the Typographer would otherwise
// make as an HTML entity. Angle quotes (<< and >>) are left alone: the
// guide's languages do not use guillemets, so they stay as typed.
var typography = map[extension.TypographicPunctuation][]byte{
	extension.LeftSingleQuote:  []byte("‘"),
	extension.RightSingleQuote: []byte("’"),
	extension.LeftDoubleQuote:  []byte("“"),
	extension.RightDoubleQuote: []byte("”"),
	extension.EnDash:           []byte("–"),
	extension.EmDash:           []byte("—"),
	extension.Ellipsis:         []byte("…"),
	extension.LeftAngleQuote:   nil,
	extension.RightAngleQuote:  nil,
	extension.Apostrophe:       []byte("’"),
}
