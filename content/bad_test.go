package content_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"guidepress/content"
	"guidepress/fonts"
	"guidepress/internal/testguide"
)

var update = flag.Bool("update", false, "rewrite the want lines of testdata/bad cases")

// badCase is one file of testdata/bad: a header of "# file: NAME",
// optionally "# delete", "# fixture: PATH KIND" lines and "# want:
// MESSAGE" lines, then the file's new contents, which replace NAME in a
// copy of testdata/minimal. A fixture is a binary file the test writes
// at PATH (see writeFixture).
type badCase struct {
	file     string
	delete   bool
	fixtures [][2]string
	want     []string
	body     []byte
}

func readCase(t *testing.T, path string) badCase {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var c badCase
	for bytes.HasPrefix(data, []byte("# ")) {
		line, rest, _ := bytes.Cut(data, []byte("\n"))
		data = rest
		s := string(line)
		switch {
		case strings.HasPrefix(s, "# file: "):
			c.file = strings.TrimPrefix(s, "# file: ")
		case s == "# delete":
			c.delete = true
		case strings.HasPrefix(s, "# fixture: "):
			path, kind, _ := strings.Cut(strings.TrimPrefix(s, "# fixture: "), " ")
			c.fixtures = append(c.fixtures, [2]string{path, kind})
		case strings.HasPrefix(s, "# want: "):
			if w := strings.TrimPrefix(s, "# want: "); w != "" {
				c.want = append(c.want, w)
			}
		default:
			t.Fatalf("%s: unknown header line %q", path, s)
		}
	}
	c.body = data
	return c
}

// loadCase builds the broken guide and returns every problem as text.
func loadCase(t *testing.T, c badCase) []string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "guide")
	testguide.CopyTree(t, "testdata/minimal", dir)
	target := filepath.Join(dir, filepath.FromSlash(c.file))
	if c.delete {
		if err := os.Remove(target); err != nil {
			t.Fatal(err)
		}
	} else if err := os.WriteFile(target, c.body, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, f := range c.fixtures {
		writeFixture(t, filepath.Join(dir, filepath.FromSlash(f[0])), f[1])
	}
	wd, _ := os.Getwd()
	defer os.Chdir(wd)
	os.Chdir(filepath.Dir(dir)) // so positions read guide/…
	_, ps := content.LoadDir("guide", content.Options{Covers: fonts.Default().Covers})
	var got []string
	for _, p := range ps {
		got = append(got, p.String())
	}
	return got
}

// TestBadInputs loads each broken guide and compares every reported problem
// with the case's want lines, exactly and in order.
func TestBadInputs(t *testing.T) {
	paths, _ := filepath.Glob("testdata/bad/*.case")
	if len(paths) < 25 {
		t.Fatalf("only %d bad-input cases; want at least 25", len(paths))
	}
	for _, path := range paths {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".case"), func(t *testing.T) {
			c := readCase(t, path)
			got := loadCase(t, c)
			if *update {
				rewriteWant(t, path, c, got)
				return
			}
			if len(c.want) == 0 {
				t.Fatalf("case has no want lines; got:\n%s", strings.Join(got, "\n"))
			}
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("problems differ\n got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
		})
	}
}

func rewriteWant(t *testing.T, path string, c badCase, got []string) {
	var b bytes.Buffer
	b.WriteString("# file: " + c.file + "\n")
	if c.delete {
		b.WriteString("# delete\n")
	}
	for _, f := range c.fixtures {
		b.WriteString("# fixture: " + f[0] + " " + f[1] + "\n")
	}
	for _, w := range got {
		b.WriteString("# want: " + w + "\n")
	}
	b.Write(c.body)
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}
