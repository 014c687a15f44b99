package content_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"guidepress/content"
	"guidepress/fonts"
	"guidepress/internal/testguide"
)

// FuzzLoad replaces one file of the minimal guide with fuzzed bytes. Loading
// must never panic, and every problem must name a file and, unless it is
// about a whole file, a line.
func FuzzLoad(f *testing.F) {
	base := testguide.MapFS(f, "testdata/minimal")
	paths, _ := filepath.Glob("testdata/bad/*.case")
	for _, p := range paths {
		data, _ := os.ReadFile(p)
		var file string
		for _, line := range strings.Split(string(data), "\n") {
			if strings.HasPrefix(line, "# file: ") {
				file = strings.TrimPrefix(line, "# file: ")
			}
		}
		if _, ok := base[file]; ok {
			f.Add(file, data)
		}
	}
	covers := fonts.Default().Covers
	f.Fuzz(func(t *testing.T, file string, data []byte) {
		if _, ok := base[file]; !ok {
			return
		}
		fsys := fstest.MapFS{}
		for k, v := range base {
			fsys[k] = v
		}
		fsys[file] = &fstest.MapFile{Data: data}
		_, ps := content.Load(fsys, "g", content.Options{Covers: covers})
		for _, p := range ps {
			if !strings.HasPrefix(p.Pos.Filename, "g/") || p.Message == "" {
				t.Fatalf("problem without a place or message: %q", p.String())
			}
			if p.Pos.Line < 0 || p.Pos.Column < 0 {
				t.Fatalf("negative position: %q", p.String())
			}
		}
	})
}
