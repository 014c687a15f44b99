// Package pdfcheck is for tests: it checks a PDF's structure the way the
// project promises (every reader accepts the file as it is: poppler says
// nothing, qpdf --check passes, pdfcpu's strict validation passes and
// repairs nothing), and says what to do when a tool that reads PDFs back
// is missing.
package pdfcheck

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"testing"

	"guidepress/internal/toolcheck"
)

// NeedTool skips t when the command name (pdftotext, pdfinfo, qpdf) is
// not on PATH, or fails it when CI is set: see toolcheck.Need.
func NeedTool(t testing.TB, name string) {
	t.Helper()
	toolcheck.Need(t, name)
}

// File fails t unless every reader accepts the PDF at path (whose bytes
// are data) as it is: pdfinfo and pdftotext print nothing on stderr,
// qpdf --check finds no problem, and pdfcpu's strict validation passes
// without repairing anything. It skips t when poppler or qpdf is not
// installed (see NeedTool).
func File(t testing.TB, path string, data []byte) {
	t.Helper()
	for _, p := range Problems(t, path, data) {
		t.Errorf("%s: %s", path, p)
	}
}

// Problems returns what the readers File runs say about the PDF at path
// (whose bytes are data), one entry per reader that complained.
func Problems(t testing.TB, path string, data []byte) []string {
	t.Helper()
	for _, tool := range []string{"pdfinfo", "pdftotext", "qpdf"} {
		NeedTool(t, tool)
	}
	var out []string
	for _, args := range [][]string{{"pdfinfo", path}, {"pdftotext", path, os.DevNull}} {
		if msg := stderrOf(args...); msg != "" {
			out = append(out, args[0]+" says: "+msg)
		}
	}
	q, err := exec.Command("qpdf", "--check", path).CombinedOutput()
	if err != nil || !strings.Contains(string(q), "No syntax or stream encoding errors found") {
		out = append(out, "qpdf --check: "+strings.TrimSpace(string(q)))
	}
	repairs, err := Strict(data)
	if err != nil {
		out = append(out, err.Error())
	}
	for _, r := range repairs {
		out = append(out, "pdfcpu had to change the file while reading it: "+r)
	}
	return out
}

// stderrOf runs a command and returns what it printed on stderr, or how
// it failed.
func stderrOf(args ...string) string {
	var stderr bytes.Buffer
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil && stderr.Len() == 0 {
		return err.Error()
	}
	return strings.TrimSpace(stderr.String())
}
