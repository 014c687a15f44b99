package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestBilingualCommands runs the bilingual commands of the issue and the
// mistakes a user might make with them.
func TestBilingualCommands(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		args []string
		code int
		want []string
	}{
		{[]string{"booklet", "--lang", "cy,en", "--bilingual", "tete-beche", "-o", filepath.Join(dir, "tb.pdf")}, 0,
			[]string{"wrote " + filepath.Join(dir, "tb.pdf") + " (", "tête-bêche files: print every page in order"}},
		{[]string{"leaflet", "police", "--lang", "cy,en", "--bilingual", "columns", "-o", filepath.Join(dir, "l.pdf")}, 0,
			[]string{"(police leaflet, cy,en, a4, "}},
		{[]string{"build", "-v", "--lang", "cy,en", "--bilingual", "columns", "--no-leaflets", "--out", dir}, 0,
			[]string{"cjs-wales-booklet-cy-en-columns-a4.pdf (columns booklet, cy,en, a4, "}},
		{[]string{"booklet", "--lang", "cy,en", "-o", filepath.Join(dir, "x.pdf")}, 2,
			[]string{"add --bilingual columns or --bilingual tete-beche"}},
		{[]string{"leaflet", "police", "--lang", "en", "--bilingual", "columns", "-o", filepath.Join(dir, "x.pdf")}, 2,
			[]string{"needs two different languages"}},
		{[]string{"booklet", "--lang", "cy,en", "--bilingual", "columns", "--style", "standard", "-o", filepath.Join(dir, "x.pdf")}, 2,
			[]string{"too narrow for two columns", "use an A4 style"}},
	} {
		code, out, errs := runCmd(t, c.args...)
		if code != c.code {
			t.Errorf("%v: exit %d, want %d\n%s%s", c.args, code, c.code, out, errs)
		}
		for _, w := range c.want {
			if !strings.Contains(out+errs, w) {
				t.Errorf("%v: output lacks %q:\n%s%s", c.args, w, out, errs)
			}
		}
	}
}
