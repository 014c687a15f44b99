package impose

import (
	"bytes"
	"image/color"
	"image/png"
	"os/exec"
	"testing"
)

// foldDark reports whether page 1 of the booklet has dark pixels on the
// fold line near the top and near the bottom edge, rendered by pdftoppm.
func foldDark(t *testing.T, pdf []byte) (top, bottom bool) {
	t.Helper()
	needTool(t, "pdftoppm")
	file := writeTemp(t, "marks.pdf", pdf)
	out, err := exec.Command("pdftoppm", "-f", "1", "-l", "1", "-r", "72", "-gray", "-aaVector", "no", "-png", file).Output()
	if err != nil {
		t.Fatalf("pdftoppm: %v", err)
	}
	img, err := png.Decode(bytes.NewReader(out))
	if err != nil {
		t.Fatalf("decode render: %v", err)
	}
	b := img.Bounds()
	dark := func(y0, y1 int) bool {
		for y := y0; y < y1; y++ {
			for x := b.Dx()/2 - 2; x <= b.Dx()/2+2; x++ {
				if color.GrayModel.Convert(img.At(x, y)).(color.Gray).Y < 128 {
					return true
				}
			}
		}
		return false
	}
	return dark(0, 20), dark(b.Dy()-20, b.Dy())
}

func TestCropMarks(t *testing.T) {
	in := a5(t, 8)
	for _, marks := range []bool{true, false} {
		out, _, err := Booklet(in, Options{CropMarks: marks})
		if err != nil {
			t.Fatal(err)
		}
		top, bottom := foldDark(t, out)
		if top != marks || bottom != marks {
			t.Errorf("CropMarks %v: fold marks at top %v, bottom %v", marks, top, bottom)
		}
	}
}
