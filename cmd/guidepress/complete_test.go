package main

import (
	"slices"
	"strings"
	"testing"
)

// completions runs guidepress __complete args and returns the values
// offered (without descriptions) and the directive line.
func completions(t *testing.T, args ...string) ([]string, string) {
	t.Helper()
	code, out, errs := runCmd(t, append([]string{"__complete"}, args...)...)
	if code != 0 {
		t.Fatalf("__complete %v: exit %d: %s", args, code, errs)
	}
	var values []string
	directive := ""
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if strings.HasPrefix(l, ":") {
			directive = l
			continue
		}
		v, _, _ := strings.Cut(l, "\t")
		values = append(values, v)
	}
	return values, directive
}

// TestCompletion: the shell completes stage ids, areas, languages,
// styles, formats and layouts from the guide and the presets.
func TestCompletion(t *testing.T) {
	for _, c := range []struct {
		args []string
		want []string
		not  []string
	}{
		{[]string{"leaflet", ""}, []string{"prevention", "police", "court", "prison", "discharge", "recovery"}, nil},
		{[]string{"leaflet", "pr"}, []string{"prevention", "prison"}, []string{"police"}},
		{[]string{"leaflet", "police", "--area", "c"}, []string{"cardiff-and-vale", "cwm-taf-morgannwg"}, []string{"powys"}},
		{[]string{"booklet", "--lang", ""}, []string{"cy", "en", "cy,en", "en,cy"}, nil},
		{[]string{"build", "--style", ""}, []string{"a4", "large-print", "standard"}, nil},
		{[]string{"leaflet", "police", "--format", ""}, []string{"a5-fold", "a4"}, nil},
		{[]string{"pack", "--bilingual", ""}, []string{"columns", "tete-beche"}, nil},
		{[]string{"pack", "--stages", "discharge,"}, []string{"discharge,police", "discharge,recovery"}, []string{"discharge,discharge"}},
		{[]string{"diagram", ""}, []string{"recovery", "wheel"}, nil},
		{[]string{"translations", "export", "--lang", ""}, []string{"cy"}, nil},
	} {
		got, _ := completions(t, c.args...)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%v: %v lacks %q", c.args, got, w)
			}
		}
		for _, n := range c.not {
			if slices.Contains(got, n) {
				t.Errorf("%v: %v offers %q", c.args, got, n)
			}
		}
	}
	// Completion reads the guide of the current folder, as the command would.
	t.Chdir(myGuideWithStage(t, "a-very-long-stage-name"))
	if got, _ := completions(t, "leaflet", "a-"); !slices.Contains(got, "a-very-long-stage-name") {
		t.Errorf("inside a guide, leaflet completes %v", got)
	}
}
