package layout

import (
	"errors"
	"fmt"
	"unicode"

	"guidepress/compose"
	"guidepress/fonts"
)

// ErrName is wrapped by the error Pack returns for a name it cannot print.
// The error never quotes the name.
var ErrName = errors.New("the name cannot be printed")

// packLabels are the label keys a pack prints besides usedLabels.
var packLabels = []string{"pack_title", "prepared_for", "date", "care_coordinator", "next_appointment",
	"gp", "in_this_pack", "my_goals", "goals_intro", "life_areas"}

// checkPack checks the text a pack prints beyond a booklet's: its labels,
// the areas of life and the person's name.
func (b *builder) checkPack() error {
	c := &checker{fam: b.fam, lang: b.lang}
	for _, key := range packLabels {
		c.plain(b.label(key, nil), b.g.Labels[key].Pos, "label "+key)
	}
	for _, a := range b.g.Recovery.LifeAreas {
		c.text(a.Title, "life area title")
	}
	if len(c.probs) > 0 {
		c.probs.Sort()
		return c.probs
	}
	if len(b.g.Recovery.LifeAreas) == 0 {
		return errors.New("lay out the pack: the guide has no areas of life for the goals page")
	}
	return checkName(b.fam, nameOnCover(b.p))
}

// nameOnCover is the name a pack is prepared for, or "".
func nameOnCover(p *compose.Product) string {
	if cover := p.Part(compose.PackCover); cover != nil {
		for _, bl := range cover.Blocks {
			if bl.Kind == compose.Name {
				return bl.Name
			}
		}
	}
	return ""
}

// checkName refuses a name the fonts cannot print, naming the character
// by its place and code only, so the name itself never reaches a log.
func checkName(fam *fonts.Family, name string) error {
	for i, r := range []rune(name) {
		switch {
		case unicode.IsControl(r) || r == unicode.ReplacementChar:
			return fmt.Errorf("lay out the pack: %w: character %d is a control character or not UTF-8", ErrName, i+1)
		case r > 0xFFFF || !fam.Covers(r):
			return fmt.Errorf("lay out the pack: %w: character %d (U+%04X) is not in the fonts", ErrName, i+1, r)
		}
	}
	if len([]rune(name)) > 200 {
		return fmt.Errorf("lay out the pack: %w: it is longer than 200 characters", ErrName)
	}
	return nil
}
