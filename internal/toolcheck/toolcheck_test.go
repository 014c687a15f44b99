package toolcheck

import (
	"fmt"
	"strings"
	"testing"
)

// recorder is a testing.TB that records a skip or a failure instead of
// stopping the test (the first of each, as a real test stops there).
type recorder struct {
	testing.TB
	skipped, failed string
}

func (r *recorder) Helper()      {}
func (r *recorder) Name() string { return "TestReadsPDF" }
func (r *recorder) Skip(args ...any) {
	if r.skipped == "" {
		r.skipped = fmt.Sprint(args...)
	}
}
func (r *recorder) Fatalf(format string, args ...any) {
	if r.failed == "" {
		r.failed = fmt.Sprintf(format, args...)
	}
}

// TestNeedMissingTool: a missing tool skips the test with a message that
// names the package and how to install the tool, and fails it when CI is
// set; a tool on PATH does neither.
func TestNeedMissingTool(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	for _, c := range []struct {
		ci         string
		skip, fail bool
	}{{"", true, false}, {"false", true, false}, {"true", false, true}, {"1", false, true}} {
		t.Setenv("CI", c.ci)
		r := &recorder{TB: t}
		Need(r, "pdftotext")
		msg := r.skipped + r.failed
		if (r.skipped != "") != c.skip || (r.failed != "") != c.fail {
			t.Errorf("CI=%q: skipped %q, failed %q", c.ci, r.skipped, r.failed)
		}
		for _, want := range []string{"package guidepress/internal/toolcheck", "TestReadsPDF needs pdftotext", "apt-get install -y poppler-utils qpdf"} {
			if !strings.Contains(msg, want) {
				t.Errorf("CI=%q: %q lacks %q", c.ci, msg, want)
			}
		}
	}
}

func TestNeedPresentTool(t *testing.T) {
	t.Setenv("CI", "true")
	r := &recorder{TB: t}
	Need(r, "go")
	if r.skipped != "" || r.failed != "" {
		t.Errorf("go is on PATH, yet skipped %q, failed %q", r.skipped, r.failed)
	}
}

// TestBrowserTestsWithoutNode: without node the browser tests skip,
// saying to install Node.js, and fail when CI is set.
func TestBrowserTestsWithoutNode(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	for _, ci := range []string{"", "true"} {
		t.Setenv("CI", ci)
		r := &recorder{TB: t}
		BrowserTests(r)
		msg := r.skipped + r.failed
		if (ci == "") != (r.skipped != "") || !strings.Contains(msg, "needs node") || !strings.Contains(msg, "apt-get install -y nodejs npm") {
			t.Errorf("CI=%q: skipped %q, failed %q", ci, r.skipped, r.failed)
		}
	}
}
