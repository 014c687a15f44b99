package markup

import (
	"reflect"
	"strings"
	"testing"
)

// TestTable reads a pipe table's header, cells with inline Markdown and
// alignments, at the table's first line.
func TestTable(t *testing.T) {
	src := "Intro.\n\n| Area | Phone | Open |\n|:--|--:|:-:|\n| **Cardiff** | 029 2000 | [web](https://x.org) |\n| Powys &amp; Hywel Dda | 01597 | 9–5 |"
	bs, err := Parse(src, at)
	if err != nil {
		t.Fatal(err)
	}
	if len(bs) != 2 || bs[1].Kind != Table {
		t.Fatalf("blocks %+v, want a paragraph and a table", bs)
	}
	tb := bs[1].Table
	if bs[1].Pos != pos(3, 1) {
		t.Errorf("table at %v, want %v", bs[1].Pos, pos(3, 1))
	}
	want := &PipeTable{
		Head: [][]Run{{plain("Area")}, {plain("Phone")}, {plain("Open")}},
		Rows: [][][]Run{
			{{bold("Cardiff")}, {plain("029 2000")}, {link("web", "https://x.org")}},
			{{plain("Powys & Hywel Dda")}, {plain("01597")}, {plain("9–5")}},
		},
		Align: []Align{AlignLeft, AlignRight, AlignCenter},
	}
	if !reflect.DeepEqual(tb, want) {
		t.Errorf("table\n got %+v\nwant %+v", tb, want)
	}
	if got := bs[1].Text(); got != "Area Phone Open Cardiff 029 2000 web Powys & Hywel Dda 01597 9–5" {
		t.Errorf("text %q", got)
	}
}

// TestTableCells follows goldmark (and GitHub): a short row is padded
// with empty cells, a long one loses the cells beyond the header's.
func TestTableCells(t *testing.T) {
	bs, err := Parse("| a | b |\n|---|---|\n| 1 |\n| 1 | 2 | 3 |", at)
	if err != nil {
		t.Fatal(err)
	}
	rows := bs[0].Table.Rows
	if len(rows) != 2 || len(rows[0]) != 2 || len(rows[0][1]) != 0 || len(rows[1]) != 2 || PlainText(rows[1][1]) != "2" {
		t.Errorf("rows %+v, want two of two cells: [1, empty] and [1, 2]", rows)
	}
}

// TestTableErrors reports what a cell may not hold on the cell's line,
// as in any paragraph. (goldmark gives inline nodes in cells columns a
// few characters off, so only the line is checked.)
func TestTableErrors(t *testing.T) {
	_, err := Parse("| a | b |\n|---|---|\n| ![x](y.png) | <b>2</b> |", at)
	got := problemStrings(t, err)
	want := []string{"an image must stand alone in its paragraph", "raw HTML is not allowed", "raw HTML is not allowed"}
	if len(got) != len(want) {
		t.Fatalf("problems %q, want %q", got, want)
	}
	for i, g := range got {
		if !strings.HasPrefix(g, "stages/police.yaml:12:") || !strings.Contains(g, want[i]) {
			t.Errorf("problem %q, want one on line 12: %q", g, want[i])
		}
	}
}
