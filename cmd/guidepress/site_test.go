package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSiteCommand: guidepress site writes the site into --out and says
// where to open it; a file given as --out is a usage error.
func TestSiteCommand(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	code, stdout, stderr := runCmd(t, "site", "--out", out)
	if code != 0 || !strings.Contains(stdout, filepath.Join(out, "index.html")) {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	for _, f := range []string{"index.html", "site.css", "en/index.html", "cy/police.html", "cy/contacts.html"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Errorf("site did not write %s: %v", f, err)
		}
	}
	file := filepath.Join(out, "site.css")
	if code, _, stderr := runCmd(t, "site", "--out", file); code != 2 {
		t.Errorf("--out naming a file: exit %d, want 2 (%s)", code, stderr)
	}
}

// TestSiteCommandPrintsWarnings: the content's warnings (here a stage
// file the guide does not list) are printed on stderr, and the site is
// still written.
func TestSiteCommandPrintsWarnings(t *testing.T) {
	guide := filepath.Join(t.TempDir(), "g")
	if code, _, stderr := runCmd(t, "init", guide); code != 0 {
		t.Fatalf("init: %s", stderr)
	}
	if err := os.WriteFile(filepath.Join(guide, "stages", "extra.yaml"), []byte("id: extra\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "site")
	code, _, stderr := runCmd(t, "site", "--content", guide, "--out", out)
	if code != 0 || !strings.Contains(stderr, "extra.yaml") {
		t.Errorf("exit %d, stderr %q: want a warning naming extra.yaml", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(out, "cy", "index.html")); err != nil {
		t.Errorf("the site was not written: %v", err)
	}
}
