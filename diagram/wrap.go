package diagram

import (
	"math"
	"slices"
	"strings"

	"guidepress/fonts"
	"guidepress/styles"
)

// typesetter measures and wraps text with one font family.
type typesetter struct {
	fam       *fonts.Family
	asc, desc float64
}

func newTypesetter(fam *fonts.Family) *typesetter {
	asc, desc := fam.Metrics()
	return &typesetter{fam: fam, asc: asc, desc: desc}
}

// words splits s at spaces, tabs and line breaks. A no-break space joins
// the words either side of it.
func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' })
}

// width measures s in face at size points, in millimetres.
func (ts *typesetter) width(s string, face fonts.Face, size float64) float64 {
	return ts.fam.Width(face, s, size)
}

// wrap breaks s into lines no wider than limit, only at spaces: words are
// never split, so a word wider than limit stands on a line of its own.
func (ts *typesetter) wrap(s string, face fonts.Face, size, limit float64) []string {
	var lines []string
	cur := ""
	for _, w := range words(s) {
		try := w
		if cur != "" {
			try = cur + " " + w
		}
		if cur != "" && ts.width(try, face, size) > limit {
			lines = append(lines, cur)
			try = w
		}
		cur = try
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines
}

// widest returns the width of the widest line.
func (ts *typesetter) widest(lines []string, face fonts.Face, size float64) float64 {
	w := 0.0
	for _, l := range lines {
		w = max(w, ts.width(l, face, size))
	}
	return w
}

// wraps returns every distinct way greedy wrapping can break s, from the
// most lines (each as narrow as the widest word allows) to one line.
func (ts *typesetter) wraps(s string, face fonts.Face, size float64) [][]string {
	narrow := ts.widest(words(s), face, size)
	full := ts.width(strings.Join(words(s), " "), face, size)
	var out [][]string
	for limit := narrow; ; limit += 0.5 {
		limit = min(limit, full)
		lines := ts.wrap(s, face, size, limit)
		if len(out) == 0 || !slices.Equal(out[len(out)-1], lines) {
			out = append(out, lines)
		}
		if limit >= full {
			return out
		}
	}
}

// lineHeight is the smallest leading, in millimetres, that keeps a line's
// ink inside its line box at size points.
func (ts *typesetter) lineHeight(size float64) float64 {
	return (ts.asc + ts.desc) * size * styles.PtToMM
}

// label places lines in box from its top, one every leading millimetres,
// each line's ink centred vertically in its line box, aligned as align
// says.
func (ts *typesetter) label(id, text string, lines []string, face fonts.Face, size, leading float64, box Rect, align Align) Label {
	l := Label{ID: id, Text: strings.Join(words(text), " "), Size: size, Face: face,
		Align: align, Leading: leading, Box: box, Shape: -1}
	mm := size * styles.PtToMM
	for i, s := range lines {
		w := ts.width(s, face, size)
		x := box.X
		if align == Centre {
			x = box.X + (box.W-w)/2
		}
		top := box.Y + float64(i)*leading
		base := top + (leading-(ts.asc+ts.desc)*mm)/2 + ts.asc*mm
		l.Lines = append(l.Lines, TextLine{Text: s, X: x, Y: base, W: w})
	}
	return l
}

// block is a wrapped piece of text and the size of its box.
type block struct {
	lines   []string
	w, h    float64
	leading float64
}

// newBlock measures lines set at leading.
func (ts *typesetter) newBlock(lines []string, face fonts.Face, size, leading float64) block {
	return block{lines: lines, w: ts.widest(lines, face, size), h: float64(len(lines)) * leading, leading: leading}
}

// round up to a tenth of a millimetre, so layouts do not depend on the
// last bits of a float.
func roundUp(v float64) float64 { return math.Ceil(v*10-1e-9) / 10 }

// roundest wraps s into the block that needs the smallest circle around
// it, preferring fewer lines when they need a circle at most 4% larger:
// "Empowerment and / self-management" rather than a line holding only
// "and".
func (ts *typesetter) roundest(s string, face fonts.Face, size, leading float64) block {
	var blocks []block
	least := math.Inf(1)
	for _, lines := range ts.wraps(s, face, size) {
		b := ts.newBlock(lines, face, size, leading)
		blocks = append(blocks, b)
		least = min(least, math.Hypot(b.w/2, b.h/2))
	}
	var best block
	for _, b := range blocks { // most lines first
		if math.Hypot(b.w/2, b.h/2) <= least*1.04 {
			best = b
		}
	}
	return best
}
