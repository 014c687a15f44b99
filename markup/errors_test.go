package markup

import (
	"reflect"
	"strings"
	"testing"

	extast "github.com/yuin/goldmark/extension/ast"

	"guidepress/internal/source"
)

// errorCases pair Markdown with the exact problems Parse reports, with
// at = stages/police.yaml:10:9 (Markdown line k is file line 9+k).
var errorCases = []struct {
	name string
	src  string
	want []string
}{
	{"inline HTML on third line", "One.\nTwo.\nThree <b>bold</b>.", []string{
		"stages/police.yaml:12:15: raw HTML is not allowed",
		"stages/police.yaml:12:22: raw HTML is not allowed"}},
	{"HTML block", "Intro.\n\n<div>\nx\n</div>", []string{"stages/police.yaml:12:9: raw HTML is not allowed"}},
	{"HTML comment", "<!-- note -->", []string{"stages/police.yaml:10:9: raw HTML is not allowed"}},
	{"image", "See ![map](https://example.org/map.png).", []string{"stages/police.yaml:10:13: " + msgImage}},
	{"fenced code", "Text.\n\n```\ncode\n```", []string{"stages/police.yaml:12:9: code blocks are not supported"}},
	{"tilde fence", "~~~go\nx\n~~~", []string{"stages/police.yaml:10:9: code blocks are not supported"}},
	{"indented code", "Text.\n\n    code", []string{"stages/police.yaml:12:13: code blocks are not supported"}},
	{"table with rows that do not match", "Intro.\n\n| a | b |\n|---|\n| 1 | 2 |", []string{"stages/police.yaml:12:9: this looks like a table, but its header row has 2 cells and the row of dashes under it 1: give them the same number, or write \\| to print a pipe"}},
	{"table in a list", "- item\n\n  | a | b |\n  |---|---|\n  | 1 | 2 |", []string{"stages/police.yaml:12:11: " + msgTableInList}},
	{"strikethrough", "Bring ~~cash~~ a card.", []string{"stages/police.yaml:10:15: " + msgStrike}},
	{"task list", "- [ ] medicine\n- [x] glasses", []string{"stages/police.yaml:10:11: " + msgTask, "stages/police.yaml:11:11: " + msgTask}},
	{"footnote", "Ask for a solicitor.[^1]\n\n[^1]: It is free.", []string{
		"stages/police.yaml:10:29: " + msgFootnote, "stages/police.yaml:12:9: " + msgFootnote}},
	{"relative link", "[next](court.html)", []string{
		`stages/police.yaml:10:9: link "court.html" has no scheme: use https:, http:, mailto: or tel:`}},
	{"empty link target", "[here]()", []string{
		`stages/police.yaml:10:9: link "" has no scheme: use https:, http:, mailto: or tel:`}},
	{"javascript link", "a [x](javascript:alert(1))", []string{
		`stages/police.yaml:10:11: link "javascript:alert(1)" uses scheme "javascript": use https:, http:, mailto: or tel:`}},
	{"ftp autolink", "<ftp://example.org>", []string{
		`stages/police.yaml:10:9: link "ftp://example.org" uses scheme "ftp": use https:, http:, mailto: or tel:`}},
	{"http without host", "[x](https:example)", []string{`stages/police.yaml:10:9: link "https:example" has no host`}},
	{"bad web address", "[x](<https://exa mple.org>)", []string{`stages/police.yaml:10:9: link "https://exa mple.org" is not a valid web address`}},
	{"mailto without address", "[x](mailto:)", []string{`stages/police.yaml:10:9: link "mailto:" has no address`}},
	{"link without text", "[](https://example.org)", []string{`stages/police.yaml:10:9: link to "https://example.org" has no text`}},
	{"list nested three levels", "- a\n  - b\n    - c", []string{"stages/police.yaml:12:13: lists may be nested at most two levels"}},
	{"ordered list nested three levels", "1. a\n   1. b\n      1. c", []string{"stages/police.yaml:12:15: lists may be nested at most two levels"}},
	{"quote nested three levels", "> > > deep", []string{"stages/police.yaml:10:13: block quotes may be nested at most two levels"}},
	{"heading in list", "- # Title", []string{"stages/police.yaml:10:11: headings are not allowed inside lists"}},
	{"rule in list", "- ***", []string{"stages/police.yaml:10:11: thematic breaks (---) are not allowed inside lists"}},
	{"every problem reported", "<b>x</b>\n\n![](https://e.org/i.png)\n\n- a\n  - b\n    - c\n\n```\nx\n```", []string{
		"stages/police.yaml:10:9: raw HTML is not allowed",
		"stages/police.yaml:10:13: raw HTML is not allowed",
		"stages/police.yaml:12:9: image https://e.org/i.png has no alt text: say what it shows for readers who cannot see it, as in ![a map of the prison](https://e.org/i.png)",
		"stages/police.yaml:16:13: lists may be nested at most two levels",
		"stages/police.yaml:18:9: code blocks are not supported"}},
	{"problem inside a list and a quote", "- a\n\n> b <i>c</i>", []string{
		"stages/police.yaml:12:13: raw HTML is not allowed",
		"stages/police.yaml:12:17: raw HTML is not allowed"}},
	{"deep quotes", strings.Repeat(">", 50) + " x", []string{
		"stages/police.yaml:10:9: Markdown is nested more than 20 levels deep"}},
	{"deep quotes on a later line", "ok\n\n" + strings.Repeat("> ", 30) + "x", []string{
		"stages/police.yaml:12:9: Markdown is nested more than 20 levels deep"}},
	{"deep lists on one line", strings.Repeat("1. ", 25) + "x", []string{
		"stages/police.yaml:10:9: Markdown is nested more than 20 levels deep"}},
	{"deep emphasis", strings.Repeat("*a _b ", 15) + "x" + strings.Repeat(" b_ a*", 15), []string{
		"stages/police.yaml:10:63: Markdown is nested more than 20 levels deep"}},
	{"invalid UTF-8", "ok\nbad \xff here", []string{"stages/police.yaml:11:13: text is not valid UTF-8"}},
	{"too long", strings.Repeat("a", MaxSize+1), []string{
		"stages/police.yaml:10:9: Markdown text is too long (65537 bytes; the limit is 65536)"}},
}

