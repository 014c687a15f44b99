package typeset

import (
	"strings"
	"testing"

	"guidepress/fonts"
	"guidepress/markup"
)

// texts are the lines' texts.
func texts(lines []Line) []string {
	out := make([]string, len(lines))
	for i, ln := range lines {
		out[i] = lineText(ln)
	}
	return out
}

// widthOf is the width of s in the regular face at 12pt, plus a little.
func widthOf(m *Measurer, s string) float64 {
	return m.Width(s, fonts.Regular, 12) + 0.1
}

func TestBreakAfterAnExistingHyphen(t *testing.T) {
	m := testMeasurer(t)
	// Room for "Hawliwch budd-daliada" but not the whole word: the old
	// breaker cut "budd-daliada / u".
	w := widthOf(m, "Hawliwch budd-daliada")
	lines := Lines(m, []markup.Run{{Text: "Hawliwch budd-daliadau yn gynnar"}}, 12, w)
	got := texts(lines)
	if got[0] != "Hawliwch budd-" || !strings.HasPrefix(got[1], "daliadau") {
		t.Errorf("lines %q, want a break after the hyphen of budd-daliadau", got)
	}
	checkWidths(t, m, lines, 12, w)
	if lines[0].Split {
		t.Error("a break at a hyphen is marked split: only addresses and forced breaks are")
	}
}

func TestNoBreakAtAHyphenBetweenDigits(t *testing.T) {
	m := testMeasurer(t)
	w := widthOf(m, "Ffoniwch 0800-132")
	got := texts(Lines(m, []markup.Run{{Text: "Ffoniwch 0800-132-737"}}, 12, w))
	if got[0] != "Ffoniwch" || got[1] != "0800-132-737" {
		t.Errorf("lines %q, want the number moved whole to the next line", got)
	}
}

func TestForcedBreakShowsAHyphen(t *testing.T) {
	m := testMeasurer(t)
	word := strings.Repeat("abcdefghij", 6) // 60 letters, no break in it
	w := widthOf(m, "abcdefghijabcdefghij")
	lines := Lines(m, []markup.Run{{Text: word}}, 12, w)
	if len(lines) < 3 {
		t.Fatalf("lines %q, want the word broken over several", texts(lines))
	}
	joined := ""
	for i, ln := range lines {
		s := lineText(ln)
		if i < len(lines)-1 {
			if !strings.HasSuffix(s, "-") || !ln.Split {
				t.Errorf("line %d %q: want a hyphen at the forced break, and the line marked split", i, s)
			}
			s = strings.TrimSuffix(s, "-")
		}
		joined += s
	}
	if joined != word {
		t.Errorf("the word reads %q once joined", joined)
	}
	checkWidths(t, m, lines, 12, w)
}

func TestForcedBreakNeverSplitsAWelshDigraph(t *testing.T) {
	m := testMeasurer(t)
	for _, tc := range []struct{ word, fits string }{
		{"Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch", "Llanfairpwl"},
		{"cyfarwyddiadaucynhwysfawr", "cyfarwyd"},
		{"anghydffurfiaethhirhoedlog", "anghydf"},
		{"ymddiheuriadauachwynion", "ymddiheuriadauach"},
		{"gwasanaethauiechydmeddwl", "gwasanaethauiechydmeddw"},
	} {
		w := widthOf(m, tc.fits+"-")
		lines := Lines(m, []markup.Run{{Text: tc.word}}, 12, w)
		for i := 0; i+1 < len(lines); i++ {
			a := []rune(strings.TrimSuffix(lineText(lines[i]), "-"))
			b := []rune(lineText(lines[i+1]))
			if isDigraph(a[len(a)-1], b[0]) {
				t.Errorf("%s: lines %q split the digraph %c%c", tc.word, texts(lines), a[len(a)-1], b[0])
			}
			if len(b) == 1 {
				t.Errorf("%s: lines %q leave one letter alone", tc.word, texts(lines))
			}
		}
		checkWidths(t, m, lines, 12, w)
	}
}

func TestWebAddressBreaksAtItsPunctuation(t *testing.T) {
	m := testMeasurer(t)
	url := "https://www.example.org/gwasanaethau/iechyd-meddwl/cyswllt?iaith=cy&ardal=caerdydd"
	w := widthOf(m, "https://www.example.org/gwasa")
	lines := Lines(m, []markup.Run{{Text: "Gweler " + url + " am fwy."}}, 12, w)
	got := texts(lines)
	joined := ""
	for i, s := range got {
		joined += s
		if i == 0 {
			joined += " "
		}
	}
	if joined != "Gweler "+url+" am fwy." && !strings.Contains(strings.Join(got, ""), url) {
		t.Errorf("lines %q lost part of the address", got)
	}
	var inURL []int
	for i, ln := range lines {
		if strings.Contains(url, strings.TrimSuffix(strings.TrimSpace(strings.TrimPrefix(lineText(ln), "Gweler ")), " am fwy.")) {
			inURL = append(inURL, i)
		}
	}
	for i := 0; i+1 < len(lines); i++ {
		s := lineText(lines[i])
		if !lines[i].Split {
			continue
		}
		last := s[len(s)-1]
		next := lineText(lines[i+1])[0]
		if !strings.ContainsRune("/.-_?&=", rune(last)) && next != '@' {
			t.Errorf("lines %q: the address breaks after %q, not at its punctuation", got, last)
		}
		if strings.HasSuffix(s, "-") && !strings.Contains(url, strings.TrimSpace(s[strings.LastIndex(s, " ")+1:])) {
			t.Errorf("line %q: a hyphen was added to the address", s)
		}
	}
	if strings.Contains(strings.Join(got, "|"), "https:/|") {
		t.Errorf("lines %q break between the slashes of https://", got)
	}
	checkWidths(t, m, lines, 12, w)
	split := 0
	for _, ln := range lines {
		if ln.Split {
			split++
		}
	}
	if split < 2 {
		t.Errorf("lines %q: want every line of the address but the last marked split", got)
	}
}

