// Package markup turns the Markdown of a guide's bodies into a small
// document model of blocks and styled runs that the renderer lays out. It
// walks goldmark's AST with one method per node kind; a node the renderer
// does not support is an error naming the file and line.
package markup

import "guidepress/internal/source"

// Kind says what a block is.
type Kind int

const (
	// Paragraph is ordinary running text.
	Paragraph Kind = iota
	// Heading is a sub-heading inside a section (Markdown ###); Level is
	// its Markdown level.
	Heading
	// ListItem is one item's paragraph of a bullet or numbered list; Depth
	// is its nesting (1 or 2) and Marker its bullet or number. A second
	// paragraph of the same item has an empty Marker.
	ListItem
	// Rule is a thematic break, drawn as a line.
	Rule
	// Table is a pipe table: Table holds its cells.
	Table
	// Image is a picture standing alone in its paragraph,
	// ![Alt](Src "Caption"): Src is the file's path as written, Alt its
	// text alternative and Caption the optional title, both plain text.
	Image
)

// Run is a piece of text in one style. Runs of different styles wrap
// together across lines.
type Run struct {
	Text   string
	Bold   bool
	Italic bool
	Code   bool
	// Link is the target of a link ("https://…", "mailto:…", "tel:…").
	Link string
}

// Block is one paragraph-like unit of a body.
type Block struct {
	Kind  Kind
	Level int
	Runs  []Run
	// Depth is the list nesting (0 outside lists).
	Depth int
	// Marker is "•" (depth 1), "–" (depth 2) or "1." for numbered lists.
	Marker string
	// Quote is the block-quote nesting (0 outside quotes).
	Quote int
	// Loose is set on the list-item blocks of a loose list (items
	// separated by blank lines), which a renderer may space like
	// paragraphs; items of a tight list sit closer together.
	Loose bool
	// Table is a Table block's header, rows and alignments.
	Table *PipeTable
	// Src, Alt and Caption describe an Image block.
	Src, Alt, Caption string
	// Pos is the block's first line in the user's file.
	Pos source.Position
}

// Text returns the block's plain text, runs joined (a table's: its
// cells, row by row, separated by spaces).
func (b Block) Text() string {
	if b.Table != nil {
		return b.Table.Text()
	}
	n := 0
	for _, r := range b.Runs {
		n += len(r.Text)
	}
	buf := make([]byte, 0, n)
	for _, r := range b.Runs {
		buf = append(buf, r.Text...)
	}
	return string(buf)
}
