package flowcheck

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// deps lists the packages pkg links, itself included.
func deps(t *testing.T, pkg string) []string {
	t.Helper()
	out, err := exec.Command("go", "list", "-deps", "guidepress/"+pkg).Output()
	if err != nil {
		t.Fatalf("go list -deps %s: %v", pkg, err)
	}
	return strings.Fields(string(out))
}

// TestImportsFollowTheFlow: each stage of the pipeline links only the
// stages before it, and only the PDF writer (and what runs it) links fpdf;
// the web writer, like the PDF writer, links nothing downstream of
// compose but the diagrams.
func TestImportsFollowTheFlow(t *testing.T) {
	downstream := map[string][]string{
		"content": {"compose", "layout", "pdf", "press", "web"},
		"markup":  {"compose", "layout", "pdf", "press", "web"},
		"compose": {"layout", "pdf", "press", "diagram", "web"},
		"diagram": {"compose", "layout", "pdf", "press", "web"},
		"layout":  {"pdf", "press", "impose", "output", "web"},
		"pdf":     {"press", "impose", "output", "web"},
		// The web site is a writer beside pdf: it reads composed
		// products, never pages laid out for paper.
		"web": {"layout", "typeset", "pdf", "press", "impose", "output"},
	}
	for pkg, banned := range downstream {
		ds := deps(t, pkg)
		for _, b := range banned {
			if slices.Contains(ds, "guidepress/"+b) {
				t.Errorf("%s imports %s, against the flow", pkg, b)
			}
		}
		if pkg != "pdf" && slices.Contains(ds, "codeberg.org/go-pdf/fpdf") {
			t.Errorf("%s links fpdf: only the PDF writer may", pkg)
		}
	}
}

// TestNoPackageOverAQuarter: no package holds more than a quarter of the
// project's Go code (tests excluded), so each stays one job.
func TestNoPackageOverAQuarter(t *testing.T) {
	root := filepath.Join("..", "..")
	lines := map[string]int{}
	total := 0
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && strings.HasPrefix(d.Name(), ".") && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() && d.Name() == "third_party" {
			return filepath.SkipDir // others' code, kept as it came
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		n := strings.Count(string(data), "\n")
		lines[filepath.Dir(path)] += n
		total += n
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if total < 1000 {
		t.Fatalf("found only %d lines of Go: wrong root?", total)
	}
	for dir, n := range lines {
		if 4*n > total {
			t.Errorf("%s holds %d of %d lines of code, over a quarter", dir, n, total)
		}
	}
}

// TestStartupDependencies keeps out of the program the packages whose
// start-up work costs more than the command itself: pdfcpu's pkg/api
// imports its form package, which links go-runewidth, whose init builds
// tables of two million entries (about 50 ms before `guidepress version`
// can print anything). impose uses pdfcpu's lower-level packages instead.
func TestStartupDependencies(t *testing.T) {
	for _, d := range deps(t, "cmd/guidepress") {
		if d == "github.com/pdfcpu/pdfcpu/pkg/api" || strings.HasPrefix(d, "github.com/mattn/go-runewidth") {
			t.Errorf("the guidepress command links %s, which slows every start", d)
		}
	}
}
