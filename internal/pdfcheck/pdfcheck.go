// Package pdfcheck is for tests: it checks a PDF's structure the way the
// project promises, with qpdf --check and pdfcpu's validation, and says
// what to do when a tool that reads PDFs back is missing.
package pdfcheck

import (
	"os"
	"os/exec"
	"strings"
	"testing"

	"guidepress/impose"
)

// NeedTool skips t when the command name (pdftotext, pdfinfo, qpdf) is
// not on PATH, except on CI (CI=true), which installs poppler-utils and
// qpdf: there a missing tool fails t, so no check is silently dropped.
func NeedTool(t testing.TB, name string) {
	t.Helper()
	if _, err := exec.LookPath(name); err == nil {
		return
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s is not on PATH, and CI=true: install poppler-utils and qpdf", name)
	}
	t.Skipf("%s is not on PATH (apt-get install poppler-utils qpdf)", name)
}

// File fails t unless the PDF at path passes qpdf --check and pdfcpu's
// (relaxed) validation. It skips t when qpdf is not installed (see
// NeedTool).
func File(t testing.TB, path string, data []byte) {
	t.Helper()
	NeedTool(t, "qpdf")
	out, err := exec.Command("qpdf", "--check", path).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "No syntax or stream encoding errors found") {
		t.Errorf("qpdf --check %s: %v\n%s", path, err, out)
	}
	if err := impose.Validate(data); err != nil {
		t.Errorf("pdfcpu validation of %s: %v", path, err)
	}
}
