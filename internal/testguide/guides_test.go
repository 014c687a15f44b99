package testguide

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestSecondGuideShape checks the second guide still has the shape it is
// kept for: it validates, lists English first, has at least 8 stages of
// very different lengths, a long subtitle and 30+ contacts in 20+ areas.
func TestSecondGuideShape(t *testing.T) {
	g := LoadDir(t, Second(t))
	if g.Languages[0] != "en" {
		t.Errorf("languages %v: the second guide must list English first", g.Languages)
	}
	if len(g.Stages) < 8 {
		t.Errorf("%d stages, want at least 8", len(g.Stages))
	}
	if n := utf8.RuneCountInString(g.Subtitle.Values["en"]); n < 120 {
		t.Errorf("English subtitle is %d characters, want at least 120", n)
	}
	if len(g.Contacts) < 30 || len(g.Areas) < 20 {
		t.Errorf("%d contacts in %d areas, want 30+ in 20+", len(g.Contacts), len(g.Areas))
	}
	short, long := 1<<30, 0
	for _, s := range g.Stages {
		n := 0
		for _, sec := range s.Sections {
			n += len(strings.Fields(sec.Body.Values["en"]))
		}
		short, long = min(short, n), max(long, n)
	}
	if short > 80 || long < 2500 {
		t.Errorf("stage lengths %d to %d English words, want one of 80 or fewer and one of 2500 or more", short, long)
	}
}

// TestStressGuideShape checks the stress guide keeps its extreme values.
func TestStressGuideShape(t *testing.T) {
	g := LoadDir(t, Stress(t))
	for _, lang := range g.Languages {
		if n := utf8.RuneCountInString(g.Title.Values[lang]); n != 200 {
			t.Errorf("%s title is %d characters, want 200", lang, n)
		}
	}
	inArea := 0
	for _, c := range g.Contacts {
		if len(c.Areas) == 1 && c.Areas[0] == "only-area" {
			inArea++
		}
	}
	if inArea != 100 {
		t.Errorf("%d contacts in only-area, want 100", inArea)
	}
	var url, word, oneSection bool
	for _, s := range g.Stages {
		oneSection = oneSection || len(s.Sections) == 1
		for _, sec := range s.Sections {
			body := sec.Body.Values["en"]
			url = url || longestURL(body) == 400
			letters := func(r rune) bool { return !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') }
			for _, w := range strings.FieldsFunc(sec.Heading.Values["en"]+" "+body, letters) {
				word = word || len(w) >= 60
			}
		}
	}
	if !oneSection {
		t.Error("no stage has a single section")
	}
	if !url || !word {
		t.Errorf("400-character URL found: %v; 60-letter word found: %v; want both", url, word)
	}
}

// longestURL returns the length of the longest https address in a
// Markdown link target in body.
func longestURL(body string) int {
	n := 0
	for _, part := range strings.Split(body, "](")[1:] {
		if end := strings.IndexByte(part, ')'); end > 0 && strings.HasPrefix(part, "https://") {
			n = max(n, end)
		}
	}
	return n
}

// TestStressGuideIsGenerated checks the stress guide's files are what
// its generate.go writes, so an edit by hand is not lost the next time it
// is run.
func TestStressGuideIsGenerated(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go is not on PATH")
	}
	src := Stress(t)
	dir := t.TempDir()
	gen, err := os.ReadFile(filepath.Join(src, "generate.go"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "generate.go"), gen, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(goTool, "run", "generate.go")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go run generate.go: %v\n%s", err, out)
	}
	err = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() == "generate.go" {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		want, _ := os.ReadFile(p)
		got, err := os.ReadFile(filepath.Join(src, rel))
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("testdata/guides/stress/%s differs from what generate.go writes: run go run generate.go there", rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
