package main

import (
	"context"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestServeCommand: guidepress serve serves the guide on loopback; saving
// a stage file rebuilds the site (the page shows the new title, the
// version changes so open pages reload); a broken file makes the page
// show file:line:col; a pack is made; Ctrl-C stops it cleanly; and the
// person's name is in none of its output.
func TestServeCommand(t *testing.T) {
	dir := myGuide(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stdout, stderr safeBuffer
	exit := make(chan int, 1)
	go func() {
		exit <- runContext(ctx, []string{"serve", "--content", dir, "--addr", "127.0.0.1:0"}, &stdout, &stderr)
	}()
	addr := regexp.MustCompile(`serving the guide at (http://127\.0\.0\.1:\d+)/`)
	waitFor(t, time.Minute, "the server", func() bool { return addr.MatchString(stdout.String()) })
	base := addr.FindStringSubmatch(stdout.String())[1]
	fetch := func(path string) string {
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return string(b)
	}
	v0 := fetch("/_version")
	if page := fetch("/en/police.html"); !strings.Contains(page, "<h1>Police</h1>") {
		t.Fatalf("the police page: %.300s", page)
	}

	police := filepath.Join(dir, "stages", "police.yaml")
	src, _ := os.ReadFile(police)
	edited := strings.Replace(string(src), "  en: Police\n", "  en: Police and custody\n", 1)
	if err := os.WriteFile(police, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 30*time.Second, "the rebuild after saving police.yaml", func() bool {
		return fetch("/_version") != v0 && strings.Contains(fetch("/en/police.html"), "<h1>Police and custody</h1>")
	})

	const name = "Zebedee Quartermaine"
	resp, err := http.PostForm(base+"/cy/pack.html", url.Values{"stage": {"police"}, "lang": {"cy"},
		"layout": {"single"}, "style": {"standard"}, "name": {name}, "date": {""}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "application/pdf" {
		t.Errorf("the pack: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}

	os.WriteFile(police, []byte("id: police\n  bad: [\n"), 0o644)
	waitFor(t, 30*time.Second, "the errors page", func() bool {
		return strings.Contains(fetch("/en/police.html"), "stages/police.yaml:2:1: YAML syntax error")
	})
	if css := fetch("/site.css"); !strings.Contains(css, "body {") {
		t.Error("the last good site's stylesheet is gone while the guide is broken")
	}

	cancel()
	select {
	case code := <-exit:
		if code != 0 || !strings.Contains(stderr.String(), "stopped serving") {
			t.Errorf("after Ctrl-C: exit %d\n%s", code, stderr.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop within 10 seconds of Ctrl-C")
	}
	for _, part := range strings.Fields(name) {
		if strings.Contains(stdout.String()+stderr.String(), part) {
			t.Errorf("the person's name is in the server's output:\n%s%s", stdout.String(), stderr.String())
		}
	}
}

// TestServeAddr: serve warns when asked to listen beyond this computer,
// and refuses an address that is not host:port.
func TestServeAddr(t *testing.T) {
	var errs strings.Builder
	for _, a := range []string{"127.0.0.1:8080", "localhost:8080", "[::1]:8080"} {
		if err := warnAddr(a, &errs); err != nil || errs.Len() > 0 {
			t.Errorf("%s: %v %q", a, err, errs.String())
		}
	}
	if err := warnAddr("0.0.0.0:8080", &errs); err != nil || !strings.Contains(errs.String(), "not only on this computer") {
		t.Errorf("0.0.0.0: %v %q", err, errs.String())
	}
	if code, _, msg := runCmd(t, "serve", "--addr", "8080"); code != 2 || !strings.Contains(msg, "host:port") {
		t.Errorf("--addr 8080: exit %d %s", code, msg)
	}
}
