package content

import (
	"fmt"
	"slices"
	"strings"

	"guidepress/markup"
)

// StaleAfterMonths is how old a contact's verified date may be, counted
// back from the edition date, before it is a warning.
const StaleAfterMonths = 12

// validate checks what can only be checked with the whole guide loaded:
// references, unique ids, Markdown, and the age of contact details.
func validate(g *Guide, l *loader) Problems {
	var ps Problems
	ps = append(ps, l.checkRefs(g)...)
	ps = append(ps, uniqueContacts(g)...)
	for _, s := range g.allStages() {
		ps = append(ps, l.checkMarkdown(g, s)...)
	}
	ps = append(ps, checkFields(g)...)
	ps = append(ps, staleContacts(g)...)
	ps = append(ps, checkTranslations(g)...)
	return ps
}

// allStages returns the intro (when there is one) and the stages.
func (g *Guide) allStages() []*Stage {
	if g.Intro == nil {
		return g.Stages
	}
	return append([]*Stage{g.Intro}, g.Stages...)
}

// checkRefs reports ids that name no contact, stage or area.
func (l *loader) checkRefs(g *Guide) Problems {
	var ps Problems
	for _, r := range l.refs {
		var known []string
		switch r.kind {
		case "contact":
			known = contactIDs(g)
		case "stage":
			known = stageIDs(g)
		case "area":
			known = areaIDs(g)
		}
		slices.Sort(known)
		known = slices.Compact(known)
		if !slices.Contains(known, r.id) {
			ps = append(ps, Problem{Pos: r.pos, Message: fmt.Sprintf("no %s has id %q (known: %s)", r.kind, r.id, strings.Join(known, ", "))})
		}
	}
	return ps
}

func contactIDs(g *Guide) []string {
	var ids []string
	for _, c := range g.Contacts {
		ids = append(ids, c.ID)
	}
	return ids
}

func stageIDs(g *Guide) []string {
	var ids []string
	for _, s := range g.allStages() {
		ids = append(ids, s.ID)
	}
	return ids
}

func areaIDs(g *Guide) []string {
	var ids []string
	for _, a := range g.Areas {
		ids = append(ids, a.ID)
	}
	return ids
}

// uniqueContacts reports a contact or area id used twice.
func uniqueContacts(g *Guide) Problems {
	var ps Problems
	seen := map[string]Position{}
	for _, c := range g.Contacts {
		if first, dup := seen[c.ID]; dup && c.ID != "" {
			ps = append(ps, Problem{Pos: c.Pos, Message: fmt.Sprintf("contact id %q is used twice (first at %s)", c.ID, first)})
			continue
		}
		seen[c.ID] = c.Pos
	}
	seenArea := map[string]Position{}
	for _, a := range g.Areas {
		if first, dup := seenArea[a.ID]; dup && a.ID != "" {
			ps = append(ps, Problem{Pos: a.Pos, Message: fmt.Sprintf("area id %q is used twice (first at %s)", a.ID, first)})
			continue
		}
		seenArea[a.ID] = a.Pos
	}
	return ps
}

// checkMarkdown parses every body and advice, and the stage's
// at_a_glance, in every language with the parser the renderer uses, so
// what validates also renders, and keeps the blocks of those that parse
// for the build (see Guide.Markdown). The image files the bodies name
// are read and checked too (see bodyImages).
func (l *loader) checkMarkdown(g *Guide, s *Stage) Problems {
	var ps Problems
	for _, t := range markdownTexts(s) {
		for _, lang := range g.Languages {
			src := t.Get(lang)
			if src == "" {
				continue
			}
			at := t.TextPos(lang)
			blocks, problems := markup.Read(src, at)
			if problems != nil {
				ps = append(ps, problems...)
				continue
			}
			if found := l.bodyImages(g, s, blocks); found != nil {
				ps = append(ps, found...)
				if found.HasErrors() {
					continue
				}
			}
			if g.parsed == nil {
				g.parsed = map[parsedKey][]markup.Block{}
			}
			g.parsed[parsedKey{at, src}] = blocks
		}
	}
	return ps
}

// staleContacts warns about contact details checked too long before the
// edition date.
func staleContacts(g *Guide) Problems {
	var ps Problems
	limit := g.Edition.AddDate(0, -StaleAfterMonths, 0)
	for _, c := range g.Contacts {
		if !c.Verified.IsZero() && c.Verified.Before(limit) {
			ps = append(ps, Problem{Pos: c.Pos, Severity: Warning, Message: fmt.Sprintf(
				"contact %q was last checked on %s, more than %d months before the edition date %s",
				c.ID, c.Verified.Format("2006-01-02"), StaleAfterMonths, g.Edition.Format("2006-01-02"))})
		}
		if c.Verified.After(g.Edition) {
			ps = append(ps, Problem{Pos: c.Pos, Severity: Warning, Message: fmt.Sprintf(
				"contact %q has a verified date %s after the edition date %s", c.ID, c.Verified.Format("2006-01-02"), g.Edition.Format("2006-01-02"))})
		}
	}
	return ps
}
