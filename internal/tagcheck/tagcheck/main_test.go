package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// good is the well-formed tagged file of the tagcheck package's tests
// (kept equal to it by TestGoodFileOnDisk there).
var good = filepath.Join("..", "testdata", "good.pdf")

// TestRun: a good file exits 0 with its count line, and -tree prints its
// tree; a file with problems exits 1 listing them, each after the file's
// name; an unreadable file exits 1 on stderr; no file is a usage error.
func TestRun(t *testing.T) {
	data, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	untagged := filepath.Join(t.TempDir(), "untagged.pdf")
	if err := os.WriteFile(untagged, bytes.Replace(data, []byte("/StructTreeRoot 5 0 R"), []byte("/StructTreeXxxx 5 0 R"), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	notPDF := filepath.Join(t.TempDir(), "notes.txt")
	if err := os.WriteFile(notPDF, []byte("not a pdf"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args           []string
		code           int
		stdout, stderr string
	}{
		{[]string{good}, 0, good + ": 0 problems in 2 pages, 9 structure elements\n", ""},
		{[]string{"-tree", good}, 0, "  Title (H1) p1:0\n", ""},
		{[]string{good, untagged}, 1, untagged + ": no StructTreeRoot: the file is not tagged", ""},
		{[]string{notPDF}, 1, "", "tagcheck: " + notPDF + ": read the PDF:"},
		{nil, 2, "", "usage: tagcheck [-tree] FILE.pdf..."},
		{[]string{"-x", good}, 2, "", "flag provided but not defined: -x"},
	} {
		var stdout, stderr bytes.Buffer
		code := run(c.args, &stdout, &stderr)
		if code != c.code || !strings.Contains(stdout.String(), c.stdout) || !strings.Contains(stderr.String(), c.stderr) {
			t.Errorf("tagcheck %v: exit %d, stdout:\n%s\nstderr:\n%s\nwant exit %d, stdout with %q, stderr with %q",
				c.args, code, stdout.String(), stderr.String(), c.code, c.stdout, c.stderr)
		}
	}
}
