package press

import (
	"guidepress/content"
	"guidepress/internal/memlimit"
)

// hold counts a product's text, in langs, as in progress for the memory
// limit (see memlimit) until the returned function is called. stages are
// the stage ids it prints; none means the whole guide. Every contact is
// counted, as a booklet prints them all.
func hold(g *content.Guide, stages []string, langs ...string) (release func()) {
	return memlimit.Hold(textBytes(g, stages, langs))
}

// textBytes is the size of the text a product lays out: a measure, known
// before layout, of the memory laying it out and drawing it will need.
func textBytes(g *content.Guide, stages []string, langs []string) int64 {
	var n int
	add := func(ts ...content.Text) {
		for _, t := range ts {
			for _, l := range langs {
				n += len(t.Get(l))
			}
		}
	}
	want := map[string]bool{}
	for _, id := range stages {
		want[id] = true
	}
	all := append([]*content.Stage{g.Intro}, g.Stages...)
	for _, s := range all {
		if s == nil || len(stages) > 0 && !want[s.ID] {
			continue
		}
		add(s.Title, s.Summary)
		for _, sec := range s.Sections {
			add(sec.Heading, sec.Body, sec.Advice)
		}
	}
	for _, c := range g.Contacts {
		add(c.Name, c.Description, c.Hours, c.Address)
	}
	return int64(n)
}
