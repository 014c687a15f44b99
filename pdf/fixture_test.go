package pdf

// The guides here are layout's test fixtures too (internal/testguide):
// layout's tests check their plans, these their PDFs;
// testdata/booklet-*.txt is fixture's text.

import (
	"guidepress/content"
	"guidepress/internal/testguide"
)

// tx is a text in English and Welsh.
func tx(en, cy string) content.Text {
	return content.Text{Values: map[string]string{"en": en, "cy": cy}}
}

// fixture is testguide.Fixture: a small guide with every kind of block.
func fixture() *content.Guide { return testguide.Fixture() }

// leafletFixture is testguide.LeafletFixture: the fixture with contacts
// tagged for stages and areas.
func leafletFixture() *content.Guide { return testguide.LeafletFixture() }
