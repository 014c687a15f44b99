package fonts

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/goregular"
)

func TestDefaultCoversWelsh(t *testing.T) {
	f := Default()
	for _, r := range "ŵŷŴŶẁẃẅỳẀẂẄỲâêîôûŵŷ’‘“”–—•…" {
		if !f.Covers(r) {
			t.Errorf("Default() does not cover %q (U+%04X)", r, r)
		}
	}
	if Default() != f {
		t.Error("Default() returned a different family on the second call")
	}
}

func TestCoversRejectsAboveBMP(t *testing.T) {
	f := Default()
	for _, r := range []rune{0x1F600, 0x10000, -1, 0xD800} {
		if f.Covers(r) {
			t.Errorf("Covers(U+%04X) = true, want false", r)
		}
	}
}

func TestMissing(t *testing.T) {
	f := Default()
	if got := f.Missing("Sut i ddefnyddio’r canllaw hwn: ŵ ŷ\n\tok"); got != nil {
		t.Errorf("Missing(Welsh) = %q, want nil", got)
	}
	got := f.Missing("a😀b😀\u4e2dc")
	want := []rune{0x1F600, 0x4E2D}
	if !slices.Equal(got, want) {
		t.Errorf("Missing = %U, want %U", got, want)
	}
}

func TestMetrics(t *testing.T) {
	a, d := Default().Metrics()
	if a < 0.7 || a > 1.2 || d < 0.1 || d > 0.4 {
		t.Errorf("Metrics() = %v, %v; want an ascent near 0.9 and descent near 0.2", a, d)
	}
}

func TestLoadFallsBackToRegular(t *testing.T) {
	dir := t.TempDir()
	reg := filepath.Join(dir, "r.ttf")
	mono := filepath.Join(dir, "m.ttf")
	os.WriteFile(reg, goregular.TTF, 0o644)
	os.WriteFile(mono, gomono.TTF, 0o644)
	f, err := Load(reg, mono, "", "")
	if err != nil {
		t.Fatal(err)
	}
	if string(f.Bytes(Italic)) != string(goregular.TTF) || string(f.Bytes(BoldItalic)) != string(goregular.TTF) {
		t.Error("missing italic faces did not fall back to the regular face")
	}
	if string(f.Bytes(Bold)) != string(gomono.TTF) {
		t.Error("bold face is not the file given")
	}
	if f.File(Italic) != reg || f.File(Bold) != mono {
		t.Errorf("File() = %q, %q", f.File(Italic), f.File(Bold))
	}
	if !f.Covers('ŵ') {
		t.Error("loaded Go fonts do not cover ŵ")
	}
}

func TestLoadErrorsNameTheFile(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.ttf")
	os.WriteFile(bad, []byte("not a font"), 0o644)
	_, err := Load(bad, "", "", "")
	if err == nil || !strings.Contains(err.Error(), bad) {
		t.Errorf("Load(bad) error = %v, want it to name %s", err, bad)
	}
	missing := filepath.Join(dir, "none.ttf")
	reg := filepath.Join(dir, "r.ttf")
	os.WriteFile(reg, goregular.TTF, 0o644)
	_, err = Load(reg, missing, "", "")
	if err == nil || !strings.Contains(err.Error(), missing) {
		t.Errorf("Load(missing bold) error = %v, want it to name %s", err, missing)
	}
	if _, err := Load("", "", "", ""); err == nil {
		t.Error("Load with no regular face succeeded")
	}
}
