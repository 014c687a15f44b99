package impose

import (
	"math"
	"testing"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

func TestSheetFor(t *testing.T) {
	for _, tt := range []struct {
		page     types.Dim
		name     string
		w, h     float64
		describe string
	}{
		{types.Dim{Width: 420.94, Height: 595.28}, "A4", 841.89, 595.28, "fpdf A5, 148.5 mm wide"},
		{types.Dim{Width: 419.53, Height: 595.28}, "A4", 841.89, 595.28, "A5 at 148 mm, as the renderer makes it"},
		{types.Dim{Width: 595.28, Height: 841.89}, "A3", 1190.55, 841.89, "A4 pages"},
		{types.Dim{Width: 396, Height: 612}, "US Letter", 792, 612, "US half letter"},
		{types.Dim{Width: 300, Height: 500}, "211.7 x 176.4 mm", 600, 500, "no standard size"},
		{types.Dim{Width: 421.5, Height: 595.28}, "297.4 x 210 mm", 843, 595.28, "too wide for A4"},
	} {
		sheet, name := sheetFor(tt.page)
		if name != tt.name || math.Abs(sheet.Width-tt.w) > 0.01 || math.Abs(sheet.Height-tt.h) > 0.01 {
			t.Errorf("%s: sheetFor(%v) = %v %q, want %vx%v %q", tt.describe, tt.page, sheet, name, tt.w, tt.h, tt.name)
		}
	}
}

// TestBooklet148mm imposes pages 148 mm wide (the renderer's A5), which
// two-up are 1 mm narrower than A4: the sheet must still be exactly A4,
// with every page in its half.
func TestBooklet148mm(t *testing.T) {
	out, info, err := Booklet(makePDF(t, sample{pages: 8, widthMM: 148}), Options{CropMarks: true})
	if err != nil {
		t.Fatal(err)
	}
	if info.Paper != "A4" {
		t.Errorf("Paper = %q, want A4", info.Paper)
	}
	file := writeTemp(t, "148.pdf", out)
	checkSheets(t, file, 8, 8, info.Flip)
	checkStructure(t, file, out, 8)
}
