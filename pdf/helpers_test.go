package pdf

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"guidepress/content"
	"guidepress/internal/pdfcheck"
	"guidepress/internal/testguide"
	"guidepress/layout"
	"guidepress/styles"
)

// packName is the name on the tests' packs: long, with a Welsh letter.
const packName = "Zebedee Quillfeather-Ŵynne"

// packDate is the date on the covers of the tests' bilingual packs.
var packDate = time.Date(2027, 3, 2, 0, 0, 0, 0, time.UTC)

// contactsID is the ID of the Key contacts chapter in a plan.
const contactsID = "key-contacts"

// usedLabels and packLabels are the label keys a booklet or leaflet, and
// a pack besides, prints.
var usedLabels, packLabels = layout.LabelKeys(false), layout.LabelKeys(true)

func mustStyle(t *testing.T, name string) *styles.Style {
	t.Helper()
	st, err := styles.Preset(name)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// defaultGuide is testguide.Default: a copy of the default guide.
func defaultGuide(t *testing.T) *content.Guide { return testguide.Default(t) }

// drawn draws a laid-out plan, passing on an error from the layout, and
// returns the PDF and its number of pages.
func drawn(p *layout.Plan, err error) ([]byte, int, error) {
	if err != nil {
		return nil, 0, err
	}
	out, err := Write(p)
	if err != nil {
		return nil, 0, err
	}
	return out, len(p.Pages), nil
}

// drawnBilingual draws a laid-out bilingual edition, passing on an error
// from the layout.
func drawnBilingual(d *layout.Bilingual, err error) ([]byte, int, error) {
	if err != nil {
		return nil, 0, err
	}
	out, err := WriteBilingual(d)
	if err != nil {
		return nil, 0, err
	}
	return out, d.Pages(), nil
}

// needTool skips the test when a poppler or qpdf tool is not installed,
// and fails it on CI (CI=true), which installs them.
func needTool(t *testing.T, name string) {
	t.Helper()
	pdfcheck.NeedTool(t, name)
}

// clean fails t unless every reader takes pdf (called name) as it is:
// see pdfcheck.File.
func clean(t *testing.T, name string, pdf []byte) {
	t.Helper()
	file := filepath.Join(t.TempDir(), "clean.pdf")
	if err := os.WriteFile(file, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, p := range pdfcheck.Problems(t, file, pdf) {
		t.Errorf("%s: %s", name, p)
	}
}

// run writes pdf to a file and runs tool on it, returning its output.
func run(t *testing.T, pdf []byte, tool string, args ...string) string {
	t.Helper()
	file := filepath.Join(t.TempDir(), "b.pdf")
	if err := os.WriteFile(file, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	args = append(args, file)
	if tool == "pdftotext" {
		args = append(args, "-")
	}
	cmd := exec.Command(tool, args...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", tool, args, err, out)
	}
	return string(out)
}

// pageTexts returns the text of every page, laid out as on the page.
func pageTexts(t *testing.T, pdf []byte) []string {
	pages := strings.Split(run(t, pdf, "pdftotext", "-layout"), "\f")
	return pages[:len(pages)-1]
}

func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

// joined is flat(s) with words that broke over a line after their own
// hyphen ("Quillfeather-" "Ŵynne") read whole again.
func joined(s string) string { return strings.ReplaceAll(flat(s), "- ", "-") }

// englishLabels returns each English label (as "key: text") that text
// contains: a Welsh edition must have none.
func englishLabels(g *content.Guide, text string) []string { return labelsIn(g, "en", text) }

// labelsIn returns each label of lang (as "key: text") that text
// contains: the other language's half of a bilingual edition must have
// none.
func labelsIn(g *content.Guide, lang, text string) []string {
	var out []string
	for _, key := range usedLabels {
		vars := map[string]string{"n": "\x00", "m": "\x00", "org": "\x00", "date": "\x00", "number": "\x00"}
		for _, frag := range strings.Split(g.Label(lang, key, vars), "\x00") {
			frag = strings.TrimSpace(frag)
			if len(frag) < 4 {
				frag += ":" // contact labels are printed as "Web:"
			}
			if len(frag) > 1 && strings.Contains(text, frag) {
				out = append(out, fmt.Sprintf("%s: %q", key, frag))
			}
		}
	}
	return out
}

// packLabelsIn returns each label of lang that only a pack prints, and
// that is long enough not to be found by chance, that text contains.
// life_areas is left out: it is the wheel's caption, which a columns
// edition draws across the page in each language.
func packLabelsIn(g *content.Guide, lang, text string) []string {
	var out []string
	for _, key := range packLabels {
		if l := g.Label(lang, key, nil); key != "life_areas" && len(l) > 3 && strings.Contains(text, flat(l)) {
			out = append(out, key+": "+l)
		}
	}
	return out
}

// checkGeometry fails when a text line of pdf lies outside the style's
// margins or overlaps another line on its page (pdfcheck.Geometry reads
// pdftotext -bbox-layout).
func checkGeometry(t *testing.T, name string, pdf []byte, st *styles.Style) {
	t.Helper()
	pages := pdfcheck.ParseLines(run(t, pdf, "pdftotext", "-bbox-layout"))
	m := st.Margins
	for _, p := range pdfcheck.Geometry(pages, pdfcheck.MarginBox(st.PageWidth, st.PageHeight, m.Top, m.Right, m.Bottom, m.Left)) {
		t.Errorf("%s %s", name, p)
	}
}
