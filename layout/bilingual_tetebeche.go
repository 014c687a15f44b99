package layout

import (
	"fmt"

	"guidepress/compose"
	"guidepress/styles"
)

// TeteBecheOf lays out a tête-bêche edition of two composed products, one
// per language: each product on its own (Single), then the shorter again
// padded with Notes pages to the longer's length. Equal halves meet at
// the centre fold, so each language ends at the staples and the document
// is the same from either cover. Each half's page count is even, so the
// total is a multiple of 4 for saddle stitching.
func TeteBecheOf(ps [2]*compose.Product, st *styles.Style) (*Bilingual, error) {
	half := func(i, minPages int) (*Plan, error) {
		b, err := newBuilder(ps[i], st, whatOf(ps[i]))
		if err != nil {
			return nil, err
		}
		b.minPages = minPages
		return b.single()
	}
	var plans [2]*Plan
	for i := range ps {
		p, err := half(i, 0)
		if err != nil {
			return nil, err
		}
		plans[i] = p
	}
	n := max(len(plans[0].Pages), len(plans[1].Pages))
	n += n % 2
	for i := range ps {
		if len(plans[i].Pages) == n {
			continue
		}
		p, err := half(i, n)
		if err != nil {
			return nil, err
		}
		if len(p.Pages) != n {
			return nil, fmt.Errorf("lay out the tête-bêche edition: the %s half has %d pages, not %d", ps[i].Lang, len(p.Pages), n)
		}
		plans[i] = p
	}
	return newBilingual(TeteBeche, [2]string{ps[0].Lang, ps[1].Lang}, plans[0], plans[1]), nil
}
