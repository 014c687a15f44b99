package markup

import (
	"bytes"
	"html"
	"reflect"
	"strings"
	"testing"
)

// fieldCases are fields that parse, with the runs they print.
var fieldCases = []struct {
	name  string
	src   string
	lines bool
	want  []Run
}{
	{"plain", "Caerdydd a'r Fro -- 24 hours...", false, []Run{plain("Caerdydd a'r Fro -- 24 hours...")}},
	{"emphasis in a heading", "What *When I am Ready* is", false, []Run{plain("What "), italic("When I am Ready"), plain(" is")}},
	{"strong and a link", "A **free** line: [www.example.org](https://www.example.org)", false,
		[]Run{plain("A "), bold("free"), plain(" line: "), link("www.example.org", "https://www.example.org")}},
	{"entities", "Tom &amp; Jerry &#8217;s &copy;", false, []Run{plain("Tom & Jerry ’s ©")}},
	{"escapes", `1\. Intro \*not italic\*`, false, []Run{plain("1. Intro *not italic*")}},
	{"soft break is a space", "Open\nevery day", false, []Run{plain("Open every day")}},
	{"hard breaks kept", "Carers Centre  \nHigh Street\\\nCaerphilly", false, []Run{plain("Carers Centre\nHigh Street\nCaerphilly")}},
	{"address keeps every line", "Carers Centre\nHigh Street\nCaerphilly", true, []Run{plain("Carers Centre\nHigh Street\nCaerphilly")}},
	{"lone asterisk", "press * then #", false, []Run{plain("press * then #")}},
	{"braces of a label", "Page {n} of {m}", false, []Run{plain("Page {n} of {m}")}},
	{"empty", "", false, nil},
}

func TestField(t *testing.T) {
	for _, tc := range fieldCases {
		t.Run(tc.name, func(t *testing.T) {
			got, ps := Field(tc.src, at, tc.lines)
			if ps != nil {
				t.Fatalf("Field(%q): %v", tc.src, ps)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Field(%q)\n got %#v\nwant %#v", tc.src, got, tc.want)
			}
		})
	}
}

// fieldErrors are fields that are refused, with every problem.
var fieldErrors = []struct {
	name, src string
	want      []string
}{
	{"html in a heading", "Police <b>now</b>", []string{
		"stages/police.yaml:10:16: raw HTML is not allowed", "stages/police.yaml:10:22: raw HTML is not allowed"}},
	{"html block", "<div>x</div>", []string{"stages/police.yaml:10:9: only *italic*, **bold** and [links](https://…) are allowed in this field, not raw HTML"}},
	{"image", "See ![map](map.png)", []string{"stages/police.yaml:10:13: images are not allowed in this field"}},
	{"code span", "Run `rm`", []string{"stages/police.yaml:10:13: " + msgFieldCode}},
	{"heading", "# Police", []string{"stages/police.yaml:10:9: only *italic*, **bold** and [links](https://…) are allowed in this field, not a heading (# or an underline)"}},
	{"numbered list", "1. Introduction", []string{"stages/police.yaml:10:9: only *italic*, **bold** and [links](https://…) are allowed in this field, not a list (a line starting with -, +, * or a number and a full stop: write \\- or 1\\. to print it)"}},
	{"two paragraphs", "One\n\nTwo", []string{"stages/police.yaml:12:9: " + msgFieldParas}},
	{"bad link", "[here](ftp://x.org)", []string{`stages/police.yaml:10:9: link "ftp://x.org" uses scheme "ftp": use https:, http:, mailto: or tel:`}},
}

func TestFieldErrors(t *testing.T) {
	for _, tc := range fieldErrors {
		t.Run(tc.name, func(t *testing.T) {
			runs, ps := Field(tc.src, at, false)
			if runs != nil {
				t.Errorf("Field(%q) returned runs %v with problems", tc.src, runs)
			}
			got := problemStrings(t, ps)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("Field(%q)\n got %q\nwant %q", tc.src, got, tc.want)
			}
		})
	}
}

// FuzzField checks that Field never panics, places every problem within
// the field, and prints exactly the text goldmark's HTML renderer shows:
// no Markdown syntax survives into the runs.
func FuzzField(f *testing.F) {
	for _, tc := range fieldCases {
		f.Add(tc.src, tc.lines)
	}
	for _, tc := range fieldErrors {
		f.Add(tc.src, false)
	}
	f.Add("Cyngor *C.A.L.L.* &amp; [Llinell](tel:0800132737) **ar&nbsp;agor**  \n24 awr", false)
	f.Add("| a | b |\n|---|---|\n| 1 | 2 |", false)
	f.Add("- [ ] task ~~struck~~ [^1]\n\n[^1]: note", true)
	f.Fuzz(func(t *testing.T, src string, lines bool) {
		runs, ps := Field(src, at, lines)
		if ps != nil {
			checkProblems(t, src, ps)
			return
		}
		got := strings.Join(strings.Fields(PlainText(runs)), " ")
		if want := fieldHTMLText(t, src); got != want {
			t.Fatalf("Field(%q) text %q, HTML shows %q", src, got, want)
		}
	})
}

// fieldHTMLText renders src as Field parses it, with goldmark's HTML
// renderer, and returns its visible text, whitespace collapsed.
func fieldHTMLText(t testing.TB, src string) string {
	var buf bytes.Buffer
	if err := fieldMarkdown().Convert([]byte(src), &buf); err != nil {
		t.Fatalf("goldmark: %v", err)
	}
	text := blockTag.ReplaceAllString(inlineTag.ReplaceAllString(buf.String(), ""), " ")
	return strings.Join(strings.Fields(html.UnescapeString(text)), " ")
}
