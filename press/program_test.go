package press

import (
	"runtime"
	"strings"
	"testing"
)

// TestProgramHashIsTheBuildID: on Linux the program is identified by its Go
// build ID, which stays the same across `go run` invocations of unchanged
// code, so incremental builds work for the README's first command too.
func TestProgramHashIsTheBuildID(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("ELF build IDs are read on Linux only")
	}
	if h := programHash(); !strings.HasPrefix(h, "go-build-id ") || len(h) < 40 {
		t.Errorf("programHash() = %q; want the Go build ID", h)
	}
}
