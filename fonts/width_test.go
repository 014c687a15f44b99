package fonts

import (
	"sync"
	"testing"

	"codeberg.org/go-pdf/fpdf"
)

// pdfWidths registers f's faces with fpdf and returns a function that
// measures with fpdf's own width tables.
func pdfWidths(t *testing.T, f *Family) func(face Face, s string, size float64) float64 {
	t.Helper()
	pdf := fpdf.New("P", "mm", "A4", "")
	for _, face := range Faces {
		pdf.AddUTF8FontFromBytes("guide", face.String(), f.Bytes(face))
	}
	if err := pdf.Error(); err != nil {
		t.Fatal(err)
	}
	return func(face Face, s string, size float64) float64 {
		pdf.SetFont("guide", face.String(), size)
		return pdf.GetStringWidth(s)
	}
}

func TestWidthMatchesPDF(t *testing.T) {
	f := Default()
	pdfWidth := pdfWidths(t, f)
	for _, s := range []string{
		"Triniaeth feddygol a mathau eraill o driniaeth gan gynnwys ymyriadau seicolegol",
		"Sut i ddefnyddio’r canllaw hwn: tŷ, ŵyr, Ŵ Ŷ ẁ ẃ ẅ ỳ",
		"Empowerment and self-management",
	} {
		for _, face := range Faces {
			for _, size := range []float64{10, 12, 16.5} {
				got, want := f.Width(face, s, size), pdfWidth(face, s, size)
				if got != want {
					t.Errorf("Width(%v, %q, %v) = %.3f mm, fpdf says %.3f mm", face, s, size, got, want)
				}
			}
		}
	}
}

func TestWidthEmptyAndMissing(t *testing.T) {
	f := Default()
	if w := f.Width(Regular, "", 12); w != 0 {
		t.Errorf("Width of empty string = %v, want 0", w)
	}
	if w := f.Width(Regular, "\u4e2d", 12); w <= 0 {
		t.Errorf("Width of a missing character = %v, want > 0", w)
	}
}

func TestWidthConcurrent(t *testing.T) {
	f := Default()
	want := f.Width(Bold, "Cymdeithasol, diwylliannol ac ysbrydol", 14)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 200 {
				if got := f.Width(Bold, "Cymdeithasol, diwylliannol ac ysbrydol", 14); got != want {
					t.Errorf("concurrent Width = %v, want %v", got, want)
					return
				}
			}
		})
	}
	wg.Wait()
}
