package layout

import (
	"strings"
	"sync"
	"testing"

	"guidepress/content"
)

// leafletFixture is the fixture with contacts tagged for stages and areas
// (two crisis lines for every stage and area, Llais tagged for prison and
// also named by it, Shelter only named by prison, and a liaison service
// for each of two areas tagged for police) and a short court stage that
// fits on one A4 sheet.
func leafletFixture() *content.Guide {
	g := fixture()
	g.Areas = []*content.Area{
		{ID: "cardiff-and-vale", Name: tx("Cardiff and Vale", "Caerdydd a’r Fro")},
		{ID: "powys", Name: tx("Powys", "Powys")},
	}
	for _, c := range g.Contacts {
		c.AllAreas = true
		switch c.ID {
		case "samaritans", "call":
			c.AllStages = true
		case "llais":
			c.Stages = []string{"prison"}
		}
	}
	g.StageByID("prison").Contacts = []string{"shelter", "llais"}
	g.Stages = append(g.Stages, &content.Stage{ID: "court", Title: tx("Court", "Llys"),
		Summary: tx("Your first day at court.", "Eich diwrnod cyntaf yn y llys."),
		Sections: []*content.Section{{ID: "first", Heading: tx("The first hearing", "Y gwrandawiad cyntaf"),
			Body:   tx("Bring your medicine and a list of it.", "Dewch â’ch meddyginiaeth a rhestr ohoni."),
			Advice: tx("Ask for the **liaison service**.", "Gofynnwch am y **gwasanaeth cyswllt**.")}}})
	cjls := func(id, area, en, cy string) *content.Contact {
		return &content.Contact{
			ID:          id,
			Name:        tx("Liaison service – "+en, "Gwasanaeth cyswllt – "+cy),
			Description: tx("Mental health workers at the police station.", "Gweithwyr iechyd meddwl yng ngorsaf yr heddlu."),
			Web:         "https://" + id + ".example.org",
			Stages:      []string{"police"},
			Areas:       []string{area},
			Verified:    g.Contacts[0].Verified,
		}
	}
	g.Contacts = append(g.Contacts, cjls("cjls-cardiff", "cardiff-and-vale", "Cardiff", "Caerdydd"),
		cjls("cjls-powys", "powys", "Powys", "Powys"))
	return g
}

func ids(cs []*content.Contact) string {
	var out []string
	for _, c := range cs {
		out = append(out, c.ID)
	}
	return strings.Join(out, " ")
}

// leafletCase is one laid-out leaflet.
type leafletCase struct {
	guide              *content.Guide
	stage, style, lang string
	plan               *Plan
}

func (c leafletCase) name() string { return c.guide.ID + " " + c.stage + " " + c.style + " " + c.lang }

var (
	leafletOnce  sync.Once
	leafletCache []leafletCase
	leafletErr   error
)

// allLeaflets lays out an a5-fold leaflet of every stage of the leaflet
// fixture and of the default guide, in the standard and large-print styles
// and both languages; made once and shared (tests must not change them).
func allLeaflets(t *testing.T) []leafletCase {
	t.Helper()
	leafletOnce.Do(func() {
		g, err := content.LoadDefault()
		if err != nil {
			leafletErr = err
			return
		}
		for _, g := range []*content.Guide{leafletFixture(), g} {
			for _, s := range g.Stages {
				for _, style := range []string{"standard", "large-print"} {
					for _, lang := range []string{"cy", "en"} {
						st := mustStyle(t, style)
						p, err := Leaflet(g, s.ID, lang, st, LeafletOptions{})
						if err != nil {
							leafletErr = err
							return
						}
						leafletCache = append(leafletCache, leafletCase{g, s.ID, style, lang, p})
					}
				}
			}
		}
	})
	if leafletErr != nil {
		t.Fatalf("lay out the leaflets: %v", leafletErr)
	}
	return leafletCache
}

// everyPlan is every booklet and leaflet plan the tests share, for the
// rules that hold in every product.
func everyPlan(t *testing.T) []booklet {
	out := append([]booklet(nil), allPlans(t)...)
	for _, c := range allLeaflets(t) {
		out = append(out, booklet{style: "leaflet " + c.guide.ID + " " + c.stage + " " + c.style, lang: c.lang, plan: c.plan})
	}
	return append(out, bilingualHalves(t)...)
}

// contactOrder lists the contacts of a plan in the order they are placed.
func contactOrder(p *Plan) string {
	var order []string
	for _, pg := range p.Pages {
		for _, it := range pg.Items {
			if it.Role == RoleContact && (len(order) == 0 || order[len(order)-1] != it.Ref) {
				order = append(order, it.Ref)
			}
		}
	}
	return strings.Join(order, " ")
}
