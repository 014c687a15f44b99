package typeset

import (
	"strings"
	"testing"

	"guidepress/fonts"
	"guidepress/markup"
	"guidepress/styles"
)

func testMeasurer(t *testing.T) *Measurer {
	t.Helper()
	st, err := styles.Preset("standard")
	if err != nil {
		t.Fatal(err)
	}
	_ = st
	return NewMeasurer(fonts.Default())
}

func lineText(ln Line) string {
	s := ""
	for _, sp := range ln.Spans {
		s += sp.Text
	}
	return s
}

// checkWidths fails when a line is wider than width or its spans do not
// add up to its width.
func checkWidths(t *testing.T, m *Measurer, lines []Line, size, width float64) {
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
			if w := m.Width(sp.Text, sp.Face, size); w-sp.W > 1e-6 || sp.W-w > 1e-6 {
				t.Errorf("line %d span %q width %.3f, measured %.3f", i, sp.Text, sp.W, w)
			}
			x += sp.W
		}
	}
}

func TestLongWordIsBrokenToFit(t *testing.T) {
	m := testMeasurer(t)
	word := strings.Repeat("Hirgairheb", 30) // 300 letters, no spaces
	lines := Lines(m, []markup.Run{{Text: "Start " + word + " end"}}, 12, 60)
	if len(lines) < 5 {
		t.Fatalf("got %d lines, want the word broken over many", len(lines))
	}
	checkWidths(t, m, lines, 12, 60)
	var joined string
	for i, ln := range lines {
		txt := lineText(ln)
		if i > 0 && i < len(lines)-1 {
			if !strings.HasSuffix(txt, "-") || !ln.Split {
				t.Errorf("line %d %q: a word broken by force shows a hyphen and is marked split", i, txt)
			}
			txt = strings.TrimSuffix(txt, "-")
		}
		joined += txt
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
	text := strings.Repeat("Dywedwch wrth yr heddlu am eich salwch ac unrhyw feddyginiaeth rydych chi’n ei chymryd; gofynnwch am oedolyn priodol a chyfreithiwr. Mae’r tŷ yn ddiogel, gyda dŵr a bwyd. ", 3)
	for _, w := range []float64{40, 60, 80, 116, 170} {
		for _, size := range []float64{12, 16, 21} {
			lines := Lines(m, []markup.Run{{Text: text}, {Text: " ŵŷŴŶ", Bold: true}}, size, w)
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
	lines := Lines(m, runs, 12, 50)
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
	lines := Lines(m, []markup.Run{{Text: "  one two\nthree   four "}}, 12, 100)
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
	lines := Hanging(m, []markup.Run{{Text: strings.Repeat("word ", 40)}}, 12, 80, 10)
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
