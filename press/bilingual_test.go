package press_test

import (
	"bytes"
	"errors"
	"guidepress/internal/pdfcheck"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"guidepress/output"
	"guidepress/press"
)

// TestBilingualBuild builds the bilingual editions of a small guide:
// file names, manifest language ("cy,en") and layout, the columns
// layout's default A4 styles, and an unchanged rebuild that skips them.
func TestBilingualBuild(t *testing.T) {
	dir, out := minimalGuide(t), t.TempDir()
	opts := press.BuildOptions{ContentDir: dir, OutDir: out, Langs: []string{"cy", "en"}, Bilingual: "columns"}
	res, err := press.Build(opts)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range res.Written {
		if e.Language != "cy,en" || e.Layout != "columns" || e.Pages%4 != 0 {
			t.Errorf("%s: language %q, layout %q, %d pages", e.Path, e.Language, e.Layout, e.Pages)
		}
		got = append(got, e.Path)
	}
	want := "mini-booklet-cy-en-columns-a4.pdf mini-booklet-cy-en-columns-large-print.pdf " +
		"mini-leaflet-police-cy-en-columns-a4.pdf mini-leaflet-recovery-cy-en-columns-a4.pdf " +
		"mini-leaflet-police-cy-en-columns-large-print.pdf mini-leaflet-recovery-cy-en-columns-large-print.pdf"
	if strings.Join(got, " ") != want {
		t.Errorf("wrote\n%s\nwant\n%s", strings.Join(got, " "), want)
	}
	m, err := output.ReadManifest(out)
	if err != nil || len(m.Files) != 6 {
		t.Fatalf("manifest: %d files, %v", len(m.Files), err)
	}
	again, err := press.Build(opts)
	if err != nil || len(again.Written) != 0 || len(again.Skipped) != 6 {
		t.Errorf("unchanged rebuild wrote %d, skipped %d (%v); want 0 and 6", len(again.Written), len(again.Skipped), err)
	}
}

// TestBilingualOneProduct writes a tête-bêche booklet and a columns
// leaflet in English-first order with the guide's languages.
func TestBilingualOneProduct(t *testing.T) {
	dir, out := minimalGuide(t), t.TempDir()
	file := filepath.Join(out, "b.pdf")
	pages, _, err := press.WriteBooklet(press.BookletOptions{ContentDir: dir, Lang: "cy,en", Bilingual: "tete-beche", Output: file})
	if err != nil || pages%4 != 0 {
		t.Fatalf("tête-bêche booklet: %d pages, %v", pages, err)
	}
	if _, err := os.Stat(file); err != nil {
		t.Fatal(err)
	}
	e, _, err := press.WriteLeaflet(press.LeafletOptions{ContentDir: dir, Stage: "police", Lang: "en,cy", Bilingual: "columns",
		Output: filepath.Join(out, "l.pdf")})
	if err != nil || e.Language != "en,cy" || e.Style != "a4" || e.Layout != "columns" {
		t.Fatalf("columns leaflet: %+v, %v", e, err)
	}
	if press.HowToPrint("tete-beche") == "" || press.HowToPrint("columns") != "" {
		t.Error("HowToPrint should explain tête-bêche files only")
	}
}

// TestBilingualUsageErrors checks that each mistake in choosing a
// bilingual edition is a usage error saying what to do.
func TestBilingualUsageErrors(t *testing.T) {
	dir, out := minimalGuide(t), t.TempDir()
	file := filepath.Join(out, "x.pdf")
	for _, c := range []struct {
		name string
		run  func() error
		want string
	}{
		{"two languages, no layout", func() error {
			_, _, err := press.WriteBooklet(press.BookletOptions{ContentDir: dir, Lang: "cy,en", Output: file})
			return err
		}, "add --bilingual columns or --bilingual tete-beche"},
		{"one language with a layout", func() error {
			_, _, err := press.WriteLeaflet(press.LeafletOptions{ContentDir: dir, Stage: "police", Lang: "cy", Bilingual: "columns", Output: file})
			return err
		}, "--bilingual columns needs two different languages"},
		{"unknown layout", func() error {
			_, _, err := press.WriteBooklet(press.BookletOptions{ContentDir: dir, Lang: "cy,en", Bilingual: "zigzag", Output: file})
			return err
		}, `unknown bilingual layout "zigzag"`},
		{"columns on A5", func() error {
			_, err := press.Build(press.BuildOptions{ContentDir: dir, OutDir: out, Bilingual: "columns", Styles: []string{"standard"}})
			return err
		}, "too narrow for two columns"},
		{"tête-bêche a4 sheet", func() error {
			_, _, err := press.WriteLeaflet(press.LeafletOptions{ContentDir: dir, Stage: "police", Lang: "cy,en", Bilingual: "tete-beche",
				Format: "a4", Output: file})
			return err
		}, "needs the a5-fold format"},
	} {
		err := c.run()
		if !errors.Is(err, press.ErrUsage) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v; want a usage error containing %q", c.name, err, c.want)
		}
	}
	if _, err := os.Stat(file); !os.IsNotExist(err) {
		t.Errorf("a refused command wrote %s", file)
	}
}

// TestBilingualPack writes a columns pack (in the a4 style unless one is
// named) and refuses, as usage errors written to no file, the mistakes in
// choosing a bilingual pack.
func TestBilingualPack(t *testing.T) {
	dir, out := minimalGuide(t), t.TempDir()
	file := filepath.Join(out, "p.pdf")
	pages, _, err := press.WritePack(press.PackOptions{ContentDir: dir, Stages: []string{"police"}, Lang: "cy,en",
		Bilingual: "columns", Name: "Zebedee Quillfeather", Output: file})
	if data, _ := os.ReadFile(file); err != nil || pages < 4 || !bytes.Contains(pdfcheck.Expanded(t, data), []byte("/MediaBox [0 0 595.28 841.89]")) {
		t.Fatalf("columns pack: %d pages, %v; want an A4 file", pages, err)
	}
	bad := filepath.Join(out, "x.pdf")
	for _, c := range []struct {
		opts press.PackOptions
		want string
	}{
		{press.PackOptions{Lang: "cy,en"}, "add --bilingual columns or --bilingual tete-beche"},
		{press.PackOptions{Lang: "cy", Bilingual: "tete-beche"}, "--bilingual tete-beche needs two different languages"},
		{press.PackOptions{Bilingual: "columns", Style: "standard"}, "too narrow for two columns"},
		{press.PackOptions{Bilingual: "tete-beche", Name: "Zebedee \u2603"}, "the name cannot be printed: character 9 (U+2603)"},
	} {
		c.opts.ContentDir, c.opts.Stages, c.opts.Output = dir, []string{"police"}, bad
		_, _, err := press.WritePack(c.opts)
		if !errors.Is(err, press.ErrUsage) || !strings.Contains(err.Error(), c.want) || strings.Contains(err.Error(), "Zebedee") {
			t.Errorf("%+v: %v; want a usage error containing %q", c.opts, err, c.want)
		}
	}
	if _, err := os.Stat(bad); !os.IsNotExist(err) {
		t.Errorf("a refused pack wrote %s", bad)
	}
}
