package press_test

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"guidepress/impose"
	"guidepress/internal/pdfcheck"
	"guidepress/output"
	"guidepress/press"
)

// needTools skips t unless every named command is installed (fails it on
// CI: see pdfcheck.NeedTool).
func needTools(t *testing.T, names ...string) {
	t.Helper()
	for _, n := range names {
		pdfcheck.NeedTool(t, n)
	}
}

// TestBuildPrint builds the minimal guide with --print in the standard
// (A5) and large-print (A4) styles: every A5 booklet and leaflet, a
// multiple of 4 pages, gets an imposed file whose sheets, read back half
// by half with pdftotext, hold the source's pages in saddle-stitch order
// for long-edge duplex printing; A4 files are not imposed, and the report
// says so. An unchanged rebuild skips the imposed files too.
func TestBuildPrint(t *testing.T) {
	needTools(t, "pdftotext", "qpdf")
	dir, out := minimalGuide(t), t.TempDir()
	opts := press.BuildOptions{ContentDir: dir, OutDir: out, Styles: []string{"standard", "large-print"}, Langs: []string{"cy"}, Print: true}
	res, err := press.Build(opts)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(res.Print.Duplex, "flip on the long edge") || !slices.Equal(res.Print.NotImposed, []string{"large-print"}) {
		t.Errorf("print report %+v", res.Print)
	}
	m, err := output.ReadManifest(out)
	if err != nil {
		t.Fatal(err)
	}
	sources := map[string]output.Entry{}
	for _, e := range m.Files {
		if e.Kind != "imposed" {
			sources[e.Path] = e
		}
	}
	imposed := 0
	for _, e := range m.Files {
		if e.Kind != "imposed" {
			continue
		}
		imposed++
		src, ok := sources[strings.TrimSuffix(e.Path, "-imposed.pdf")+".pdf"]
		if !ok || src.Style != "standard" || src.Language != e.Language || src.Stage != e.Stage {
			t.Fatalf("imposed %+v has no matching A5 source (%+v)", e, src)
		}
		// The print file is for the printer: not tagged, and the
		// manifest says so; the file readers are given is tagged.
		if e.Tagged || !src.Tagged {
			t.Errorf("%s: manifest says tagged %t, its source %t; want false, true", e.Path, e.Tagged, src.Tagged)
		}
		if info := pdfinfo(t, filepath.Join(out, e.Path)); !strings.Contains(info, "Tagged:          no") {
			t.Errorf("%s: pdfinfo says\n%s\nwant Tagged: no (the structure of the unimposed pages does not fit the sheets)", e.Path, info)
		}
		if src.Pages%4 != 0 || e.Pages != src.Pages/2 {
			t.Errorf("%s: source %d pages, imposed %d sheet sides", e.Path, src.Pages, e.Pages)
		}
		checkSheets(t, filepath.Join(out, e.Path), src.Pages)
	}
	if imposed != 3 { // the booklet and two leaflets
		t.Errorf("%d imposed files, want 3", imposed)
	}
	again, err := press.Build(opts)
	if err != nil || len(again.Written) != 0 || !strings.Contains(again.Print.Duplex, "long edge") {
		t.Errorf("unchanged rebuild wrote %d files (%v), report %+v", len(again.Written), err, again.Print)
	}
}

var pageLabel = regexp.MustCompile(`(?:Page|Tudalen) (\d+) (?:of|o) (\d+)`)

// checkSheets reads every half of every side of the imposed file and
// compares the pages found with impose.Order(pages) as the sheets are held
// after long-edge duplex printing: a back side is displayed upside down,
// so its halves swap.
func checkSheets(t *testing.T, file string, pages int) {
	t.Helper()
	pdfcheck.File(t, file, mustRead(t, file))
	for i, sheet := range impose.Order(pages) {
		for side, want := range [2][2]int{sheet.Front, sheet.Back} {
			p := 2*i + side + 1
			got := [2]int{halfPage(t, file, p, 0, pages), halfPage(t, file, p, 1, pages)}
			if side == 1 {
				got[0], got[1] = got[1], got[0]
			}
			if got != want {
				t.Errorf("%s: sheet %d %s holds pages %v, want %v", filepath.Base(file), i+1, [2]string{"front", "back"}[side], got, want)
			}
		}
	}
}

