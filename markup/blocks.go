package markup

import "github.com/yuin/goldmark/ast"

// paragraph adds a paragraph, or a list item's paragraph inside a list.
// Tight lists hold TextBlocks rather than Paragraphs; both come here.
func (w *walker) paragraph(n ast.Node) {
	if w.brokenTable(n) {
		return
	}
	if img := w.aloneImage(n); img != nil && !w.field {
		w.picture(img)
		return
	}
	b := w.newBlock(Paragraph, n)
	b.Runs = w.inlines(n)
	w.emit(b)
}

// heading adds a heading of any level, ATX (#) or setext (underlined).
func (w *walker) heading(n *ast.Heading) {
	if w.depth > 0 {
		w.fail(n, msgListHeading)
		return
	}
	b := w.newBlock(Heading, n)
	b.Level = n.Level
	b.Runs = w.inlines(n)
	w.emit(b)
}

// thematicBreak adds a rule.
func (w *walker) thematicBreak(n ast.Node) {
	if w.depth > 0 {
		w.fail(n, msgListRule)
		return
	}
	w.emit(w.newBlock(Rule, n))
}

// blockquote walks a block quote one quote level deeper.
func (w *walker) blockquote(n ast.Node) {
	if w.quote >= maxQuoteDepth {
		w.fail(n, msgQuoteDepth)
		return
	}
	w.quote++
	w.descend(n, w.block)
	w.quote--
}
