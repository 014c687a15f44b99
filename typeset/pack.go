package typeset

import (
	"slices"

	"guidepress/markup"
)

// Pack puts the runs of cells side by side on lines, sep between two
// cells of a line, as long as each line still fits width at size; a cell
// that does not fit beside the one before starts a line of its own (and
// is broken by Lines when it is longer than a line).
func Pack(m *Measurer, cells [][]markup.Run, sep markup.Run, size, width float64) [][]markup.Run {
	var out [][]markup.Run
	for _, c := range cells {
		if n := len(out); n > 0 {
			joined := append(append(slices.Clone(out[n-1]), sep), c...)
			if len(Lines(m, joined, size, width)) == 1 {
				out[n-1] = joined
				continue
			}
		}
		out = append(out, c)
	}
	return out
}
