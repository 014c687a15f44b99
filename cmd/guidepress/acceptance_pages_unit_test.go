package main

import (
	"strings"
	"testing"

	"guidepress/internal/pdfcheck"
	"guidepress/internal/testguide"
	"guidepress/styles"
)

// These tests check the acceptance test's reading of pages on pages made
// by hand, so that its checks are known to catch what they look for.

// line makes a line of text at y, h points high.
func line(x, y, h float64, text string) pdfcheck.Line {
	return pdfcheck.Line{X0: x, Y0: y, X1: x + 5*float64(len(text)), Y1: y + h, Text: text}
}

// samplePage is an A5 page with a one-line header, body lines, and a
// footer whose title takes footerLines lines.
func samplePage(n, bodyLines, footerLines int) pdfcheck.Page {
	const small, body = 11.54, 13.85
	p := pdfcheck.Page{W: 419.53, H: 595.28}
	p.Lines = append(p.Lines, line(45, 41.2, small, "Police"))
	for i := range bodyLines {
		p.Lines = append(p.Lines, line(45, 86+float64(i)*17.4, body, "Body text of the chapter"))
	}
	foot := 595.28 - 39.7 - float64(footerLines)*14.5
	for i := range footerLines {
		p.Lines = append(p.Lines, line(45, foot+float64(i)*14.5, small, "Guide title"))
	}
	p.Lines = append(p.Lines, line(330, foot, small, "Page "+string(rune('0'+n))+" of 9"))
	return p
}

func TestReadPagesFindsHeaderBodyAndFooter(t *testing.T) {
	f := accFile{guide: &accGuide{name: "fixture", g: testguide.Fixture()}, langs: []string{"en"}}
	st, err := styles.Resolve("standard")
	if err != nil {
		t.Fatal(err)
	}
	cover := pdfcheck.Page{W: 419.53, H: 595.28, Lines: []pdfcheck.Line{line(45, 100, 30, "Title")}}
	pages := []pdfcheck.Page{cover, samplePage(2, 12, 1), samplePage(3, 3, 3), upsideDown(samplePage(4, 12, 1))}
	views := readPages(f, pages, st)
	if views[0].label != nil {
		t.Error("the cover was read as a page with a footer")
	}
	for i, want := range []struct{ header, body, footer int }{{1, 12, 1}, {1, 3, 3}, {1, 12, 1}} {
		v := views[i+1]
		if len(v.header) != want.header || len(v.body) != want.body || len(v.footer) != want.footer {
			t.Errorf("page %d: header %d, body %d, footer %d lines; want %+v", v.n, len(v.header), len(v.body), len(v.footer), want)
		}
	}
	if v := views[3]; len(v.header) == 1 && v.header[0].text() != "Police" {
		t.Errorf("the upside-down page's header reads %q, want Police", v.header[0].text())
	}
}

func TestLegendProblemsFindsASplitLegend(t *testing.T) {
	page := func(n int, texts ...string) pageView {
		v := pageView{n: n}
		for i, s := range texts {
			v.rows = append(v.rows, row{y0: float64(20 * i), y1: float64(20*i + 12), lines: []pdfcheck.Line{{Text: s}}})
		}
		return v
	}
	items := []string{"Finance and money", "Accommodation"}
	together := []pageView{page(1, "The eight areas of life", "1  Finance and money", "2  Accommodation")}
	if probs := legendProblems(together, "wheel", "en", "The eight areas of life", items); len(probs) != 0 {
		t.Errorf("legend with its diagram: %v", probs)
	}
	split := []pageView{page(1, "The eight areas of life", "8  1", "1  Finance and money"), page(2, "2  Accommodation")}
	probs := legendProblems(split, "wheel", "en", "The eight areas of life", items)
	if len(probs) != 1 || !strings.Contains(probs[0], "entry 2 on pages [2]") {
		t.Errorf("split legend: got %q, want entry 2 reported on page 2", probs)
	}
	// A legend too long for a page runs on from a figure at the top of a
	// fresh page: allowed. The same split under text is not.
	runsOn := []pageView{page(3, "The eight areas of life", "8  1", "1  Finance and money"), page(4, "2  Accommodation")}
	runsOn[0].page.H = 64 // its last row ends at 52, in the page's last quarter
	if probs := legendProblems(runsOn, "wheel", "en", "The eight areas of life", items); len(probs) != 0 {
		t.Errorf("legend running on from a figure atop its page: %v", probs)
	}
	under := []pageView{page(3, "Some text above", "The eight areas of life", "8  1", "1  Finance and money"), page(4, "2  Accommodation")}
	under[0].page.H = 90
	if probs := legendProblems(under, "wheel", "en", "The eight areas of life", items); len(probs) != 1 {
		t.Errorf("legend split under text: got %q, want one problem", probs)
	}
	away := []pageView{page(1, "The eight areas of life"), page(2, "1  Finance and money", "2  Accommodation")}
	probs = legendProblems(away, "wheel", "en", "The eight areas of life", items)
	if len(probs) != 1 || !strings.Contains(probs[0], "legend on page 2, the diagram") {
		t.Errorf("legend away from its diagram: got %q", probs)
	}
}