func TestAddressThatFitsALineMovesWhole(t *testing.T) {
	m := testMeasurer(t)
	w := widthOf(m, "www.mind.org.uk/cymru/gwybodaeth")
	got := texts(Lines(m, []markup.Run{{Text: "Darllenwch www.mind.org.uk/cymru/gwybodaeth heddiw"}}, 12, w))
	if len(got) < 2 || got[1] != "www.mind.org.uk/cymru/gwybodaeth" {
		t.Errorf("lines %q, want the address whole on its own line", got)
	}
}

func TestEmailBreaksBeforeAt(t *testing.T) {
	m := testMeasurer(t)
	email := "gwasanaethcwsmeriaid.cyswllt@bwrddiechydprifysgol.example.org"
	w := widthOf(m, "gwasanaethcwsmeriaid.cyswllt")
	got := texts(Lines(m, []markup.Run{{Text: email, Link: "mailto:" + email}}, 12, w))
	if got[0] != "gwasanaethcwsmeriaid.cyswllt" || !strings.HasPrefix(got[1], "@") {
		t.Errorf("lines %q, want a break before the @", got)
	}
	if strings.Join(got, "") != email {
		t.Errorf("lines %q do not join to the address", got)
	}
}

func TestPhoneNumberStaysOnOneLine(t *testing.T) {
	m := testMeasurer(t)
	for _, number := range []string{"0800 132 737", "+44 29 2074 7747", "116 123"} {
		text := "Ffoniwch y llinell gymorth ar " + number + " unrhyw bryd."
		for w := 25.0; w < 90; w += 0.5 {
			got := texts(Lines(m, []markup.Run{{Text: text}}, 12, w))
			joined := strings.Join(got, "|")
			if m.Width(number, fonts.Regular, 12) <= w {
				if !strings.Contains(joined, number) {
					t.Fatalf("%.1f mm: lines %q split the number %s", w, got, number)
				}
			} else if !strings.Contains(strings.ReplaceAll(joined, "|", " "), number) || strings.Contains(joined, "-") {
				t.Fatalf("%.1f mm: lines %q break the number %s inside a group", w, got, number)
			}
		}
	}
	got := texts(Lines(m, []markup.Run{{Text: "Mae 24 awr mewn diwrnod a 7 diwrnod"}}, 12, widthOf(m, "Mae 24")))
	if got[0] != "Mae 24" {
		t.Errorf("lines %q: a number beside a word joined it", got)
	}
}

func TestIsAddress(t *testing.T) {
	for s, want := range map[string]bool{
		"https://example.org": true, "www.mind.org.uk": true, "(www.mind.org.uk).": true,
		"adferiad.org/help": true, "jo@example.org": true, "llyw.cymru/iechyd": true, "sheltercymru.org.uk": true,
		"e.g.": false, "i.e.": false, "a.m.": false, "Mr.Jones": false, "and/or": false, "budd-daliadau": false, "3.5": false,
	} {
		if got := isAddress(s); got != want {
			t.Errorf("isAddress(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestDigraphs(t *testing.T) {
	if !isDigraph('L', 'l') || !isDigraph('c', 'h') || !isDigraph('n', 'g') || isDigraph('l', 'x') {
		t.Error("isDigraph is wrong")
	}
	// "xxxxll" cut after the first l moves back before the ll.
	if n := safeCut("xxxxllyy", 5); n != 4 {
		t.Errorf("safeCut cut %q, want the ll kept together", "xxxxllyy"[:n])
	}
	if n := safeCut("xxxxxy", 5); n != 4 {
		t.Errorf("safeCut cut %q, want two letters left for the next line", "xxxxxy"[:n])
	}
}

func TestOneLineShortensAtAWord(t *testing.T) {
	m := testMeasurer(t)
	title := "Rhyddhau o’r ysbyty neu’r carchar: cynllunio’n gynnar gyda’ch cydgysylltydd gofal a’ch teulu"
	for _, w := range []float64{20, 40, 60, 90, 200} {
		ln := OneLine(m, title, fonts.Regular, 9, w)
		got := lineText(ln)
		if ln.Width > w+1e-6 || m.Width(got, fonts.Regular, 9) > w+1e-6 {
			t.Errorf("%.0f mm: %q is wider than the line", w, got)
		}
		if w == 200 {
			if got != title {
				t.Errorf("%.0f mm: %q, want the whole title", w, got)
			}
			continue
		}
		if !strings.HasSuffix(got, "…") {
			t.Errorf("%.0f mm: %q, want an ellipsis", w, got)
		}
		kept := strings.TrimSuffix(got, "…")
		if !strings.HasPrefix(title, kept) || !strings.HasPrefix(strings.TrimLeft(title[len(kept):], ",:"), " ") || strings.HasSuffix(kept, ":") {
			t.Errorf("%.0f mm: %q is not cut at a word, after its punctuation", w, got)
		}
	}
}

func TestOneLineCutsALongWordSafely(t *testing.T) {
	m := testMeasurer(t)
	word := "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch"
	w := m.Width("Llanfairpwl…", fonts.Bold, 12) + 0.01
	if got := lineText(OneLine(m, word+" a mwy", fonts.Bold, 12, w)); got != "Llanfairpw…" {
		t.Errorf("got %q, want the word cut before its ll, with an ellipsis", got)
	}
	if ln := OneLine(m, word, fonts.Bold, 12, 0.5); len(ln.Spans) != 0 {
		t.Errorf("got %q in half a millimetre, want nothing", lineText(ln))
	}
}
