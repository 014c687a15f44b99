package content

import "guidepress/markup"

// parsedKey names one language's text of a Markdown field: where it starts
// and what it says (two fields never share both).
type parsedKey struct {
	at  Position
	src string
}

// Markdown returns md's text in lang parsed into blocks. Validation at
// load keeps the blocks of every body and advice it parsed, so a build
// parses each once however many products print it; text that was not
// loaded that way (a guide made in code) is parsed here. The blocks are
// shared: callers must not change them.
func (g *Guide) Markdown(md Markdown, lang string) ([]markup.Block, error) {
	src, at := md.Get(lang), md.TextPos(lang)
	if blocks, ok := g.parsed[parsedKey{at, src}]; ok {
		return blocks, nil
	}
	return markup.Parse(src, at)
}

// markdownTexts are a stage's Markdown fields: its at_a_glance, and each
// section's body and advice.
func markdownTexts(s *Stage) []Text {
	texts := []Text{s.AtAGlance}
	for _, sec := range s.Sections {
		texts = append(texts, sec.Body, sec.Advice)
	}
	return texts
}

// KeepParsed lets go of the Markdown blocks validation kept for every
// language but langs, for a build that prints only those: the blocks
// are most of a loaded guide's memory (about 4 MiB a language for a
// 1,000-page guide), and memory the collector need not scan is time.
// Markdown still parses any text asked for in another language.
func (g *Guide) KeepParsed(langs ...string) {
	keep := map[parsedKey]bool{}
	for _, s := range g.Stages {
		for _, t := range markdownTexts(s) {
			for _, lang := range langs {
				keep[parsedKey{t.TextPos(lang), t.Get(lang)}] = true
			}
		}
	}
	for k := range g.parsed {
		if !keep[k] {
			delete(g.parsed, k)
		}
	}
}
