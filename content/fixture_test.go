package content_test

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"testing"
)

// writeFixture writes a binary file of a bad-input case at path:
//
//	png        a small valid PNG
//	text       text in a file that is named as an image
//	truncated  a PNG cut off after its first 60 bytes
//	huge       a valid PNG 20,000 pixels wide
//	big        a file of 21 MB (sparse) that starts as a PNG
func writeFixture(t *testing.T, path, kind string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	var data []byte
	switch kind {
	case "png":
		data = pngOf(t, 40, 20)
	case "text":
		data = []byte("This is not a picture.\n")
	case "truncated":
		data = pngOf(t, 40, 20)[:60]
	case "huge":
		data = pngOf(t, 20000, 1)
	case "big":
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if _, err := f.Write(pngOf(t, 40, 20)); err != nil {
			t.Fatal(err)
		}
		if err := f.Truncate(21 << 20); err != nil {
			t.Fatal(err)
		}
		return
	default:
		t.Fatalf("unknown fixture kind %q", kind)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// pngOf encodes a w × h image in two colours as PNG.
func pngOf(t *testing.T, w, h int) []byte {
	t.Helper()
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			img.Set(x, y, color.NRGBA{R: uint8(x * 6), G: 0x40, B: 0x80, A: 0xFF})
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
