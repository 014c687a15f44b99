package render

import "fmt"

// teteBeche lays out both halves of a tête-bêche edition with half, then
// lays out the shorter again, padded with Notes pages to the longer's
// length (half pads to at least its second argument). Equal halves meet
// at the centre fold, so each language ends at the staples and the
// document is the same from either cover. Each half's page count is even,
// so the total is a multiple of 4 for saddle stitching.
func teteBeche(langs [2]string, half func(lang string, minPages int) (*Plan, error)) (*Bilingual, error) {
	var plans [2]*Plan
	for i, lang := range langs {
		p, err := half(lang, 0)
		if err != nil {
			return nil, err
		}
		plans[i] = p
	}
	n := max(len(plans[0].Pages), len(plans[1].Pages))
	n += n % 2
	for i, lang := range langs {
		if len(plans[i].Pages) == n {
			continue
		}
		p, err := half(lang, n)
		if err != nil {
			return nil, err
		}
		if len(p.Pages) != n {
			return nil, fmt.Errorf("lay out the tête-bêche edition: the %s half has %d pages, not %d", lang, len(p.Pages), n)
		}
		plans[i] = p
	}
	return newBilingual(TeteBeche, langs, plans[0], plans[1]), nil
}
