package main

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"guidepress/content"
	"guidepress/internal/pdfcheck"
	"guidepress/styles"
)

// row is the lines of a page that sit at the same height, left to right.
type row struct {
	y0, y1 float64
	lines  []pdfcheck.Line
}

// text is the row's lines joined with two spaces, as they read across.
func (r row) text() string {
	var s []string
	for _, l := range r.lines {
		s = append(s, l.Text)
	}
	return strings.Join(s, "  ")
}

// height is the height of the row's tallest line.
func (r row) height() float64 {
	h := 0.0
	for _, l := range r.lines {
		h = max(h, l.Y1-l.Y0)
	}
	return h
}

// pageView is one page as a reader sees it: turned the right way up (the
// second half of a tête-bêche file is upside down), its text in rows,
// and the rows sorted into running header, body and footer.
type pageView struct {
	n      int
	page   pdfcheck.Page
	rows   []row
	label  *pdfcheck.Line // "Page n of m"; nil on a page without chrome (a cover)
	header []row
	body   []row
	footer []row
	notes  bool // a Notes page
}

// readPages turns f's pages the right way up and sorts each page's rows
// into header, body and footer. A page's footer is the rows from its
// "Page n of m" line down. Its running header is the block of rows at its
// top margin, no larger than the footer's text and packed one line under
// another, when the same block heads the page before or after too (a
// chapter's title runs over its pages; a page's first lines of text do
// not repeat) or begins a chapter's title or a label that heads pages.
func readPages(f accFile, pages []pdfcheck.Page, st *styles.Style) []pageView {
	labelRE := labelPattern(f, "page_of")
	views := make([]pageView, len(pages))
	top := st.Margins.Top * 72 / 25.4
	heads := make([]int, len(pages))
	texts := make([]string, len(pages))
	for i, p := range pages {
		v := pageView{n: i + 1, page: p}
		if l := findLabel(p, labelRE); l != nil && (l.Y0+l.Y1)/2 < p.H/2 {
			v.page = upsideDown(p)
		}
		v.label = findLabel(v.page, labelRE)
		v.rows = rows(v.page.Lines)
		if v.label != nil {
			heads[i] = topBlock(v.rows, *v.label, top)
			texts[i] = rowsText(v.rows[:heads[i]])
		}
		views[i] = v
	}
	notes := labelPattern(f, "notes")
	for i := range views {
		v := &views[i]
		if v.label == nil {
			v.body = v.rows
			continue
		}
		h := heads[i]
		repeated := i > 0 && texts[i-1] == texts[i] || i+1 < len(texts) && texts[i+1] == texts[i]
		if h > 0 && !repeated && !knownHead(f, v.rows[0]) {
			h = 0
		}
		f := len(v.rows)
		for f > h && v.rows[f-1].y1 > v.label.Y0+0.5 {
			f--
		}
		v.header, v.body, v.footer = v.rows[:h], v.rows[h:f], v.rows[f:]
		v.notes = len(v.body) > 0 && slices.ContainsFunc(v.body[0].lines, func(l pdfcheck.Line) bool { return notes.MatchString(l.Text) })
	}
	return views
}

// knownHead reports whether each line of r (one a column) begins a title
// a running header may show: a chapter's title or short title, or a label
// for a part of the book, in one of f's languages, perhaps cut short with
// "…".
func knownHead(f accFile, r row) bool {
	g := f.guide.g
	var heads []string
	for _, lang := range f.langs {
		for _, s := range append([]*content.Stage{g.Intro}, g.Stages...) {
			if s != nil {
				heads = append(heads, s.Title.Values[lang], s.ShortTitle.Values[lang])
			}
		}
		for _, key := range []string{"contents", "key_contacts", "notes", "my_goals", "life_areas"} {
			heads = append(heads, g.Label(lang, key, nil))
		}
	}
	for _, l := range r.lines {
		text := strings.TrimSpace(strings.TrimSuffix(l.Text, "…"))
		if text == "" || !slices.ContainsFunc(heads, func(h string) bool { return h != "" && strings.HasPrefix(h, text) }) {
			return false
		}
	}
	return true
}

// topBlock is how many rows at the top of a page could be its running
// header: the first starts at the top margin, none is taller than the
// "Page n of m" line, and each follows the one before with less than half
// a line between them.
func topBlock(rs []row, label pdfcheck.Line, top float64) int {
	lh := label.Y1 - label.Y0
	if len(rs) == 0 || rs[0].y0 > top+lh {
		return 0
	}
	n := 0
	for n < len(rs) && rs[n].y0 < label.Y0-0.5 && rs[n].height() < lh+0.6 && (n == 0 || rs[n].y0-rs[n-1].y1 < lh/2) {
		n++
	}
	return n
}

