package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"guidepress/internal/pdfcheck"
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
		// A diagram's PDF is dated with the guide's edition, as the
		// booklets are, not with the start of Unix time.
		if c.magic == "%PDF-" && !bytes.Contains(pdfcheck.Expanded(t, data), []byte("/CreationDate (D:20261123")) {
			t.Errorf("%s: not dated with the default guide's edition (2026-11-23)", c.file)
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

var titleLine = regexp.MustCompile(`(?m)^Title:\s+(.*)$`)

// TestDiagramsCarryTheirOwnTitle: each diagram's PDF is titled and headed
// with that diagram's own title, and its SVG's <title> is the same: the
// wheel is "The eight areas of life" (Welsh "Wyth maes bywyd"), not the
// recovery diagram's title nor the label at its centre.
func TestDiagramsCarryTheirOwnTitle(t *testing.T) {
	pdfcheck.NeedTool(t, "pdfinfo")
	dir := t.TempDir()
	for _, c := range []struct{ name, lang, title, not string }{
		{"wheel", "en", "The eight areas of life", "Whole Person"},
		{"wheel", "cy", "Wyth maes bywyd", "Person Cyfan"},
		{"recovery", "en", "The road to recovery", "The eight areas of life"},
		{"recovery", "cy", "Y ffordd at adferiad", "Wyth maes bywyd"},
	} {
		base := filepath.Join(dir, c.name+"-"+c.lang)
		for _, ext := range []string{".pdf", ".svg"} {
			if code, _, stderr := runCmd(t, "diagram", c.name, "--lang", c.lang, "-o", base+ext); code != 0 {
				t.Fatalf("diagram %s %s %s: exit %d: %s", c.name, c.lang, ext, code, stderr)
			}
		}
		info, err := exec.Command("pdfinfo", base+".pdf").Output()
		if err != nil {
			t.Fatal(err)
		}
		if m := titleLine.FindStringSubmatch(string(info)); m == nil || m[1] != c.title {
			t.Errorf("%s %s PDF: want title %q in\n%s", c.name, c.lang, c.title, info)
		}
		text, err := exec.Command("pdftotext", "-l", "1", base+".pdf", "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		if first := strings.SplitN(strings.TrimSpace(string(text)), "\n", 2)[0]; first != c.title {
			t.Errorf("%s %s PDF is headed %q, want %q", c.name, c.lang, first, c.title)
		}
		svg, err := os.ReadFile(base + ".svg")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(svg), `<title id="title">`+c.title+`</title>`) || strings.Contains(string(svg), "<title id=\"title\">"+c.not) {
			t.Errorf("%s %s SVG: want <title> %q, not %q", c.name, c.lang, c.title, c.not)
		}
	}
}
