package impose

import (
	"bytes"
	"math"
	"regexp"
	"strings"
	"testing"
)

// held is one sheet side as a reader holds it the right way up.
type held struct {
	pages  [2]int // markers on the left and right, 0 for a blank half
	upside bool   // all markers upright
}

// printed works out what a duplex printer makes of output page p (page
// numbers from 1): a printer prints every page as displayed. Hold the
// sheet with the front (odd page) as displayed and turn it over like a
// book page. With "flip on the short edge" the back (even page) then
// appears as displayed. With "flip on the long edge" the printer has put
// the back's top at the front's bottom edge, so the back appears turned
// 180 degrees: its halves swap and upside-down content becomes upright.
func printed(t *testing.T, file string, p int, flip Flip) held {
	t.Helper()
	h := held{pages: [2]int{halfMarker(t, file, p, 0), halfMarker(t, file, p, 1)}, upside: true}
	turned := p%2 == 0 && flip == LongEdge
	for n, up := range upright(t, file, p) {
		if up == turned {
			t.Errorf("page %d: marker %02d is upside down on paper", p, n)
			h.upside = false
		}
	}
	if turned {
		h.pages[0], h.pages[1] = h.pages[1], h.pages[0]
	}
	return h
}

// markerOf maps a page number of the padded booklet (pages long) to the
// marker printed on it, for a source of src pages padded before the last
// page: 0 for an inserted blank page.
func markerOf(page, pages, src int) int {
	switch {
	case page == pages:
		return src
	case page < src:
		return page
	}
	return 0
}

func TestBooklet(t *testing.T) {
	for _, tt := range []struct {
		src, pages, padded int
	}{{8, 8, 0}, {12, 12, 0}, {6, 8, 2}, {5, 8, 3}, {7, 8, 1}} {
		for _, flip := range []Flip{LongEdge, ShortEdge} {
			t.Run(strings.ReplaceAll(flip.String(), " ", "-")+"-"+string(rune('0'+tt.src/10))+string(rune('0'+tt.src%10)), func(t *testing.T) {
				out, info, err := Booklet(a5(t, tt.src), Options{Flip: flip})
				if err != nil {
					t.Fatal(err)
				}
				want := Info{Sheets: tt.pages / 4, Pages: tt.pages, PaddedPages: tt.padded, Paper: "A4", Flip: flip}
				if info.Duplex == "" || !strings.Contains(info.Duplex, flip.String()) {
					t.Errorf("Duplex = %q, want it to say %q", info.Duplex, flip)
				}
				info.Duplex = ""
				if info != want {
					t.Errorf("Info = %+v, want %+v", info, want)
				}
				file := writeTemp(t, "booklet.pdf", out)
				checkSheets(t, file, tt.pages, tt.src, flip)
				checkStructure(t, file, out, tt.pages)
			})
		}
	}
}

// checkSheets asserts that every printed sheet holds the pages of Order in
// the right places, the right way up.
func checkSheets(t *testing.T, file string, pages, src int, flip Flip) {
	t.Helper()
	for i, sh := range Order(pages) {
		for j, want := range [2][2]int{sh.Front, sh.Back} {
			p := 2*i + j + 1
			got := printed(t, file, p, flip)
			want = [2]int{markerOf(want[0], pages, src), markerOf(want[1], pages, src)}
			if got.pages != want {
				t.Errorf("sheet %d %s (page %d) prints %v, want %v", i+1, [2]string{"front", "back"}[j], p, got.pages, want)
			}
		}
	}
	// The back cover (last source page) is on the outside of sheet 1.
	if got := halfMarker(t, file, 1, 0); got != src {
		t.Errorf("sheet 1 front left shows page %d, want the back cover %d", got, src)
	}
}

// checkStructure asserts page count and size, qpdf's and pdfcpu's
// verdicts, and that no source page dictionary survives.
func checkStructure(t *testing.T, file string, out []byte, pages int) {
	t.Helper()
	sizes, rotations := pageInfo(t, file)
	if len(sizes) != pages/2 || len(rotations) != pages/2 {
		t.Fatalf("pdfinfo: %d pages, want %d", len(sizes), pages/2)
	}
	for i, s := range sizes {
		if math.Abs(s[0]-sheetWidth) > 1 || math.Abs(s[1]-sheetHeight) > 1 {
			t.Errorf("page %d is %v pt, want A4 landscape %v x %v", i+1, s, sheetWidth, sheetHeight)
		}
	}
	run(t, "qpdf", "--check", file)
	if err := Validate(out); err != nil {
		t.Error(err)
	}
	pageDicts := regexp.MustCompile(`/Type\s*/Page[^s]`).FindAll(out, -1)
	if len(pageDicts) != pages/2 {
		t.Errorf("output holds %d page dictionaries, want %d", len(pageDicts), pages/2)
	}
}

func TestBookletWithLinksAndBookmarks(t *testing.T) {
	in := makePDF(t, sample{pages: 8, extras: true})
	if err := strictValidate(in); err == nil {
		t.Log("pdfcpu's strict validation now accepts fpdf's link annotations")
	} else {
		t.Logf("strict validation rejects the input, as expected: %v", err)
	}
	if err := Validate(in); err != nil {
		t.Fatalf("relaxed validation: %v", err)
	}
	out, info, err := Booklet(in, Options{})
	if err != nil {
		t.Fatal(err)
	}
	file := writeTemp(t, "links.pdf", out)
	checkSheets(t, file, 8, 8, info.Flip)
	checkStructure(t, file, out, 8)
	for _, key := range []string{"/Outlines", "/Annots", "/OpenAction"} {
		if bytes.Contains(out, []byte(key)) {
			t.Errorf("output still has %s", key)
		}
	}
}
