package content

import (
	"regexp"
	"strings"
	"testing"
)

// maxSentenceWords is the longest English sentence the default guide may
// hold. Its readers may be in crisis or read with difficulty; the rest of
// the guide averages under ten words a sentence.
const maxSentenceWords = 20

var (
	// mdSyntax is Markdown punctuation that is not a word: emphasis marks,
	// list markers, link targets and a table's dashes.
	mdSyntax  = regexp.MustCompile(`\*\*|__|\]\([^)]*\)|[\[\]]|^\s*(?:[-*+]|\d+\.)\s+|^\s*:?-+:?\s*$`)
	sentenceE = regexp.MustCompile(`[.!?:;](?:["”’)]*)(?:\s+|$)`)
)

// sentences splits English prose into sentences: at a full stop, question
// mark, exclamation mark, colon or semicolon followed by a space, and at
// every line of a list or paragraph break, and at each cell of a table.
func sentences(md string) []string {
	var out []string
	for _, para := range regexp.MustCompile(`\n\s*\n|\n\s*(?:[-*+]|\d+\.)\s+|\|`).Split(md, -1) {
		para = strings.Join(strings.Fields(mdSyntax.ReplaceAllString(para, "")), " ")
		for _, s := range sentenceE.Split(para, -1) {
			if strings.TrimSpace(s) != "" {
				out = append(out, strings.TrimSpace(s))
			}
		}
	}
	return out
}

func TestSentencesSplit(t *testing.T) {
	got := sentences("One two. Three: four\n\n- **Five** six\n- [seven](https://x.org) eight?\n\n| Nine | ten |\n|---|--:|\n| eleven | twelve |")
	want := []string{"One two", "Three", "four", "Five six", "seven eight", "Nine", "ten", "eleven", "twelve"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("sentences = %q, want %q", got, want)
	}
}

// TestDefaultGuideSentenceLength fails for any English sentence in the
// default guide longer than maxSentenceWords words, naming the field.
func TestDefaultGuideSentenceLength(t *testing.T) {
	g, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range g.Fields() {
		for _, s := range sentences(f.Text.Get("en")) {
			n++
			if w := len(strings.Fields(s)); w > maxSentenceWords {
				t.Errorf("%s: %d words (at most %d): %q", f.ID, w, maxSentenceWords, s)
			}
		}
	}
	if n < 300 {
		t.Fatalf("read only %d English sentences from the default guide; the fields were not all found", n)
	}
}

// TestLifeAreasStatutoryWelsh keeps the Welsh of the eight areas of life
// as the Welsh text of the Mental Health (Wales) Measure 2010, s.18, gives
// them: a care coordinator uses these terms, so a well-meant rewording
// into everyday Welsh would make the guide disagree with the plan.
func TestLifeAreasStatutoryWelsh(t *testing.T) {
	g, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"cyllid ac arian", "llety", "gofal personol a llesiant corfforol",
		"addysg a hyfforddiant", "gwaith a galwedigaeth", "perthnasau gofalu a rhianta",
		"cymdeithasol, diwylliannol ac ysbrydol",
		"triniaeth feddygol a mathau eraill o driniaeth gan gynnwys ymyriadau seicolegol"}
	if len(g.Recovery.LifeAreas) != len(want) {
		t.Fatalf("%d areas of life, want %d", len(g.Recovery.LifeAreas), len(want))
	}
	for i, a := range g.Recovery.LifeAreas {
		if got := strings.ToLower(a.Title.Get("cy")); got != want[i] {
			t.Errorf("area %d (%s): Welsh %q, want the Measure's %q", i+1, a.ID, got, want[i])
		}
	}
}
