package layout

import (
	"guidepress/compose"
	"guidepress/typeset"
	"strings"
	"testing"

	"guidepress/fonts"
	"guidepress/markup"
	"guidepress/styles"
)

func testMeasurer(t *testing.T) *typeset.Measurer {
	t.Helper()
	st, err := styles.Preset("standard")
	if err != nil {
		t.Fatal(err)
	}
	_ = st
	return typeset.NewMeasurer(fonts.Default())
}

func lineText(ln typeset.Line) string {
	s := ""
	for _, sp := range ln.Spans {
		s += sp.Text
	}
	return s
}

// checkWidths fails when a line is wider than width or its spans do not
// add up to its width.
func TestParagraphLinesAreGluedAgainstWidowsAndOrphans(t *testing.T) {
	m := testMeasurer(t)
	st, _ := styles.Preset("standard")
	f := &flow{m: m, st: st, d: newDims(st), x: 16, w: 60}
	idx := f.text([]markup.Run{{Text: strings.Repeat("word ", 60)}}, textOpts{size: 12, role: RoleBody})
	n := len(idx)
	if n < 5 {
		t.Fatalf("got %d lines, want at least 5", n)
	}
	for i, k := range idx {
		want := i == 1 || i == n-1
		if f.rows[k].glue != want {
			t.Errorf("line %d of %d: glue %v, want %v", i, n, f.rows[k].glue, want)
		}
	}
}

func TestListGlue(t *testing.T) {
	item := compose.Block{Kind: compose.ListItem, Depth: 1, Marker: "•"}
	more := compose.Block{Kind: compose.ListItem, Depth: 1}
	para := compose.Block{Kind: compose.Paragraph}
	got := listGlue([]compose.Block{para, item, item, more, item, item, para, item})
	want := []bool{false, false, true, false, false, true, false, false}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("listGlue = %v, want %v", got, want)
			break
		}
	}
}

func TestNoBreakSpaceJoins(t *testing.T) {
	m := testMeasurer(t)
	if !fonts.Default().Covers('\u00A0') {
		t.Fatal("the fonts lack the no-break space")
	}
	num := keepTogether("0800 132 737")
	w := m.Width("Phone: 0800 132", fonts.Regular, 12) + 1
	lines := typeset.Lines(m, []markup.Run{{Text: "Phone: " + num}}, 12, w)
	if len(lines) != 2 || lineText(lines[1]) != num {
		var got []string
		for _, ln := range lines {
			got = append(got, lineText(ln))
		}
		t.Errorf("lines %q, want the number kept whole on the second line", got)
	}
}

func TestLinkPrintsItsTextOnly(t *testing.T) {
	m := testMeasurer(t)
	st, _ := styles.Preset("standard")
	f := &flow{m: m, st: st, d: newDims(st), x: 16, w: 116}
	err := f.block(compose.Block{Kind: compose.Paragraph, Runs: []markup.Run{{Text: "Ffoniwch "},
		{Text: "0800 132 737", Link: "tel:+44800132737"}, {Text: " neu ewch i "}, {Text: "wefan yr elusen", Link: "https://www.example.org/"}, {Text: "."}}}, 0)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	linked := 0
	for _, r := range f.rows {
		for _, it := range r.items {
			got = append(got, it.Text())
			for _, sp := range it.Spans {
				if sp.Link != "" {
					linked++
				}
			}
		}
	}
	if s := strings.Join(got, " "); s != "Ffoniwch 0800 132 737 neu ewch i wefan yr elusen." {
		t.Errorf("printed %q, want the links' text only", s)
	}
	if linked != 2 {
		t.Errorf("%d linked spans, want both links kept as links", linked)
	}
}

func TestAddressLinesStayOnOnePage(t *testing.T) {
	m := testMeasurer(t)
	st, _ := styles.Preset("standard")
	f := &flow{m: m, st: st, d: newDims(st), x: 16, w: 60}
	url := "https://www.example.org/" + strings.Repeat("gwasanaethau-iechyd-meddwl/", 12)
	idx := f.text([]markup.Run{{Text: strings.Repeat("gair ", 40) + url + " " + strings.Repeat("gair ", 40)}}, textOpts{size: 12, role: RoleBody})
	inURL := 0
	for i, k := range idx {
		txt := f.rows[k].items[0].Text()
		if i > 0 && strings.Contains(url, txt) {
			inURL++
			if !f.rows[k].glue {
				t.Errorf("line %d %q of the address is not kept on the page of the line before", i, txt)
			}
		}
	}
	if inURL < 4 {
		t.Fatalf("the address took %d lines after its first, want it broken over several", inURL)
	}
}
