package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"

	"guidepress/internal/pdfcheck"
	"guidepress/internal/tagcheck"
	"guidepress/styles"
)

// checkFile reads one built PDF back and fails t with the guide, the
// file, the page and what is wrong for each promise it breaks:
//   - pdfinfo and pdftotext print nothing on stderr;
//   - qpdf --check passes; pdfcpu's strict validation passes, and its
//     relaxed validation repairs nothing;
//   - every text line is inside the style's margins (an imposed file's:
//     inside the sheet) and no two lines overlap;
//   - running headers and footers are one line;
//   - no page but a cover or a Notes page holds fewer than four lines;
//   - each diagram's legend is on its diagram's page;
//   - a link prints its text only, never its tel: or mailto: target;
//   - no Markdown syntax or entity reference is printed as typed, in
//     the text or in the document's title;
//   - a long word broken over lines shows a hyphen, and a Welsh one is
//     never broken inside a digraph (ch dd ff ng ll ph rh th);
//   - a diagram file is titled with the diagram's own title;
//   - every file but an imposed one passes the structure checker
//     (internal/tagcheck): tagged, everything marked content or an
//     artifact, tree and content matching.
func checkFile(t *testing.T, f accFile) {
	who := f.guide.name + " guide, " + f.name
	data, err := os.ReadFile(f.path)
	if err != nil {
		t.Fatalf("%s: %v", who, err)
	}
	info := checkReaders(t, who, f.path, data)
	if !f.imposed {
		checkTags(t, who, data)
	}
	pages, stderr, err := pdfcheck.ReadLines(f.path)
	if err != nil {
		t.Fatalf("%s: %v", who, err)
	}
	if stderr != "" {
		t.Errorf("%s: pdftotext printed on stderr:\n%s", who, stderr)
	}
	if f.imposed {
		inside := pdfcheck.Box{X1: pages[0].W, Y1: pages[0].H}
		reportAll(t, who, "text off the sheet or overlapping", pdfcheck.Geometry(pages, inside))
		return
	}
	st, err := styles.Resolve(f.style)
	if err != nil {
		t.Fatalf("%s: style %q: %v", who, f.style, err)
	}
	views := readPages(f, pages, st)
	upright := make([]pdfcheck.Page, len(views))
	for i, v := range views {
		upright[i] = v.page
	}
	m := st.Margins
	reportAll(t, who, "text outside the margins or overlapping", pdfcheck.Geometry(upright,
		pdfcheck.MarginBox(st.PageWidth, st.PageHeight, m.Top, m.Right, m.Bottom, m.Left)))
	checkLinkTargets(t, who, upright)
	checkNoMarkdown(t, who, upright, pdfinfoField(info, "Title"))
	checkWordBreaks(t, who, f, upright)
	checkChrome(t, who, views)
	checkRunts(t, who, views)
	checkLegends(t, who, f, views)
	if f.diagram != "" {
		want := diagramTitle(f.guide, f.diagram, f.langs[0])
		if got := pdfinfoField(info, "Title"); got != want {
			t.Errorf("%s: the %s diagram's PDF is titled %q, want its own title %q", who, f.diagram, got, want)
		}
	}
}

// checkTags fails t with every problem the structure checker finds.
func checkTags(t *testing.T, who string, data []byte) {
	rep, err := tagcheck.Check(data)
	if err != nil {
		t.Errorf("%s: the structure checker cannot read it: %v", who, err)
		return
	}
	if !rep.OK() {
		t.Errorf("%s: the structure checker finds:\n%s", who, rep)
	}
}

// checkReaders runs pdfinfo and qpdf --check on the file at path and
// pdfcpu's validation on data, and fails t when a reader complains. It
// returns pdfinfo's output.
func checkReaders(t *testing.T, who, path string, data []byte) string {
	var out, errb bytes.Buffer
	cmd := exec.Command("pdfinfo", path)
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil || errb.Len() > 0 {
		t.Errorf("%s: pdfinfo: %v, stderr:\n%s", who, err, errb.String())
	}
	q, err := exec.Command("qpdf", "--check", path).CombinedOutput()
	if err != nil || !strings.Contains(string(q), "No syntax or stream encoding errors found") {
		t.Errorf("%s: qpdf --check: %v\n%s", who, err, q)
	}
	repairs, err := pdfcheck.Strict(data)
	if err != nil {
		t.Errorf("%s: %v", who, err)
	}
	if len(repairs) > 0 {
		t.Errorf("%s: pdfcpu's validation had to mend the file: %s", who, strings.Join(repairs, "; "))
	}
	return out.String()
}

