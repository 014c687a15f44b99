//go:build ignore

// Command guide_logo draws guide/images/logo.png, the sample
// organisation's logo: a
// text-free mark made by the guidepress project (a path rising to a
// sun in a rounded square), so that the sample guide shows where a
// logo goes. It belongs to no real charity. Run it from the repository's
// root with: go run content/guide_logo.go
package main

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"log"
	"math"
	"os"
)

const (
	size = 240 // pixels a side
	ss   = 4   // samples a pixel a side, for smooth edges
)

var (
	ground = color.NRGBA{R: 0x1F, G: 0x4E, B: 0x6B, A: 0xFF} // deep blue
	sun    = color.NRGBA{R: 0xF2, G: 0xB1, B: 0x34, A: 0xFF} // warm yellow
	path   = color.NRGBA{R: 0xFF, G: 0xFF, B: 0xFF, A: 0xFF}
)

// shade says what colour the point (x, y) in 0..1 is, and whether it is
// inside the mark at all.
func shade(x, y float64) (color.NRGBA, bool) {
	if !inRoundedSquare(x, y, 0.2) {
		return color.NRGBA{}, false
	}
	if math.Hypot(x-0.68, y-0.32) < 0.15 {
		return sun, true
	}
	// The path: a band around a curve rising from the bottom left,
	// narrowing as it goes.
	if y > 0.42 {
		cx := 0.3 + 0.22*math.Sin((1-y)*5.2)
		half := 0.03 + 0.09*(y-0.42)/0.58
		if math.Abs(x-cx) < half {
			return path, true
		}
	}
	return ground, true
}

// inRoundedSquare reports whether (x, y) lies in the unit square with
// corners rounded to radius r.
func inRoundedSquare(x, y, r float64) bool {
	if x < 0 || x > 1 || y < 0 || y > 1 {
		return false
	}
	cx := math.Min(math.Max(x, r), 1-r)
	cy := math.Min(math.Max(y, r), 1-r)
	return math.Hypot(x-cx, y-cy) <= r
}

func main() {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	for py := range size {
		for px := range size {
			var r, g, b, a float64
			for sy := range ss {
				for sx := range ss {
					x := (float64(px) + (float64(sx)+0.5)/ss) / size
					y := (float64(py) + (float64(sy)+0.5)/ss) / size
					if c, ok := shade(x, y); ok {
						r, g, b, a = r+float64(c.R), g+float64(c.G), b+float64(c.B), a+1
					}
				}
			}
			if a == 0 {
				continue
			}
			img.SetNRGBA(px, py, color.NRGBA{R: uint8(r / a), G: uint8(g / a), B: uint8(b / a), A: uint8(255 * a / ss / ss)})
		}
	}
	var buf bytes.Buffer
	if err := (&png.Encoder{CompressionLevel: png.BestCompression}).Encode(&buf, img); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("content/guide/images/logo.png", buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
}
