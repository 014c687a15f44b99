package web

import (
	"fmt"
	"html"
	"strconv"
	"strings"

	"guidepress/compose"
	"guidepress/markup"
)

// flow writes blocks in reading order; shift is added to the level of
// the Markdown sub-headings among them (inside a call-out, whose own
// heading comes first).
type flow struct {
	s     *site
	w     *writer
	shift int
	// lists are the open lists' tags ("ul" or "ol"), outermost first;
	// each has an open <li>.
	lists []string
	// quote is how many block quotes are open.
	quote int
}

// blocks writes bs; a kind it does not know is an error.
func (s *site) blocks(w *writer, bs []compose.Block, shift int) error {
	f := &flow{s: s, w: w, shift: shift}
	for i := range bs {
		if err := f.block(&bs[i]); err != nil {
			return err
		}
	}
	f.closeLists(0)
	f.setQuote(0)
	return nil
}

// block writes one block, one method per kind.
func (f *flow) block(b *compose.Block) error {
	if b.Kind != compose.ListItem {
		f.closeLists(0)
	}
	if b.Quote != f.quote {
		f.closeLists(0)
		f.setQuote(b.Quote)
	}
	switch b.Kind {
	case compose.Heading:
		f.heading(b)
	case compose.Paragraph:
		f.paragraph(b)
	case compose.ListItem:
		f.listItem(b)
	case compose.Break:
		f.w.WriteString("<hr>\n")
	case compose.Table:
		f.table(b)
	case compose.Section:
		return f.section(b)
	case compose.Advice:
		return f.advice(b)
	case compose.Figure:
		return f.s.figure(f.w, b)
	case compose.Picture:
		f.w.picture(b)
	default:
		return fmt.Errorf("%s: the web site cannot show a block of kind %s", b.Pos, b.Kind)
	}
	return nil
}

// heading writes a sub-heading from Markdown (its runs) or a heading
// with Text, its level moved down by the flow's shift.
func (f *flow) heading(b *compose.Block) {
	n := string(rune('0' + min(max(b.Level+f.shift, 1), 6)))
	f.w.WriteString("<h" + n + ">")
	f.inline(b)
	f.w.WriteString("</h" + n + ">\n")
}

// paragraph writes a paragraph, its role as its class.
func (f *flow) paragraph(b *compose.Block) {
	if b.Role != compose.Body {
		f.w.markup("<p class=\"", string(b.Role), "\">")
	} else {
		f.w.WriteString("<p>")
	}
	f.inline(b)
	f.w.WriteString("</p>\n")
}

// inline writes a block's runs, or its Text when it has none.
func (f *flow) inline(b *compose.Block) {
	if len(b.Runs) == 0 {
		f.w.text(b.Text)
		return
	}
	f.w.runs(b.Runs)
}

// section writes a section: its heading (with the section's id, so a
// link can point at it), its body and its advice.
func (f *flow) section(b *compose.Block) error {
	f.w.WriteString("<section>\n")
	for i := range b.Children {
		c := &b.Children[i]
		if c.Kind == compose.Heading && c.Level == 2 {
			f.w.heading(2, b.ID, c.Text)
			continue
		}
		if err := f.block(c); err != nil {
			return err
		}
	}
	f.closeLists(0)
	f.setQuote(0)
	f.w.WriteString("</section>\n")
	return nil
}

// advice writes a call-out: its heading one level under the section's,
// then its body, whose sub-headings go one level further down.
func (f *flow) advice(b *compose.Block) error {
	f.w.WriteString("<div class=\"advice\">\n")
	f.w.heading(3, "", b.Text)
	if err := f.s.blocks(f.w, b.Children, f.shift+1); err != nil {
		return err
	}
	f.w.WriteString("</div>\n")
	return nil
}

// listItem writes one paragraph of a list item, opening and closing
// lists to reach its depth. An item's second paragraph (no marker) is a
// paragraph inside the open item.
func (f *flow) listItem(b *compose.Block) {
	if b.Marker == "" && len(f.lists) > 0 {
		f.w.WriteString("<p>")
		f.inline(b)
		f.w.WriteString("</p>\n")
		return
	}
	depth := max(b.Depth, 1)
	tag, start := "ul", ""
	if n, ok := strings.CutSuffix(b.Marker, "."); ok {
		if v, err := strconv.Atoi(n); err == nil {
			tag = "ol"
			if v != 1 {
				start = " start=\"" + n + "\""
			}
		}
	}
	f.closeLists(depth)
	if len(f.lists) == depth {
		if f.lists[depth-1] == tag {
			f.w.WriteString("</li>\n<li>")
			f.inline(b)
			return
		}
		f.closeLists(depth - 1)
	}
	for len(f.lists) < depth {
		f.w.WriteString("<" + tag + start + ">\n<li>")
		f.lists = append(f.lists, tag)
	}
	f.inline(b)
}

// closeLists closes open lists until depth remain.
func (f *flow) closeLists(depth int) {
	for len(f.lists) > depth {
		f.w.WriteString("</li>\n</" + f.lists[len(f.lists)-1] + ">\n")
		f.lists = f.lists[:len(f.lists)-1]
	}
}

// setQuote opens or closes block quotes to reach depth.
func (f *flow) setQuote(depth int) {
	for f.quote < depth {
		f.w.WriteString("<blockquote>\n")
		f.quote++
	}
	for f.quote > depth {
		f.w.WriteString("</blockquote>\n")
		f.quote--
	}
}

// runs writes styled runs; neighbouring runs with the same link target
// make one link.
func (w *writer) runs(rs []markup.Run) {
	link := ""
	for _, r := range rs {
		if r.Link != link {
			if link != "" {
				w.WriteString("</a>")
			}
			if r.Link != "" {
				w.markup("<a href=\"", r.Link, "\">")
			}
			link = r.Link
		}
		open, end := "", ""
		for _, t := range []struct {
			on  bool
			tag string
		}{{r.Bold, "strong"}, {r.Italic, "em"}, {r.Code, "code"}} {
			if t.on {
				open += "<" + t.tag + ">"
				end = "</" + t.tag + ">" + end
			}
		}
		w.WriteString(open)
		w.linkText(link, r.Text)
		w.WriteString(end)
	}
	if link != "" {
		w.WriteString("</a>")
	}
}

// link writes a link to target reading text.
func (w *writer) link(target, text string) {
	w.markup("<a href=\"", target, "\">")
	w.linkText(target, text)
	w.WriteString("</a>")
}

// linkText writes the text of a link to target: a phone number's spaces
// made non-breaking, so its groups stay on one line.
func (w *writer) linkText(target, text string) {
	if strings.HasPrefix(target, "tel:") {
		w.WriteString(strings.ReplaceAll(html.EscapeString(text), " ", "&nbsp;"))
		return
	}
	w.text(text)
}
