package press_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"guidepress/internal/testguide"
	"guidepress/press"
)

// TestFailedBuildKeepsEarlierOutputs builds a guide, then changes its style
// file so that some products render and one fails part-way through the
// build (the recovery diagram cannot fit an A6 page at 30pt). The failed
// build must leave every earlier file and the manifest byte-identical, with
// no temporary files.
func TestFailedBuildKeepsEarlierOutputs(t *testing.T) {
	dir, out := minimalGuide(t), t.TempDir()
	style := filepath.Join(t.TempDir(), "custom.yaml")
	os.WriteFile(style, []byte("name: custom\nbased_on: standard\n"), 0o644)
	opts := press.BuildOptions{ContentDir: dir, OutDir: out, Styles: []string{style}}
	if _, err := press.Build(opts); err != nil {
		t.Fatal(err)
	}
	before := testguide.Snapshot(t, out)
	os.WriteFile(style, []byte("name: custom\nbased_on: standard\npage: A6\nbody_size: 30\nmin_size: 28\n"+
		"headings: {cover: 30, chapter: 30, section: 30, sub: 30}\nmargins: {top: 5, bottom: 5, left: 5, right: 5}\n"), 0o644)
	_, err := press.Build(opts)
	if err == nil || !strings.Contains(err.Error(), "does not fit") {
		t.Fatalf("want the build to fail on the diagram, got %v", err)
	}
	after := testguide.Snapshot(t, out)
	if len(after) != len(before) {
		t.Fatalf("the failed build left %d files, want the %d from before", len(after), len(before))
	}
	for name, data := range before {
		if string(after[name]) != string(data) {
			t.Errorf("%s changed after a failed build", name)
		}
	}
}
