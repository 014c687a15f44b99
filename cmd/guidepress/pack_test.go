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

// packName is a name found in no guide, so finding it anywhere means the
// pack command leaked it.
const packName = "Zebedee Quillfeather"

// TestPackKeepsTheNameInThePDF writes a Welsh pack and a columns and a
// tête-bêche bilingual pack with a name into a build's output folder: the
// name is in each PDF's text (once, once on the columns cover, on both
// tête-bêche covers) and nowhere else (not in the command's output, the
// manifest, any other file or file name, or the PDF's document
// information), the manifest is untouched, and the same inputs give the
// same bytes.
func TestPackKeepsTheNameInThePDF(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	if code, _, errs := runCmd(t, "build", "--out", out, "--no-leaflets", "--lang", "cy", "--style", "standard"); code != 0 {
		t.Fatalf("build: exit %d: %s", code, errs)
	}
	manifest, _ := os.ReadFile(filepath.Join(out, "manifest.json"))
	file := filepath.Join(out, "pack.pdf")
	args := []string{"pack", "--stages", "discharge,recovery", "--area", "cardiff-and-vale", "--lang", "cy",
		"--name", packName, "--date", "2027-03-02", "-o", file}
	runPack(t, file, args...)
	packs := map[string]int{file: 1}
	for layout, names := range map[string]int{"columns": 1, "tete-beche": 2} {
		bi := filepath.Join(out, "pack-"+layout+".pdf")
		stdout := runPack(t, bi, "pack", "--stages", "discharge", "--lang", "cy,en", "--bilingual", layout,
			"--name", packName, "--date", "2027-03-02", "-o", bi)
		if tb := strings.Contains(stdout, "tête-bêche files: print every page in order"); tb != (layout == "tete-beche") {
			t.Errorf("%s: printing note shown %t:\n%s", layout, tb, stdout)
		}
		packs[bi] = names
	}
	if after, _ := os.ReadFile(filepath.Join(out, "manifest.json")); !bytes.Equal(after, manifest) {
		t.Error("pack changed the manifest")
	}
	checkNameOnlyInPacks(t, out, packs)
	again := filepath.Join(t.TempDir(), "again.pdf")
	args[len(args)-1] = again
	if code, _, errs := runCmd(t, args...); code != 0 {
		t.Fatal(errs)
	}
	if a, b := mustReadFile(t, file), mustReadFile(t, again); !bytes.Equal(a, b) {
		t.Error("two packs from the same inputs and date differ")
	}
}

// runPack runs a pack command that writes file, and returns its output,
// failing unless it succeeds and says only that it wrote file.
func runPack(t *testing.T, file string, args ...string) string {
	t.Helper()
	code, stdout, stderr := runCmd(t, args...)
	if code != 0 {
		t.Fatalf("%v: exit %d: %s", args, code, stderr)
	}
	if !strings.HasPrefix(stdout, "wrote "+file+" (") || strings.Contains(stdout+stderr, "Zebedee") {
		t.Errorf("stdout %q stderr %q", stdout, stderr)
	}
	return stdout
}

// checkNameOnlyInPacks fails if any file in dir other than the packs, or
// any file name, contains the name, or if a pack's text has the name
// other than the number of times given or its document information has
// it.
func checkNameOnlyInPacks(t *testing.T, dir string, packs map[string]int) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		path := filepath.Join(dir, e.Name())
		if _, pack := packs[path]; strings.Contains(e.Name(), "Zebedee") || !pack && bytes.Contains(mustReadFile(t, path), []byte("Zebedee")) {
			t.Errorf("%s holds the name", path)
		}
	}
	pdfcheck.NeedTool(t, "pdftotext")
	for pack, names := range packs {
		text, err := exec.Command("pdftotext", pack, "-").Output()
		flat := strings.Join(strings.Fields(string(text)), " ")
		if err != nil || strings.Count(flat, packName) != names {
			t.Errorf("%s: the text has the name %d times, want %d (%v)", pack, strings.Count(flat, packName), names, err)
		}
		info, err := exec.Command("pdfinfo", pack).Output()
		if err != nil || strings.Contains(string(info), "Zebedee") || !strings.Contains(string(info), "Eich pecyn rhyddhau") {
			t.Errorf("pdfinfo %s (%v):\n%s", pack, err, info)
		}
	}
	if text, _ := exec.Command("pdftotext", filepath.Join(dir, "pack.pdf"), "-").Output(); !strings.Contains(strings.Join(strings.Fields(string(text)), " "), "Paratowyd ar gyfer: "+packName) {
		t.Error("the Welsh pack's cover lacks \"Paratowyd ar gyfer:\" and the name")
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
		{[]string{"pack", "--stages", "discharge", "--lang", "cy,en", "--name", packName, "-o", file}, "add --bilingual columns or --bilingual tete-beche"},
		{[]string{"pack", "--stages", "discharge", "--lang", "en", "--bilingual", "columns", "-o", file}, "needs two different languages"},
		{[]string{"pack", "--stages", "discharge", "--bilingual", "columns", "--style", "standard", "-o", file}, "too narrow for two columns"},
		{[]string{"pack", "--stages", "discharge", "--lang", "cy,en", "--bilingual", "tete-beche", "--name", packName + " \u2603", "-o", file},
			"the name cannot be printed: character 22 (U+2603)"},
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
