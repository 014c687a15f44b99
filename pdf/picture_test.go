package pdf

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"guidepress/content"
	"guidepress/internal/testguide"
	"guidepress/layout"
)

// bodyEnCy matches a section's body: its English, then its Welsh.
var bodyEnCy = regexp.MustCompile(`(    body:\n      en: \|\n)((?:        .*\n|\n)*?)(      cy: \|\n)`)

// guideWithPictures is a copy of the default guide whose police chapter
// shows a picture at the start of its first uses bodies: in English
// images/plan.png (600 × 400 pixels of noise, which compresses badly),
// in Welsh images/cy/plan.png (a Welsh version, 600 × 401). With tall,
// the last of them is images/tall.png, 300 × 3000 pixels.
func guideWithPictures(t *testing.T, uses int, tall bool) *content.Guide {
	t.Helper()
	dir := t.TempDir()
	testguide.CopyTree(t, filepath.Join("..", "content", "guide"), dir)
	writePNG(t, filepath.Join(dir, "images", "plan.png"), 600, 400)
	writePNG(t, filepath.Join(dir, "images", "cy", "plan.png"), 600, 401)
	writePNG(t, filepath.Join(dir, "images", "tall.png"), 300, 3000)
	file := filepath.Join(dir, "stages", "police.yaml")
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	out := bodyEnCy.ReplaceAllStringFunc(string(src), func(m string) string {
		if n++; n > uses {
			return m
		}
		en, cy := "images/plan.png", "images/cy/plan.png"
		if tall && n == uses {
			en, cy = "images/tall.png", "images/tall.png"
		}
		p := bodyEnCy.FindStringSubmatch(m)
		return p[1] + "        ![A plan of a police station](" + en + " \"Plan of a station\")\n\n" + p[2] +
			p[3] + "        ![Cynllun o orsaf heddlu](" + cy + " \"Cynllun o orsaf\")\n\n"
	})
	if n < uses {
		t.Fatalf("police.yaml has %d bodies, want %d", n, uses)
	}
	if err := os.WriteFile(file, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	g, ps := content.LoadDir(dir, content.Options{})
	if ps.HasErrors() {
		t.Fatal(ps)
	}
	return g
}

// writePNG writes a w × h PNG of random colours.
func writePNG(t *testing.T, path string, w, h int) {
	t.Helper()
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	r := rand.New(rand.NewPCG(uint64(w), uint64(h)))
	for y := range h {
		for x := range w {
			img.Set(x, y, color.NRGBA{uint8(r.Uint32()), uint8(r.Uint32()), uint8(r.Uint32()), 0xFF})
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Dir(path), 0o755)
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestPictureStoredOnce: a picture shown three times is one image object
// of the PDF, drawn three times; the booklet is hardly bigger than with
// the picture shown once; the Welsh booklet shows the Welsh file.
func TestPictureStoredOnce(t *testing.T) {
	needTool(t, "pdfimages")
	st := mustStyle(t, "standard")
	sizes := map[int]int{}
	for _, uses := range []int{1, 3} {
		g := guideWithPictures(t, uses, false)
		for _, lang := range []string{"en", "cy"} {
			pdf, err := write(layout.Booklet(g, lang, st))
			if err != nil {
				t.Fatal(err)
			}
			clean(t, "booklet "+lang, pdf)
			want := map[string]string{"en": "400", "cy": "401"}[lang]
			var objects []string
			drawn := 0
			for _, line := range strings.Split(run(t, pdf, "pdfimages", "-list"), "\n")[2:] {
				f := strings.Fields(line)
				if len(f) > 10 && f[2] == "image" && f[3] == "600" {
					drawn++
					if f[4] != want {
						t.Errorf("%s: drew a picture 600 × %s pixels, want the %s file (600 × %s)", lang, f[4], lang, want)
					}
					if !strings.Contains(strings.Join(objects, " "), f[10]) {
						objects = append(objects, f[10])
					}
				}
			}
			if drawn != uses || len(objects) != 1 {
				t.Errorf("%s, %d uses: picture drawn %d times as objects %v, want %d times, one object", lang, uses, drawn, objects, uses)
			}
			if lang == "en" {
				sizes[uses] = len(pdf)
			}
		}
	}
	file := 600 * 400 * 3
	if grew := sizes[3] - sizes[1]; grew > file/10 {
		t.Errorf("the booklet grew by %d bytes when the picture (about %d bytes) was shown twice more", grew, file)
	}
}

// TestPictureInsideMargins: pictures are drawn inside the page's
// margins, never larger than their pixels at 150 per inch, in both
// languages, in standard and large print and in greyscale (as grey); a
// picture taller than a page is scaled to fit one with its caption, and
// every caption is in the text.
func TestPictureInsideMargins(t *testing.T) {
	needTool(t, "pdfimages")
	needTool(t, "qpdf")
	g := guideWithPictures(t, 3, true)
	for _, c := range []struct {
		lang, style string
		grey        bool
	}{{"en", "standard", false}, {"cy", "large-print", false}, {"cy", "standard", true}} {
		st := mustStyle(t, c.style)
		if c.grey {
			st = st.Greyscale()
		}
		pdf, err := write(layout.Booklet(g, c.lang, st))
		if err != nil {
			t.Fatal(err)
		}
		name := c.lang + " " + c.style
		clean(t, name, pdf)
		m := st.Margins
		pictures := 0
		for page, bs := range imageBoxes(t, pdf, st.PageHeight) {
			for _, b := range bs {
				if b[0] < m.Left-0.1 || b[0]+b[2] > st.PageWidth-m.Right+0.1 || b[1] < m.Top-0.1 || b[1]+b[3] > st.PageHeight-m.Bottom+0.1 {
					t.Errorf("%s: page %d: image at %.1f,%.1f %.1f×%.1f mm is outside the margins", name, page, b[0], b[1], b[2], b[3])
				}
				if b[2] > 600*content.SharpWidth+0.1 {
					t.Errorf("%s: page %d: image %.1f mm wide, more than 600 pixels at 150 per inch", name, page, b[2])
				}
				if b[3] > st.LogoHeight+0.1 {
					pictures++
				}
			}
		}
		if pictures != 3 {
			t.Errorf("%s: %d pictures drawn, want 3", name, pictures)
		}
		for _, line := range strings.Split(run(t, pdf, "pdfimages", "-list"), "\n")[2:] {
			f := strings.Fields(line)
			if len(f) > 12 && f[2] == "image" {
				if c.grey != (f[5] == "gray") {
					t.Errorf("%s: image in %s", name, f[5])
				}
				if f[3] == "300" && f[12] == "150" {
					t.Errorf("%s: the tall picture was not scaled down to fit a page (%s ppi)", name, f[12])
				}
			}
		}
		text := run(t, pdf, "pdftotext")
		caption := map[string]string{"en": "Plan of a station", "cy": "Cynllun o orsaf"}[c.lang]
		if n := strings.Count(text, caption); n != 3 {
			t.Errorf("%s: caption %q appears %d times, want 3", name, caption, n)
		}
	}
}