// labelPattern matches a whole line that is label key in any of f's
// languages, with its numbers ({n}, {m}) as any digits; a line may end
// with it (the footer title and the page label can share a line).
func labelPattern(f accFile, key string) *regexp.Regexp {
	var alts []string
	for _, lang := range f.langs {
		l := f.guide.g.Label(lang, key, map[string]string{"n": "\x01", "m": "\x02"})
		alts = append(alts, strings.NewReplacer("\x01", `\d+`, "\x02", `\d+`).Replace(regexp.QuoteMeta(l)))
	}
	return regexp.MustCompile(`(^|\s)(` + strings.Join(alts, "|") + `)$`)
}

// findLabel returns the topmost line of p that matches re, or nil.
func findLabel(p pdfcheck.Page, re *regexp.Regexp) *pdfcheck.Line {
	var found *pdfcheck.Line
	for i, l := range p.Lines {
		if re.MatchString(l.Text) && (found == nil || l.Y0 < found.Y0) {
			found = &p.Lines[i]
		}
	}
	return found
}

// upsideDown turns p through half a turn.
func upsideDown(p pdfcheck.Page) pdfcheck.Page {
	out := pdfcheck.Page{W: p.W, H: p.H}
	for _, l := range p.Lines {
		out.Lines = append(out.Lines, pdfcheck.Line{X0: p.W - l.X1, Y0: p.H - l.Y1, X1: p.W - l.X0, Y1: p.H - l.Y0, Text: l.Text})
	}
	return out
}

