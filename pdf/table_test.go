package pdf

import (
	"regexp"
	"strings"
	"testing"

	"guidepress/internal/testguide"
	"guidepress/layout"
)

// header is the table's header line as pdftotext -layout reads it.
var header = regexp.MustCompile(`Name\s+Price\s+Code\s+Note`)

// TestTableReadBack reads back a booklet with a 40-row table: the header
// line heads every page the table is on, before its first row; every row
// is read once; every line is inside the margins, none overlapping.
func TestTableReadBack(t *testing.T) {
	needTool(t, "pdftotext")
	needTool(t, "qpdf")
	st := mustStyle(t, "standard")
	out, _, err := drawn(layout.Booklet(testguide.TableFixture(40), "en", st))
	if err != nil {
		t.Fatal(err)
	}
	clean(t, "table", out)
	checkGeometry(t, "table", out, st)
	rowLine := regexp.MustCompile(`(?m)^\s*row(\d+)\s`)
	rows, pages := map[string]bool{}, 0
	for i, text := range pageTexts(t, out) {
		first := rowLine.FindStringIndex(text)
		if first == nil {
			continue
		}
		pages++
		h := header.FindStringIndex(text)
		if h == nil || h[0] > first[0] {
			t.Errorf("page %d: the table's rows are not under its header:\n%s", i+1, text)
		}
		for _, m := range rowLine.FindAllStringSubmatch(text, -1) {
			if rows[m[1]] {
				t.Errorf("row%s is read twice", m[1])
			}
			rows[m[1]] = true
		}
		if strings.Contains(text, "|") || strings.Contains(text, "--:") {
			t.Errorf("page %d prints table syntax:\n%s", i+1, text)
		}
	}
	if pages < 2 || len(rows) != 40 {
		t.Errorf("%d rows read on %d pages; want 40 on two pages or more", len(rows), pages)
	}
}

// TestStackedTableReadBack reads back a Columns edition in large print:
// each row of the table is printed as "Header: value" lines, the Welsh
// (with ŵ and ŷ) in the left column and the English in the right.
func TestStackedTableReadBack(t *testing.T) {
	needTool(t, "pdftotext")
	needTool(t, "qpdf")
	st := mustStyle(t, "large-print")
	out, _, err := drawnBilingual(layout.BilingualBooklet(testguide.TableFixture(3), [2]string{"cy", "en"}, layout.Columns, st))
	if err != nil {
		t.Fatal(err)
	}
	clean(t, "stacked table", out)
	checkGeometry(t, "stacked table", out, st)
	text := run(t, out, "pdftotext", "-layout")
	// each cell is a line of its column: its text, then the gutter or
	// the end of the line
	for _, cell := range []string{"Enw: row2", "Pris: 999.50", "Cod: xxx", "Nodyn ŵ ŷ: n2 n2",
		"Name: row2", "Price: 999.50", "Code: xxx", "Note: n2 n2"} {
		if !regexp.MustCompile(`(?m)(^|\s{2})` + regexp.QuoteMeta(cell) + `(\s{2}|\s|$)`).MatchString(text) {
			t.Errorf("no line reading %q in the Columns edition", cell)
		}
	}
	if header.MatchString(text) {
		t.Errorf("a stacked table still has its header line")
	}
}
