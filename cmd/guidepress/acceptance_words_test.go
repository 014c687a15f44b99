package main

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"

	"guidepress/internal/pdfcheck"
)

// longWordLen is the length from which a word of the guide is checked
// for how it breaks: longer than a line of most pages.
const longWordLen = 30

// welshDigraphs are the letter pairs that are one letter in Welsh: a line
// must never break between them.
var welshDigraphs = []string{"ch", "dd", "ff", "ng", "ll", "ph", "rh", "th"}

// longWord is a word of longWordLen letters or more and its language.
type longWord struct{ text, lang string }

// longWords are the long words of f's guide (section headings and
// bodies) in f's languages.
func longWords(f accFile) []longWord {
	var words []longWord
	for _, s := range f.guide.g.Stages {
		for _, sec := range s.Sections {
			for _, lang := range f.langs {
				text := sec.Heading.Values[lang] + " " + sec.Body.Values[lang]
				for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
					if len([]rune(w)) >= longWordLen && !slices.Contains(words, longWord{w, lang}) {
						words = append(words, longWord{w, lang})
					}
				}
			}
		}
	}
	return words
}

// checkWordBreaks fails t where one line ends inside one of the guide's
// long words and the next goes on with it, when the break shows no
// hyphen, or splits a Welsh digraph in a Welsh word.
func checkWordBreaks(t *testing.T, who string, f accFile, pages []pdfcheck.Page) {
	reportAll(t, who, "long words broken badly", wordBreakProblems(longWords(f), pages))
}

// wordBreakProblems describes each bad break of words in pages.
func wordBreakProblems(words []longWord, pages []pdfcheck.Page) []string {
	if len(words) == 0 {
		return nil
	}
	var probs []string
	for p, page := range pages {
		for i := 1; i < len(page.Lines); i++ {
			a, b := edgeWord(page.Lines[i-1].Text, true), edgeWord(page.Lines[i].Text, false)
			head := strings.TrimSuffix(a, "-")
			if head == "" || b == "" || len([]rune(head+b)) < 6 {
				continue
			}
			for _, w := range words {
				at := strings.Index(w.text, head+b)
				if at < 0 {
					continue
				}
				if !strings.HasSuffix(a, "-") {
					probs = append(probs, fmt.Sprintf("page %d: %q / %q: a break inside %.15s… shows no hyphen", p+1, a, b, w.text))
				}
				cut := len([]rune(w.text[:at])) + len([]rune(head))
				if w.lang == "cy" && !slices.Contains(letterBounds(w.text), cut) {
					probs = append(probs, fmt.Sprintf("page %d: %q / %q splits a Welsh digraph", p+1, a, b))
				}
				break
			}
		}
	}
	return probs
}

// edgeWord is the last (or first) word of a line, without the
// punctuation around it but with a hyphen that ends the line.
func edgeWord(line string, last bool) string {
	f := strings.Fields(line)
	if len(f) == 0 {
		return ""
	}
	w := f[0]
	if last {
		w = f[len(f)-1]
	}
	hyphen := last && strings.HasSuffix(w, "-")
	w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
	if hyphen {
		w += "-"
	}
	return w
}

// letterBounds are the rune offsets in a Welsh word after each of its
// letters, a digraph counting as one letter (read greedily).
func letterBounds(w string) []int {
	r := []rune(strings.ToLower(w))
	var out []int
	for i := 0; i < len(r); {
		if i+1 < len(r) && slices.Contains(welshDigraphs, string(r[i:i+2])) {
			i += 2
		} else {
			i++
		}
		out = append(out, i)
	}
	return out
}
