package fonts

import (
	"math"
	"sync"
	"sync/atomic"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// bufPool holds sfnt buffers, which are not safe to share between calls
// running at the same time.
var bufPool = sync.Pool{New: func() any { return new(sfnt.Buffer) }}

// Width returns the advance width of s set in face at sizePt points, in
// millimetres. It adds the fonts' horizontal advances (the hmtx table)
// rounded to thousandths of an em per character and scales the sum as
// the PDF writer does (a size in points divided by 72/25.4), so a line
// measured here measures the same in the PDF, to the bit. A character the
// face lacks counts as the face's missing glyph, as in the PDF writer. No
// kerning is applied, since the PDF writer applies none. It is safe for
// concurrent use.
func (f *Family) Width(face Face, s string, sizePt float64) float64 {
	units := 0
	for _, r := range s {
		units += f.Thousandths(face, r)
	}
	return float64(units) * (sizePt / pdfScale) / 1000
}

// pdfScale is the PDF writer's points a millimetre.
const pdfScale = 72.0 / 25.4

// Thousandths returns r's advance width in face, in thousandths of an
// em, rounded as the PDF writer rounds it. Widths of the Basic
// Multilingual Plane are looked up once per family and face, then
// remembered.
func (f *Family) Thousandths(face Face, r rune) int {
	if r < 0 || r > 0xFFFF {
		return f.measure(face, r)
	}
	f.widthsOnce[face].Do(func() { f.widths[face] = make([]atomic.Uint32, 0x10000) })
	slot := &f.widths[face][r]
	if w := slot.Load(); w != 0 {
		return int(w - 1)
	}
	w := f.measure(face, r)
	slot.Store(uint32(w + 1))
	return w
}

// measure reads r's advance in face from the font.
func (f *Family) measure(face Face, r rune) int {
	ft := f.fonts[face]
	buf := bufPool.Get().(*sfnt.Buffer)
	defer bufPool.Put(buf)
	return thousandths(ft, buf, fixed.Int26_6(ft.UnitsPerEm()), 1000/float64(ft.UnitsPerEm()), r)
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
