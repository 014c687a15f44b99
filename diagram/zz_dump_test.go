package diagram

import (
	"fmt"
	"testing"

	"guidepress/content"
	"guidepress/fonts"
	"guidepress/styles"
)

func TestDump(t *testing.T) {
	g, err := content.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	for _, sn := range []string{"standard", "large-print", "a4"} {
		st, _ := styles.Preset(sn)
		for _, lang := range []string{"en", "cy"} {
			for _, k := range []string{"recovery", "wheel"} {
				f := Recovery
				if k == "wheel" {
					f = Wheel
				}
				geo, err := f(g, lang, st, fonts.Default(), st.TextWidth())
				if err != nil {
					fmt.Println(sn, lang, k, err)
					continue
				}
				s := geo.Shapes[len(geo.Shapes)-1]
				_ = s
				fmt.Printf("%s %s %s: W %.1f H %.1f textH %.1f  size %.1f", sn, lang, k, geo.Width, geo.Height, st.TextHeight(), geo.Labels[1].Size)
				for _, sh := range geo.Shapes {
					if sh.ID == "component-1" || sh.ID == "area-1" || sh.ID == "centre" {
						fmt.Printf(" %s R=%.1f in=%.1f", sh.ID, sh.R, sh.Inner)
					}
				}
				fmt.Println(" check:", geo.Check())
			}
		}
	}
}
