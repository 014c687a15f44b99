package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// packName is a name found in no guide, so finding it anywhere means the
// pack command leaked it.
const packName = "Zebedee Quillfeather"

// TestPackKeepsTheNameInThePDF writes a pack with a name into a build's
// output folder: the name is in the PDF's text and nowhere else (not in
// the command's output, the manifest, any other file or file name, or the
// PDF's document information), the manifest is untouched, and the same
// inputs give the same bytes.
func TestPackKeepsTheNameInThePDF(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	if code, _, errs := runCmd(t, "build", "--out", out, "--no-leaflets", "--lang", "cy", "--style", "standard"); code != 0 {
		t.Fatalf("build: exit %d: %s", code, errs)
	}
	manifest, _ := os.ReadFile(filepath.Join(out, "manifest.json"))
	file := filepath.Join(out, "pack.pdf")
	args := []string{"pack", "--stages", "discharge,recovery", "--area", "cardiff-and-vale", "--lang", "cy",
		"--name", packName, "--date", "2027-03-02", "-o", file}
	code, stdout, stderr := runCmd(t, args...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.HasPrefix(stdout, "wrote "+file+" (") || strings.Contains(stdout+stderr, "Zebedee") {
		t.Errorf("stdout %q stderr %q", stdout, stderr)
	}
	if after, _ := os.ReadFile(filepath.Join(out, "manifest.json")); !bytes.Equal(after, manifest) {
		t.Error("pack changed the manifest")
	}
	checkNameOnlyInPack(t, out, file)
	again := filepath.Join(t.TempDir(), "again.pdf")
	args[len(args)-1] = again
	if code, _, errs := runCmd(t, args...); code != 0 {
		t.Fatal(errs)
	}
	if a, b := mustReadFile(t, file), mustReadFile(t, again); !bytes.Equal(a, b) {
		t.Error("two packs from the same inputs and date differ")
	}
}

// checkNameOnlyInPack fails if any file in dir other than pack, or any
// file name, contains the name, or if pack's text lacks it or its
// document information has it.
func checkNameOnlyInPack(t *testing.T, dir, pack string) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		path := filepath.Join(dir, e.Name())
		if strings.Contains(e.Name(), "Zebedee") || path != pack && bytes.Contains(mustReadFile(t, path), []byte("Zebedee")) {
			t.Errorf("%s holds the name", path)
		}
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext is not on PATH")
	}
	text, err := exec.Command("pdftotext", pack, "-").Output()
	if err != nil || !strings.Contains(strings.Join(strings.Fields(string(text)), " "), "Paratowyd ar gyfer: "+packName) {
		t.Errorf("the pack's text lacks the name (%v)", err)
	}
	info, err := exec.Command("pdfinfo", pack).Output()
	if err != nil || strings.Contains(string(info), "Zebedee") || !strings.Contains(string(info), "Eich pecyn rhyddhau") {
		t.Errorf("pdfinfo (%v):\n%s", err, info)
	}
}

func mustReadFile(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestPackCommandErrors: the mistakes a discharge nurse might make are
// usage errors (exit 2) that say what to do, and never echo the name.
func TestPackCommandErrors(t *testing.T) {
	file := filepath.Join(t.TempDir(), "p.pdf")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"pack", "--stages", "discharge", "--name", packName}, "pack needs -o FILE"},
		{[]string{"pack", "--name", packName, "-o", file}, "pack needs --stages; the guide's stages are: prevention, police"},
		{[]string{"pack", "--stages", "parole", "-o", file}, `unknown stage "parole"; the guide's stages are: prevention`},
		{[]string{"pack", "--stages", "discharge", "--area", "Narnia", "-o", file}, `unknown area "Narnia"; the guide's areas are:`},
		{[]string{"pack", "--stages", "discharge", "--date", "2/3/2027", "-o", file}, "is not a date written YYYY-MM-DD"},
		{[]string{"pack", "--stages", "discharge", "--name", packName + " \u2603\u2603", "-o", file}, "the name cannot be printed: character 22 (U+2603)"},
	} {
		code, _, errs := runCmd(t, c.args...)
		if code != 2 || !strings.Contains(errs, c.want) || strings.Contains(errs, "Zebedee") {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", c.args, code, errs, c.want)
		}
	}
	if _, err := os.Stat(file); err == nil {
		t.Error("a failed pack wrote its file")
	}
}
