package press_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"guidepress/internal/testguide"
	"guidepress/press"
)

// TestIncrementalBuild builds a guide, builds it again unchanged (nothing
// is rebuilt and every file keeps its bytes), then edits one stage: only
// the booklets and that stage's leaflets are rebuilt.
func TestIncrementalBuild(t *testing.T) {
	dir, out := minimalGuide(t), t.TempDir()
	opts := press.BuildOptions{ContentDir: dir, OutDir: out, Styles: []string{"standard"}}
	first, err := press.Build(opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(first.Written) != 6 || len(first.Skipped) != 0 {
		t.Fatalf("first build wrote %d, skipped %d; want 6 (2 booklets, 4 leaflets) and 0", len(first.Written), len(first.Skipped))
	}
	before := testguide.Snapshot(t, out)
	second, err := press.Build(opts)
	if err != nil || len(second.Written) != 0 || len(second.Skipped) != 6 {
		t.Fatalf("unchanged rebuild wrote %d, skipped %d (%v); want 0 and 6", len(second.Written), len(second.Skipped), err)
	}
	if after := testguide.Snapshot(t, out); !sameFiles(before, after) {
		t.Error("an unchanged rebuild changed files")
	}
	appendFile(t, filepath.Join(dir, "stages", "recovery.yaml"), "contacts: [samaritans]\n")
	third, err := press.Build(opts)
	if err != nil {
		t.Fatal(err)
	}
	var rebuilt []string
	for _, e := range third.Written {
		rebuilt = append(rebuilt, e.Kind+":"+e.Stage+":"+e.Language)
	}
	if got := strings.Join(rebuilt, " "); got != "booklet::cy booklet::en leaflet:recovery:cy leaflet:recovery:en" {
		t.Errorf("after editing the recovery stage, rebuilt %s", got)
	}
	forced, err := press.Build(press.BuildOptions{ContentDir: dir, OutDir: out, Styles: []string{"standard"}, Force: true})
	if err != nil || len(forced.Written) != 6 {
		t.Errorf("--force rebuilt %d files (%v); want 6", len(forced.Written), err)
	}
}

// TestIncrementalBuildNoticesDamage rebuilds a file whose bytes no longer
// match the manifest, though its inputs did not change.
func TestIncrementalBuildNoticesDamage(t *testing.T) {
	dir, out := minimalGuide(t), t.TempDir()
	opts := press.BuildOptions{ContentDir: dir, OutDir: out, Styles: []string{"standard"}, NoLeaflets: true}
	res, err := press.Build(opts)
	if err != nil {
		t.Fatal(err)
	}
	damaged := filepath.Join(out, res.Written[0].Path)
	os.WriteFile(damaged, []byte("not a PDF"), 0o644)
	again, err := press.Build(opts)
	if err != nil || len(again.Written) != 1 || again.Written[0].Path != res.Written[0].Path {
		t.Fatalf("rebuilt %+v (%v); want only the damaged file", again.Written, err)
	}
	if data, _ := os.ReadFile(damaged); !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Error("the damaged file was not rewritten")
	}
}

func sameFiles(a, b map[string][]byte) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if !bytes.Equal(v, b[k]) {
			return false
		}
	}
	return true
}
