package content_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"guidepress/content"
	"guidepress/internal/testguide"
)

// logoGuide loads a copy of testdata/minimal whose guide.yaml ends with
// line, with files copied into it (content path: source path).
func logoGuide(t *testing.T, line string, files map[string]string) (*content.Guide, content.Problems) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "guide")
	testguide.CopyTree(t, "testdata/minimal", dir)
	for dst, src := range files {
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		os.MkdirAll(filepath.Dir(filepath.Join(dir, dst)), 0o755)
		if err := os.WriteFile(filepath.Join(dir, dst), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	f, err := os.OpenFile(filepath.Join(dir, "guide.yaml"), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(line + "\n")
	f.Close()
	return content.LoadDir(dir, content.Options{})
}

const images = "../pdf/testdata/images/"

// TestLogoForms: a path gives every language the same logo; a map gives
// each language its own. Files fpdf cannot store as they are (a CMYK
// JPEG, an interlaced PNG, a 16-bit PNG) are accepted: the PDF writer
// converts them.
func TestLogoForms(t *testing.T) {
	g, ps := logoGuide(t, "logo: images/cmyk.jpeg", map[string]string{"images/cmyk.jpeg": images + "video-001.cmyk.jpeg"})
	if ps.HasErrors() {
		t.Fatal(ps)
	}
	cy, en := g.Logo.Get("cy"), g.Logo.Get("en")
	if cy == nil || cy != en || cy.Format != "jpeg" || cy.Width != 150 || cy.Height != 103 || cy.Pos.Line != 13 {
		t.Errorf("one logo for both languages: cy %+v, en %+v", cy, en)
	}
	g, ps = logoGuide(t, "logo: {cy: images/cy/logo.png, en: images/en/logo.png}", map[string]string{
		"images/cy/logo.png": images + "gray-gradient.interlaced.png",
		"images/en/logo.png": images + "basn2c16.png",
	})
	if ps.HasErrors() {
		t.Fatal(ps)
	}
	if got := g.Logo.Get("cy").Path + " " + g.Logo.Get("en").Path; got != "images/cy/logo.png images/en/logo.png" {
		t.Errorf("a logo each: %s", got)
	}
	if got := strings.Join(g.Logo.Files(), " "); got != "images/cy/logo.png images/en/logo.png" {
		t.Errorf("Files() = %s", got)
	}
	g, ps = logoGuide(t, "", nil)
	if ps.HasErrors() || g.Logo.Get("en") != nil || len(g.Logo.Files()) != 0 {
		t.Errorf("no logo: %v, %v", g.Logo, ps)
	}
}

// TestLogoPathForms: other spellings of a path outside the folder are
// refused too.
func TestLogoPathForms(t *testing.T) {
	for line, want := range map[string]string{
		`logo: 'C:\logos\logo.png'`: "is an absolute path",
		`logo: images\logo.png`:     "uses \\: separate folders with /",
		`logo: data:image/png;x`:    "is a URL",
		`logo: ..`:                  "leaves the content folder",
		`logo: ""`:                  "is empty",
		`logo: images`:              "is a folder, not a PNG or JPEG file",
	} {
		_, ps := logoGuide(t, line, map[string]string{"images/x.png": images + "basn2c16.png"})
		if !strings.Contains(ps.Error(), want) {
			t.Errorf("%s: %v, want %q", line, ps, want)
		}
	}
}
