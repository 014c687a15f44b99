package layout

import (
	"math"
	"strings"
	"testing"

	"guidepress/content"
	"guidepress/internal/testguide"
)

// tableGuide is testguide.TableFixture: a table of n rows.
func tableGuide(n int) *content.Guide { return testguide.TableFixture(n) }

// tableLines are the table's text lines on a page, by the row they
// belong to ("row12"; "head" for the header), each with its column's
// line items.
func tableLines(p *Page, head string) map[string][]Item {
	out := map[string][]Item{}
	var rowY = map[float64]string{}
	for _, it := range p.Items {
		if it.Kind != TextLine || it.Role != RoleBody {
			continue
		}
		if txt := it.Text(); strings.HasPrefix(txt, "row") {
			rowY[it.Y] = txt
		} else if txt == head {
			rowY[it.Y] = "head"
		}
	}
	for _, it := range p.Items {
		if key, ok := rowY[it.Y]; ok && it.Kind == TextLine {
			out[key] = append(out[key], it)
		}
	}
	return out
}

// TestTableAcrossPages: a table longer than a page has its header at the
// top of each page it goes on to, on the tint; no row is split between
// pages; a column aligned right keeps a common right edge and a centred
// one a common middle.
func TestTableAcrossPages(t *testing.T) {
	p, err := Booklet(tableGuide(40), "en", mustStyle(t, "standard"))
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{} // row to the page it is on
	pages, rights, mids := 0, map[float64]bool{}, map[float64]bool{}
	for _, pg := range p.Pages {
		rows := tableLines(pg, "Name")
		if len(rows) == 0 {
			continue
		}
		pages++
		if len(rows["head"]) != 4 {
			t.Errorf("page %d: the table goes on without its header (%d header cells)", pg.Number, len(rows["head"]))
		}
		shaded := false
		for _, it := range pg.Items {
			shaded = shaded || it.Kind == Shade
		}
		if !shaded {
			t.Errorf("page %d: the header has no tint", pg.Number)
		}
		for key, items := range rows {
			if key == "head" {
				continue
			}
			if at, ok := seen[key]; ok && at != pg.Number {
				t.Errorf("%s is split between pages %d and %d", key, at, pg.Number)
			}
			seen[key] = pg.Number
			rights[round(items[1].X+items[1].W)] = true
			mids[round(items[2].X+items[2].W/2)] = true
		}
	}
	if pages < 2 || len(seen) != 40 {
		t.Fatalf("the table is on %d pages with %d rows; want 40 rows over two pages or more", pages, len(seen))
	}
	if len(rights) != 1 || len(mids) != 1 {
		t.Errorf("right edges %v, centres %v: want one each", rights, mids)
	}
	// every line of a row's note is on the row's page
	lines := 0
	for _, pg := range p.Pages {
		for _, it := range pg.Items {
			if f := strings.Fields(it.Text()); len(f) > 0 && strings.HasPrefix(f[0], "n") && it.Kind == TextLine {
				lines++
				if key := "row" + f[0][1:]; seen[key] != pg.Number {
					t.Errorf("a line of %s's note is on page %d, the row on page %d", key, pg.Number, seen[key])
				}
			}
		}
	}
	if lines < 80 {
		t.Errorf("%d lines of notes; want them to wrap, two lines or more a row", lines)
	}
}

func round(x float64) float64 { return math.Round(x*100) / 100 }

// TestTableStacked: in a Columns edition, a table whose columns do not
// fit the column is printed as blocks of "Header: value" lines, in each
// language, with nothing of a row left out.
func TestTableStacked(t *testing.T) {
	d, err := BilingualBooklet(tableGuide(3), [2]string{"cy", "en"}, Columns, mustStyle(t, "large-print"))
	if err != nil {
		t.Fatal(err)
	}
	for h, want := range []string{"Enw: row2 Pris: 999.50 Cod: xxx Nodyn ŵ ŷ: n2 n2", "Name: row2 Price: 999.50 Code: xxx Note: n2 n2"} {
		text := ""
		for _, pg := range d.Halves[h].Pages {
			text += pageText(pg) + " "
		}
		if !strings.Contains(text, want) {
			t.Errorf("%s half: no %q in its text", d.Langs[h], want)
		}
		for _, pg := range d.Halves[h].Pages {
			for _, it := range pg.Items {
				if it.Kind == Shade {
					t.Errorf("%s half, page %d: a tinted header row in a stacked table", d.Langs[h], pg.Number)
				}
			}
		}
	}
}

// TestQuotedTableRepeatsItsBar: a table in a block quote has the quote's
// bar beside its header on every page, the repeated header too.
func TestQuotedTableRepeatsItsBar(t *testing.T) {
	g := tableGuide(40)
	body := g.Stages[0].Sections[0].Body
	for _, lang := range []string{"en", "cy"} {
		body.Values[lang] = strings.ReplaceAll(body.Values[lang], "\n|", "\n> |")
		body.Values[lang] = strings.Replace(body.Values[lang], "Intro.\n\n> |", "Intro.\n\n> Quoted:\n>\n> |", 1)
	}
	p, err := Booklet(g, "en", mustStyle(t, "standard"))
	if err != nil {
		t.Fatal(err)
	}
	pages := 0
	for _, pg := range p.Pages {
		head := tableLines(pg, "Name")["head"]
		if len(head) == 0 {
			continue
		}
		pages++
		barred := false
		for _, it := range pg.Items {
			barred = barred || it.Kind == Bar && it.Y <= head[0].Y+eps && it.Y+it.H >= head[0].Y+head[0].H-eps
		}
		if !barred {
			t.Errorf("page %d: the quoted table's header has no quote bar beside it", pg.Number)
		}
	}
	if pages < 2 {
		t.Errorf("the quoted table's header is on %d pages; want two or more", pages)
	}
}
