package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// editFile replaces old with new in path, failing when old is absent.
func editFile(t *testing.T, path, old, new string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte(old)) {
		t.Fatalf("%s does not contain %q", path, old)
	}
	if err := os.WriteFile(path, bytes.Replace(data, []byte(old), []byte(new), 1), 0o644); err != nil {
		t.Fatal(err)
	}
}

func initGuide(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "g")
	if code, _, errs := runCmd(t, "init", dir); code != 0 {
		t.Fatal(errs)
	}
	return dir
}

// TestChangedEnglishWarns changes one English paragraph of a confirmed
// guide: validate still passes but warns at that paragraph's line, and the
// report lists it as stale until the Welsh is confirmed again.
func TestChangedEnglishWarns(t *testing.T) {
	dir := initGuide(t)
	if code, _, errs := runCmd(t, "validate", "--content", dir); code != 0 || strings.Contains(errs, "warning") {
		t.Fatalf("fresh copy: exit %d, stderr %s", code, errs)
	}
	police := filepath.Join(dir, "stages", "police.yaml")
	editFile(t, police, "The police are not health workers.", "The police are not doctors or nurses.")
	code, _, errs := runCmd(t, "validate", "--content", dir)
	want := police + ":47:9: warning: the English of stages/police.yaml#sections.police-involved.body changed after its Welsh was confirmed"
	if code != 0 || !strings.Contains(errs, want) {
		t.Fatalf("exit %d; want %q in:\n%s", code, want, errs)
	}
	_, out, _ := runCmd(t, "translations", "--content", dir)
	if !strings.Contains(out, "1 stale") || !strings.Contains(out, "stale (English changed): stages/police.yaml#sections.police-involved.body") {
		t.Errorf("report:\n%s", out)
	}
	runCmd(t, "translations", "confirm", "--content", dir, "stages/police.yaml#sections.police-involved.body")
	if _, _, errs := runCmd(t, "validate", "--content", dir); strings.Contains(errs, "warning") {
		t.Errorf("still warns after confirming: %s", errs)
	}
}

// TestTranslationRoundTrip exports Welsh to PO, edits one translation as a
// translator's tool would, imports it, and checks the YAML changed only
// there, comments kept, the guide still valid and the import confirmed.
func TestTranslationRoundTrip(t *testing.T) {
	dir := initGuide(t)
	po := filepath.Join(t.TempDir(), "cy.po")
	if code, _, errs := runCmd(t, "translations", "export", "--content", dir, "--lang", "cy", "-o", po); code != 0 {
		t.Fatal(errs)
	}
	editFile(t, po, `msgstr "Heddlu"`, `msgstr "Yr Heddlu"`)
	police := filepath.Join(dir, "stages", "police.yaml")
	before, _ := os.ReadFile(police)
	code, out, errs := runCmd(t, "translations", "import", "--content", dir, po)
	if code != 0 || !strings.Contains(out, "imported 1 translations") {
		t.Fatalf("import: exit %d\n%s\n%s", code, out, errs)
	}
	after, _ := os.ReadFile(police)
	if got := string(after); got != strings.Replace(string(before), "  cy: Heddlu\n", "  cy: Yr Heddlu\n", 1) {
		t.Errorf("police.yaml changed beyond the one translation:\n%s", got)
	}
	if code, _, errs := runCmd(t, "validate", "--content", dir); code != 0 || strings.Contains(errs, "warning") {
		t.Errorf("after import: exit %d %s", code, errs)
	}
}

// TestImportDoesNotOverwriteNewerYAML: a Welsh field changed in the YAML
// after the export is reported and kept, not overwritten by the PO file.
func TestImportDoesNotOverwriteNewerYAML(t *testing.T) {
	dir := initGuide(t)
	po := filepath.Join(t.TempDir(), "cy.po")
	runCmd(t, "translations", "export", "--content", dir, "--lang", "cy", "-o", po)
	editFile(t, po, `msgstr "Heddlu"`, `msgstr "Yr Heddlu"`)
	police := filepath.Join(dir, "stages", "police.yaml")
	editFile(t, police, "  cy: Heddlu\n", "  cy: Heddlu Cymru\n")
	code, out, errs := runCmd(t, "translations", "import", "--content", dir, po)
	if code != 0 || !strings.Contains(out, "imported 0 translations") ||
		!strings.Contains(errs, "warning: the Welsh of stages/police.yaml#title changed in stages/police.yaml since the export; not overwritten") {
		t.Fatalf("exit %d\n%s\n%s", code, out, errs)
	}
	if data, _ := os.ReadFile(police); !bytes.Contains(data, []byte("  cy: Heddlu Cymru\n")) {
		t.Error("the newer Welsh was overwritten")
	}
}

func TestTranslationsRefuseDefaultGuide(t *testing.T) {
	if code, _, errs := runCmd(t, "translations", "confirm"); code != 2 || !strings.Contains(errs, "guidepress init") {
		t.Errorf("exit %d: %s", code, errs)
	}
}
