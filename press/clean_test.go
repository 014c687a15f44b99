package press_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"guidepress/internal/pdfcheck"
	"guidepress/output"
	"guidepress/press"
)

// TestEveryFileIsClean builds every product of the default guide, of a
// guide of another shape (English first, a one-paragraph stage with a
// long title, stages in another order): booklets and leaflets in every default style, both
// bilingual layouts, the imposed print files, and packs in one language
// and both bilingual layouts. Every file must be one that every reader
// takes as it is: pdfinfo and pdftotext silent on stderr, qpdf --check
// passing, pdfcpu's strict validation passing and repairing nothing.
// The guides in testdata/guides get the same checks, and more, in
// cmd/guidepress's TestAcceptance.
func TestEveryFileIsClean(t *testing.T) {
	guides := map[string]string{"default": ""}
	if !testing.Short() { // -short: the default guide only
		guides["other-shape"] = otherShape(t)
	}
	for name, dir := range guides {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			out := t.TempDir()
			builds := map[string]press.BuildOptions{
				"single":     {Print: true},
				"columns":    {Bilingual: "columns"},
				"tete-beche": {Bilingual: "tete-beche", Print: true},
			}
			for sub, opts := range builds {
				opts.ContentDir, opts.OutDir = dir, filepath.Join(out, sub)
				if _, err := press.Build(opts); err != nil {
					t.Fatalf("build %s: %v", sub, err)
				}
				checkManifest(t, opts.OutDir)
			}
			for _, layout := range []string{"", "columns", "tete-beche"} {
				file := filepath.Join(out, "pack-"+layout+".pdf")
				opts := press.PackOptions{ContentDir: dir, Bilingual: layout, Stages: lastStages(t, dir), Name: "Jo Ŵynne", Output: file}
				if _, _, err := press.WritePack(opts); err != nil {
					t.Fatalf("pack %q: %v", layout, err)
				}
				pdfcheck.File(t, file, mustRead(t, file))
			}
		})
	}
}

// checkManifest checks every file a build listed in dir's manifest.
func checkManifest(t *testing.T, dir string) {
	t.Helper()
	m, err := output.ReadManifest(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Files) == 0 {
		t.Fatalf("%s: the build wrote no files", dir)
	}
	for _, e := range m.Files {
		path := filepath.Join(dir, e.Path)
		pdfcheck.File(t, path, mustRead(t, path))
	}
}

// otherShape writes a copy of the default guide changed in shape: English
// listed first, a stage of one paragraph with a long title first, and the
// stages in another order.
func otherShape(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "guide")
	if err := press.Init(dir); err != nil {
		t.Fatal(err)
	}
	edit(t, filepath.Join(dir, "guide.yaml"), map[string]string{
		"languages: [cy, en]": "languages: [en, cy]",
		"stages: [prevention, police, court, prison, discharge, recovery]": "stages: [short, recovery, prison, police, court, prevention, discharge]",
	})
	short := `id: short
title:
  en: What to do in the first hour after an arrest
  cy: Beth i’w wneud yn yr awr gyntaf ar ôl arestio
summary: {en: One paragraph only., cy: Un paragraff yn unig.}
sections:
  - id: only
    heading: {en: Only, cy: Unig}
    body:
      en: Just one short paragraph, with ŵ and ŷ, and a [link](https://example.org/a/very/long/path/to/a/page?with=query&and=more).
      cy: Dim ond un paragraff byr, gyda ŵ a ŷ, a [dolen](https://example.org/a/very/long/path/to/a/page?with=query&and=more).
diagrams: [wheel, recovery]
`
	if err := os.WriteFile(filepath.Join(dir, "stages", "short.yaml"), []byte(short), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// edit replaces each key of repl in file with its value, failing t when
// one is not there.
func edit(t *testing.T, file string, repl map[string]string) {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	for old, new := range repl {
		if !strings.Contains(s, old) {
			t.Fatalf("%s has no %q", file, old)
		}
		s = strings.Replace(s, old, new, 1)
	}
	if err := os.WriteFile(file, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

// lastStages returns the ids of the last two stages of the guide in dir
// ("" is the default guide), for a pack.
func lastStages(t *testing.T, dir string) []string {
	t.Helper()
	g, ps := press.LoadContent(dir, nil)
	if ps.HasErrors() {
		t.Fatal(ps.Errors())
	}
	var ids []string
	for _, s := range g.Stages {
		ids = append(ids, s.ID)
	}
	return ids[max(0, len(ids)-2):]
}
