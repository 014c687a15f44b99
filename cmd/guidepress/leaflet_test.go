package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"guidepress/internal/pdfcheck"
	"guidepress/output"
)

func TestLeafletCommand(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "x.pdf")
	code, out, errs := runCmd(t, "leaflet", "police", "--lang", "cy", "-o", file)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if want := "wrote " + file + " (police leaflet, cy, standard, 12 pages)\n"; out != want {
		t.Errorf("stdout %q, want %q", out, want)
	}
	pdfcheck.NeedTool(t, "pdftotext")
	text, err := exec.Command("pdftotext", file, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	flat := strings.Join(strings.Fields(string(text)), " ")
	for _, want := range []string{"Heddlu", "Cysylltiadau allweddol", "Mewn argyfwng", "Samariaid", "Heddlu Tudalen 2 o 12", "Elusen Enghreifftiol Guidepress"} {
		if !strings.Contains(flat, want) {
			t.Errorf("the Welsh police leaflet lacks %q", want)
		}
	}
}

// TestLeafletCommandErrors checks the messages and exit codes of the
// mistakes a print coordinator might make.
func TestLeafletCommandErrors(t *testing.T) {
	file := filepath.Join(t.TempDir(), "x.pdf")
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"police", "--format", "a4", "--lang", "en", "--style", "large-print"}, 1, "building the English police leaflet in style large-print: lay out the leaflet: too long for the a4 format: "},
		{[]string{"police", "--format", "a4", "--style", "large-print"}, 1, " of the 12 contacts of the police stage do not fit on one sheet printed on both sides; use --area NAME for one area's contacts only (aneurin-bevan, "},
		{[]string{"police", "--area", "Gwent"}, 2, `unknown area "Gwent"; the guide's areas are: aneurin-bevan (Aneurin Bevan), betsi-cadwaladr (Betsi Cadwaladr), cardiff-and-vale (Caerdydd a’r Fro / Cardiff and Vale), cwm-taf-morgannwg (Cwm Taf Morgannwg), hywel-dda (Hywel Dda), powys (Powys), swansea-bay (Bae Abertawe / Swansea Bay)`},
		{[]string{"polic"}, 2, `unknown stage "polic"; the guide's stages are: prevention, police, court, prison, discharge, recovery`},
		{[]string{"police", "--format", "a4", "--style", "standard"}, 2, "the a4 format needs a style with A4 pages; style standard is 148 × 210 mm"},
		{[]string{"police", "--format", "a3"}, 2, `unknown leaflet format "a3" (formats: a5-fold, a4)`},
		{[]string{"police", "--lang", "fr"}, 2, `language "fr" is not one of the guide's languages`},
	} {
		args := append(append([]string{"leaflet"}, c.args...), "-o", file)
		code, _, errs := runCmd(t, args...)
		if code != c.code || !strings.Contains(errs, c.want) {
			t.Errorf("%v: exit %d, want %d and %q in:\n%s", c.args, code, c.code, c.want, errs)
		}
	}
	if _, err := os.Stat(file); !os.IsNotExist(err) {
		t.Errorf("a failed leaflet left %s behind", file)
	}
	for _, args := range [][]string{{"leaflet", "police"}, {"leaflet", "-o", file}, {"leaflet", "police", "court", "-o", file}} {
		if code, _, errs := runCmd(t, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2 (%s)", args, code, errs)
		}
	}
}

// TestBuildWritesLeaflets builds the standard style and checks that every
// stage's leaflet is written in every language and listed in the
// manifest; then an area build adds area-named leaflets beside them.
func TestBuildWritesLeaflets(t *testing.T) {
	dir := t.TempDir()
	if code, _, errs := runCmd(t, "build", "--out", dir, "--style", "standard"); code != 0 {
		t.Fatalf("build: exit %d: %s", code, errs)
	}
	m := readManifest(t, dir)
	stages := []string{"prevention", "police", "court", "prison", "discharge", "recovery"}
	for _, lang := range []string{"cy", "en"} {
		for _, s := range stages {
			path := "cjs-wales-leaflet-" + s + "-" + lang + "-standard.pdf"
			e, ok := m[path]
			if !ok || e.Kind != "leaflet" || e.Stage != s || e.Language != lang || e.Style != "standard" || e.Pages%4 != 0 || e.Pages == 0 {
				t.Errorf("manifest entry for %s: %+v", path, e)
			}
			if st, err := os.Stat(filepath.Join(dir, path)); err != nil || st.Size() != int64(e.Bytes) {
				t.Errorf("%s: %v", path, err)
			}
		}
		if e := m["cjs-wales-booklet-"+lang+"-standard.pdf"]; e.Kind != "booklet" {
			t.Errorf("the %s booklet is missing: %+v", lang, e)
		}
	}
	if len(m) != 2+2*len(stages) {
		t.Errorf("%d files in the manifest, want %d", len(m), 2+2*len(stages))
	}
	code, out, errs := runCmd(t, "build", "-v", "--out", dir, "--style", "standard", "--lang", "cy", "--area", "Caerdydd a’r Fro")
	if code != 0 || !strings.Contains(out, "cjs-wales-leaflet-police-cy-standard-cardiff-and-vale.pdf (police leaflet, cy, standard, ") {
		t.Fatalf("area build: exit %d\n%s\n%s", code, out, errs)
	}
	if m := readManifest(t, dir); len(m) != 3+3*len(stages) || m["cjs-wales-booklet-cy-standard-cardiff-and-vale.pdf"].Kind != "booklet" {
		t.Errorf("after the area build, %d files in the manifest, want %d with the area's booklet", len(m), 3+3*len(stages))
	}
	if code, _, errs := runCmd(t, "build", "--out", dir, "--area", "Gwent"); code != 2 || !strings.Contains(errs, "cardiff-and-vale (Caerdydd a’r Fro / Cardiff and Vale)") {
		t.Errorf("build --area Gwent: exit %d: %s", code, errs)
	}
}

func readManifest(t *testing.T, dir string) map[string]output.Entry {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m output.Manifest
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	out := map[string]output.Entry{}
	for _, e := range m.Files {
		out[e.Path] = e
	}
	return out
}
