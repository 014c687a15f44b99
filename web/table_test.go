package web

import (
	"testing"

	"guidepress/compose"
	"guidepress/internal/source"
	"guidepress/internal/testguide"
	"guidepress/markup"
)

// TestTableAsHTML: a Markdown table is a real table on the web, its
// header cells column headers, its alignments kept, its cells' links and
// emphasis as in any paragraph.
func TestTableAsHTML(t *testing.T) {
	s := &site{g: testguide.Default(t), lang: "en"}
	bs, err := markup.Parse("| Area | Phone |\n|---|--:|\n| **Powys** & Dda | [01597](tel:01597) |", source.Position{Filename: "stages/police.yaml", Line: 1, Column: 1})
	if err != nil {
		t.Fatal(err)
	}
	var w writer
	if err := s.blocks(&w, []compose.Block{{Kind: compose.Table, Table: bs[0].Table}}, 0); err != nil {
		t.Fatal(err)
	}
	want := `<section class="table" tabindex="0" aria-label="Table">
<table>
<thead>
<tr><th scope="col">Area</th><th scope="col" class="right">Phone</th></tr>
</thead>
<tbody>
<tr><td><strong>Powys</strong> &amp; Dda</td><td class="right"><a href="tel:01597">01597</a></td></tr>
</tbody>
</table>
</section>
`
	if got := w.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
