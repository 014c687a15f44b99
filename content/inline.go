package content

import (
	"strings"

	"guidepress/markup"
)

// markdownPaths are the key paths (their last part) of fields that are
// Markdown bodies; every other translatable field is inline Markdown.
var markdownPaths = []string{"body", "advice", "at_a_glance"}

// linePaths are the fields whose every line end is a line break.
var linePaths = []string{"address"}

// fieldKey names one language's text of an inline field, as parsedKey
// does a body's, and whether its line ends are kept.
type fieldKey struct {
	parsedKey
	lines bool
}

// checkFields parses every translatable field that is not a Markdown
// body, in every language, as inline Markdown (see markup.Field), and
// keeps the runs of those that parse for the build (see Guide.Inline).
func checkFields(g *Guide) Problems {
	var ps Problems
	for _, f := range g.Fields() {
		last := f.Path[strings.LastIndexByte(f.Path, '.')+1:]
		if hasString(markdownPaths, last) {
			continue
		}
		lines := hasString(linePaths, last)
		for _, lang := range g.Languages {
			src := f.Text.Get(lang)
			if src == "" {
				continue
			}
			at := f.Text.TextPos(lang)
			runs, problems := markup.Field(src, at, lines)
			if problems != nil {
				ps = append(ps, problems...)
				continue
			}
			if g.inline == nil {
				g.inline = map[fieldKey][]markup.Run{}
			}
			g.inline[fieldKey{parsedKey{at, src}, lines}] = runs
		}
	}
	return ps
}

func hasString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Inline returns t's text in lang as styled runs: its inline Markdown
// (emphasis, strong, links, entity references, hard line breaks)
// resolved. Validation keeps the runs of every field it parsed; text
// not loaded that way is parsed here, and text that does not parse (it
// would not have validated) is returned as it is. The runs are shared:
// callers must not change them.
func (g *Guide) Inline(t Text, lang string) []markup.Run {
	return g.inlineRuns(t, lang, false)
}

// InlineLines is Inline for a field whose every line end is a line
// break (an address).
func (g *Guide) InlineLines(t Text, lang string) []markup.Run {
	return g.inlineRuns(t, lang, true)
}

func (g *Guide) inlineRuns(t Text, lang string, lines bool) []markup.Run {
	src, at := t.Get(lang), t.TextPos(lang)
	if src == "" {
		return nil
	}
	if runs, ok := g.inline[fieldKey{parsedKey{at, src}, lines}]; ok {
		return runs
	}
	runs, problems := markup.Field(src, at, lines)
	if problems != nil {
		return []markup.Run{{Text: src}}
	}
	return runs
}

// Plain returns t's text in lang as a reader sees it, its inline
// Markdown resolved and styles dropped: for bookmarks, running heads,
// the PDF's title and wherever a field prints without styles.
func (g *Guide) Plain(t Text, lang string) string {
	return markup.PlainText(g.Inline(t, lang))
}

// PlainLines is Plain for a field whose every line end is a line break.
func (g *Guide) PlainLines(t Text, lang string) string {
	return markup.PlainText(g.InlineLines(t, lang))
}
