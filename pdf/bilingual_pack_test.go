package pdf

import (
	"bytes"
	"strings"
	"testing"

	"guidepress/layout"
)

// TestBilingualPackPDF makes a columns pack twice from the same inputs
// and date (the same bytes) and a tête-bêche pack in English-first order:
// the name is in the text as often as it is printed, and not in the
// document information.
func TestBilingualPackPDF(t *testing.T) {
	t.Parallel()
	needTool(t, "pdftotext")
	needTool(t, "pdfinfo")
	g := defaultGuide(t)
	opts := layout.PackOptions{Stages: []string{"discharge"}, Area: "cardiff-and-vale", Name: packName, Date: packDate}
	for _, c := range []struct {
		langs  [2]string
		layout layout.Layout
		style  string
		names  int
	}{{[2]string{"cy", "en"}, layout.Columns, "a4", 1}, {[2]string{"en", "cy"}, layout.TeteBeche, "standard", 2}} {
		pdf, _, err := drawnBilingual(layout.BilingualPack(g, c.langs, c.layout, mustStyle(t, c.style), opts))
		if err != nil {
			t.Fatal(err)
		}
		if c.layout == layout.Columns {
			if again, _, _ := drawnBilingual(layout.BilingualPack(g, c.langs, c.layout, mustStyle(t, c.style), opts)); !bytes.Equal(pdf, again) {
				t.Errorf("%s: two packs from the same inputs and date differ", c.layout)
			}
		}
		// The name may break after its hyphen; pdftotext drops such a
		// hyphen on a turned page.
		text := joined(run(t, pdf, "pdftotext"))
		if n := strings.Count(text, packName) + strings.Count(text, strings.ReplaceAll(packName, "-", "")); n != c.names {
			t.Errorf("%s: the name is in the text %d times, want %d", c.layout, n, c.names)
		}
		first, second := g.Label(c.langs[0], "pack_title", nil), g.Label(c.langs[1], "pack_title", nil)
		info := run(t, pdf, "pdfinfo")
		if strings.Contains(info, "Zebedee") || !strings.Contains(info, first+" – ") || !strings.Contains(info, " / "+second+" – ") {
			t.Errorf("%s: document information:\n%s", c.layout, info)
		}
	}
}
