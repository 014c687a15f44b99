package markup

import (
	"sort"
	"unicode/utf8"

	"guidepress/internal/source"
)

// lines maps byte offsets in the Markdown to positions in the user's file.
type lines struct {
	src    []byte
	at     source.Position
	starts []int // byte offset of the start of each line
}

// newLines indexes the line starts of src, whose first line is at at.
func newLines(src []byte, at source.Position) lines {
	starts := []int{0}
	for i, c := range src {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return lines{src: src, at: at, starts: starts}
}

// position returns the file position of byte offset off: Markdown line k
// is file line at.Line+k-1, and the column counts characters from at.Column.
func (l lines) position(off int) source.Position {
	off = max(0, min(off, len(l.src)))
	k := sort.SearchInts(l.starts, off+1) - 1
	col := utf8.RuneCount(l.src[l.starts[k]:off]) + 1
	return source.Position{
		Filename: l.at.Filename,
		Line:     l.at.Line + k,
		Column:   max(l.at.Column, 1) + col - 1,
	}
}
