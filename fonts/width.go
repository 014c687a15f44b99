package fonts

import (
	"math"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// ptToMM converts points to millimetres.
const ptToMM = 25.4 / 72

// bufPool holds sfnt buffers, which are not safe to share between calls
// running at the same time.
var bufPool = sync.Pool{New: func() any { return new(sfnt.Buffer) }}

// Width returns the advance width of s set in face at sizePt points, in
// millimetres. It adds the fonts' horizontal advances (the hmtx table)
// rounded to thousandths of an em per character, as the PDF writer does,
// so a line measured here measures the same in the PDF. A character the
// face lacks counts as the face's missing glyph, as in the PDF writer. No
// kerning is applied, since the PDF writer applies none. It is safe for
// concurrent use.
func (f *Family) Width(face Face, s string, sizePt float64) float64 {
	ft := f.fonts[face]
	buf := bufPool.Get().(*sfnt.Buffer)
	defer bufPool.Put(buf)
	upem := fixed.Int26_6(ft.UnitsPerEm())
	scale := 1000 / float64(ft.UnitsPerEm())
	units := 0
	for _, r := range s {
		units += thousandths(ft, buf, upem, scale, r)
	}
	return float64(units) * sizePt / 1000 * ptToMM
}

// thousandths is r's advance in thousandths of an em, rounded as the PDF
// writer rounds it: a character without a glyph gets the missing glyph's
// advance, or 500 when that is zero.
func thousandths(ft *sfnt.Font, buf *sfnt.Buffer, upem fixed.Int26_6, scale float64, r rune) int {
	gi, err := ft.GlyphIndex(buf, r)
	if err != nil || r > 0xFFFF {
		gi = 0
	}
	// With ppem equal to the units per em, the advance comes back in font
	// units.
	adv, err := ft.GlyphAdvance(buf, gi, upem, font.HintingNone)
	if err != nil {
		adv = 0
	}
	w := int(math.Round(scale * float64(adv)))
	if gi == 0 && w == 0 {
		return 500
	}
	return w
}

// Thousandths returns r's advance width in face, in thousandths of an
// em, rounded as the PDF writer rounds it.
func (f *Family) Thousandths(face Face, r rune) int {
	ft := f.fonts[face]
	buf := bufPool.Get().(*sfnt.Buffer)
	defer bufPool.Put(buf)
	return thousandths(ft, buf, fixed.Int26_6(ft.UnitsPerEm()), 1000/float64(ft.UnitsPerEm()), r)
}
