package layout

import (
	"strings"
	"sync"
	"testing"

	"guidepress/content"
)

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
