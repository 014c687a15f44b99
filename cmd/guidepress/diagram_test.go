package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDiagramWritesSVGAndPDF(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct{ name, lang, style, file, magic, want string }{
		{"recovery", "cy", "standard", "recovery-cy.svg", "<?xml", "Grymuso a hunanreoli"},
		{"wheel", "en", "large-print", "wheel.SVG", "<?xml", "Finance and money"},
		{"wheel", "cy", "a4", "wheel-cy.pdf", "%PDF-", ""},
	} {
		out := filepath.Join(dir, c.file)
		code, stdout, stderr := runCmd(t, "diagram", c.name, "--lang", c.lang, "--style", c.style, "-o", out)
		if code != 0 || !strings.Contains(stdout, "wrote "+out) {
			t.Fatalf("%v: exit %d\n%s%s", c, code, stdout, stderr)
		}
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(data, []byte(c.magic)) || !bytes.Contains(data, []byte(c.want)) {
			t.Errorf("%s: starts %q, want %q and %q", c.file, data[:min(len(data), 20)], c.magic, c.want)
		}
	}
}

func TestDiagramUsageErrors(t *testing.T) {
	out := filepath.Join(t.TempDir(), "d.svg")
	for _, args := range [][]string{
		{"diagram", "recovery"},
		{"diagram", "recovery", "-o", "d.png"},
		{"diagram", "pie", "-o", out},
		{"diagram", "-o", out},
		{"diagram", "wheel", "--lang", "fr", "-o", out},
		{"diagram", "wheel", "--style", "no-such-style", "-o", out},
	} {
		if code, _, errs := runCmd(t, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2 (%s)", args, code, errs)
		}
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a failed command wrote its output")
	}
}

// TestDiagramLongTitlesFitThePage: a recovery diagram whose long titles
// make it taller than an A5 page at the style's sizes (about 205 mm) is
// set smaller to fit its page, in both languages, instead of being
// refused.
func TestDiagramLongTitlesFitThePage(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "guide")
	if code, _, errs := runCmd(t, "init", dir); code != 0 {
		t.Fatal(errs)
	}
	file := filepath.Join(dir, "recovery.yaml")
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	for old, long := range map[string]string{
		"cy: Grymuso a hunanreoli\n":            "cy: Grymuso, hunanreoli a rheolaeth dros eich dewisiadau eich hun\n",
		"en: Commitment to progress\n":          "en: Commitment to progress through your care and treatment plan\n",
		"cy: Ymrwymiad i gynnydd\n":             "cy: Ymrwymiad i gynnydd drwy eich cynllun gofal a thriniaeth\n",
		"en: Empowerment and self-management\n": "en: Empowerment, self-management and control of your own choices\n",
	} {
		if !strings.Contains(s, old) {
			t.Fatalf("recovery.yaml has no %q", old)
		}
		s = strings.Replace(s, old, long, 1)
	}
	if err := os.WriteFile(file, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"en", "cy"} {
		out := filepath.Join(t.TempDir(), "recovery-"+lang+".pdf")
		code, stdout, stderr := runCmd(t, "diagram", "recovery", "--content", dir, "--lang", lang, "-o", out)
		if code != 0 || !strings.Contains(stdout, "wrote "+out) {
			t.Errorf("%s: exit %d\n%s%s", lang, code, stdout, stderr)
		}
	}
}
