package diagram

import (
	"testing"

	"guidepress/fonts"
)

// TestTitleLabel: a long title is wrapped in bold at the chapter heading
// size inside the text column, from its top, and the diagram starts below
// its last line; an empty title has no lines and leaves the top margin.
func TestTitleLabel(t *testing.T) {
	st := preset(t, "standard")
	fam := fonts.Default()
	if l, y := TitleLabel(fam, st, " \n"); len(l.Lines) != 0 || y != st.Margins.Top {
		t.Errorf("empty title: %d lines, diagram at %.2f mm, want none and the top margin %.2f", len(l.Lines), y, st.Margins.Top)
	}
	title := "The road to recovery, step by step, for people and for the families who support them"
	l, y := TitleLabel(fam, st, title)
	if len(l.Lines) < 2 || l.Face != fonts.Bold || l.Size != st.Headings.Chapter || l.Text != title {
		t.Fatalf("title label %+v: want it wrapped, bold, at %gpt", l, st.Headings.Chapter)
	}
	for _, ln := range l.Lines {
		if ln.X != st.Margins.Left || ln.W > st.TextWidth()+1e-9 || ln.Y <= st.Margins.Top {
			t.Errorf("line %q at (%.2f, %.2f) is %.2f mm wide: want it in the text column (from %.2f, %.2f mm wide) below the top margin",
				ln.Text, ln.X, ln.Y, ln.W, st.Margins.Left, st.TextWidth())
		}
	}
	if last := l.Lines[len(l.Lines)-1]; y <= last.Y {
		t.Errorf("the diagram starts at %.2f mm, above the title's last baseline %.2f", y, last.Y)
	}
}
