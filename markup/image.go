package markup

import (
	"fmt"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// aloneImage returns the image that paragraph n holds and nothing else
// (bar white space), or nil.
func (w *walker) aloneImage(n ast.Node) *ast.Image {
	var img *ast.Image
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Image:
			if img != nil {
				return nil
			}
			img = c
		case *ast.Text:
			if strings.TrimSpace(string(c.Value(w.src))) != "" {
				return nil
			}
		default:
			return nil
		}
	}
	return img
}

// picture adds an image that stands alone in its paragraph as an Image
// block: its path as written, its alt text and its caption (the
// optional title) as plain text. An image in a list, or without alt
// text, is an error; whether the file exists and is a picture is for the
// caller to check (see content).
func (w *walker) picture(n *ast.Image) {
	if w.depth > 0 {
		w.fail(n, msgImageList)
		return
	}
	b := w.newBlock(Image, n)
	b.Src = resolve(n.Destination)
	b.Alt = strings.Join(strings.Fields(PlainText(w.inlines(n))), " ")
	b.Caption = strings.Join(strings.Fields(resolve(n.Title)), " ")
	if b.Alt == "" {
		w.fail(n, fmt.Sprintf(msgImageAltFmt, b.Src, b.Src))
		return
	}
	w.emit(b)
}
