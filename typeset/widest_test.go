package typeset

import (
	"testing"

	"guidepress/fonts"
	"guidepress/markup"
)

// TestWidest: the widest word sets a column's narrowest width; a phone
// number is one word.
func TestWidest(t *testing.T) {
	m := testMeasurer(t)
	runs := []markup.Run{{Text: "Call "}, {Text: "0800 132 737", Bold: true}, {Text: " now"}}
	if got, want := Widest(m, runs, 12), m.Width("0800 132 737", fonts.Bold, 12); got < want-eps || got > want+eps {
		t.Errorf("Widest = %.2f mm, want %.2f (the phone number in bold)", got, want)
	}
	if got := Widest(m, nil, 12); got != 0 {
		t.Errorf("Widest of nothing = %.2f, want 0", got)
	}
}
