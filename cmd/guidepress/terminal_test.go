package main

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"
)

// brokenGuide is myGuide with the Welsh title of the court stage removed,
// which validate reports at stages/court.yaml:3:3.
func brokenGuide(t *testing.T) string {
	t.Helper()
	dir := myGuide(t)
	path := filepath.Join(dir, "stages", "court.yaml")
	data, _ := os.ReadFile(path)
	broken := strings.Replace(string(data), "  cy: Llys\n", "", 1)
	if broken == string(data) {
		t.Fatal("court.yaml has no '  cy: Llys' line")
	}
	os.WriteFile(path, []byte(broken), 0o644)
	return dir
}

// TestDiagnosticCaret: file:line:col: message stays the first line; on a
// terminal it is followed by the source line and a caret under the
// column; through a pipe, by nothing.
func TestDiagnosticCaret(t *testing.T) {
	dir := brokenGuide(t)
	t.Chdir(dir)
	_, _, piped := runCmd(t, "validate")
	if piped != "stages/court.yaml:3:3: stage title has no Welsh (cy) text\n" {
		t.Errorf("through a pipe: %q", piped)
	}
	asTerminal(t)
	var out bytes.Buffer
	tty := &ttyBuffer{}
	if code := run([]string{"validate"}, &out, tty); code != 1 {
		t.Fatalf("exit %d", code)
	}
	lines := strings.Split(tty.String(), "\n")
	if len(lines) < 3 || lines[0] != "stages/court.yaml:3:3: stage title has no Welsh (cy) text" ||
		!strings.HasPrefix(lines[1], "    ") || lines[2] != "      ^" {
		t.Errorf("on a terminal:\n%s", tty.String())
	}
	src, _ := os.ReadFile(filepath.Join(dir, "stages", "court.yaml"))
	if line3 := strings.Split(string(src), "\n")[2]; lines[1] != "    "+line3 {
		t.Errorf("source line %q, want %q", lines[1], "    "+line3)
	}
}

var (
	binOnce sync.Once
	binPath string
	binErr  error
)

// binary builds guidepress once for the tests that need a real terminal,
// with progress shown from the start of a build.
func binary(t *testing.T) string {
	t.Helper()
	binOnce.Do(func() {
		dir, err := os.MkdirTemp("", "guidepress-bin-")
		if err != nil {
			binErr = err
			return
		}
		binPath = filepath.Join(dir, "guidepress")
		out, err := exec.Command("go", "build", "-ldflags", "-X main.progressAfter=0s", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			binErr = err
			binPath = string(out)
		}
	})
	if binErr != nil {
		t.Fatalf("building guidepress: %v\n%s", binErr, binPath)
	}
	return binPath
}

// inTerminal runs the built guidepress in dir with a pseudo-terminal as
// its stdin, stdout and stderr, and returns what it printed.
func inTerminal(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command(binary(t), args...)
	cmd.Dir = dir
	f, err := pty.Start(cmd)
	if err != nil {
		t.Fatalf("starting in a pseudo-terminal: %v", err)
	}
	defer f.Close()
	var out bytes.Buffer
	done := make(chan struct{})
	go func() { io.Copy(&out, f); close(done) }()
	waited := make(chan error, 1)
	go func() { waited <- cmd.Wait() }()
	select {
	case <-waited:
	case <-time.After(2 * time.Minute):
		cmd.Process.Kill()
		t.Fatalf("%v did not end within 2 minutes", args)
	}
	select {
	case <-done:
	case <-time.After(5 * time.Second):
	}
	return out.String()
}

// TestInARealTerminal runs the built command in a pseudo-terminal: a
// build shows progress then its summary; validate shows the source line
// and a caret.
func TestInARealTerminal(t *testing.T) {
	dir := myGuide(t)
	out := inTerminal(t, dir, "build", "--style", "standard,large-print")
	if !regexp.MustCompile(`\[\d+/28\] my-guide-\S+\.pdf \(\d+s\)`).MatchString(out) {
		t.Errorf("no progress in the terminal:\n%q", out)
	}
	if !regexp.MustCompile(`\r\x1b\[K(created the output folder /\S+\r\n)?built 28 files, 0 unchanged, in /\S+/my-guide/out \(`).MatchString(out) {
		t.Errorf("the progress line is not replaced by the summary:\n%q", out)
	}
	out = inTerminal(t, brokenGuide(t), "validate")
	if !strings.Contains(out, "stages/court.yaml:3:3: stage title has no Welsh (cy) text\r\n    ") || !strings.Contains(out, "\r\n      ^\r\n") {
		t.Errorf("validate in a terminal shows no source line and caret:\n%q", out)
	}
}
