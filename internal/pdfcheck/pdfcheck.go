// Package pdfcheck is for tests: it checks a PDF's structure the way the
// project promises, with qpdf --check and pdfcpu's validation, and says
// what to do when a tool that reads PDFs back is missing.
package pdfcheck

import (
	"os/exec"
	"strings"
	"testing"

	"guidepress/impose"
	"guidepress/internal/toolcheck"
)

// NeedTool skips t when the command name (pdftotext, pdfinfo, qpdf) is
// not on PATH, or fails it when CI is set: see toolcheck.Need.
func NeedTool(t testing.TB, name string) {
	t.Helper()
	toolcheck.Need(t, name)
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
