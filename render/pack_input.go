package render

import (
	"errors"
	"fmt"
	"time"

	"guidepress/content"
	"guidepress/styles"
)

// packInput is what a pack holds, resolved once for every language of
// it: the chosen stages in the guide's order, their contacts in the chosen
// area, the person's name as given and the date on the cover.
type packInput struct {
	stages   []*content.Stage
	contacts []*content.Contact
	name     string
	date     time.Time
	// noList leaves "In this pack" off the cover: a tête-bêche pack
	// lists its parts on both covers or neither.
	noList bool
}

// newPackInput resolves opts against g. An unknown stage or area is an
// error that lists the guide's; the zero date is the guide's edition
// date. The name is checked by each language's builder (checkPack).
func newPackInput(g *content.Guide, opts PackOptions) (packInput, error) {
	if g == nil {
		return packInput{}, errors.New("lay out the pack: no guide")
	}
	stages, err := packStages(g, opts.Stages)
	if err != nil {
		return packInput{}, fmt.Errorf("lay out the pack: %w", err)
	}
	area := ""
	if opts.Area != "" {
		a, err := FindArea(g, opts.Area)
		if err != nil {
			return packInput{}, fmt.Errorf("lay out the pack: %w", err)
		}
		area = a.ID
	}
	date := opts.Date
	if date.IsZero() {
		date = g.Edition
	}
	ids := make([]string, len(stages))
	for i, s := range stages {
		ids[i] = s.ID
	}
	return packInput{stages: stages, contacts: StageContacts(g, ids, area), name: opts.Name, date: date}, nil
}

// packHalf lays out the pack in in lang, padded with ruled Notes pages to
// at least minPages pages: a pack of its own (minPages 0), or one half of
// a tête-bêche pack.
func packHalf(g *content.Guide, lang string, st *styles.Style, in packInput, minPages int) (*Plan, error) {
	b, err := newBuilder(g, lang, st, "the pack")
	if err != nil {
		return nil, err
	}
	name, err := b.checkPack(in.name)
	if err != nil {
		return nil, err
	}
	b.minPages = minPages
	in.name = name
	return b.pack(in)
}
