package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// runCmd runs guidepress with args and returns the exit code and output.
func runCmd(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestValidateDefault(t *testing.T) {
	code, out, errs := runCmd(t, "validate")
	if code != 0 || !strings.Contains(out, "valid") {
		t.Fatalf("exit %d\nstdout: %s\nstderr: %s", code, out, errs)
	}
}

// TestInitThenValidate writes the default guide with init, validates the
// copy, then breaks copies of it in the ways an editor might and checks
// each is caught at the right file and line with exit code 1.
func TestInitThenValidate(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "g")
	if code, _, errs := runCmd(t, "init", dir); code != 0 {
		t.Fatalf("init: exit %d: %s", code, errs)
	}
	if code, _, errs := runCmd(t, "validate", "--content", dir); code != 0 {
		t.Fatalf("validate init copy: exit %d: %s", code, errs)
	}
	if code, _, errs := runCmd(t, "init", dir); code != 1 || !strings.Contains(errs, "not empty") {
		t.Errorf("init over a full folder: exit %d: %s", code, errs)
	}
	// A want holding {line} is completed with the line the edit is on, so
	// that the cases stay true as the default guide's text changes.
	cases := []struct {
		name, file, old, new, want string
	}{
		{"syntax", "stages/police.yaml", "id: police\n", "id: police\n  bad: [\n", "stages/police.yaml:2:1: YAML syntax error"},
		{"unknown key", "guide.yaml", "short_name:", "shortname:", "guide.yaml:{line}:1: unknown key \"shortname\""},
		{"missing welsh", "stages/court.yaml", "  cy: Llys\n", "", "stages/court.yaml:3:3: stage title has no Welsh (cy) text"},
		{"dangling contact", "stages/prison.yaml", "contacts: [", "contacts: [no-such-contact, ", "stages/prison.yaml:{line}:12: no contact has id \"no-such-contact\""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			broken := filepath.Join(t.TempDir(), "g")
			if code, _, errs := runCmd(t, "init", broken); code != 0 {
				t.Fatal(errs)
			}
			path := filepath.Join(broken, c.file)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Contains(data, []byte(c.old)) {
				t.Fatalf("%s does not contain %q", c.file, c.old)
			}
			line := 1 + bytes.Count(data[:bytes.Index(data, []byte(c.old))], []byte("\n"))
			want := strings.ReplaceAll(c.want, "{line}", strconv.Itoa(line))
			os.WriteFile(path, bytes.Replace(data, []byte(c.old), []byte(c.new), 1), 0o644)
			code, _, errs := runCmd(t, "validate", "--content", broken)
			if code != 1 || !strings.Contains(errs, filepath.Join(broken, want)) && !strings.Contains(errs, broken+"/"+want) {
				t.Errorf("exit %d, want 1 and %q in:\n%s", code, want, errs)
			}
		})
	}
}

func TestUsageErrorsExit2(t *testing.T) {
	for _, args := range [][]string{{"validate", "--no-such-flag"}, {"init"}, {"stages", "extra"}} {
		if code, _, errs := runCmd(t, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2 (%s)", args, code, errs)
		}
	}
}

// TestUnlistedStageFileWarns: validate and build print a warning naming a
// stage file that guide.yaml does not list, and still succeed.
func TestUnlistedStageFileWarns(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "g")
	if code, _, errs := runCmd(t, "init", dir); code != 0 {
		t.Fatalf("init: exit %d: %s", code, errs)
	}
	data, err := os.ReadFile(filepath.Join(dir, "stages", "court.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	extra := bytes.Replace(data, []byte("id: court\n"), []byte("id: appeals\n"), 1)
	if err := os.WriteFile(filepath.Join(dir, "stages", "appeals.yaml"), extra, 0o644); err != nil {
		t.Fatal(err)
	}
	want := filepath.Join(dir, "stages", "appeals.yaml") + ":1:1: warning: stages/appeals.yaml is not listed in guide.yaml"
	for _, args := range [][]string{
		{"validate", "--content", dir},
		{"build", "--content", dir, "--no-leaflets", "--style", "standard", "--lang", "en", "--out", filepath.Join(t.TempDir(), "out")},
	} {
		code, _, errs := runCmd(t, args...)
		if code != 0 || !strings.Contains(errs, want) {
			t.Errorf("%s: exit %d, want 0 and %q in:\n%s", args[0], code, want, errs)
		}
	}
}
