package layout

import (
	"sync"
	"testing"

	"guidepress/content"
)

// biCase is a bilingual edition laid out for the tests.
type biCase struct {
	name  string
	guide *content.Guide
	ed    *Bilingual
}

var (
	biOnce  sync.Once
	biCache []biCase
	biErr   error
)

// biEditions lays out, once, bilingual booklets of the leaflet fixture
// and the default guide (columns in a4 and large-print, tête-bêche in
// standard), a few leaflets and packs; tests must not change them.
func biEditions(t *testing.T) []biCase {
	t.Helper()
	biOnce.Do(func() {
		g, err := content.LoadDefault()
		if err != nil {
			biErr = err
			return
		}
		for _, g := range []*content.Guide{leafletFixture(), g} {
			for _, c := range []struct {
				layout Layout
				style  string
			}{{Columns, "a4"}, {Columns, "large-print"}, {TeteBeche, "standard"}} {
				d, err := BilingualBooklet(g, [2]string{"cy", "en"}, c.layout, mustStyle(t, c.style))
				if err != nil {
					biErr = err
					return
				}
				biCache = append(biCache, biCase{g.ID + " booklet " + string(c.layout) + " " + c.style, g, d})
			}
		}
		if biErr = biLeaflets(t, g); biErr == nil {
			biErr = biPacks(t, g)
		}
	})
	if biErr != nil {
		t.Fatalf("lay out the bilingual editions: %v", biErr)
	}
	return biCache
}

// biCaseNamed returns the cached bilingual edition called name.
func biCaseNamed(t *testing.T, name string) biCase {
	t.Helper()
	for _, c := range biEditions(t) {
		if c.name == name {
			return c
		}
	}
	t.Fatalf("no bilingual edition %q", name)
	return biCase{}
}

// biLeaflets adds bilingual leaflets to the cache: both layouts, both
// orders, both formats.
func biLeaflets(t *testing.T, def *content.Guide) error {
	for _, c := range []struct {
		guide        *content.Guide
		stage, style string
		langs        [2]string
		layout       Layout
		format       Format
	}{
		{leafletFixture(), "police", "a4", [2]string{"cy", "en"}, Columns, FoldedA5},
		{leafletFixture(), "court", "a4", [2]string{"en", "cy"}, Columns, SheetA4},
		{leafletFixture(), "prison", "standard", [2]string{"cy", "en"}, TeteBeche, FoldedA5},
		{def, "police", "a4", [2]string{"cy", "en"}, Columns, FoldedA5},
		{def, "recovery", "large-print", [2]string{"cy", "en"}, Columns, FoldedA5},
		{def, "court", "standard", [2]string{"cy", "en"}, TeteBeche, FoldedA5},
	} {
		d, err := BilingualLeaflet(c.guide, c.stage, c.langs, c.layout, mustStyle(t, c.style), LeafletOptions{Format: c.format})
		if err != nil {
			return err
		}
		name := c.guide.ID + " leaflet " + c.stage + " " + string(c.layout) + " " + c.style + " " + string(c.format)
		biCache = append(biCache, biCase{name, c.guide, d})
	}
	return nil
}

// bilingualHalves are the halves of every bilingual edition, as plans the
// single-language checks run on too.
func bilingualHalves(t *testing.T) []booklet {
	var out []booklet
	for _, c := range biEditions(t) {
		for h, p := range c.ed.Halves {
			out = append(out, booklet{style: c.name, lang: c.ed.Langs[h], plan: p})
		}
	}
	return out
}
