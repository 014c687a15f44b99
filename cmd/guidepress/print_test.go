package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestBuildPrintOutput: build --print names the imposed files and says
// once which duplex setting they need and which files were not imposed;
// --crop-marks without --print is a usage error.
func TestBuildPrintOutput(t *testing.T) {
	out := t.TempDir()
	minimal := filepath.Join("..", "..", "content", "testdata", "minimal")
	code, stdout, errs := runCmd(t, "build", "-v", "--content", minimal, "--out", out, "--lang", "en",
		"--style", "standard,large-print", "--no-leaflets", "--print", "--greyscale")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{
		"wrote " + filepath.Join(out, "mini-booklet-en-standard-grey-imposed.pdf") + " (imposed, en, standard+grey, ",
		"imposed files: print double-sided on A4 paper, flip on the long edge",
		"not imposed: files in style large-print+grey, whose pages are not A5",
	} {
		if strings.Count(stdout, want) != 1 {
			t.Errorf("stdout does not say once %q:\n%s", want, stdout)
		}
	}
	code, _, errs = runCmd(t, "build", "--content", minimal, "--out", out, "--crop-marks")
	if code != 2 || !strings.Contains(errs, "add --print") {
		t.Errorf("--crop-marks alone: exit %d: %s", code, errs)
	}
}
