package markup

import (
	"strconv"

	"github.com/yuin/goldmark/ast"
)

// Bullets by list depth.
const (
	bullet1 = "•"
	bullet2 = "–"
)

// list walks a bullet or ordered list one list level deeper, giving each
// item its marker.
func (w *walker) list(n *ast.List) {
	if w.depth >= maxListDepth {
		w.fail(n, msgListDepth)
		return
	}
	w.flushMarker() // a list opening its parent item keeps that item's marker
	loose := w.loose
	w.depth++
	w.loose = !n.IsTight
	i := 0
	w.descend(n, func(c ast.Node) {
		if c.Kind() != ast.KindListItem {
			w.unsupported(c)
			return
		}
		w.listItem(c, marker(n, w.depth, i))
		i++
	})
	w.depth--
	w.loose = loose
}

// listItem walks one item: its first block takes the marker, the rest get
// none. An item that starts with something other than a paragraph, or is
// empty, gets a block of its own holding only the marker.
func (w *walker) listItem(n ast.Node, marker string) {
	w.marker, w.markerAt = marker, n
	w.descend(n, w.block)
	w.flushMarker()
}

// flushMarker emits a marker-only list item for a marker no block has
// taken, so that no item's bullet or number is lost.
func (w *walker) flushMarker() {
	if w.marker == "" {
		return
	}
	w.emit(w.newBlock(ListItem, w.markerAt))
}

// marker returns the marker of item i (from 0) of list n at depth: a
// bullet for its depth, or its number followed by ".".
func marker(n *ast.List, depth, i int) string {
	if n.IsOrdered() {
		return strconv.Itoa(n.Start+i) + "."
	}
	if depth == 1 {
		return bullet1
	}
	return bullet2
}
