package content_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"guidepress/content"
	"guidepress/fonts"
	"guidepress/internal/testguide"
)

// TestStageShortTitle loads a stage with a short title: running heads
// use it in each language, a stage without one uses its title, and
// translations track it like the title.
func TestStageShortTitle(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "guide")
	testguide.CopyTree(t, "testdata/minimal", dir)
	file := filepath.Join(dir, "stages", "police.yaml")
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	stage := strings.Replace(string(data), "title: {en: Police, cy: Heddlu}\n",
		"title: {en: Police custody and the Mental Health Act, cy: Dalfa’r heddlu a’r Ddeddf Iechyd Meddwl}\nshort_title: {en: Police, cy: Heddlu}\n", 1)
	if stage == string(data) {
		t.Fatal("the minimal guide's police stage changed: update this test")
	}
	if err := os.WriteFile(file, []byte(stage), 0o644); err != nil {
		t.Fatal(err)
	}
	g, ps := content.LoadDir(dir, content.Options{Covers: fonts.Default().Covers})
	if len(ps) != 0 {
		t.Fatalf("problems:\n%v", ps)
	}
	police, recovery := g.StageByID("police"), g.StageByID("recovery")
	if got := police.RunningTitle("cy"); got != "Heddlu" {
		t.Errorf("police's running title in Welsh is %q, want its short title", got)
	}
	if got := police.RunningTitle("en"); got != "Police" {
		t.Errorf("police's running title in English is %q, want its short title", got)
	}
	if got := recovery.RunningTitle("cy"); got != "Adferiad" {
		t.Errorf("recovery's running title is %q, want its title", got)
	}
	var found *content.Field
	for _, f := range g.Fields() {
		if f.ID == "stages/police.yaml#short_title" {
			found = &f
		}
	}
	if found == nil || found.Text.Get("cy") != "Heddlu" || found.Text.Get("en") != "Police" {
		t.Errorf("translations do not track the short title: %+v", found)
	}
}
