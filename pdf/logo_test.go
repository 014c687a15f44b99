package pdf

import (
	"bytes"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"guidepress/content"
	"guidepress/internal/testguide"
	"guidepress/layout"
	"guidepress/styles"
)

// imageRows returns pdfimages -list's rows of images (not soft masks):
// page, colour space and bits per component, and object id.
func imageRows(t *testing.T, pdf []byte) [][]string {
	t.Helper()
	var rows [][]string
	for _, line := range strings.Split(run(t, pdf, "pdfimages", "-list"), "\n")[2:] {
		f := strings.Fields(line)
		if len(f) > 10 && f[2] == "image" {
			rows = append(rows, []string{f[0], f[5], f[7], f[10]})
		}
	}
	return rows
}

// placed matches fpdf's drawing of an image: its box in points, from the
// page's bottom left.
var placed = regexp.MustCompile(`q ([\d.]+) 0 0 ([\d.]+) ([\d.]+) ([\d.]+) cm /I\w+ Do Q`)

// imageBoxes returns, by page, the boxes (x, y, w, h in mm from the
// top left) where images are drawn, read from the page contents
// uncompressed by qpdf.
func imageBoxes(t *testing.T, pdf []byte, pageHeight float64) map[int][][4]float64 {
	t.Helper()
	dir := t.TempDir()
	in, out := filepath.Join(dir, "in.pdf"), filepath.Join(dir, "out.pdf")
	os.WriteFile(in, pdf, 0o644)
	if msg, err := exec.Command("qpdf", "--qdf", "--object-streams=disable", in, out).CombinedOutput(); err != nil {
		t.Fatalf("qpdf --qdf: %v\n%s", err, msg)
	}
	data, _ := os.ReadFile(out)
	boxes := map[int][][4]float64{}
	chunks := strings.Split(string(data), "%% Contents for page ")
	k := 72 / 25.4
	for _, c := range chunks[1:] {
		n, _ := strconv.Atoi(c[:strings.IndexByte(c, '\n')])
		for _, m := range placed.FindAllStringSubmatch(c, -1) {
			w, _ := strconv.ParseFloat(m[1], 64)
			h, _ := strconv.ParseFloat(m[2], 64)
			x, _ := strconv.ParseFloat(m[3], 64)
			y, _ := strconv.ParseFloat(m[4], 64)
			boxes[n] = append(boxes[n], [4]float64{x / k, pageHeight - (y+h)/k, w / k, h / k})
		}
	}
	return boxes
}

// TestLogoInPDF: the default guide's logo is stored once in each PDF
// (one image object, drawn on the cover and the back cover of a
// booklet), in colour, drawn inside the margins of the pages that show
// it; in a greyscale build it is a grey image.
func TestLogoInPDF(t *testing.T) {
	needTool(t, "pdfimages")
	needTool(t, "qpdf")
	g := defaultGuide(t)
	for _, c := range []struct {
		name, style string
		grey        bool
		plan        func(st *styles.Style) ([]byte, error)
		pages       string
	}{
		{"booklet cy", "standard", false, func(st *styles.Style) ([]byte, error) { return write(layout.Booklet(g, "cy", st)) }, "1 48"},
		{"booklet en grey", "large-print", true, func(st *styles.Style) ([]byte, error) { return write(layout.Booklet(g, "en", st)) }, "1 40"},
		{"leaflet cy", "standard", false, func(st *styles.Style) ([]byte, error) {
			return write(layout.Leaflet(g, "police", "cy", st, layout.LeafletOptions{}))
		}, "1"},
		{"sheet en", "a4", false, func(st *styles.Style) ([]byte, error) {
			return write(layout.Leaflet(g, "police", "en", st, layout.LeafletOptions{Format: layout.SheetA4, Area: "powys"}))
		}, "1"},
		{"pack cy grey", "standard", true, func(st *styles.Style) ([]byte, error) {
			return write(layout.Pack(g, "cy", st, layout.PackOptions{Stages: []string{"discharge"}}))
		}, "1"},
		{"booklet columns", "a4", false, func(st *styles.Style) ([]byte, error) {
			return writeBi(layout.BilingualBooklet(g, [2]string{"cy", "en"}, layout.Columns, st))
		}, "1 1 52 52"},
	} {
		st := mustStyle(t, c.style)
		if c.grey {
			st = st.Greyscale()
		}
		pdf, err := c.plan(st)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		rows := imageRows(t, pdf)
		var pages []string
		colour := "rgb"
		if c.grey {
			colour = "gray"
		}
		for _, r := range rows {
			pages = append(pages, r[0])
			if r[1] != colour || r[2] != "8" || r[3] != rows[0][3] {
				t.Errorf("%s: image %v, want %s, 8 bits, object %s (stored once)", c.name, r, colour, rows[0][3])
			}
		}
		if got := strings.Join(pages, " "); got != c.pages {
			t.Errorf("%s: images on pages %q, want %q", c.name, got, c.pages)
		}
		m := st.Margins
		boxes, drawn := imageBoxes(t, pdf, st.PageHeight), 0
		for page, bs := range boxes {
			for _, b := range bs {
				drawn++
				if b[0] < m.Left-0.1 || b[0]+b[2] > st.PageWidth-m.Right+0.1 || b[1] < m.Top-0.1 || b[1]+b[3] > st.PageHeight-m.Bottom+0.1 || b[3] > st.LogoHeight+0.1 {
					t.Errorf("%s: page %d: logo at %.1f,%.1f %.1f×%.1f mm is outside the margins or taller than %g mm", c.name, page, b[0], b[1], b[2], b[3], st.LogoHeight)
				}
			}
		}
		if drawn != len(rows) {
			t.Errorf("%s: found %d logos drawn in the page contents, want %d", c.name, drawn, len(rows))
		}
		clean(t, c.name, pdf)
	}
}

