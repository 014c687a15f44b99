// Package fonts holds the Unicode TrueType font family that guidepress
// embeds in its PDFs (the Go fonts, which cover Welsh ŵ ŷ Ŵ Ŷ ẁ ẃ ẅ ỳ,
// curly quotes, dashes and bullets), loads a user's own TTF files, and
// answers which characters a family can show.
package fonts

import (
	"fmt"
	"os"
	"sync"
	"sync/atomic"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gobolditalic"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// Face is one of the four faces of a family.
type Face int

const (
	// Regular is the upright, normal-weight face.
	Regular Face = iota
	// Bold is the upright, bold face.
	Bold
	// Italic is the slanted, normal-weight face.
	Italic
	// BoldItalic is the slanted, bold face.
	BoldItalic
)

// Faces lists every face in order, for loops.
var Faces = [...]Face{Regular, Bold, Italic, BoldItalic}

// String names the face as fpdf's style letters do: "", "B", "I", "BI".
func (f Face) String() string {
	return [...]string{"", "B", "I", "BI"}[f]
}

// Family is a font family of four faces: the TrueType bytes to embed and the
// parsed fonts used to check glyph coverage. A Family is read-only once made
// and safe to share between goroutines.
type Family struct {
	// Name is the family name used when registering it with a PDF writer.
	Name  string
	bytes [4][]byte
	fonts [4]*sfnt.Font
	files [4]string
	// coverage is a bit per Basic Multilingual Plane rune, set when every
	// face has a glyph for it; built once, on first use.
	coverage     [0x10000 / 64]uint64
	coverageOnce sync.Once
	// widths remembers each face's advance widths in the Basic
	// Multilingual Plane, in thousandths of an em plus one (0: not yet
	// read); each table is made on first use.
	widths     [4][]atomic.Uint32
	widthsOnce [4]sync.Once
}

// Bytes returns the TrueType data of face, to embed in a PDF. The caller
// must not change it.
func (f *Family) Bytes(face Face) []byte { return f.bytes[face] }

// File returns the file face was loaded from, or "" for an embedded face.
func (f *Family) File(face Face) string { return f.files[face] }

var (
	defaultOnce   sync.Once
	defaultFamily *Family
	defaultErr    error
)

// Default returns the embedded Go font family. It is parsed once per
// process and shared; it panics only if the embedded fonts are corrupt,
// which is a build error, not a user error.
func Default() *Family {
	defaultOnce.Do(func() {
		defaultFamily, defaultErr = fromBytes("Go", [4][]byte{
			goregular.TTF, gobold.TTF, goitalic.TTF, gobolditalic.TTF,
		}, [4]string{"goregular", "gobold", "goitalic", "gobolditalic"})
	})
	if defaultErr != nil {
		panic("fonts: embedded Go fonts: " + defaultErr.Error())
	}
	return defaultFamily
}

// Load reads a family from a user's TrueType files. regular is required;
// a missing (empty) bold, italic or bold-italic path falls back to the
// regular face. An error names the file that could not be read or parsed.
func Load(regular, bold, italic, boldItalic string) (*Family, error) {
	if regular == "" {
		return nil, fmt.Errorf("load fonts: a regular face is required")
	}
	paths := [4]string{regular, bold, italic, boldItalic}
	var data [4][]byte
	for i, p := range paths {
		if p == "" {
			paths[i] = regular
			p = regular
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("load fonts: %w", err)
		}
		data[i] = b
	}
	return fromBytes("User", data, paths)
}

func fromBytes(name string, data [4][]byte, files [4]string) (*Family, error) {
	f := &Family{Name: name, bytes: data}
	for i, b := range data {
		ft, err := sfnt.Parse(b)
		if err != nil {
			return nil, fmt.Errorf("load fonts: %s: not a TrueType font: %w", files[i], err)
		}
		if _, err := ft.GlyphIndex(nil, 'a'); err != nil {
			return nil, fmt.Errorf("load fonts: %s: no usable character map: %w", files[i], err)
		}
		f.fonts[i] = ft
		if name != "Go" {
			f.files[i] = files[i]
		}
	}
	return f, nil
}

// Metrics returns the regular face's ascent and descent as fractions of
// the em (both positive), for placing a baseline inside a line box.
func (f *Family) Metrics() (ascent, descent float64) {
	ft := f.fonts[Regular]
	var buf sfnt.Buffer
	upem := fixed.Int26_6(ft.UnitsPerEm())
	m, err := ft.Metrics(&buf, upem, font.HintingNone)
	if err != nil || m.Ascent <= 0 {
		return 0.9, 0.22
	}
	return float64(m.Ascent) / float64(upem), float64(m.Descent) / float64(upem)
}
