package impose

import (
	"fmt"
	"math"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// paper is a standard paper size, landscape, in points.
type paper struct {
	name string
	w, h float64
}

// papers are the sheet sizes Booklet snaps to. A print dialog that picks
// the tray from the page size must find a size it knows: the renderer's A5
// (148 x 210 mm) side by side is 296 x 210 mm, not A4's 297 x 210 mm.
var papers = []paper{
	{"A4", 841.89, 595.28},
	{"A3", 1190.55, 841.89},
	{"A5", 595.28, 419.53},
	{"US Letter", 792, 612},
	{"US Tabloid", 1224, 792},
}

// paperTolerance is how much smaller (in points, about 2 mm) two pages side
// by side may be than a standard paper size and still snap to it; they may
// be up to paperRounding larger, for rounding. pdfcpu centres each page in
// its half of the sheet (scaling it down by that rounding at most), so the
// fold stays in the middle.
const (
	paperTolerance = 6.0
	paperRounding  = 0.5
)

// sheetFor returns the landscape sheet for two pages of size page side by
// side, and its name: a standard paper size if one is within tolerance,
// else exactly two pages wide, named by its size in millimetres.
func sheetFor(page types.Dim) (types.Dim, string) {
	w, h := 2*page.Width, page.Height
	for _, p := range papers {
		dw, dh := p.w-w, p.h-h
		if dw >= -paperRounding && dh >= -paperRounding && dw <= paperTolerance && dh <= paperTolerance {
			return types.Dim{Width: p.w, Height: p.h}, p.name
		}
	}
	mm := func(pt float64) float64 { return math.Round(pt/72*25.4*10) / 10 }
	return types.Dim{Width: w, Height: h}, fmt.Sprintf("%g x %g mm", mm(w), mm(h))
}
