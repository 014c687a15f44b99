package markup

import (
	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"

	"guidepress/internal/source"
)

// Limits on nesting that the printed layout can show.
const (
	maxListDepth  = 2
	maxQuoteDepth = 2
)

// Messages of the problems the walker reports.
const (
	msgHTML         = "raw HTML is not allowed"
	msgImage        = "an image must stand alone in its paragraph, with a blank line above and below it: ![what it shows](images/file.png)"
	msgImageList    = "images are not allowed inside lists: put the image in a paragraph of its own after the list"
	msgImageAltFmt  = "image %s has no alt text: say what it shows for readers who cannot see it, as in ![a map of the prison](%s)"
	msgCode         = "code blocks are not supported"
	msgListDepth    = "lists may be nested at most two levels"
	msgQuoteDepth   = "block quotes may be nested at most two levels"
	msgListHeading  = "headings are not allowed inside lists"
	msgListRule     = "thematic breaks (---) are not allowed inside lists"
	msgUnsupported  = "unsupported Markdown: "
	msgEmptyLinkFmt = "link to %q has no text"
	msgStrike       = "strikethrough (~~) is not supported: delete the text, or write \\~ to print a tilde"
	msgTask         = "task list boxes ([ ] and [x]) are not supported: use a plain list, or write \\[ ] to print the brackets"
	msgFootnote     = "footnotes ([^1]) are not supported: put the note in the text, or write \\[^ to print the brackets"
)

// walker turns goldmark's tree into blocks. Like goldmark's HTML renderer
// it has one method per node kind; block and inline nodes are dispatched
// separately, since each only appears in its own context.
type walker struct {
	lines
	blocks   []Block
	problems source.Problems

	nest  int  // nesting of the node being walked, for MaxNesting
	depth int  // list depth
	quote int  // block-quote depth
	loose bool // inside a loose list

	marker   string   // marker of a list item not yet given to a block
	markerAt ast.Node // that list item

	runs  *runs // runs of the block being built
	style Run   // style (not text) of the inline being walked

	field     bool // walking a field (see Field), not a body
	keepLines bool // a field whose line ends are all line breaks
}

// newWalker returns a walker for the Markdown src whose first line is at.
func newWalker(src []byte, at source.Position) *walker {
	return &walker{lines: newLines(src, at)}
}

// fail records an error at node n.
func (w *walker) fail(n ast.Node, msg string) {
	w.problems = append(w.problems, source.Problem{
		Pos: w.pos(n), Severity: source.Error, Message: msg,
	})
}

// pos returns the file position of node n, or of its nearest ancestor
// with a known offset.
func (w *walker) pos(n ast.Node) source.Position {
	for ; n != nil; n = n.Parent() {
		if off := n.Pos(); off >= 0 {
			return w.position(off)
		}
	}
	return w.position(0)
}

// descend calls fn on each child of n, one level deeper, or reports that
// n is nested too deeply and leaves its children alone.
func (w *walker) descend(n ast.Node, fn func(ast.Node)) {
	if w.nest >= MaxNesting {
		w.fail(n, msgTooDeep)
		return
	}
	w.nest++
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		fn(c)
	}
	w.nest--
}

// newBlock starts a block of kind k for node n in the current context;
// a paragraph inside a list is a ListItem.
func (w *walker) newBlock(k Kind, n ast.Node) Block {
	if k == Paragraph && w.depth > 0 {
		k = ListItem
	}
	b := Block{Kind: k, Quote: w.quote, Pos: w.pos(n)}
	if w.depth > 0 {
		b.Depth, b.Loose = w.depth, w.loose
	}
	return b
}

// emit appends b, giving it the marker of its list item if that is not
// yet used.
func (w *walker) emit(b Block) {
	if w.marker != "" {
		b.Marker = w.marker
		w.marker, w.markerAt = "", nil
	}
	w.blocks = append(w.blocks, b)
}

// document walks the whole tree.
func (w *walker) document(doc ast.Node) {
	w.descend(doc, w.block)
}

// block dispatches a block node to its method.
func (w *walker) block(n ast.Node) {
	switch n.Kind() {
	case ast.KindParagraph, ast.KindTextBlock:
		w.paragraph(n)
	case ast.KindHeading:
		w.heading(n.(*ast.Heading))
	case ast.KindThematicBreak:
		w.thematicBreak(n)
	case ast.KindBlockquote:
		w.blockquote(n)
	case ast.KindList:
		w.list(n.(*ast.List))
	case ast.KindLinkReferenceDefinition:
		w.linkReferenceDefinition(n)
	case ast.KindHTMLBlock:
		w.rawHTML(n)
	case ast.KindCodeBlock, ast.KindFencedCodeBlock:
		w.codeBlock(n)
	case extast.KindTable:
		w.table(n)
	default:
		w.unsupported(n)
	}
}

// linkReferenceDefinition ignores a "[label]: url" line: goldmark has
// already resolved the links that use it.
func (w *walker) linkReferenceDefinition(ast.Node) {}

// codeBlock rejects a fenced or indented code block.
func (w *walker) codeBlock(n ast.Node) { w.fail(n, msgCode) }

// rawHTML rejects an HTML block or inline HTML.
func (w *walker) rawHTML(n ast.Node) { w.fail(n, msgHTML) }

// image rejects an image inside running text: a body's image stands
// alone in its paragraph (see picture), and a field has none.
func (w *walker) image(n ast.Node) {
	if w.field {
		w.fail(n, "images are not allowed in this field")
		return
	}
	w.fail(n, msgImage)
}

// unsupported rejects any other kind of node.
func (w *walker) unsupported(n ast.Node) { w.fail(n, msgUnsupported+n.Kind().String()) }
