package markup

import (
	"strings"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
)

// Align is how a table column's text lines up in its cells.
type Align int

// Alignments, as the delimiter row sets them (":--", "--:", ":-:").
const (
	// AlignLeft is the default: no colon, or one on the left.
	AlignLeft Align = iota
	// AlignRight is a colon on the right.
	AlignRight
	// AlignCenter is a colon on both sides.
	AlignCenter
)

// PipeTable is a GitHub pipe table. Every row has one cell per column, as
// goldmark reads it: a body row with fewer cells than the header is
// padded with empty cells, and cells beyond the header's are dropped.
type PipeTable struct {
	// Head are the header row's cells, Rows the body rows' cells; each
	// cell is styled runs (inline Markdown).
	Head [][]Run
	Rows [][][]Run
	// Align is each column's alignment.
	Align []Align
}

// msgTableInList rejects a table inside a list item, which the printed
// layout cannot indent.
const msgTableInList = "tables are not allowed inside lists"

// table adds a Table block.
func (w *walker) table(n ast.Node) {
	if w.depth > 0 {
		w.fail(n, msgTableInList)
		return
	}
	t := n.(*extast.Table)
	tb := &PipeTable{}
	for _, a := range t.Alignments {
		tb.Align = append(tb.Align, alignOf(a))
	}
	for r := t.FirstChild(); r != nil; r = r.NextSibling() {
		var cells [][]Run
		for c := r.FirstChild(); c != nil; c = c.NextSibling() {
			cells = append(cells, w.inlines(c))
		}
		if r.Kind() == extast.KindTableHeader {
			tb.Head = cells
			continue
		}
		tb.Rows = append(tb.Rows, cells)
	}
	b := w.newBlock(Table, n)
	b.Table = tb
	w.emit(b)
}

// alignOf is goldmark's alignment as an Align.
func alignOf(a extast.Alignment) Align {
	switch a {
	case extast.AlignRight:
		return AlignRight
	case extast.AlignCenter:
		return AlignCenter
	}
	return AlignLeft
}

// Text is the table's plain text: its cells, row by row, separated by
// spaces.
func (t *PipeTable) Text() string {
	var parts []string
	for _, row := range append([][][]Run{t.Head}, t.Rows...) {
		for _, c := range row {
			if s := PlainText(c); s != "" {
				parts = append(parts, s)
			}
		}
	}
	return strings.Join(parts, " ")
}
