package layout

import (
	"guidepress/content"
	"guidepress/internal/testguide"
)

// fixture is testguide.Fixture: a small guide with every kind of block.
func fixture() *content.Guide { return testguide.Fixture() }

// leafletFixture is testguide.LeafletFixture: the fixture with contacts
// tagged for stages and areas.
func leafletFixture() *content.Guide { return testguide.LeafletFixture() }
