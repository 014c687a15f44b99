package typeset

import (
	"testing"

	"guidepress/fonts"
	"guidepress/markup"
)

// TestPack: cells share a line while they fit, and start a new one when
// they do not.
func TestPack(t *testing.T) {
	m := NewMeasurer(fonts.Default())
	cell := func(s string) []markup.Run { return []markup.Run{{Text: s}} }
	sep := markup.Run{Text: " · "}
	one := m.Width("Phone: 116 123 · Web: www.samaritans.org", fonts.Regular, 12)
	got := Pack(m, [][]markup.Run{cell("Phone: 116 123"), cell("Web: www.samaritans.org"), cell("Open: 24 hours, every day")}, sep, 12, one+1)
	if len(got) != 2 || len(got[0]) != 3 || got[1][0].Text != "Open: 24 hours, every day" {
		t.Errorf("packed %v; want phone and web on one line, hours on the next", got)
	}
}
