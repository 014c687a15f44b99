// Package toolcheck is for tests that read PDFs back with poppler
// (pdftotext, pdftoppm, pdfinfo) or qpdf: it skips them, saying which
// package needs what, when a tool is missing, and fails them on CI. It
// imports nothing of guidepress, so that every package's tests can use it
// (pdfcheck.NeedTool is the same check).
package toolcheck

import (
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"testing"
)

// NeedTool skips t when the command name (pdftotext, pdfinfo, qpdf) is
// not on PATH, saying which package's test needs it and how to install
// it. When CI is set (to anything but "", "0" or "false"), as on CI, which
// installs poppler-utils and qpdf, a missing tool fails t instead, so no
// check is silently dropped.
func Need(t testing.TB, name string) {
	t.Helper()
	if _, err := exec.LookPath(name); err == nil {
		return
	}
	msg := fmt.Sprintf("package %s: %s needs %s, which is not on PATH: install poppler-utils and qpdf (apt-get install -y poppler-utils qpdf)",
		callerPackage(), t.Name(), name)
	if onCI() {
		t.Fatalf("%s; CI is set, so this fails rather than skips", msg)
		return
	}
	t.Skip(msg)
}

// onCI reports whether the CI environment variable is set.
func onCI() bool {
	switch strings.ToLower(os.Getenv("CI")) {
	case "", "0", "false":
		return false
	}
	return true
}

// callerPackage is the import path of the package whose test called
// Need, directly or through pdfcheck, such as "guidepress/press".
func callerPackage() string {
	pcs := make([]uintptr, 16)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(1, pcs)])
	for {
		f, more := frames.Next()
		own := f.Function == "guidepress/internal/toolcheck.Need" || f.Function == "guidepress/internal/toolcheck.callerPackage"
		if pkg := packageOf(f.Function); pkg != "" && !own && pkg != "guidepress/internal/pdfcheck" && pkg != "runtime" {
			return strings.TrimSuffix(pkg, "_test")
		}
		if !more {
			return "unknown"
		}
	}
}

// packageOf is the import path in a qualified function name:
// "guidepress/press.TestX.func1" gives "guidepress/press".
func packageOf(fn string) string {
	slash := strings.LastIndex(fn, "/")
	dot := strings.Index(fn[slash+1:], ".")
	if dot < 0 {
		return ""
	}
	return fn[:slash+1+dot]
}