func TestParseErrors(t *testing.T) {
	for _, tc := range errorCases {
		t.Run(tc.name, func(t *testing.T) {
			blocks, err := Parse(tc.src, at)
			if got := problemStrings(t, err); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Parse(%.40q) problems:\n got %q\nwant %q", tc.src, got, tc.want)
			}
			if blocks != nil {
				t.Errorf("Parse returned blocks with its error: %+v", blocks)
			}
			for _, p := range Check(tc.src, at) {
				if p.Severity != source.Error {
					t.Errorf("problem %v is not an Error", p)
				}
			}
			if got := len(Check(tc.src, at)); got != len(tc.want) {
				t.Errorf("Check gave %d problems, want %d", got, len(tc.want))
			}
		})
	}
}

// TestLongThematicBreakIsNotNesting makes sure the nesting screen does not
// take a long "- - - …" rule for deeply nested lists.
func TestLongThematicBreakIsNotNesting(t *testing.T) {
	src := strings.Repeat("- ", 40)
	got, err := Parse(src, at)
	if err != nil {
		t.Fatal(err)
	}
	if want := []Block{{Kind: Rule, Pos: pos(1, 1)}}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
}

// TestUnsupportedNode checks the fallback for node kinds the walker does
// not know (goldmark can make more kinds than Parse enables).
func TestUnsupportedNode(t *testing.T) {
	w := newWalker([]byte("x"), at)
	w.runs = &runs{}
	w.inline(extast.NewFootnoteLink(1))
	w.block(extast.NewFootnoteList())
	got := make([]string, len(w.problems))
	for i, p := range w.problems {
		got[i] = p.String()
	}
	want := []string{
		"stages/police.yaml:10:9: unsupported Markdown: FootnoteLink",
		"stages/police.yaml:10:9: unsupported Markdown: FootnoteList",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestPathologicalInputs feeds inputs goldmark is slow on, at the size
// limit, to make sure they end (the test binary's timeout is the check).
func TestPathologicalInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	n := MaxSize - 8
	for _, src := range []string{
		strings.Repeat("[a](", n/4),
		strings.Repeat(">", n),
		strings.Repeat("1. ", n/3),
		strings.Repeat("*a _", n/8) + strings.Repeat("_ a*", n/8),
		strings.Repeat("'a \"", n/4),
		strings.Repeat("a\n", n/2),
		strings.Repeat("[a]: b\n", n/7),
		strings.Repeat("`a", n/2),
	} {
		_, _ = Parse(src, at)
	}
}
