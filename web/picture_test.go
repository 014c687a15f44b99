package web

import (
	"bytes"
	"path"
	"testing"

	"guidepress/internal/testguide"
)

// TestPictures: the second test guide's visiting chapter shows its
// picture in both languages as a figure: an img with the alt text the
// body gives, its size in pixels and the caption under it, from a file
// the site holds with the image's bytes.
func TestPictures(t *testing.T) {
	g := testguide.LoadDir(t, testguide.Second(t))
	files := build(t, g)
	want := map[string][2]string{
		"en": {"A plan of a visiting room seen from above: a table with four chairs in the middle, a sofa along the left wall, a window opposite the door",
			"A typical visiting room: most have a table, chairs and a sofa"},
		"cy": {"Cynllun o ystafell ymweld o’r uchod: bwrdd gyda phedair cadair yn y canol, soffa ar hyd y wal chwith, ffenestr gyferbyn â’r drws",
			"Ystafell ymweld nodweddiadol: mae gan y rhan fwyaf fwrdd, cadeiriau a soffa"},
	}
	for lang, w := range want {
		name := lang + "/visiting.html"
		figs := all(doc(t, name, files[name]), func(n *htmlNode) bool { return n.Data == "figure" && attr(n, "class") == "picture" })
		if len(figs) != 1 {
			t.Fatalf("%s: %d pictures, want 1", name, len(figs))
		}
		imgs, caps := all(figs[0], tag("img")), all(figs[0], tag("figcaption"))
		if len(imgs) != 1 || len(caps) != 1 {
			t.Fatalf("%s: picture holds %d images and %d captions, want one of each", name, len(imgs), len(caps))
		}
		img := imgs[0]
		if alt := attr(img, "alt"); alt != w[0] {
			t.Errorf("%s: alt %q, want %q", name, alt, w[0])
		}
		if got := textOf(caps[0]); got != w[1] {
			t.Errorf("%s: caption %q, want %q", name, got, w[1])
		}
		if attr(img, "width") != "900" || attr(img, "height") != "540" {
			t.Errorf("%s: img %s × %s, want 900 × 540", name, attr(img, "width"), attr(img, "height"))
		}
		src := path.Join(lang, attr(img, "src"))
		if data := files[src]; len(data) == 0 || !bytes.Equal(data, g.Image("images/visiting-room.png").Data) {
			t.Errorf("%s: %s is not in the site with the image's bytes", name, src)
		}
	}
}
