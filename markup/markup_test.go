package markup

import (
	"reflect"
	"testing"
)

// parseCases pairs Markdown with the exact blocks Parse gives. Positions
// are Markdown line and column, offset by at.
var parseCases = []struct {
	name string
	src  string
	want []Block
}{
	{"empty", "", nil},
	{"blank lines", "\n\n  \n", nil},
	{"paragraph", "Call 999.", []Block{para(1, plain("Call 999."))}},
	{"two paragraphs", "One.\n\nTwo.", []Block{para(1, plain("One.")), para(3, plain("Two."))}},
	{"soft break is a space", "one\ntwo", []Block{para(1, plain("one two"))}},
	{"soft break drops trailing space", "one \ntwo", []Block{para(1, plain("one two"))}},
	{"hard break with spaces", "one  \ntwo", []Block{para(1, plain("one\ntwo"))}},
	{"hard break with backslash", "one\\\ntwo", []Block{para(1, plain("one\ntwo"))}},
	{"hard break at end is ignored", "one  \n\ntwo", []Block{para(1, plain("one")), para(3, plain("two"))}},
	{"backslash at end stays", "one\\", []Block{para(1, plain("one\\"))}},
	{"hard break inside bold", "**one  \ntwo**", []Block{para(1, bold("one\ntwo"))}},
	{"indented paragraph column", "  Indented.", []Block{{Kind: Paragraph, Runs: []Run{plain("Indented.")}, Pos: pos(1, 3)}}},

	{"italic", "an *important* word", []Block{para(1, plain("an "), italic("important"), plain(" word"))}},
	{"italic underscore", "an _important_ word", []Block{para(1, plain("an "), italic("important"), plain(" word"))}},
	{"bold", "**Note:** this", []Block{para(1, bold("Note:"), plain(" this"))}},
	{"bold underscore", "__Note__", []Block{para(1, bold("Note"))}},
	{"bold italic", "***both***", []Block{para(1, Run{Text: "both", Bold: true, Italic: true})}},
	{"nested emphasis", "**bold *and italic* again**", []Block{para(1,
		bold("bold "), Run{Text: "and italic", Bold: true, Italic: true}, bold(" again"))}},
	{"same style merges", "*a*_b_ *c*", []Block{para(1, italic("ab"), plain(" "), italic("c"))}},
	{"code span", "dial `*#06#` now", []Block{para(1, plain("dial "), code("*#06#"), plain(" now"))}},
	{"code span keeps backslash", "`a\\*b &amp;`", []Block{para(1, code("a\\*b &amp;"))}},
	{"code span line end is space", "`a\nb`", []Block{para(1, code("a b"))}},
	{"code span no typography", "`it's -- ...`", []Block{para(1, code("it's -- ..."))}},

	{"link", "see [the guide](https://example.org/guide)", []Block{para(1,
		plain("see "), link("the guide", "https://example.org/guide"))}},
	{"link with emphasis", "[*Mind* Cymru](https://www.mind.org.uk/cymru)", []Block{para(1,
		Run{Text: "Mind", Italic: true, Link: "https://www.mind.org.uk/cymru"}, link(" Cymru", "https://www.mind.org.uk/cymru"))}},
	{"link title ignored", `[x](http://example.org "title")`, []Block{para(1, link("x", "http://example.org"))}},
	{"mailto link", "[email us](mailto:help@example.org)", []Block{para(1, link("email us", "mailto:help@example.org"))}},
	{"tel link", "[0800 123 456](tel:+44800123456)", []Block{para(1, link("0800 123 456", "tel:+44800123456"))}},
	{"upper-case scheme", "[x](HTTPS://EXAMPLE.ORG)", []Block{para(1, link("x", "HTTPS://EXAMPLE.ORG"))}},
	{"link entity in target", "[x](https://e.org/?a=1&amp;b=2)", []Block{para(1, link("x", "https://e.org/?a=1&b=2"))}},
	{"link target kept readable", "[gŵyl](https://llyw.cymru/gŵyl?a=b%20c) [ffôn](<tel:0800 123 456>)", []Block{para(1,
		link("gŵyl", "https://llyw.cymru/gŵyl?a=b%20c"), plain(" "), link("ffôn", "tel:0800 123 456"))}},
	{"link target escapes", `[x](https://e.org/a\_b)`, []Block{para(1, link("x", "https://e.org/a_b"))}},
	{"reference link", "[Samaritans][s]\n\n[s]: https://www.samaritans.org", []Block{para(1,
		link("Samaritans", "https://www.samaritans.org"))}},
	{"shortcut reference link", "[Shelter]\n\n[shelter]: https://shelter.cymru", []Block{para(1,
		link("Shelter", "https://shelter.cymru"))}},
	{"undefined reference stays text", "[not a link]", []Block{para(1, plain("[not a link]"))}},
	{"autolink", "<https://gov.wales>", []Block{para(1, link("https://gov.wales", "https://gov.wales"))}},
	{"email autolink", "<help@example.org>", []Block{para(1, link("help@example.org", "mailto:help@example.org"))}},
	{"bare URL", "go to https://gov.wales/help now", []Block{para(1,
		plain("go to "), link("https://gov.wales/help", "https://gov.wales/help"), plain(" now"))}},
	{"bare URL before full stop", "see https://gov.wales.", []Block{para(1,
		plain("see "), link("https://gov.wales", "https://gov.wales"), plain("."))}},
	{"bare www", "www.nhs.wales", []Block{para(1, link("www.nhs.wales", "http://www.nhs.wales"))}},
	{"bare email", "write to help@example.org", []Block{para(1,
		plain("write to "), link("help@example.org", "mailto:help@example.org"))}},
	{"bare ftp stays text", "ftp://example.org", []Block{para(1, plain("ftp://example.org"))}},
	{"adjacent links to one target merge", "[a](https://e.org)[b](https://e.org)", []Block{para(1, link("ab", "https://e.org"))}},

	{"backslash escapes", `\*not italic\* \_ \# \[x\] \\`, []Block{para(1, plain(`*not italic* _ # [x] \`))}},
	{"backslash before letter stays", `C:\Users`, []Block{para(1, plain(`C:\Users`))}},
	{"entities", "Tom &amp; Jerry &copy; &#8217; &#x2019; &eacute;", []Block{para(1, plain("Tom & Jerry © ’ ’ é"))}},
	{"escaped entity stays", `\&amp; &#38;amp;`, []Block{para(1, plain("&amp; &amp;"))}},
	{"unknown entity stays", "&nosuchentity; & a;", []Block{para(1, plain("&nosuchentity; & a;"))}},
	{"numeric zero is replacement", "&#0;", []Block{para(1, plain("\uFFFD"))}},
	{"Welsh unchanged", "Mae’r ŵyr yn y tŷ; dŵr, ŷd, Llŷr.", []Block{para(1, plain("Mae’r ŵyr yn y tŷ; dŵr, ŷd, Llŷr."))}},
	{"Welsh apostrophe typed straight", "Mae'r ŵyr", []Block{para(1, plain("Mae’r ŵyr"))}},
	{"apostrophe", "it's", []Block{para(1, plain("it’s"))}},
	{"double quotes", `say "yes"`, []Block{para(1, plain("say “yes”"))}},
	{"single quotes", `say 'yes'`, []Block{para(1, plain("say ‘yes’"))}},
	{"dashes and ellipsis", "9--5 --- then...", []Block{para(1, plain("9–5 — then…"))}},
	{"escaped quote stays straight", `\"x\" it\'s`, []Block{para(1, plain(`"x" it's`))}},
	{"angle quotes stay", "<< and >>", []Block{para(1, plain("<< and >>"))}},

	{"ATX heading", "# Title", []Block{{Kind: Heading, Level: 1, Runs: []Run{plain("Title")}, Pos: pos(1, 1)}}},
	{"ATX heading 3", "### At the police station", []Block{{Kind: Heading, Level: 3, Runs: []Run{plain("At the police station")}, Pos: pos(1, 1)}}},
	{"ATX heading 6 closed", "###### Small ###", []Block{{Kind: Heading, Level: 6, Runs: []Run{plain("Small")}, Pos: pos(1, 1)}}},
	{"setext heading 1", "Title\n=====", []Block{{Kind: Heading, Level: 1, Runs: []Run{plain("Title")}, Pos: pos(1, 1)}}},
	{"setext heading 2", "Sub *title*\n---", []Block{{Kind: Heading, Level: 2, Runs: []Run{plain("Sub "), italic("title")}, Pos: pos(1, 1)}}},
	{"heading then paragraph", "## Help\nCall us.", []Block{
		{Kind: Heading, Level: 2, Runs: []Run{plain("Help")}, Pos: pos(1, 1)}, para(2, plain("Call us."))}},
	{"empty heading", "#", []Block{{Kind: Heading, Level: 1, Pos: pos(1, 1)}}},

	{"rule", "a\n\n---\n\nb", []Block{para(1, plain("a")), {Kind: Rule, Pos: pos(3, 1)}, para(5, plain("b"))}},
	{"rule stars", "* * *", []Block{{Kind: Rule, Pos: pos(1, 1)}}},

	{"bullet list", "- one\n- two", []Block{item(1, 3, 1, "•", plain("one")), item(2, 3, 1, "•", plain("two"))}},
	{"bullet markers", "* one\n\n+ two", []Block{item(1, 3, 1, "•", plain("one")), item(3, 3, 1, "•", plain("two"))}},
	{"nested bullet list", "- one\n  - a\n  - b\n- two", []Block{
		item(1, 3, 1, "•", plain("one")), item(2, 5, 2, "–", plain("a")),
		item(3, 5, 2, "–", plain("b")), item(4, 3, 1, "•", plain("two"))}},
	{"ordered list", "1. one\n2. two\n3. three", []Block{
		item(1, 4, 1, "1.", plain("one")), item(2, 4, 1, "2.", plain("two")), item(3, 4, 1, "3.", plain("three"))}},
	{"ordered list start", "3. three\n1. four", []Block{item(1, 4, 1, "3.", plain("three")), item(2, 4, 1, "4.", plain("four"))}},
	{"ordered list parenthesis", "1) one", []Block{item(1, 4, 1, "1.", plain("one"))}},
	{"ordered in bullet", "- steps:\n  1. ring\n  2. wait", []Block{
		item(1, 3, 1, "•", plain("steps:")), item(2, 6, 2, "1.", plain("ring")), item(3, 6, 2, "2.", plain("wait"))}},
	{"loose list", "- one\n\n- two", loose(item(1, 3, 1, "•", plain("one")), item(3, 3, 1, "•", plain("two")))},
	{"item with two paragraphs", "1. first\n\n   more\n2. second", loose(
		item(1, 4, 1, "1.", plain("first")), item(3, 4, 1, "", plain("more")), item(4, 4, 1, "2.", plain("second")))},
	{"paragraph after nested list", "- a\n  - b\n\n  c", []Block{
		loose(item(1, 3, 1, "•", plain("a")))[0], item(2, 5, 2, "–", plain("b")), loose(item(4, 3, 1, "", plain("c")))[0]}},
	{"item opening with a list", "- - x", []Block{item(1, 1, 1, "•"), item(1, 5, 2, "–", plain("x"))}},
	{"empty item", "- a\n-\n- c", []Block{item(1, 3, 1, "•", plain("a")), item(2, 1, 1, "•"), item(3, 3, 1, "•", plain("c"))}},
	{"list item with formatting", "- **Bring** your `ID`", []Block{item(1, 3, 1, "•", bold("Bring"), plain(" your "), code("ID"))}},
	{"list then paragraph", "- a\n\nafter", []Block{item(1, 3, 1, "•", plain("a")), para(3, plain("after"))}},

	{"block quote", "> Ask for a solicitor.", quoted(1, Block{Kind: Paragraph, Runs: []Run{plain("Ask for a solicitor.")}, Pos: pos(1, 3)})},
	{"block quote lazy line", "> one\ntwo", quoted(1, Block{Kind: Paragraph, Runs: []Run{plain("one two")}, Pos: pos(1, 3)})},
	{"nested block quote", "> a\n>\n> > b", append(
		quoted(1, Block{Kind: Paragraph, Runs: []Run{plain("a")}, Pos: pos(1, 3)}),
		quoted(2, Block{Kind: Paragraph, Runs: []Run{plain("b")}, Pos: pos(3, 5)})...)},
	{"list in quote", "> - a\n> - b", quoted(1, item(1, 5, 1, "•", plain("a")), item(2, 5, 1, "•", plain("b")))},
	{"quote in list", "- > a", quoted(1, item(1, 5, 1, "•", plain("a")))},
	{"heading in quote", "> ## Tip", quoted(1, Block{Kind: Heading, Level: 2, Runs: []Run{plain("Tip")}, Pos: pos(1, 3)})},
	{"link definition alone", "[x]: https://example.org", nil},
}

func TestParse(t *testing.T) {
	for _, tc := range parseCases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Parse(tc.src, at)
			if err != nil {
				t.Fatalf("Parse(%q): %v", tc.src, err)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Parse(%q):\n got %+v\nwant %+v", tc.src, got, tc.want)
			}
			if p := Check(tc.src, at); p != nil {
				t.Errorf("Check(%q) = %v, want nil", tc.src, p)
			}
		})
	}
}

// TestTextMatchesHTML checks that no text is lost: each case's blocks hold
// the text goldmark's HTML renderer shows, whitespace aside.
func TestTextMatchesHTML(t *testing.T) {
	for _, tc := range parseCases {
		if got, want := blocksText(tc.want), htmlText(t, tc.src); got != want {
			t.Errorf("%s: text %q, HTML shows %q", tc.name, got, want)
		}
	}
}

func TestBlockText(t *testing.T) {
	b := Block{Runs: []Run{plain("Ring "), bold("111"), plain(" or "), link("NHS", "https://111.wales.nhs.uk")}}
	if got := b.Text(); got != "Ring 111 or NHS" {
		t.Errorf("Text() = %q", got)
	}
}

func TestPositionColumnCountsCharacters(t *testing.T) {
	_, err := Parse("ŵŷ’ <b>", at)
	got := problemStrings(t, err)
	want := []string{"stages/police.yaml:10:13: raw HTML is not allowed"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestParseConcurrently shares the goldmark instance between goroutines
// (run with -race).
func TestParseConcurrently(t *testing.T) {
	done := make(chan struct{})
	for range 4 {
		go func() {
			defer func() { done <- struct{}{} }()
			for _, tc := range parseCases {
				if got, err := Parse(tc.src, at); err != nil || !reflect.DeepEqual(got, tc.want) {
					t.Errorf("Parse(%q) = %+v, %v", tc.src, got, err)
				}
			}
		}()
	}
	for range 4 {
		<-done
	}
}