// TestReadPagesWithoutHeaders reads pages without running headers whose
// text is the footer's size (as in large print): their first lines are
// body, not header.
func TestReadPagesWithoutHeaders(t *testing.T) {
	f := accFile{guide: &accGuide{name: "fixture", g: testguide.Fixture()}, langs: []string{"en"}}
	st, err := styles.Resolve("standard")
	if err != nil {
		t.Fatal(err)
	}
	var pages []pdfcheck.Page
	for n := 2; n <= 4; n++ {
		p := samplePage(n, 0, 1)
		for i := range 6 {
			p.Lines[0].Text = "First line of page " + string(rune('0'+n))
			p.Lines = append(p.Lines, line(45, 56+float64(i)*14.5, 11.54, "Body text the footer's size"))
		}
		pages = append(pages, p)
	}
	for _, v := range readPages(f, pages, st) {
		if len(v.header) != 0 || len(v.body) != 7 {
			t.Errorf("page %d: header %q, %d body lines; want no header and 7 body lines", v.n, rowsText(v.header), len(v.body))
		}
	}
}

func TestWordBreakProblems(t *testing.T) {
	words := []longWord{{"Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogochwr", "cy"}}
	page := func(a, b string) []pdfcheck.Page {
		return []pdfcheck.Page{{Lines: []pdfcheck.Line{{Text: "Gair o drigain llythyren: " + a}, {Text: b + ". Does dim"}}}}
	}
	cases := []struct {
		a, b, want string
	}{
		{"Llanfairpwllgwyngyll-", "gogerychwyrndrobwllllantysiliogogogochwr", ""},
		{"Llanfairpwllgwyngyll", "gogerychwyrndrobwllllantysiliogogogochwr", "no hyphen"},
		{"Llanfairpwl-", "lgwyngyllgogerychwyrndrobwllllantysiliogogogochwr", "digraph"},
		{"Llanfairpwllgwyngyllgogerychwyrndrobwll-", "llantysiliogogogochwr", ""},
		{"**", "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogochwr", ""},
	}
	for _, c := range cases {
		probs := strings.Join(wordBreakProblems(words, page(c.a, c.b)), "\n")
		if c.want == "" && probs != "" || c.want != "" && !strings.Contains(probs, c.want) {
			t.Errorf("%q / %q: got %q, want %q", c.a, c.b, probs, c.want)
		}
	}
}

// TestMarkdownRE: the acceptance test's pattern finds Markdown printed
// as typed, a table's row of dashes among it, and passes plain text.
func TestMarkdownRE(t *testing.T) {
	for s, want := range map[string]bool{
		"|---|--:|": true, "| a | b |\n|:--|": true, "---|---": true, "**bold**": true,
		"Health board  Where you live": false, "a – b | c": false, "Pen-y-bont ar Ogwr": false,
	} {
		if got := markdownRE.MatchString(s); got != want {
			t.Errorf("markdownRE matches %q: %v, want %v", s, got, want)
		}
	}
}
