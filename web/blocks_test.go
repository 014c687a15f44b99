package web

import (
	"strings"
	"testing"

	"guidepress/compose"
	"guidepress/internal/testguide"
	"guidepress/markup"
)

// TestBlocksAsHTML: Markdown's blocks keep their structure on the web:
// nested and numbered lists, an item's second paragraph, block quotes,
// a call-out's sub-headings one level under its heading, styled and
// linked text, phone numbers kept on one line.
func TestBlocksAsHTML(t *testing.T) {
	s := &site{g: testguide.Default(t), lang: "en"}
	run := func(text string) []markup.Run { return []markup.Run{{Text: text}} }
	bs := []compose.Block{
		{Kind: compose.ListItem, Depth: 1, Marker: "3.", Runs: run("three")},
		{Kind: compose.ListItem, Depth: 2, Marker: "•", Runs: run("inner")},
		{Kind: compose.ListItem, Depth: 1, Marker: "4.", Runs: run("four")},
		{Kind: compose.ListItem, Depth: 1, Runs: run("more of four")},
		{Kind: compose.Paragraph, Quote: 1, Runs: []markup.Run{{Text: "Call "}, {Text: "0800 132 737", Bold: true, Link: "tel:0800132737"}, {Text: " now", Italic: true}}},
		{Kind: compose.Advice, Text: "Advice", Children: []compose.Block{{Kind: compose.Heading, Level: 3, Runs: run("Sub & more")}}},
	}
	var w writer
	if err := s.blocks(&w, bs, 0); err != nil {
		t.Fatal(err)
	}
	want := `<ol start="3">
<li>three<ul>
<li>inner</li>
</ul>
</li>
<li>four<p>more of four</p>
</li>
</ol>
<blockquote>
<p>Call <a href="tel:0800132737"><strong>0800&nbsp;132&nbsp;737</strong></a><em> now</em></p>
</blockquote>
<div class="advice">
<h3>Advice</h3>
<h4>Sub &amp; more</h4>
</div>
`
	if got := w.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	var bad writer
	if err := s.blocks(&bad, []compose.Block{{Kind: compose.Goals}}, 0); err == nil || !strings.Contains(err.Error(), "goals") {
		t.Errorf("a block the site cannot show: err = %v", err)
	}
}

// TestBrowserTitle: a browser's title adds the guide's short title when
// both fit in 70 characters, and is cut after a word otherwise.
func TestBrowserTitle(t *testing.T) {
	long := strings.Repeat("word ", 20)
	for _, c := range []struct{ title, short, full, want string }{
		{"Police", "Guide", "A guide", "Police – Guide"},
		{"A guide", "Guide", "A guide", "A guide"},
		{"Police", "", "", "Police"},
		{"Key contacts: Aneurin Bevan", strings.Repeat("x", 50), "", "Key contacts: Aneurin Bevan"},
		{long, "", "", strings.TrimSpace(strings.Repeat("word ", 13)) + "…"},
	} {
		if got := browserTitle(c.title, c.short, c.full); got != c.want {
			t.Errorf("browserTitle(%q, %q) = %q, want %q", c.title, c.short, got, c.want)
		}
	}
}
