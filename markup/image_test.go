package markup

import (
	"testing"

	"guidepress/internal/source"
)

// TestImageBlock: an image alone in its paragraph is an Image block with
// its path, alt text and caption as plain text, placed at its line.
func TestImageBlock(t *testing.T) {
	at := source.Position{Filename: "stages/police.yaml", Line: 10, Column: 9}
	src := "Before.\n\n![A *map* of &amp; the cells](images/map.png \"The cells at Cardiff\")\n\nAfter."
	bs, err := Parse(src, at)
	if err != nil {
		t.Fatal(err)
	}
	if len(bs) != 3 || bs[1].Kind != Image {
		t.Fatalf("blocks = %+v, want paragraph, image, paragraph", bs)
	}
	b := bs[1]
	if b.Src != "images/map.png" || b.Alt != "A map of & the cells" || b.Caption != "The cells at Cardiff" {
		t.Errorf("image = src %q alt %q caption %q", b.Src, b.Alt, b.Caption)
	}
	if b.Pos.String() != "stages/police.yaml:12:9" {
		t.Errorf("image at %s, want stages/police.yaml:12:9", b.Pos)
	}
}

// TestImageErrors: an image in running text, in a list or without alt
// text is an error at the image.
func TestImageErrors(t *testing.T) {
	at := source.Position{Filename: "stages/police.yaml", Line: 10, Column: 9}
	cases := map[string]string{
		"See ![map](images/map.png) here.": "stages/police.yaml:10:13: " + msgImage,
		"- ![map](images/map.png)":         "stages/police.yaml:10:11: " + msgImageList,
		"![](images/map.png)":              "stages/police.yaml:10:9: image images/map.png has no alt text: say what it shows for readers who cannot see it, as in ![a map of the prison](images/map.png)",
		"![ ](images/map.png \"Cells\")":   "stages/police.yaml:10:9: image images/map.png has no alt text: say what it shows for readers who cannot see it, as in ![a map of the prison](images/map.png)",
	}
	for src, want := range cases {
		_, err := Parse(src, at)
		if err == nil || err.Error() != want {
			t.Errorf("Parse(%q) = %v, want %s", src, err, want)
		}
	}
}
