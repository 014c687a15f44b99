package pdf

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"guidepress/layout"
)

// TestStructTextGolden reads a leaflet in each language as a screen
// reader's structure walk does (pdfinfo -struct-text): headings,
// paragraphs, each list item's label then its body, the advice as a
// note, the contacts, in the order a person reads the pages, with no
// running header or footer among them. The golden files are the
// expected walk; after a deliberate change, rewrite them with
// go test ./pdf -run StructText -update and read the diff.
func TestStructTextGolden(t *testing.T) {
	needTool(t, "pdfinfo")
	g := defaultGuide(t)
	for _, lang := range []string{"en", "cy"} {
		out, _, err := drawn(layout.Leaflet(g, "police", lang, mustStyle(t, "standard"), layout.LeafletOptions{}))
		if err != nil {
			t.Fatal(err)
		}
		if info := run(t, out, "pdfinfo"); !strings.Contains(info, "Tagged:          yes") {
			t.Errorf("%s: pdfinfo does not call the leaflet tagged:\n%s", lang, info)
		}
		got := run(t, out, "pdfinfo", "-struct-text")
		for _, chrome := range []string{"Page 1 of", "Tudalen 1 o"} {
			if strings.Contains(got, chrome) {
				t.Errorf("%s: the footer %q is in the structure", lang, chrome)
			}
		}
		golden := filepath.Join("testdata", "leaflet-police-"+lang+".struct.txt")
		if *update {
			if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test ./pdf -run StructText -update)", err)
		}
		if got != string(want) {
			t.Errorf("%s differs from the leaflet's structure; if the change is right, run go test ./pdf -run StructText -update\n%s",
				golden, firstDiff(string(want), got))
		}
	}
}

// TestListMarkersReadBeforeItems: read without the structure, by
// pdftotext, each list item's marker ("•", "1.") comes just before its
// text, not after it or glued to the item before, in English and Welsh
// and in both columns of a bilingual edition.
func TestListMarkersReadBeforeItems(t *testing.T) {
	needTool(t, "pdftotext")
	g := defaultGuide(t)
	var plans []*layout.Plan
	var files [][]byte
	for _, lang := range []string{"en", "cy"} {
		p, err := layout.Booklet(g, lang, mustStyle(t, "standard"))
		if err != nil {
			t.Fatal(err)
		}
		out, err := Write(p)
		if err != nil {
			t.Fatal(err)
		}
		plans, files = append(plans, p), append(files, out)
	}
	checked := 0
	for i, p := range plans {
		texts := pageTexts(t, files[i])
		for _, pg := range p.Pages {
			read := strings.Join(strings.Fields(run(t, files[i], "pdftotext", "-f", fmt.Sprint(pg.Number), "-l", fmt.Sprint(pg.Number))), " ")
			for _, pair := range listPairs(p, pg) {
				if !strings.Contains(read, pair) {
					t.Errorf("%s page %d: pdftotext does not read %q (marker, then its item):\n%s", p.Meta.Lang, pg.Number, pair, texts[pg.Number-1])
				}
				checked++
			}
		}
	}
	if checked < 100 {
		t.Errorf("only %d list items checked: the default guide's lists are not found", checked)
	}
}

// listPairs are, for each list item that starts on page pg, its marker
// and the first words of its text as they should be read: "• free
// legal advice".
func listPairs(p *layout.Plan, pg *layout.Page) []string {
	var out []string
	for k, it := range pg.Items {
		if it.Tag == 0 || p.Tags[it.Tag].Type != layout.TagLbl {
			continue
		}
		for _, body := range pg.Items[k+1:] {
			if body.Tag > 0 && p.Tags[body.Tag].Type == layout.TagLBody && p.Tags[body.Tag].Parent == p.Tags[it.Tag].Parent {
				words := strings.Fields(body.Text())
				out = append(out, it.Text()+" "+strings.Join(words[:min(3, len(words))], " "))
				break
			}
		}
	}
	return out
}
