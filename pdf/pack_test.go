package pdf

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"guidepress/layout"
)

// TestPackPDF reads a Welsh pack back with pdftotext: the name and date
// on the cover, the fill-in labels, no English label, the stages chosen
// and no other; the same inputs give the same bytes.
func TestPackPDF(t *testing.T) {
	needTool(t, "pdftotext")
	g := defaultGuide(t)
	st := mustStyle(t, "standard")
	opts := layout.PackOptions{Stages: []string{"discharge"}, Name: packName, Date: time.Date(2027, 3, 2, 0, 0, 0, 0, time.UTC)}
	pdf, _, err := drawn(layout.Pack(g, "cy", st, opts))
	if err != nil {
		t.Fatal(err)
	}
	again, _, _ := drawn(layout.Pack(g, "cy", st, opts))
	if !bytes.Equal(pdf, again) {
		t.Error("two packs from the same inputs differ")
	}
	pages := pageTexts(t, pdf)
	cover := joined(pages[0])
	for _, want := range []string{"Paratowyd ar gyfer: " + packName, "Dyddiad: 2 Mawrth 2027", "Cydgysylltydd gofal:", "Ffôn:",
		"Apwyntiad nesaf:", "Meddyg teulu:", "Eich pecyn rhyddhau", "Yn y pecyn hwn", "Rhyddhau"} {
		if !strings.Contains(cover, want) {
			t.Errorf("cover lacks %q:\n%s", want, cover)
		}
	}
	all := flat(strings.Join(pages, " "))
	for _, found := range englishLabels(g, all) {
		t.Errorf("Welsh pack contains English label %s", found)
	}
	for _, key := range packLabels {
		if en := g.Label("en", key, nil); len(en) > 3 && strings.Contains(all, en) {
			t.Errorf("Welsh pack contains English label %s: %q", key, en)
		}
	}
	for _, s := range g.Stages {
		if s.ID != "discharge" && strings.Contains(all, flat(s.Sections[0].Heading.Get("cy"))) {
			t.Errorf("the pack holds stage %s, which was not chosen", s.ID)
		}
	}
	if info := run(t, pdf, "pdfinfo"); strings.Contains(info, "Zebedee") || !strings.Contains(info, "Eich pecyn rhyddhau – ") {
		t.Errorf("document information:\n%s", info)
	}
	checkGeometry(t, "pack cy", pdf, st)
}
