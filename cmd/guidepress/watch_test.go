package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// safeBuffer is a bytes.Buffer that a command running in another
// goroutine can write while the test reads it.
type safeBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *safeBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *safeBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// waitFor polls ok until it holds, failing t after limit.
func waitFor(t *testing.T, limit time.Duration, what string, ok func() bool) {
	t.Helper()
	end := time.Now().Add(limit)
	for !ok() {
		if time.Now().After(end) {
			t.Fatalf("waited %s for %s", limit, what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestBuildWatch: build --watch builds, then rebuilds when a stage file
// is saved (one summary line a rebuild); broken content is reported as
// file:line:col and leaves the last good booklet in place; cancelling
// (Ctrl-C) stops it cleanly with exit code 0.
func TestBuildWatch(t *testing.T) {
	dir := myGuide(t)
	out := filepath.Join(t.TempDir(), "out")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stdout, stderr safeBuffer
	exit := make(chan int, 1)
	go func() {
		exit <- runContext(ctx, []string{"build", "--watch", "--content", dir, "-o", out,
			"--lang", "en", "--style", "standard", "--no-leaflets"}, &stdout, &stderr)
	}()
	summaries := func() int {
		n := 0
		for _, l := range strings.Split(stdout.String(), "\n") {
			if strings.HasPrefix(l, "built ") {
				n++
			}
		}
		return n
	}
	waitFor(t, time.Minute, "the first build", func() bool { return summaries() == 1 && strings.Contains(stderr.String(), "watching ") })
	booklet := filepath.Join(out, "my-guide-booklet-en-standard.pdf")
	first, err := os.ReadFile(booklet)
	if err != nil {
		t.Fatalf("the first build wrote no booklet: %v\n%s%s", err, stdout.String(), stderr.String())
	}

	police := filepath.Join(dir, "stages", "police.yaml")
	src, _ := os.ReadFile(police)
	edited := strings.Replace(string(src), "  en: Police\n", "  en: Police and custody\n", 1)
	if err := os.WriteFile(police, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	waitFor(t, time.Minute, "the rebuild after saving police.yaml", func() bool { return summaries() == 2 })
	second, _ := os.ReadFile(booklet)
	if bytes.Equal(first, second) {
		t.Error("the booklet did not change after police.yaml was edited")
	}
	if !strings.Contains(stdout.String(), "\nbuilt 1 file, 0 unchanged, in "+out+" (") {
		t.Errorf("the rebuild's summary does not say 1 file:\n%s", stdout.String())
	}

	os.WriteFile(police, []byte("id: police\n  bad: [\n"), 0o644)
	waitFor(t, time.Minute, "the error from broken content", func() bool {
		return strings.Contains(stderr.String(), "stages/police.yaml:2:1: YAML syntax error")
	})
	if third, _ := os.ReadFile(booklet); !bytes.Equal(third, second) {
		t.Error("broken content changed the last good booklet")
	}

	cancel()
	select {
	case code := <-exit:
		if code != 0 || !strings.Contains(stderr.String(), "stopped watching") {
			t.Errorf("after Ctrl-C: exit %d\n%s", code, stderr.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("build --watch did not stop within 10 seconds of Ctrl-C")
	}
	if summaries() != 2 {
		t.Errorf("%d summary lines, want 2 (the broken save builds nothing):\n%s", summaries(), stdout.String())
	}
}

// TestWatchRefusesSample: --watch outside any guide is a usage error that
// says how to start one.
func TestWatchRefusesSample(t *testing.T) {
	t.Chdir(t.TempDir())
	code, _, errs := runCmd(t, "build", "--watch")
	if code != 2 || !strings.Contains(errs, "guidepress init my-guide") {
		t.Errorf("exit %d: %s", code, errs)
	}
}

// TestWatchStopsOnInterrupt: the built command, watching, stops on
// Ctrl-C (SIGINT) with exit code 0 and says so.
func TestWatchStopsOnInterrupt(t *testing.T) {
	dir := myGuide(t)
	cmd := exec.Command(binary(t), "build", "--watch", "--lang", "en", "--style", "standard", "--no-leaflets")
	cmd.Dir = dir
	var stdout, stderr safeBuffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	waitFor(t, time.Minute, "the first build", func() bool { return strings.Contains(stderr.String(), "watching ") })
	cmd.Process.Signal(os.Interrupt)
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	select {
	case err := <-exited:
		if err != nil || !strings.Contains(stderr.String(), "stopped watching") {
			t.Errorf("after Ctrl-C: %v\n%s", err, stderr.String())
		}
	case <-time.After(10 * time.Second):
		cmd.Process.Kill()
		t.Fatal("build --watch did not stop within 10 seconds of Ctrl-C")
	}
}

// TestWatchedFiles: saving a YAML file, the lock or an image (a logo)
// rebuilds; an editor's swap or backup file does not.
func TestWatchedFiles(t *testing.T) {
	for path, want := range map[string]bool{
		"guide/guide.yaml":         true,
		"guide/translations.lock":  true,
		"guide/images/logo.png":    true,
		"guide/images/logo-cy.JPG": true,
		"guide/.guide.yaml.swp":    false,
		"guide/guide.yaml~":        false,
		"guide/notes.txt":          false,
	} {
		if got := isContentFile(path); got != want {
			t.Errorf("isContentFile(%q) = %v, want %v", path, got, want)
		}
	}
}
