package press_test

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"guidepress/internal/pdfcheck"
	"guidepress/press"
)

// TestAreaEditions: build --area names every booklet and leaflet for the
// area, and booklet --area writes a booklet whose cover names the area
// ("Powys edition", "Argraffiad Powys") and whose Key contacts hold that
// area's group.
func TestAreaEditions(t *testing.T) {
	pdfcheck.NeedTool(t, "pdftotext")
	dir, out := minimalGuide(t), t.TempDir()
	res, err := press.Build(press.BuildOptions{ContentDir: dir, OutDir: out, Langs: []string{"en"}, Styles: []string{"standard"}, Area: "Powys"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range res.Written {
		got = append(got, e.Path)
	}
	want := "mini-booklet-en-standard-powys.pdf mini-leaflet-police-en-standard-powys.pdf mini-leaflet-recovery-en-standard-powys.pdf"
	if strings.Join(got, " ") != want {
		t.Errorf("build --area wrote\n%s\nwant\n%s", strings.Join(got, " "), want)
	}
	for _, c := range []struct{ lang, cover, group string }{{"en", "Powys edition", "Powys"}, {"cy", "Argraffiad Powys", "Tîm lleol"}} {
		file := filepath.Join(out, c.lang+".pdf")
		if _, _, err := press.WriteBooklet(press.BookletOptions{ContentDir: dir, Lang: c.lang, Area: "powys", Output: file}); err != nil {
			t.Fatal(err)
		}
		cover, err := exec.Command("pdftotext", "-f", "1", "-l", "1", file, "-").Output()
		if err != nil || !strings.Contains(string(cover), c.cover) {
			t.Errorf("%s: cover\n%s\nwant %q (%v)", c.lang, cover, c.cover, err)
		}
		all, err := exec.Command("pdftotext", file, "-").Output()
		if err != nil || !strings.Contains(string(all), c.group) {
			t.Errorf("%s: no %q in the booklet (%v)", c.lang, c.group, err)
		}
	}
	_, _, err = press.WriteBooklet(press.BookletOptions{ContentDir: dir, Lang: "en", Area: "Gwent", Output: filepath.Join(out, "x.pdf")})
	if err == nil || !strings.Contains(err.Error(), `unknown area "Gwent"`) {
		t.Errorf("unknown area: %v", err)
	}
}
