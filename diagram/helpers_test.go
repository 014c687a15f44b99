package diagram

import (
	"fmt"
	"strings"
	"testing"

	"guidepress/content"
	"guidepress/fonts"
	"guidepress/styles"
)

// kinds are the diagram constructors by name.
var kinds = map[string]func(*content.Guide, string, *styles.Style, *fonts.Family, float64) (*Geometry, error){
	"recovery": Recovery,
	"wheel":    Wheel,
}

var (
	langs      = []string{"en", "cy"}
	styleNames = []string{"standard", "large-print", "a4"}
)

// guide loads the default guide; each call gets a copy the test may edit.
func guide(t *testing.T) *content.Guide {
	t.Helper()
	g, err := content.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func preset(t *testing.T, name string) *styles.Style {
	t.Helper()
	st, err := styles.Preset(name)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// layout is one combination of diagram, language and style.
type layout struct {
	kind, lang string
	st         *styles.Style
	geo        *Geometry
}

func (l layout) String() string { return fmt.Sprintf("%s/%s/%s", l.kind, l.lang, l.st.Name) }

// everyLayout builds every diagram in every language and style from g.
func everyLayout(t *testing.T, g *content.Guide, names ...string) []layout {
	t.Helper()
	if len(names) == 0 {
		names = styleNames
	}
	var out []layout
	for _, kind := range []string{"recovery", "wheel"} {
		for _, lang := range langs {
			for _, name := range names {
				st := preset(t, name)
				geo, err := kinds[kind](g, lang, st, fonts.Default(), st.TextWidth())
				if err != nil {
					t.Fatalf("%s %s %s: %v", kind, lang, name, err)
				}
				out = append(out, layout{kind: kind, lang: lang, st: st, geo: geo})
			}
		}
	}
	return out
}

// wantTexts are the texts each diagram must show in lang: every title,
// and for the recovery diagram every explanation.
func wantTexts(g *content.Guide, kind, lang string) []string {
	var out []string
	if kind == "recovery" {
		for _, c := range g.Recovery.Components {
			out = append(out, c.Title.Get(lang), c.Text.Get(lang))
		}
		return out
	}
	out = append(out, g.Recovery.WheelCentre.Get(lang))
	for _, a := range g.Recovery.LifeAreas {
		out = append(out, a.Title.Get(lang))
	}
	return out
}

// squash joins s's words with single spaces.
func squash(s string) string { return strings.Join(strings.Fields(s), " ") }
