package pdf

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	_ "image/jpeg" // registers JPEG for image.Decode
	"image/png"

	"codeberg.org/go-pdf/fpdf"

	"guidepress/content"
	"guidepress/layout"
)

// picture draws an image item scaled to its box. Each file is stored in
// the PDF once, however often it is drawn: fpdf keeps an image by the
// name it is registered under, here a hash of the bytes stored.
func (d *drawer) picture(it layout.Item) {
	data, typ, err := storable(it.Image, d.st.Grey)
	if err != nil {
		d.pdf.SetError(fmt.Errorf("draw %s: %w", it.Image.Path, err))
		return
	}
	sum := sha256.Sum256(data)
	name := hex.EncodeToString(sum[:16])
	opts := fpdf.ImageOptions{ImageType: typ}
	if d.pdf.GetImageInfo(name) == nil {
		d.pdf.RegisterImageOptionsReader(name, opts, bytes.NewReader(data))
	}
	d.pdf.ImageOptions(name, it.X, it.Y, it.W, it.H, false, opts, 0, "")
}

// storable returns img's bytes as fpdf can store them, and their type
// ("PNG" or "JPG"): the file's own bytes when fpdf reads them as they
// are, else the image decoded and encoded again as an 8-bit PNG (fpdf
// refuses interlaced and 16-bit PNGs and misprints CMYK JPEGs). With
// grey, the image is turned into the grey of the same brightness, over
// white where it is transparent.
func storable(img *content.Image, grey bool) ([]byte, string, error) {
	if !grey && direct(img) {
		if img.Format == "jpeg" {
			return img.Data, "JPG", nil
		}
		return img.Data, "PNG", nil
	}
	src, _, err := image.Decode(bytes.NewReader(img.Data))
	if err != nil {
		return nil, "", fmt.Errorf("decode the image: %w", err)
	}
	b := src.Bounds()
	var out image.Image
	if grey {
		g := image.NewGray(b)
		draw.Draw(g, b, image.NewUniform(color.White), image.Point{}, draw.Src)
		draw.Draw(g, b, src, b.Min, draw.Over)
		out = g
	} else {
		n := image.NewNRGBA(b)
		draw.Draw(n, b, src, b.Min, draw.Src)
		out = n
	}
	var buf bytes.Buffer
	if err := (&png.Encoder{CompressionLevel: png.BestCompression}).Encode(&buf, out); err != nil {
		return nil, "", fmt.Errorf("encode the image as PNG: %w", err)
	}
	return buf.Bytes(), "PNG", nil
}

// direct reports whether fpdf reads img's bytes as they are: a PNG of
// at most 8 bits a sample, not interlaced, or a JPEG in YCbCr or grey.
func direct(img *content.Image) bool {
	if img.Format == "png" {
		// The IHDR chunk follows the 8-byte signature: length, type,
		// width, height, then bit depth (byte 24) and interlace (28).
		d := img.Data
		return len(d) > 28 && d[24] <= 8 && d[28] == 0
	}
	cfg, err := jpegConfig(img.Data)
	return err == nil && (cfg.ColorModel == color.YCbCrModel || cfg.ColorModel == color.GrayModel)
}

// jpegConfig reads a JPEG's header.
func jpegConfig(data []byte) (image.Config, error) {
	cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
	return cfg, err
}
