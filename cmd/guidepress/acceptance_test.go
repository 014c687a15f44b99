package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"guidepress/content"
	"guidepress/internal/pdfcheck"
	"guidepress/internal/testguide"
	"guidepress/output"
)

// The acceptance test builds every product of the three guides (the
// default one, testdata/guides/second and testdata/guides/stress) the way
// a user does, through the command line, and reads every file back as a
// reader and a print coordinator would (see acceptance_checks_test.go).
// It lives here, beside the commands, so that it runs exactly what
// `guidepress build`, `leaflet`, `pack` and `diagram` run, flags and all.
//
// It takes about a minute on two cores; -short skips it.

// accGuide is one guide under test.
type accGuide struct {
	name string         // default, second, stress
	dir  string         // its content folder; "" for the default guide
	g    *content.Guide // the guide, loaded
}

// accFile is one file built for the test, with what the checks need to
// know about it.
type accFile struct {
	guide   *accGuide
	path    string   // absolute path
	name    string   // name in messages: the command's folder and file name
	style   string   // style preset
	langs   []string // its languages, in order
	imposed bool     // an imposed print file: sheets, not pages
	diagram string   // "recovery" or "wheel" for a diagram file
}

func TestAcceptance(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the acceptance test builds and checks every product of three guides (about a minute)")
	}
	for _, tool := range []string{"pdftotext", "pdfinfo", "qpdf"} {
		pdfcheck.NeedTool(t, tool)
	}
	guides := []*accGuide{{name: "default"}, {name: "second", dir: testguide.Second(t)}, {name: "stress", dir: testguide.Stress(t)}}
	for _, ag := range guides {
		start := time.Now()
		var files []accFile
		var built time.Duration
		t.Run(ag.name, func(t *testing.T) {
			if ag.dir == "" {
				ag.g = testguide.Default(t)
			} else {
				ag.g = testguide.LoadDir(t, ag.dir)
			}
			files = buildEverything(t, ag, t.TempDir())
			built = time.Since(start)
			for _, f := range files {
				t.Run(f.name, func(t *testing.T) {
					t.Parallel()
					checkFile(t, f)
				})
			}
		})
		t.Logf("%s guide: built %d PDF files in %.1fs, checked them in %.1fs", ag.name, len(files), built.Seconds(), (time.Since(start) - built).Seconds())
	}
}