// halfPage returns the source page shown in the left (0) or right (1)
// half of sheet side p: from its footer's "Page n of m", else the back
// cover (it carries the review notice) or the front cover.
func halfPage(t *testing.T, file string, p, half, pages int) int {
	t.Helper()
	x := strconv.Itoa(half * 421)
	text, err := exec.Command("pdftotext", "-f", strconv.Itoa(p), "-l", strconv.Itoa(p),
		"-x", x, "-y", "0", "-W", "421", "-H", "596", file, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	s := strings.Join(strings.Fields(string(text)), " ")
	ms := pageLabel.FindAllStringSubmatch(s, -1)
	switch {
	case len(ms) > 1:
		t.Fatalf("side %d half %d shows several pages: %q", p, half, s)
	case len(ms) == 1:
		if ms[0][2] != strconv.Itoa(pages) {
			t.Errorf("side %d half %d: %q, want a page of %d", p, half, ms[0][0], pages)
		}
		n, _ := strconv.Atoi(ms[0][1])
		return n
	case strings.Contains(s, "Cynnwys prawf yn unig"):
		return pages
	case s != "":
		return 1
	}
	return 0
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// brandStyle is a style file in colour (dark blue text, purple headers, a
// pale blue tint), for the greyscale test.
const brandStyle = `name: brand
based_on: standard
colours: {text: "#00205B", muted: "#3A0050", tint: "#DDEEFF", rule: "#003B2F"}
`

var colourOp = regexp.MustCompile(`(?m)(?:^|\s)([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+(rg|RG)\b`)

// TestBuildGreyscale builds booklets in a colour style with --greyscale
// and --print: the files are named -grey.pdf, their style is brand+grey,
// and no colour operator in any content stream (text, rules, the recovery
// diagram, the imposed sheets) sets a colour that is not grey. The same
// build without --greyscale does set colours, so the check can fail.
func TestBuildGreyscale(t *testing.T) {
	needTools(t, "qpdf")
	dir, out := minimalGuide(t), t.TempDir()
	style := filepath.Join(t.TempDir(), "brand.yaml")
	os.WriteFile(style, []byte(brandStyle), 0o644)
	opts := press.BuildOptions{ContentDir: dir, OutDir: out, Styles: []string{style}, Langs: []string{"en"},
		NoLeaflets: true, Greyscale: true, Print: true, CropMarks: true}
	res, err := press.Build(opts)
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, e := range res.Written {
		paths = append(paths, e.Path+" "+e.Style)
	}
	if got := strings.Join(paths, ", "); got != "mini-booklet-en-brand-grey.pdf brand+grey, mini-booklet-en-brand-grey-imposed.pdf brand+grey" {
		t.Fatalf("wrote %s", got)
	}
	for _, e := range res.Written {
		if bad := colours(t, filepath.Join(out, e.Path)); len(bad) > 0 {
			t.Errorf("%s sets colours %v", e.Path, bad)
		}
	}
	opts.Greyscale, opts.Print, opts.CropMarks = false, false, false
	if res, err = press.Build(opts); err != nil || len(res.Written) != 1 {
		t.Fatalf("colour build: %v", err)
	}
	if len(colours(t, filepath.Join(out, res.Written[0].Path))) == 0 {
		t.Error("the colour booklet sets no colour: the check proves nothing")
	}
}

// colours returns the colour operators of file's content streams that
// set a colour that is not grey.
func colours(t *testing.T, file string) []string {
	t.Helper()
	qdf, err := exec.Command("qpdf", "--qdf", "--object-streams=disable", file, "-").Output()
	if err != nil {
		t.Fatalf("qpdf --qdf %s: %v", file, err)
	}
	var bad []string
	for _, m := range colourOp.FindAllStringSubmatch(string(qdf), -1) {
		if m[1] != m[2] || m[2] != m[3] {
			bad = append(bad, strings.Join(m[1:], " "))
		}
	}
	return bad
}

// TestCropMarksNeedPrint: fold marks without imposed files is a usage
// error.
func TestCropMarksNeedPrint(t *testing.T) {
	_, err := press.Build(press.BuildOptions{ContentDir: minimalGuide(t), OutDir: t.TempDir(), CropMarks: true})
	if !errors.Is(err, press.ErrUsage) {
		t.Errorf("error %v, want a usage error", err)
	}
}

// pdfinfo is what pdfinfo prints about file.
func pdfinfo(t *testing.T, file string) string {
	t.Helper()
	pdfcheck.NeedTool(t, "pdfinfo")
	out, err := exec.Command("pdfinfo", file).CombinedOutput()
	if err != nil {
		t.Fatalf("pdfinfo %s: %v\n%s", file, err, out)
	}
	return string(out)
}
