// Package pdfcheck is for tests: it checks a PDF's structure the way the
// project promises, with qpdf --check and pdfcpu's validation.
package pdfcheck

import (
	"os/exec"
	"strings"
	"testing"

	"guidepress/impose"
)

// File fails t unless the PDF at path passes qpdf --check and pdfcpu's
// (relaxed) validation. It skips t when qpdf is not installed.
func File(t testing.TB, path string, data []byte) {
	t.Helper()
	if _, err := exec.LookPath("qpdf"); err != nil {
		t.Skip("qpdf not installed (apt-get install qpdf)")
	}
	out, err := exec.Command("qpdf", "--check", path).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "No syntax or stream encoding errors found") {
		t.Errorf("qpdf --check %s: %v\n%s", path, err, out)
	}
	if err := impose.Validate(data); err != nil {
		t.Errorf("pdfcpu validation of %s: %v", path, err)
	}
}
