package web

import (
	"guidepress/compose"
	"guidepress/markup"
)

// table writes a Markdown table as a real table: the header row's cells
// as column headers (<th scope="col">) in a <thead>, the rows in a
// <tbody>, a column's alignment as a class on its cells. The table sits in
// a labelled region that scrolls sideways when the screen is narrower
// than the table (as WCAG's reflow rule allows for data tables), so that
// no word in a cell is broken letter by letter; the region takes the
// keyboard focus so it can be scrolled without a mouse.
func (f *flow) table(b *compose.Block) {
	t := b.Table
	f.w.WriteString(`<section class="table" tabindex="0" aria-label="` + label(f.s.lang, "table") + `">` + "\n")
	f.w.WriteString("<table>\n<thead>\n<tr>")
	for i, c := range t.Head {
		f.w.WriteString("<th scope=\"col\"" + alignClass(t, i) + ">")
		f.w.runs(c)
		f.w.WriteString("</th>")
	}
	f.w.WriteString("</tr>\n</thead>\n<tbody>\n")
	for _, row := range t.Rows {
		f.w.WriteString("<tr>")
		for i, c := range row {
			f.w.WriteString("<td" + alignClass(t, i) + ">")
			f.w.runs(c)
			f.w.WriteString("</td>")
		}
		f.w.WriteString("</tr>\n")
	}
	f.w.WriteString("</tbody>\n</table>\n</section>\n")
}

// alignClass is the class attribute of column i's cells: none for the
// default left alignment.
func alignClass(t *markup.PipeTable, i int) string {
	if i >= len(t.Align) {
		return ""
	}
	switch t.Align[i] {
	case markup.AlignRight:
		return ` class="right"`
	case markup.AlignCenter:
		return ` class="center"`
	}
	return ""
}
