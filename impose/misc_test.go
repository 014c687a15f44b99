package impose

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"codeberg.org/go-pdf/fpdf"
	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

// strictValidate runs pdfcpu's strict validation, for comparison.
func strictValidate(pdf []byte) error {
	conf := Configuration(model.VALIDATE)
	conf.ValidationMode = model.ValidationStrict
	return api.Validate(bytes.NewReader(pdf), conf)
}

func TestBookletReproducible(t *testing.T) {
	in := a5(t, 8)
	first, _, err := Booklet(in, Options{CropMarks: true})
	if err != nil {
		t.Fatal(err)
	}
	second, _, err := Booklet(in, Options{CropMarks: true})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first, second) {
		t.Error("two runs on the same input differ")
	}
	// The source's creation date (2025-04-01) replaces pdfcpu's clock.
	if !bytes.Contains(first, []byte("/CreationDate(D:20250401000000+00'00')")) {
		t.Error("output does not carry the source's creation date")
	}
}

func TestBookletErrors(t *testing.T) {
	for _, tt := range []struct {
		name string
		in   []byte
		opts Options
		want string
	}{
		{"empty", nil, Options{}, "read input"},
		{"not a PDF", []byte("hello"), Options{}, "read input"},
		{"one page", a5(t, 1), Options{}, "at least 2 pages"},
		{"landscape", makePDF(t, sample{pages: 4, orientation: "L"}), Options{}, "landscape"},
		{"unknown flip", a5(t, 4), Options{Flip: 7}, "unknown flip"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := Booklet(tt.in, tt.opts)
			if err == nil || !strings.HasPrefix(err.Error(), "impose booklet: ") || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want impose booklet: ...%s...", err, tt.want)
			}
		})
	}
}

func TestBookletMixedSizes(t *testing.T) {
	pdf := fpdf.New("P", "mm", "A5", "")
	pdf.SetFont("Helvetica", "B", 40)
	pdf.AddPage()
	pdf.AddPageFormat("P", fpdf.SizeType{Wd: 210, Ht: 297})
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		t.Fatal(err)
	}
	_, _, err := Booklet(buf.Bytes(), Options{})
	if err == nil || !strings.Contains(err.Error(), "same size") {
		t.Errorf("err = %v, want a page size error", err)
	}
}

func TestValidate(t *testing.T) {
	if err := Validate(a5(t, 2)); err != nil {
		t.Error(err)
	}
	for _, in := range [][]byte{nil, []byte("%PDF-1.4 broken")} {
		if err := Validate(in); err == nil || !strings.HasPrefix(err.Error(), "impose validate: ") {
			t.Errorf("Validate(%q) = %v, want impose validate: ...", in, err)
		}
	}
}

func TestGuardRecoversPanics(t *testing.T) {
	err := func() (err error) {
		defer guard("impose booklet", &err)
		panic(errors.New("index out of range"))
	}()
	if err == nil || !strings.Contains(err.Error(), "impose booklet: internal error in pdfcpu: index out of range") {
		t.Errorf("err = %v", err)
	}
}

func TestFlipString(t *testing.T) {
	if LongEdge.String() != "flip on the long edge" || ShortEdge.String() != "flip on the short edge" {
		t.Errorf("got %q and %q", LongEdge, ShortEdge)
	}
}