// rows groups lines into rows, top to bottom: a line belongs to a row
// when it overlaps the row by more than half its own height.
func rows(lines []pdfcheck.Line) []row {
	sorted := slices.Clone(lines)
	slices.SortStableFunc(sorted, func(a, b pdfcheck.Line) int { return cmpFloat(a.Y0, b.Y0) })
	var out []row
	for _, l := range sorted {
		if n := len(out); n > 0 && min(out[n-1].y1, l.Y1)-max(out[n-1].y0, l.Y0) > (l.Y1-l.Y0)/2 {
			out[n-1].lines = append(out[n-1].lines, l)
			out[n-1].y0, out[n-1].y1 = min(out[n-1].y0, l.Y0), max(out[n-1].y1, l.Y1)
			continue
		}
		out = append(out, row{y0: l.Y0, y1: l.Y1, lines: []pdfcheck.Line{l}})
	}
	for i := range out {
		slices.SortFunc(out[i].lines, func(a, b pdfcheck.Line) int { return cmpFloat(a.X0, b.X0) })
	}
	return out
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// rowsText shows rows as " / "-separated text, for messages.
func rowsText(rs []row) string {
	var s []string
	for _, r := range rs {
		s = append(s, r.text())
	}
	return strings.Join(s, " / ")
}

// checkChrome fails t for each page whose running header or footer takes
// more than one line.
func checkChrome(t *testing.T, who string, views []pageView) {
	var heads, feet []string
	for _, v := range views {
		if len(v.header) > 1 {
			heads = append(heads, fmt.Sprintf("page %d: %d lines: %q", v.n, len(v.header), rowsText(v.header)))
		}
		if len(v.footer) > 1 {
			feet = append(feet, fmt.Sprintf("page %d: %d lines: %q", v.n, len(v.footer), rowsText(v.footer)))
		}
	}
	reportAll(t, who, "running header on more than one line", heads)
	reportAll(t, who, "footer on more than one line", feet)
}

// minLines is the fewest lines of text a page may hold, apart from covers
// and Notes pages.
const minLines = 4

// checkRunts fails t for each page, other than a cover (a page without
// footer) or a Notes page, that holds fewer than minLines lines of text
// between its header and footer.
func checkRunts(t *testing.T, who string, views []pageView) {
	var runts []string
	for _, v := range views {
		if v.label == nil || v.notes || len(v.body) >= minLines {
			continue
		}
		runts = append(runts, fmt.Sprintf("page %d of %d holds %d lines: %q", v.n, len(views), len(v.body), rowsText(v.body)))
	}
	reportAll(t, who, fmt.Sprintf("pages with fewer than %d lines of text", minLines), runts)
}

// checkLegends fails t when a diagram's numbered legend is split over
// pages, or is not on the page of the diagram (found by its title), in
// any of f's languages. A legend entry is a row holding its number and
// the first words of its title; files without the diagram's legend are
// not checked.
func checkLegends(t *testing.T, who string, f accFile, views []pageView) {
	var probs []string
	for _, lang := range f.langs {
		for _, d := range []string{"recovery", "wheel"} {
			var titles []string
			if d == "recovery" {
				for _, c := range f.guide.g.Recovery.Components {
					titles = append(titles, c.Title.Values[lang])
				}
			} else {
				for _, a := range f.guide.g.Recovery.LifeAreas {
					titles = append(titles, a.Title.Values[lang])
				}
			}
			probs = append(probs, legendProblems(views, d, lang, diagramTitle(f.guide, d, lang), titles)...)
		}
	}
	reportAll(t, who, "diagram legends away from their diagrams", probs)
}

// legendProblems checks one diagram's legend in one language.
func legendProblems(views []pageView, d, lang, title string, items []string) []string {
	at := make([][]int, len(items)) // pages of each entry
	for k := range items {
		at[k] = pagesWith(views, entryRe(k+1, items))
	}
	titled := pagesWith(views, regexp.MustCompile(`(^|\s\s)`+firstWords(title, 4)))
	var probs []string
	titleRe := regexp.MustCompile(`(^|\s\s)` + firstWords(title, 4))
	for _, p := range at[0] {
		var away []string
		runsOn := true // every entry not on p is on p+1, at its top
		for k := range items {
			if !slices.Contains(at[k], p) {
				away = append(away, fmt.Sprintf("entry %d on pages %v", k+1, at[k]))
				runsOn = runsOn && slices.Equal(at[k], []int{p + 1})
			}
		}
		// A legend too long for a page even with its figure at the top of
		// a fresh page (and text at the style's smallest size) may run on
		// to the next page: that is the one way it can be printed whole.
		if len(away) > 0 && runsOn && firstBodyMatches(views, p, titleRe) && full(views, p) &&
			firstBodyMatches(views, p+1, entryRe(len(items)-len(away)+1, items)) {
			continue
		}
		if len(away) > 0 {
			probs = append(probs, fmt.Sprintf("%s diagram (%s): legend entry 1 on page %d, %s", d, lang, p, strings.Join(away, ", ")))
		}
		if !slices.Contains(titled, p) {
			probs = append(probs, fmt.Sprintf("%s diagram (%s): legend on page %d, the diagram (titled %q) on pages %v", d, lang, p, title, titled))
		}
	}
	if len(at[0]) == 0 {
		for k := range items {
			if len(at[k]) > 0 {
				probs = append(probs, fmt.Sprintf("%s diagram (%s): legend entry %d on pages %v but entry 1 nowhere", d, lang, k+1, at[k]))
				break
			}
		}
	}
	return probs
}

// entryRe matches the legend entry numbered k (from 1) of items.
func entryRe(k int, items []string) *regexp.Regexp {
	return regexp.MustCompile(`(^|\s)` + strconv.Itoa(k) + `\s+` + firstWords(items[k-1], 3))
}

// bodyOf is page n's body rows (all its rows when none were told apart
// as body), or nil when there is no page n.
func bodyOf(views []pageView, n int) []row {
	for _, v := range views {
		if v.n == n {
			if len(v.body) > 0 {
				return v.body
			}
			return v.rows
		}
	}
	return nil
}

// firstBodyMatches reports whether the first row of page n's body (under
// any running header) matches re.
func firstBodyMatches(views []pageView, n int, re *regexp.Regexp) bool {
	rows := bodyOf(views, n)
	return len(rows) > 0 && re.MatchString(rows[0].text())
}

// full reports whether page n's body reaches the last quarter of the
// page: a page with room left has no reason to send lines on.
func full(views []pageView, n int) bool {
	rows := bodyOf(views, n)
	for _, v := range views {
		if v.n == n {
			return len(rows) > 0 && v.page.H > 0 && rows[len(rows)-1].y1 >= 0.75*v.page.H
		}
	}
	return false
}

// firstWords is a pattern for the first n words of s, across any spaces.
func firstWords(s string, n int) string {
	w := strings.Fields(s)
	w = w[:min(n, len(w))]
	for i := range w {
		w[i] = regexp.QuoteMeta(w[i])
	}
	return strings.Join(w, `\s+`)
}

// pagesWith lists the pages with a row that re matches.
func pagesWith(views []pageView, re *regexp.Regexp) []int {
	var ps []int
	for _, v := range views {
		if slices.ContainsFunc(v.rows, func(r row) bool { return re.MatchString(r.text()) }) {
			ps = append(ps, v.n)
		}
	}
	return ps
}
