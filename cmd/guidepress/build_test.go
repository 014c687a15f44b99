package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
)

// minimal is the smallest test guide, fast to build.
var minimal = filepath.Join("..", "..", "content", "testdata", "minimal")

// summaryLine matches the line every build ends with.
var summaryLine = regexp.MustCompile(`^built (\d+) files?, (\d+) unchanged, in (/\S+) \(\d+(\.\d+)?m?s\)$`)

// lastLine is the last line of s.
func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return lines[len(lines)-1]
}

// TestBuildSummary: a build ends with one line saying how many files it
// wrote and left unchanged, the output folder's full path and the time;
// a second build writes none; a missing folder is created and the build
// says so; -v lists every file and -q prints nothing.
func TestBuildSummary(t *testing.T) {
	out := filepath.Join(t.TempDir(), "new", "out")
	code, stdout, errs := runCmd(t, "build", "--content", minimal, "-o", out, "--lang", "en")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	m := summaryLine.FindStringSubmatch(lastLine(stdout))
	if m == nil || m[1] != "6" || m[2] != "0" || m[3] != out {
		t.Errorf("first build's last line %q: want built 6 files, 0 unchanged, in %s (time)", lastLine(stdout), out)
	}
	if !strings.Contains(stdout, "created the output folder "+out+"\n") {
		t.Errorf("the build does not say it created %s:\n%s", out, stdout)
	}
	if strings.Contains(stdout, "wrote ") {
		t.Errorf("without -v the build lists files:\n%s", stdout)
	}
	_, stdout, _ = runCmd(t, "build", "--content", minimal, "-o", out, "--lang", "en", "-v")
	if m := summaryLine.FindStringSubmatch(lastLine(stdout)); m == nil || m[1] != "0" || m[2] != "6" {
		t.Errorf("second build's last line %q: want built 0 files, 6 unchanged", lastLine(stdout))
	}
	if strings.Contains(stdout, "created the output folder") {
		t.Errorf("second build says it created the folder:\n%s", stdout)
	}
	_, stdout, _ = runCmd(t, "build", "--content", minimal, "-o", out, "--lang", "en", "-v", "--force")
	if n := strings.Count(stdout, "wrote "+out+"/"); n != 7 {
		t.Errorf("-v lists %d files, want 6 and the manifest:\n%s", n, stdout)
	}
	code, stdout, errs = runCmd(t, "build", "--content", minimal, "-o", out, "--lang", "en", "-q", "--force")
	if code != 0 || stdout != "" || errs != "" {
		t.Errorf("-q: exit %d, stdout %q, stderr %q; want nothing", code, stdout, errs)
	}
}

// ttyBuffer is a buffer that isTerminal takes for a terminal, safe for
// the progress line's goroutine.
type ttyBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (t *ttyBuffer) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.b.Write(p)
}

func (t *ttyBuffer) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.b.String()
}

// asTerminal makes isTerminal take ttyBuffers for terminals, and shows
// progress from the start, for the test.
func asTerminal(t *testing.T) {
	old, oldAfter := isTerminal, progressAfter
	isTerminal = func(w io.Writer) bool { _, ok := w.(*ttyBuffer); return ok }
	progressAfter = "0s"
	t.Cleanup(func() { isTerminal, progressAfter = old, oldAfter })
}

// TestBuildProgress: on a terminal, a build shows done/total and the
// current file on one line redrawn in place, and clears it before the
// summary; not on a terminal, and not with -q.
func TestBuildProgress(t *testing.T) {
	asTerminal(t)
	for _, c := range []struct {
		name     string
		quiet    bool
		terminal bool
	}{{"terminal", false, true}, {"quiet", true, true}, {"pipe", false, false}} {
		t.Run(c.name, func(t *testing.T) {
			var stdout bytes.Buffer
			var stderr io.Writer = &ttyBuffer{}
			if !c.terminal {
				stderr = &bytes.Buffer{}
			}
			args := []string{"build", "-o", t.TempDir(), "--style", "standard,large-print"}
			if c.quiet {
				args = append(args, "-q")
			}
			if code := run(append(args, "--content", filepath.Join("..", "..", "content", "guide")), &stdout, stderr); code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			errs := stderr.(interface{ String() string }).String()
			shown := regexp.MustCompile(`\r\x1b\[K\[\d+/28\] cjs-wales-\S+\.pdf \(\d+s\)`).MatchString(errs)
			if shown != (c.terminal && !c.quiet) {
				t.Errorf("progress shown: %v, want %v; stderr %q", shown, c.terminal && !c.quiet, errs)
			}
			if shown && !strings.HasSuffix(errs, "\r\x1b[K") {
				t.Errorf("the progress line is not cleared at the end: %q", errs)
			}
		})
	}
}

// TestBuildRefusesFileAsFolder: --out naming a file, or a missing name
// ending in .pdf, is a usage error that says to use -o FILE with a
// one-file command; no folder called x.pdf is made.
func TestBuildRefusesFileAsFolder(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "file.pdf")
	os.WriteFile(file, []byte("x"), 0o644)
	for _, out := range []string{file, filepath.Join(dir, "x.pdf")} {
		code, _, errs := runCmd(t, "build", "--content", minimal, "--out", out)
		if code != 2 || !strings.Contains(errs, "--out names the folder") || !strings.Contains(errs, "-o FILE") {
			t.Errorf("--out %s: exit %d: %s", out, code, errs)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "x.pdf")); err == nil {
		t.Error("build --out x.pdf made a folder called x.pdf")
	}
	t.Chdir(dir)
	if code, _, errs := runCmd(t, "build", "--content", minimal, "-o", "-"); code != 2 || !strings.Contains(errs, "-o - works with booklet") {
		t.Errorf("build -o -: exit %d: %s", code, errs)
	}
}

// TestBuildErrorNamesNoTemporaryFile: a file that cannot be put in place
// (here a folder stands where the booklet goes) fails the build with an
// error that names the output folder, not the temporary file.
func TestBuildErrorNamesNoTemporaryFile(t *testing.T) {
	out := t.TempDir()
	blocker := filepath.Join(out, "mini-booklet-en-standard.pdf", "x")
	if err := os.MkdirAll(blocker, 0o755); err != nil {
		t.Fatal(err)
	}
	code, _, errs := runCmd(t, "build", "--content", minimal, "-o", out, "--lang", "en", "--style", "standard")
	if code != 1 || !strings.Contains(errs, "writing into "+out) || strings.Contains(errs, ".tmp-") {
		t.Errorf("exit %d, want 1 and an error naming %s and no temporary file:\n%s", code, out, errs)
	}
}
