package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// myGuide writes the sample guide into a new folder with its id changed
// to "my-guide", so that files built from it are told apart from the
// sample's, and returns the folder.
func myGuide(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "my-guide")
	if code, _, errs := runCmd(t, "init", dir); code != 0 {
		t.Fatalf("init: exit %d: %s", code, errs)
	}
	path := filepath.Join(dir, "guide.yaml")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "id: cjs-wales\n") {
		t.Fatal("guide.yaml has no id: cjs-wales line")
	}
	if err := os.WriteFile(path, []byte(strings.Replace(string(data), "id: cjs-wales\n", "id: my-guide\n", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestGuideFoundFromCurrentFolder: inside a guide's folder, or a folder
// below it, commands use that guide without --content and say nothing
// of the sample; build writes that guide's files.
func TestGuideFoundFromCurrentFolder(t *testing.T) {
	dir := myGuide(t)
	t.Chdir(filepath.Join(dir, "stages"))
	code, out, errs := runCmd(t, "validate")
	abs, _ := filepath.Abs(dir)
	if code != 0 || !strings.HasPrefix(out, abs+": valid") || strings.Contains(errs, "sample") {
		t.Fatalf("validate inside my-guide/stages: exit %d\nstdout: %s\nstderr: %s", code, out, errs)
	}
	t.Chdir(dir)
	code, out, errs = runCmd(t, "build", "--lang", "en", "--style", "standard", "--no-leaflets")
	if code != 0 || strings.Contains(errs, "sample") {
		t.Fatalf("build inside my-guide: exit %d\nstdout: %s\nstderr: %s", code, out, errs)
	}
	if _, err := os.Stat(filepath.Join(dir, "out", "my-guide-booklet-en-standard.pdf")); err != nil {
		t.Errorf("build inside my-guide did not build my-guide's booklet: %v\n%s", err, out)
	}
}

// TestSampleSaidOnStderr: outside any guide, every command that reads a
// guide says on stderr, in one line, that it uses the built-in sample and
// how to start your own; with --content it does not.
func TestSampleSaidOnStderr(t *testing.T) {
	t.Chdir(t.TempDir())
	pdf := filepath.Join(t.TempDir(), "x.pdf")
	for _, args := range [][]string{
		{"validate"}, {"stages"}, {"areas"}, {"translations"},
		{"build", "-o", t.TempDir(), "--lang", "en", "--style", "standard", "--no-leaflets"},
		{"booklet", "--lang", "en", "-o", pdf},
		{"leaflet", "police", "-o", pdf},
		{"pack", "--stages", "discharge", "-o", pdf},
		{"diagram", "wheel", "-o", filepath.Join(t.TempDir(), "w.svg")},
	} {
		code, out, errs := runCmd(t, args...)
		if code != 0 {
			t.Errorf("%v: exit %d\n%s%s", args, code, out, errs)
		}
		var notes []string
		for _, l := range strings.Split(errs, "\n") {
			if strings.Contains(l, "sample") {
				notes = append(notes, l)
			}
		}
		if len(notes) != 1 || !strings.Contains(notes[0], "using the built-in sample guide") || !strings.Contains(notes[0], "guidepress init my-guide") {
			t.Errorf("%v: want one line on stderr about the sample and init, got:\n%s", args, errs)
		}
		if strings.Contains(out, "built-in sample") {
			t.Errorf("%v: the sample notice is on stdout:\n%s", args, out)
		}
	}
	code, _, errs := runCmd(t, "stages", "--content", myGuide(t))
	if code != 0 || strings.Contains(errs, "sample") {
		t.Errorf("stages --content: exit %d, stderr %q", code, errs)
	}
}

// myGuideWithStage is myGuide with one more stage, id, copied from the
// police stage, and returns the folder.
func myGuideWithStage(t *testing.T, id string) string {
	t.Helper()
	dir := myGuide(t)
	police, err := os.ReadFile(filepath.Join(dir, "stages", "police.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	stage := strings.Replace(string(police), "id: police\n", "id: "+id+"\n", 1)
	if err := os.WriteFile(filepath.Join(dir, "stages", id+".yaml"), []byte(stage), 0o644); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "guide.yaml")
	data, _ := os.ReadFile(path)
	guide := strings.Replace(string(data), "stages: [", "stages: ["+id+", ", 1)
	if guide == string(data) {
		t.Fatal("guide.yaml has no stages: [ list")
	}
	os.WriteFile(path, []byte(guide), 0o644)
	if code, _, errs := runCmd(t, "validate", "--content", dir); code != 0 {
		t.Fatalf("the guide with stage %s does not validate: %s", id, errs)
	}
	return dir
}
