package main

import (
	"os"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/spf13/cobra"

	"guidepress/content"
)

// TestConfirmRefusesUnknownIDs: translations confirm with an id that
// names no field exits 2, says how to list the ids and confirms nothing;
// --list prints the ids, among them the one the README's example uses,
// which confirm accepts.
func TestConfirmRefusesUnknownIDs(t *testing.T) {
	dir := myGuide(t)
	lock := filepath.Join(dir, content.LockFile)
	before, _ := os.ReadFile(lock)
	code, out, errs := runCmd(t, "translations", "confirm", "--content", dir, "stages/police.yaml#no.such.field")
	if code != 2 || !strings.Contains(errs, `no field has the id "stages/police.yaml#no.such.field"`) || !strings.Contains(errs, "guidepress translations --list") {
		t.Errorf("unknown id: exit %d\nstdout: %s\nstderr: %s", code, out, errs)
	}
	if after, _ := os.ReadFile(lock); string(after) != string(before) {
		t.Error("an unknown id changed translations.lock")
	}
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("guidepress translations confirm (stages/[^` ]+)`").FindSubmatch(readme)
	if m == nil {
		t.Fatal("README has no example of translations confirm with a field id")
	}
	_, list, _ := runCmd(t, "translations", "--list", "--content", dir)
	if !strings.Contains(list, "\n"+string(m[1])+"\n") {
		t.Errorf("translations --list lacks the README's example id %s", m[1])
	}
	if code, out, errs := runCmd(t, "translations", "confirm", "--content", dir, string(m[1])); code != 0 || out != "confirmed 1 Welsh fields in translations.lock\n" {
		t.Errorf("README's example: exit %d\nstdout: %s\nstderr: %s", code, out, errs)
	}
}

// TestVersion: --version and version print the same line; the version
// comes from the module version or the revision and date.
func TestVersion(t *testing.T) {
	_, a, _ := runCmd(t, "version")
	_, b, _ := runCmd(t, "--version")
	if a != b || !strings.HasPrefix(a, "guidepress ") {
		t.Errorf("version %q and --version %q differ", a, b)
	}
	vcs := []debug.BuildSetting{{Key: "vcs.revision", Value: "0123456789abcdef0123"}, {Key: "vcs.time", Value: "2026-11-30T10:00:00Z"}, {Key: "vcs.modified", Value: "true"}}
	for _, c := range []struct {
		version  string
		settings []debug.BuildSetting
		want     string
	}{
		{"v1.2.0", nil, "v1.2.0"},
		{"(devel)", vcs, "devel, revision 0123456789ab of 2026-11-30T10:00:00Z +dirty"},
		{"v0.0.0-20261130100000-0123456789ab+dirty", vcs, "v0.0.0-20261130100000-0123456789ab+dirty (revision 0123456789ab of 2026-11-30T10:00:00Z +dirty)"},
		{"(devel)", nil, "devel (no version information)"},
	} {
		got := fromBuildInfo(&debug.BuildInfo{Main: debug.Module{Version: c.version}, Settings: c.settings})
		if got != c.want {
			t.Errorf("%s %v: %q, want %q", c.version, c.settings, got, c.want)
		}
	}
}

// TestEveryCommandHasExamples: each command's help has an Examples
// section.
func TestEveryCommandHasExamples(t *testing.T) {
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		if c.Name() != "completion" && c.Name() != "help" && c.Example == "" {
			t.Errorf("%s has no examples", c.CommandPath())
		}
		for _, s := range c.Commands() {
			if s.Name() != "completion" {
				walk(s)
			}
		}
	}
	walk(newRoot())
	if _, out, _ := runCmd(t, "help", "build"); !strings.Contains(out, "Examples:\n  guidepress build") {
		t.Errorf("help build shows no examples:\n%s", out)
	}
}

// TestTypoSuggestions: a mistyped subcommand, at any level, exits 2 and
// names the one meant.
func TestTypoSuggestions(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"biuld"}, "did you mean build?"},
		{[]string{"translations", "confrm"}, "did you mean confirm?"},
		{[]string{"translations", "exprot"}, "did you mean export?"},
	} {
		code, _, errs := runCmd(t, c.args...)
		if code != 2 || !strings.Contains(errs, c.want) || strings.Count(errs, "\n") != 1 {
			t.Errorf("%v: exit %d, want 2 and one line with %q:\n%s", c.args, code, c.want, errs)
		}
	}
}

// TestListsAligned: stages, areas and styles print their ids in a column
// as wide as the longest, so the second column lines up (areas has ids
// longer than 12 characters, and so has a stage added to a guide).
func TestListsAligned(t *testing.T) {
	long := myGuideWithStage(t, "after-release-from-hospital")
	for _, args := range [][]string{{"stages"}, {"areas"}, {"styles"}, {"stages", "--content", long}} {
		cmd := strings.Join(args, " ")
		code, out, errs := runCmd(t, args...)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", cmd, code, errs)
		}
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		if len(lines) < 3 {
			t.Fatalf("%s lists %d lines:\n%s", cmd, len(lines), out)
		}
		col := -1
		for _, l := range lines {
			id, _, _ := strings.Cut(l, " ")
			at := len([]rune(id)) + len([]rune(l[len(id):])) - len([]rune(strings.TrimLeft(l[len(id):], " ")))
			if col >= 0 && at != col {
				t.Errorf("%s: second column starts at %d, not %d:\n%s", cmd, at, col, out)
				break
			}
			col = at
		}
		if len(args) > 1 && !strings.Contains(out, "after-release-from-hospital  cy: Heddlu | en: Police\n") {
			t.Errorf("%s does not list the long stage id:\n%s", cmd, out)
		}
	}
	if _, out, _ := runCmd(t, "areas"); !strings.Contains(out, "cwm-taf-morgannwg  cy: Cwm Taf Morgannwg | en: Cwm Taf Morgannwg\n") {
		t.Errorf("areas does not list cwm-taf-morgannwg with its names:\n%s", out)
	}
}
