package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"guidepress/internal/pdfcheck"
)

// TestOneFileOutputs: -o - writes the PDF to stdout and the "wrote" line
// to stderr; -o naming a folder, or a file in a missing folder, is a
// usage error that says what to do and creates nothing; an unwritable
// place is an error that names the file asked for.
func TestOneFileOutputs(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := run([]string{"booklet", "--content", minimal, "--lang", "en", "-o", "-"}, &stdout, &stderr)
	if code != 0 || !bytes.HasPrefix(stdout.Bytes(), []byte("%PDF-")) || !strings.Contains(stderr.String(), "wrote - (") {
		t.Errorf("booklet -o -: exit %d, stdout starts %q, stderr %q", code, stdout.String()[:min(8, stdout.Len())], stderr.String())
	}
	dir := t.TempDir()
	deep := filepath.Join(dir, "no", "such", "deep")
	for _, args := range [][]string{
		{"booklet", "-o", dir},
		{"leaflet", "police", "-o", "."},
		{"pack", "--stages", "police", "-o", dir},
		{"diagram", "wheel", "-o", dir + "/"},
		{"booklet", "-o", filepath.Join(deep, "x.pdf")},
		{"leaflet", "police", "-o", filepath.Join(deep, "x.pdf")},
	} {
		code, _, errs := runCmd(t, append(args, "--content", minimal)...)
		want := "is a folder: -o names the file to write, such as -o "
		if strings.Contains(strings.Join(args, " "), "deep") {
			want = "does not exist: create it first (mkdir -p "
		}
		if args[0] == "diagram" {
			want = "cannot tell the format"
		}
		if code != 2 || !strings.Contains(errs, want) || strings.Contains(errs, ".tmp-") {
			t.Errorf("%v: exit %d, want 2 and %q:\n%s", args, code, want, errs)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "no")); err == nil {
		t.Error("a one-file command created the missing folders")
	}
	if fi, err := os.Stat("/sys"); err == nil && fi.IsDir() && os.WriteFile("/sys/guidepress-probe", nil, 0o644) != nil {
		code, _, errs := runCmd(t, "booklet", "--content", minimal, "-o", "/sys/guide.pdf")
		if code != 1 || !strings.Contains(errs, "writing /sys/guide.pdf: ") || strings.Contains(errs, ".tmp-") {
			t.Errorf("read-only target: exit %d: %s", code, errs)
		}
	}
}

// TestSameConventions: booklet needs no --lang (the guide's first
// language, Welsh for the sample), and every command that writes a PDF
// takes --greyscale.
func TestSameConventions(t *testing.T) {
	dir := t.TempDir()
	pdf := filepath.Join(dir, "b.pdf")
	if code, out, errs := runCmd(t, "booklet", "--greyscale", "-o", pdf); code != 0 || !strings.Contains(out, "wrote "+pdf) {
		t.Fatalf("booklet without --lang: exit %d\n%s%s", code, out, errs)
	}
	pdfcheck.NeedTool(t, "pdftotext")
	text, err := exec.Command("pdftotext", "-f", "1", "-l", "3", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(text), "Tudalen 3 o ") || strings.Contains(string(text), "Page 3 of ") {
		t.Errorf("booklet without --lang is not the Welsh edition (no \"Tudalen 3 o\" in its footer):\n%s", text)
	}
	for _, args := range [][]string{
		{"leaflet", "police", "--greyscale", "-o", filepath.Join(dir, "l.pdf")},
		{"pack", "--stages", "police", "--greyscale", "-o", filepath.Join(dir, "p.pdf")},
		{"diagram", "wheel", "--greyscale", "-o", filepath.Join(dir, "w.pdf")},
		{"build", "--greyscale", "--content", minimal, "-o", filepath.Join(dir, "out"), "--no-leaflets", "--lang", "en", "--style", "standard"},
	} {
		if code, out, errs := runCmd(t, args...); code != 0 {
			t.Errorf("%v: exit %d\n%s%s", args, code, out, errs)
		}
	}
}
