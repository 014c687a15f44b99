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
