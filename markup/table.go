package markup

import (
	"bytes"
	"fmt"
	"regexp"
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

// delimiterRow matches a table's delimiter row ("|---|:-:|").
var delimiterRow = regexp.MustCompile(`^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$`)

// brokenTable reports a paragraph that is a table goldmark did not take
// as one (its header and delimiter rows have different numbers of
// cells), which would otherwise print its pipes as typed.
func (w *walker) brokenTable(n ast.Node) bool {
	lines := n.Lines()
	for i := 1; i < lines.Len(); i++ {
		a, b := lines.At(i-1), lines.At(i)
		prev, cur := a.Value(w.src), b.Value(w.src)
		if bytes.Contains(prev, []byte("|")) && bytes.Contains(cur, []byte("-")) && delimiterRow.Match(cur) {
			w.fail(n, fmt.Sprintf(msgTableCells, cells(prev), cells(cur)))
			return true
		}
	}
	return false
}

// msgTableCells reports a table whose rows do not match.
const msgTableCells = "this looks like a table, but its header row has %d cells and the row of dashes under it %d: give them the same number, or write \\| to print a pipe"

// cells counts the cells of a table row as goldmark splits it: at each
// pipe not escaped, ignoring a pipe at either end.
func cells(line []byte) int {
	s := strings.TrimSpace(string(line))
	s = strings.TrimPrefix(s, "|")
	if strings.HasSuffix(s, "|") && !strings.HasSuffix(s, `\|`) {
		s = s[:len(s)-1]
	}
	n := 1
	for i := 0; i < len(s); i++ {
		if s[i] == '|' && (i == 0 || s[i-1] != '\\') {
			n++
		}
	}
	return n
}
