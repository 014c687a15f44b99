package web

import (
	"bytes"
	"path"
	"testing"

	"guidepress/internal/testguide"
)

// TestLogoInFooters: every page's footer shows the organisation's logo
// in its language, with the organisation's name as its text alternative,
// from a file the site holds with the logo's bytes.
func TestLogoInFooters(t *testing.T) {
	g := testguide.Default(t)
	files := build(t, g)
	n := 0
	for _, name := range pages(files) {
		lang := path.Dir(name)
		if lang == "." {
			continue // the language chooser has no footer
		}
		imgs := all(doc(t, name, files[name]), tag("img"))
		if len(imgs) != 1 {
			t.Errorf("%s: %d images, want the logo", name, len(imgs))
			continue
		}
		n++
		src := path.Join(lang, attr(imgs[0], "src"))
		if alt := attr(imgs[0], "alt"); alt != g.Organisation.Get(lang) {
			t.Errorf("%s: logo's alt %q, want %q", name, alt, g.Organisation.Get(lang))
		}
		if !bytes.Equal(files[src], g.Logo.Get(lang).Data) {
			t.Errorf("%s: logo %s is not the guide's logo file (%d bytes)", name, src, len(files[src]))
		}
	}
	if n < 10 {
		t.Errorf("only %d pages with a logo", n)
	}
}
