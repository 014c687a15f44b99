package markup

import (
	"bytes"
	"fmt"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
)

// inlines returns the runs of the inline children of block n.
func (w *walker) inlines(n ast.Node) []Run {
	saved := w.runs
	w.runs = &runs{}
	w.descend(n, w.inline)
	list := w.runs.list()
	w.runs = saved
	return list
}

// inline dispatches an inline node to its method.
func (w *walker) inline(n ast.Node) {
	switch n.Kind() {
	case ast.KindText:
		w.text(n.(*ast.Text))
	case ast.KindString:
		w.string(n.(*ast.String))
	case ast.KindEmphasis:
		w.emphasis(n.(*ast.Emphasis))
	case ast.KindCodeSpan:
		w.codeSpan(n)
	case ast.KindLink:
		w.link(n.(*ast.Link))
	case ast.KindAutoLink:
		w.autoLink(n.(*ast.AutoLink))
	case ast.KindRawHTML:
		w.rawHTML(n)
	case ast.KindImage:
		w.image(n)
	case extast.KindStrikethrough:
		w.fail(n, msgStrike)
	case extast.KindTaskCheckBox:
		w.fail(n, msgTask)
	default:
		w.unsupported(n)
	}
}

// add appends text in the current style.
func (w *walker) add(text string) { w.runs.add(w.style, text) }

// text adds a piece of text with its escapes and references resolved. A
// soft line break becomes a space, a hard line break a "\n".
func (w *walker) text(n *ast.Text) {
	v := n.Value(w.src)
	if n.IsRaw() {
		w.add(raw(v))
	} else {
		w.add(resolve(v))
	}
	switch {
	case n.HardLineBreak():
		w.add("\n")
	case n.SoftLineBreak() && w.keepLines:
		w.add("\n")
	case n.SoftLineBreak():
		w.add(" ")
	}
}

// string adds text that goldmark made rather than read, such as the
// Typographer's curly quotes and dashes.
func (w *walker) string(n *ast.String) {
	if n.IsCode() || n.IsRaw() {
		w.add(raw(n.Value))
		return
	}
	w.add(resolve(n.Value))
}

// emphasis walks *italic* (level 1) or **bold** (level 2) text.
func (w *walker) emphasis(n *ast.Emphasis) {
	saved := w.style
	if n.Level >= 2 {
		w.style.Bold = true
	} else {
		w.style.Italic = true
	}
	w.descend(n, w.inline)
	w.style = saved
}

// codeSpan adds `code` as it is written: no escapes, a line end as a
// space, as goldmark's HTML renderer does.
func (w *walker) codeSpan(n ast.Node) {
	if w.field {
		w.fail(n, msgFieldCode)
		return
	}
	saved := w.style
	w.style.Code = true
	w.descend(n, func(c ast.Node) {
		t, ok := c.(*ast.Text)
		if !ok {
			w.unsupported(c)
			return
		}
		v := t.Value(w.src)
		if b, found := bytes.CutSuffix(v, []byte("\n")); found {
			v = append(b[:len(b):len(b)], ' ')
		}
		w.add(raw(v))
	})
	w.style = saved
}

// link walks [text](target), checking the target's scheme. The target is
// kept as written, escapes and references resolved but not %-encoded, so
// that it can be printed.
func (w *walker) link(n *ast.Link) {
	dest := resolve(n.Destination)
	if msg := checkLink(dest); msg != "" {
		w.fail(n, msg)
	}
	saved, before := w.style, w.runs.added
	w.style.Link = dest
	w.descend(n, w.inline)
	w.style = saved
	if w.runs.added == before {
		w.fail(n, fmt.Sprintf(msgEmptyLinkFmt, dest))
	}
}

// autoLink adds <https://…> or <name@example.org>, or a bare URL or e-mail
// address found by Linkify, as a link showing its own text.
func (w *walker) autoLink(n *ast.AutoLink) {
	dest := raw(n.URL(w.src))
	if n.AutoLinkType == ast.AutoLinkEmail && !hasSchemePrefix(dest, "mailto:") {
		dest = "mailto:" + dest
	}
	if msg := checkLink(dest); msg != "" {
		w.fail(n, msg)
	}
	saved := w.style
	w.style.Link = dest
	w.add(raw(n.Label(w.src)))
	w.style = saved
}
