// Package toolcheck is for tests that need a program guidepress does not
// ship: poppler (pdftotext, pdftoppm, pdfinfo) or qpdf to read PDFs back,
// and Node.js with the browsertest folder's npm packages and Debian's
// Chromium for the browser tests. It skips them, saying which package
// needs what and how to install it, when a tool is missing, and fails them
// on CI. It imports nothing of guidepress, so that every package's tests
// can use it (pdfcheck.NeedTool is the same check).
package toolcheck

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// Need skips t when the command name (pdftotext, pdfinfo, qpdf,
// chromium, node) is not on PATH, saying which package's test needs it
// and how to install it. When CI is set (to anything but "", "0" or
// "false"), as on CI, whose .ci/run installs every tool, a missing tool
// fails t instead, so no check is silently dropped.
func Need(t testing.TB, name string) {
	t.Helper()
	if _, err := exec.LookPath(name); err == nil {
		return
	}
	missing(t, fmt.Sprintf("%s, which is not on PATH: install %s", name, installHint(name)))
}

// installHint says how to install the command name on Debian.
func installHint(name string) string {
	switch name {
	case "chromium":
		return "Debian's Chromium (apt-get install -y chromium; .ci/run does this)"
	case "node", "npm":
		return "Node.js 20 or newer with npm (apt-get install -y nodejs npm; .ci/run does this)"
	}
	return "poppler-utils and qpdf (apt-get install -y poppler-utils qpdf)"
}

// BrowserTests returns the absolute path of the module's browsertest
// folder (the Node.js scripts of the browser tests and the PDF reader
// pdfjs.mjs) once node is on PATH and the folder's npm packages are
// installed; otherwise it skips t, or fails it on CI, saying to run
// npm ci there.
func BrowserTests(t testing.TB) string {
	t.Helper()
	Need(t, "node")
	root, err := moduleRoot()
	if err != nil {
		t.Fatalf("find the browsertest folder: %v", err)
	}
	dir := filepath.Join(root, "browsertest")
	if _, err := os.Stat(filepath.Join(dir, "node_modules", ".package-lock.json")); err != nil {
		missing(t, fmt.Sprintf("the npm packages of %s, which are not installed: run (cd %s && npm ci); .ci/run does this", dir, dir))
	}
	return dir
}

// moduleRoot is the nearest folder at or above the working directory
// (a test's package folder) that holds go.mod.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		up := filepath.Dir(dir)
		if up == dir {
			return "", fmt.Errorf("no go.mod at or above the working directory")
		}
		dir = up
	}
}

// missing skips t, or fails it when CI is set, saying that the calling
// package's test needs what.
func missing(t testing.TB, what string) {
	t.Helper()
	msg := fmt.Sprintf("package %s: %s needs %s", callerPackage(), t.Name(), what)
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
		fn := strings.TrimPrefix(f.Function, "guidepress/internal/toolcheck.")
		own := fn == "Need" || fn == "missing" || fn == "BrowserTests" || fn == "callerPackage"
		if pkg := packageOf(f.Function); pkg != "" && !own && pkg != "guidepress/internal/pdfcheck" && pkg != "guidepress/internal/pdfjs" && pkg != "runtime" {
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