func write(p *layout.Plan, err error) ([]byte, error) {
	if err != nil {
		return nil, err
	}
	return Write(p)
}

func writeBi(d *layout.Bilingual, err error) ([]byte, error) {
	if err != nil {
		return nil, err
	}
	return WriteBilingual(d)
}

// TestLogoFilesFpdfCannotRead: a CMYK JPEG, an interlaced PNG and a
// 16-bit PNG are stored as 8-bit PNGs of the same size, and the PDF
// made with each is clean; a plain PNG is stored as it is.
func TestLogoFilesFpdfCannotRead(t *testing.T) {
	needTool(t, "pdfimages")
	for _, c := range []struct{ file, colour string }{
		{"video-001.cmyk.jpeg", "rgb"},
		{"gray-gradient.interlaced.png", "rgb"},
		{"basn2c16.png", "rgb"},
	} {
		g := guideWithLogo(t, filepath.Join("testdata", "images", c.file))
		img := g.Logo.Get("en")
		data, typ, err := storable(img, false)
		if err != nil || typ != "PNG" || bytes.Equal(data, img.Data) {
			t.Fatalf("%s: stored as %s (%v), the file's own bytes: %v", c.file, typ, err, bytes.Equal(data, img.Data))
		}
		if cfg, err := png.DecodeConfig(bytes.NewReader(data)); err != nil || cfg.Width != img.Width || cfg.Height != img.Height || data[24] != 8 || data[28] != 0 {
			t.Errorf("%s: stored PNG %+v (%v), depth %d, interlace %d", c.file, cfg, err, data[24], data[28])
		}
		pdf, err := write(layout.Leaflet(g, "police", "en", mustStyle(t, "standard"), layout.LeafletOptions{}))
		if err != nil {
			t.Fatalf("%s: %v", c.file, err)
		}
		if rows := imageRows(t, pdf); len(rows) != 1 || rows[0][1] != c.colour || rows[0][2] != "8" {
			t.Errorf("%s: images %v, want one %s of 8 bits", c.file, rows, c.colour)
		}
		clean(t, c.file, pdf)
	}
	own, _, _ := storable(defaultGuide(t).Logo.Get("cy"), false)
	if !bytes.Equal(own, defaultGuide(t).Logo.Get("cy").Data) {
		t.Error("the sample logo (an 8-bit PNG) was encoded again")
	}
}

// guideWithLogo is a copy of the default guide whose logo is file.
func guideWithLogo(t *testing.T, file string) *content.Guide {
	t.Helper()
	dir := t.TempDir()
	testguide.CopyTree(t, filepath.Join("..", "content", "guide"), dir)
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "images", "logo.png"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	g, ps := content.LoadDir(dir, content.Options{})
	if ps.HasErrors() {
		t.Fatal(ps)
	}
	return g
}