// pdfinfoField is the value of field in pdfinfo's output.
func pdfinfoField(info, field string) string {
	for _, l := range strings.Split(info, "\n") {
		if v, ok := strings.CutPrefix(l, field+":"); ok {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// diagramTitle is the title a diagram is drawn under in lang.
func diagramTitle(ag *accGuide, d, lang string) string {
	if d == "wheel" {
		return ag.g.Label(lang, "life_areas", nil)
	}
	return ag.g.Recovery.Title.Values[lang]
}

var svgTitleRE = regexp.MustCompile(`<title[^>]*>([^<]*)</title>`)

// checkSVGTitle fails t unless the SVG at path is titled with diagram d's
// own title in lang.
func checkSVGTitle(t *testing.T, ag *accGuide, path, d, lang string) {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Errorf("%s guide: %v", ag.name, err)
		return
	}
	want := diagramTitle(ag, d, lang)
	m := svgTitleRE.FindSubmatch(data)
	if m == nil || unescapeXML(string(m[1])) != want {
		got := "none"
		if m != nil {
			got = fmt.Sprintf("%q", unescapeXML(string(m[1])))
		}
		t.Errorf("%s guide, diagram %s (%s) SVG: <title> is %s, want the diagram's own title %q", ag.name, d, lang, got, want)
	}
}

// unescapeXML undoes the escapes an SVG writer uses.
func unescapeXML(s string) string {
	return strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">", "&quot;", `"`, "&#39;", "'", "&apos;", "'").Replace(s)
}

// reportAll fails t once for a list of problems of one kind in one file,
// showing the first few: a broken layout breaks the same way on many
// pages, and one line a file keeps the report readable.
func reportAll(t *testing.T, who, what string, probs []string) {
	t.Helper()
	if len(probs) == 0 {
		return
	}
	const show = 5
	n, more := len(probs), ""
	if n > show {
		more = fmt.Sprintf("\n\t... and %d more", n-show)
		probs = probs[:show]
	}
	t.Errorf("%s: %s (%d):\n\t%s%s", who, what, n, strings.Join(probs, "\n\t"), more)
}

// targetRE matches a link's target printed as text: a tel: or mailto:
// address, or a phone number in the international form a tel: link holds.
var targetRE = regexp.MustCompile(`tel:|mailto:|\+44\d{9,10}`)

// checkLinkTargets fails t for each line that prints a link's target.
func checkLinkTargets(t *testing.T, who string, pages []pdfcheck.Page) {
	var probs []string
	for p, page := range pages {
		for _, l := range page.Lines {
			if targetRE.MatchString(l.Text) {
				probs = append(probs, fmt.Sprintf("page %d: %q", p+1, l.Text))
			}
		}
	}
	reportAll(t, who, "link targets printed as text", probs)
}

// markdownRE matches Markdown syntax printed as typed: strong emphasis,
// a link's "](", an entity or character reference, strikethrough, a task
// list's box, a footnote's mark and a table's row of dashes ("|---|").
var markdownRE = regexp.MustCompile(`\*\*|\]\(|&[a-zA-Z]+;|&#[0-9]+;|~~|\[[ xX]\]|\[\^|\|\s*:?-+:?\s*\||\|\s*:?-{3,}|-{3,}:?\s*\|`)

// checkNoMarkdown fails t for each line, and for the document's title,
// that shows Markdown syntax instead of what it stands for.
func checkNoMarkdown(t *testing.T, who string, pages []pdfcheck.Page, title string) {
	var probs []string
	if markdownRE.MatchString(title) {
		probs = append(probs, fmt.Sprintf("title: %q", title))
	}
	for p, page := range pages {
		for _, l := range page.Lines {
			if markdownRE.MatchString(l.Text) {
				probs = append(probs, fmt.Sprintf("page %d: %q", p+1, l.Text))
			}
		}
	}
	reportAll(t, who, "Markdown printed as typed", probs)
}