// buildEverything runs every command that writes a product of ag into
// folders under out, failing t for each command that fails, and returns
// the files written: the one-language, columns and tête-bêche builds
// (with --print), an area edition's booklets, a4 leaflets, packs in each
// language and style and in both bilingual layouts, and the diagrams as
// PDF and SVG.
func buildEverything(t *testing.T, ag *accGuide, out string) []accFile {
	var files []accFile
	builds := []struct{ dir, bilingual string }{{"single", ""}, {"columns", "columns"}, {"tete-beche", "tete-beche"}}
	for _, b := range builds {
		args := []string{"build", "--out", filepath.Join(out, b.dir)}
		if b.bilingual != "" {
			args = append(args, "--bilingual", b.bilingual)
		}
		if b.bilingual != "columns" {
			args = append(args, "--print")
		}
		if acceptanceRun(t, ag, args...) {
			files = append(files, manifestFiles(t, ag, filepath.Join(out, b.dir), b.dir)...)
		}
	}
	if len(ag.g.Areas) > 0 {
		area := ag.g.Areas[len(ag.g.Areas)-1].ID
		dir := filepath.Join(out, "area")
		if acceptanceRun(t, ag, "build", "--out", dir, "--area", area, "--no-leaflets") {
			files = append(files, manifestFiles(t, ag, dir, "area")...)
		}
	}
	for _, dir := range []string{"leaflet-a4", "pack", "diagram"} {
		if err := os.MkdirAll(filepath.Join(out, dir), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	var stages []string
	for _, s := range ag.g.Stages {
		stages = append(stages, s.ID)
	}
	one := func(dir, name, style string, langs []string, args ...string) {
		path := filepath.Join(out, dir, name)
		if acceptanceRun(t, ag, append(args, "-o", path)...) {
			files = append(files, accFile{guide: ag, path: path, name: dir + "/" + name, style: style, langs: langs})
		}
	}
	for _, lang := range ag.g.Languages {
		for _, s := range stages {
			files = append(files, sheetLeaflet(t, ag, filepath.Join(out, "leaflet-a4"), s, lang)...)
		}
		for _, st := range []string{"standard", "large-print"} {
			one("pack", fmt.Sprintf("pack-%s-%s.pdf", lang, st), st, []string{lang},
				"pack", "--stages", strings.Join(stages, ","), "--lang", lang, "--style", st, "--name", "Siân Ŵyn Jones")
			for _, d := range []string{"recovery", "wheel"} {
				n := len(files)
				one("diagram", fmt.Sprintf("%s-%s-%s.pdf", d, lang, st), st, []string{lang}, "diagram", d, "--lang", lang, "--style", st)
				if len(files) > n {
					files[n].diagram = d
				}
			}
		}
		for _, d := range []string{"recovery", "wheel"} {
			path := filepath.Join(out, "diagram", fmt.Sprintf("%s-%s.svg", d, lang))
			if acceptanceRun(t, ag, "diagram", d, "--lang", lang, "-o", path) {
				checkSVGTitle(t, ag, path, d, lang)
			}
		}
	}
	for _, layout := range []string{"columns", "tete-beche"} {
		style := map[string]string{"columns": "a4", "tete-beche": "standard"}[layout]
		one("pack", "pack-"+layout+".pdf", style, ag.g.Languages,
			"pack", "--stages", strings.Join(stages, ","), "--bilingual", layout, "--name", "Siân Ŵyn Jones")
	}
	return files
}

// sheetLeaflet writes stage's a4 leaflet (one sheet, both sides) in
// lang. When the stage's contacts do not all fit on the sheet, the
// command must refuse, naming the stage and how many do not fit; when it
// suggests --area, the leaflet is written again for the area with most
// contacts for the stage, and a refusal of that too is accepted only with
// the same explanation (the stress guide has 100 contacts in one area).
func sheetLeaflet(t *testing.T, ag *accGuide, dir, stage, lang string) []accFile {
	t.Helper()
	args := []string{"leaflet", stage, "--format", "a4", "--lang", lang}
	if ag.dir != "" {
		args = append(args, "--content", ag.dir)
	}
	write := func(name string, args []string) (bool, string) {
		code, _, errs := runCmd(t, append(args, "-o", filepath.Join(dir, name))...)
		if code != 0 && !tooMany(errs, stage) {
			t.Errorf("%s guide: guidepress %s: exit %d:\n%s", ag.name, strings.Join(args, " "), code, errs)
		}
		return code == 0, errs
	}
	name := fmt.Sprintf("leaflet-%s-%s-a4.pdf", stage, lang)
	ok, errs := write(name, args)
	area := busiestArea(ag, stage)
	if !ok && tooMany(errs, stage) && strings.Contains(errs, "--area") && area != "" {
		name = fmt.Sprintf("leaflet-%s-%s-a4-%s.pdf", stage, lang, area)
		ok, errs = write(name, append(args, "--area", area))
	}
	if !ok {
		if tooMany(errs, stage) {
			t.Logf("%s guide: the a4 leaflet of %s (%s) is refused because its contacts do not fit, as it should be: %s", ag.name, stage, lang, errs)
		}
		return nil
	}
	return []accFile{{guide: ag, path: filepath.Join(dir, name), name: "leaflet-a4/" + name, style: "a4", langs: []string{lang}}}
}

// tooMany reports whether errs is a refusal of an a4 leaflet because the
// stage's contacts do not fit, naming the stage and how many.
func tooMany(errs, stage string) bool {
	return strings.Contains(errs, "contacts") && strings.Contains(errs, "fit") && strings.Contains(errs, stage) && strings.ContainsAny(errs, "0123456789")
}

// busiestArea is the area with the most contacts for stage (not counting
// those for every area), or "" when the guide has no areas.
func busiestArea(ag *accGuide, stage string) string {
	best, most := "", -1
	for _, a := range ag.g.Areas {
		n := 0
		for _, c := range ag.g.Contacts {
			if (c.AllStages || slices.Contains(c.Stages, stage)) && !c.AllAreas && slices.Contains(c.Areas, a.ID) {
				n++
			}
		}
		if n > most {
			best, most = a.ID, n
		}
	}
	return best
}

// acceptanceRun runs guidepress with args (and ag's --content) and fails
// t when it does not succeed.
func acceptanceRun(t *testing.T, ag *accGuide, args ...string) bool {
	t.Helper()
	if ag.dir != "" {
		args = append(args, "--content", ag.dir)
	}
	code, _, errs := runCmd(t, args...)
	if code != 0 {
		t.Errorf("%s guide: guidepress %s: exit %d:\n%s", ag.name, strings.Join(args, " "), code, errs)
		return false
	}
	return true
}

// manifestFiles lists the files a build wrote into dir, from its
// manifest.
func manifestFiles(t *testing.T, ag *accGuide, dir, label string) []accFile {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		t.Fatalf("reading the manifest of the %s build: %v", label, err)
	}
	var m output.Manifest
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatalf("reading the manifest of the %s build: %v", label, err)
	}
	var files []accFile
	for _, e := range m.Files {
		files = append(files, accFile{guide: ag, path: filepath.Join(dir, e.Path), name: label + "/" + e.Path,
			style: strings.TrimSuffix(e.Style, "+grey"), langs: strings.Split(e.Language, ","), imposed: e.Kind == "imposed"})
	}
	return files
}
