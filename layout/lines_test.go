package layout

import (
	"guidepress/compose"
	"strings"
	"testing"

	"guidepress/fonts"
	"guidepress/markup"
	"guidepress/styles"
)

func testMeasurer(t *testing.T) *measurer {
	t.Helper()
	st, err := styles.Preset("standard")
	if err != nil {
		t.Fatal(err)
	}
	m, err := newMeasurer(st, fonts.Default())
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func lineText(ln textLine) string {
	s := ""
	for _, sp := range ln.Spans {
		s += sp.Text
	}
	return s
}

// checkWidths fails when a line is wider than width or its spans do not
// add up to its width.
func checkWidths(t *testing.T, m *measurer, lines []textLine, size, width float64) {
	t.Helper()
	for i, ln := range lines {
		if ln.Width > width+1e-6 {
			t.Errorf("line %d %q is %.2f mm wide, more than %.2f mm", i, lineText(ln), ln.Width, width)
		}
		x := 0.0
		for _, sp := range ln.Spans {
			if d := sp.X - x; d > 1e-6 || d < -1e-6 {
				t.Errorf("line %d span %q at x %.3f, want %.3f", i, sp.Text, sp.X, x)
			}
			if w := m.width(sp.Text, sp.Face, size); w-sp.W > 1e-6 || sp.W-w > 1e-6 {
				t.Errorf("line %d span %q width %.3f, measured %.3f", i, sp.Text, sp.W, w)
			}
			x += sp.W
		}
	}
}

func TestLongWordIsBrokenToFit(t *testing.T) {
	m := testMeasurer(t)
	word := strings.Repeat("Hirgairheb", 30) // 300 letters, no spaces
	lines := breakLines(m, []markup.Run{{Text: "Start " + word + " end"}}, 12, 60)
	if len(lines) < 5 {
		t.Fatalf("got %d lines, want the word broken over many", len(lines))
	}
	checkWidths(t, m, lines, 12, 60)
	var joined string
	for _, ln := range lines {
		joined += lineText(ln)
	}
	if strings.ReplaceAll(joined, " ", "") != "Start"+word+"end" {
		t.Errorf("text changed: %q", joined)
	}
	if lineText(lines[0]) != "Start" {
		t.Errorf("first line %q, want the long word to start its own line", lineText(lines[0]))
	}
}

func TestNoLineWiderThanMeasure(t *testing.T) {
	m := testMeasurer(t)
	text := fixture().Stages[0].Sections[0].Body.Get("cy")
	for _, w := range []float64{40, 60, 80, 116, 170} {
		for _, size := range []float64{12, 16, 21} {
			lines := breakLines(m, []markup.Run{{Text: text}, {Text: " ŵŷŴŶ", Bold: true}}, size, w)
			checkWidths(t, m, lines, size, w)
		}
	}
}

func TestMixedRunsWrapTogether(t *testing.T) {
	m := testMeasurer(t)
	runs := []markup.Run{
		{Text: "Tell the "}, {Text: "custody sergeant", Bold: true},
		{Text: " about your illness and "}, {Text: "every medicine", Bold: true, Italic: true},
		{Text: " you take, and ask for the "}, {Text: "liaison service", Link: "https://example.org"}, {Text: "."},
	}
	lines := breakLines(m, runs, 12, 50)
	checkWidths(t, m, lines, 12, 50)
	var words []string
	mixed := false
	for _, ln := range lines {
		faces := map[fonts.Face]bool{}
		for _, sp := range ln.Spans {
			faces[sp.Face] = true
		}
		mixed = mixed || len(faces) > 1
		words = append(words, strings.Fields(lineText(ln))...)
	}
	want := strings.Fields("Tell the custody sergeant about your illness and every medicine you take, and ask for the liaison service.")
	if strings.Join(words, " ") != strings.Join(want, " ") {
		t.Errorf("words %q, want %q", words, want)
	}
	if !mixed {
		t.Error("no line mixes bold and regular: runs did not wrap together")
	}
	linked := false
	for _, ln := range lines {
		for _, sp := range ln.Spans {
			if sp.Link != "" {
				linked = true
				if !strings.Contains("liaison service", strings.TrimSpace(sp.Text)) {
					t.Errorf("link on %q", sp.Text)
				}
			}
		}
	}
	if !linked {
		t.Error("the link was lost")
	}
}

func TestSpacesOnlyBetweenWords(t *testing.T) {
	m := testMeasurer(t)
	lines := breakLines(m, []markup.Run{{Text: "  one two\nthree   four "}}, 12, 100)
	var got []string
	for _, ln := range lines {
		got = append(got, lineText(ln))
	}
	if strings.Join(got, "|") != "one two|three four" {
		t.Errorf("lines %q, want a hard break after two and single spaces", got)
	}
}

func TestHangingIndent(t *testing.T) {
	m := testMeasurer(t)
	lines := breakHanging(m, []markup.Run{{Text: strings.Repeat("word ", 40)}}, 12, 80, 10)
	if len(lines) < 2 {
		t.Fatal("want several lines")
	}
	for i, ln := range lines[1:] {
		if ln.Spans[0].X != 10 {
			t.Errorf("line %d starts at %.2f, want 10", i+1, ln.Spans[0].X)
		}
		if ln.Width > 80+1e-6 {
			t.Errorf("line %d is %.2f mm wide", i+1, ln.Width)
		}
	}
}

func TestBreakKeepsWelshDigraphs(t *testing.T) {
	m := testMeasurer(t)
	b := &lineBuilder{m: m, size: 12}
	s := "xxxxllyy"
	avail := m.width("xxxxl", fonts.Regular, 12) + 0.01
	if n := b.fit(s, fonts.Regular, avail); n != 4 {
		t.Errorf("fit cut %q | %q, want the ll kept together", s[:n], s[n:])
	}
	if !isDigraph('L', 'l') || !isDigraph('c', 'h') || isDigraph('l', 'x') {
		t.Error("isDigraph is wrong")
	}
}

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

func TestPrintLinksShowTheTarget(t *testing.T) {
	runs := printLinks([]markup.Run{{Text: "See "}, {Text: "the ", Link: "https://www.example.org/"}, {Text: "charity", Bold: true, Link: "https://www.example.org/"},
		{Text: ", "}, {Text: "www.example.org", Link: "https://www.example.org"}, {Text: " or "}, {Text: "call us", Link: "tel:0800123"}})
	var got string
	for _, r := range runs {
		got += r.Text
	}
	if want := "See the charity (www.example.org), www.example.org or call us (0800123)"; got != want {
		t.Errorf("got %q, want %q", got, want)
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
	w := m.width("Phone: 0800 132", fonts.Regular, 12) + 1
	lines := breakLines(m, []markup.Run{{Text: "Phone: " + num}}, 12, w)
	if len(lines) != 2 || lineText(lines[1]) != num {
		var got []string
		for _, ln := range lines {
			got = append(got, lineText(ln))
		}
		t.Errorf("lines %q, want the number kept whole on the second line", got)
	}
}
