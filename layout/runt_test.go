package layout

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"guidepress/content"
	"guidepress/internal/testguide"
)

// edition is one laid-out product: a one-language plan, or both halves of
// a bilingual edition.
type edition struct {
	name   string
	halves []*Plan
	layout Layout // "" for one language
}

var (
	shapesOnce sync.Once
	shapes     []edition
	shapesErrs []string
)

// everyEdition lays out every product of the default guide and of
// testguide.Shaped in the standard and large-print styles: each booklet,
// leaflet and a pack of two stages in each language, tête-bêche, and in
// columns (large-print). Made once and shared; what fails to lay out is
// returned as errors.
func everyEdition(t *testing.T) ([]edition, []string) {
	t.Helper()
	shapesOnce.Do(func() {
		for _, g := range []*content.Guide{testguide.Default(t), testguide.Shaped(t)} {
			for _, sn := range []string{"standard", "large-print"} {
				editionsOf(t, g, sn)
			}
		}
	})
	return shapes, shapesErrs
}

func editionsOf(t *testing.T, g *content.Guide, sn string) {
	st := mustStyle(t, sn)
	add := func(name string, halves []*Plan, l Layout, err error) {
		name = g.ID + " " + name + " " + sn
		if err != nil {
			shapesErrs = append(shapesErrs, fmt.Sprintf("%s: %v", name, err))
			return
		}
		shapes = append(shapes, edition{name, halves, l})
	}
	pack := PackOptions{Stages: []string{g.Stages[1].ID, g.Stages[len(g.Stages)-1].ID}, Name: "Jo"}
	for _, lang := range g.Languages {
		p, err := Booklet(g, lang, st)
		add("booklet "+lang, []*Plan{p}, "", err)
		for _, s := range g.Stages {
			p, err := Leaflet(g, s.ID, lang, st, LeafletOptions{})
			add("leaflet "+s.ID+" "+lang, []*Plan{p}, "", err)
		}
		p, err = Pack(g, lang, st, pack)
		add("pack "+lang, []*Plan{p}, "", err)
	}
	langs := [2]string{g.Languages[0], g.Languages[1]}
	for _, l := range []Layout{TeteBeche, Columns} {
		if l == Columns && sn == "standard" {
			continue
		}
		bi := func(name string, d *Bilingual, err error) {
			if err != nil {
				add(name+" "+string(l), nil, l, err)
				return
			}
			add(name+" "+string(l), d.Halves[:], l, nil)
		}
		d, err := BilingualBooklet(g, langs, l, st)
		bi("booklet", d, err)
		for _, s := range g.Stages {
			d, err := BilingualLeaflet(g, s.ID, langs, l, st, LeafletOptions{})
			bi("leaflet "+s.ID, d, err)
		}
		d, err = BilingualPack(g, langs, l, st, pack)
		bi("pack", d, err)
	}
}

// linesOn counts the lines of text on page k of an edition as a reader
// sees the page (see pageLines): in columns, the fuller column's.
func (e edition) linesOn(k int, half int) int {
	if e.layout == Columns {
		return max(pageLines(e.halves[0].Pages[k], lead(e.halves[0]), 0), pageLines(e.halves[1].Pages[k], lead(e.halves[1]), 0))
	}
	return pageLines(e.halves[half].Pages[k], lead(e.halves[half]), 0)
}

func lead(p *Plan) float64 { return p.Style.Leading(p.Style.BodySize) }

// TestEveryEditionLaysOut lays out every product of two guides of
// different shapes in both styles and both bilingual layouts: none fails.
func TestEveryEditionLaysOut(t *testing.T) {
	_, errs := everyEdition(t)
	for _, e := range errs {
		t.Error(e)
	}
}

// TestNoRuntPages: apart from covers and Notes pages, no page of any
// edition holds fewer than four lines of text (in columns, the fuller
// column), so no chapter, leaflet or contents list ends with a page of
// two or three lines.
func TestNoRuntPages(t *testing.T) {
	eds, _ := everyEdition(t)
	for _, e := range eds {
		for h, p := range e.halves {
			if e.layout == Columns && h > 0 {
				break
			}
			for k, pg := range p.Pages {
				if n := e.linesOn(k, h); n < minLines && !exempt(pg) {
					t.Errorf("%s half %d: page %d (%s) holds %d lines", e.name, h, pg.Number, pg.Chapter, n)
				}
			}
		}
	}
}

// TestLegendOnFiguresPage: every legend entry of a diagram is on the page
// of its figure, in every edition of both guides (the shaped guide's long
// recovery titles need smaller text, a narrower figure or only numbers in
// the circles; see diagram.Fit).
func TestLegendOnFiguresPage(t *testing.T) {
	eds, _ := everyEdition(t)
	for _, e := range eds {
		for h, p := range e.halves {
			figure := map[string]int{} // diagram name → the page of its figure
			for _, pg := range p.Pages {
				for _, it := range pg.Items {
					if it.Kind != Diagram {
						continue
					}
					if !isLegend(it) {
						figure[it.Name] = pg.Number
					} else if figure[it.Name] != pg.Number {
						t.Errorf("%s half %d: a legend entry of %s is on page %d, its figure on page %d", e.name, h, it.Name, pg.Number, figure[it.Name])
					}
				}
			}
		}
	}
}

// isLegend reports whether a diagram item is one of its legend's entries.
func isLegend(it Item) bool {
	for _, l := range it.Geometry.Labels {
		if !strings.HasPrefix(l.ID, "legend-") {
			return false
		}
	}
	return len(it.Geometry.Labels) > 0
}

// TestContentsNeverSpillsOneEntry: a contents page that continues the
// contents lists at least two entries.
func TestContentsNeverSpillsOneEntry(t *testing.T) {
	eds, _ := everyEdition(t)
	spilled := 0
	for _, e := range eds {
		for h, p := range e.halves {
			for k, pg := range p.Pages {
				if k == 0 || pg.Chapter != contentsID || p.Pages[k-1].Chapter != contentsID {
					continue
				}
				spilled++
				targets := map[int]bool{}
				for _, it := range pg.Items {
					if it.Role == RoleContents && it.Target > 0 {
						targets[it.Target] = true
					}
				}
				if len(targets) < 2 {
					t.Errorf("%s half %d: contents page %d lists %d entries", e.name, h, pg.Number, len(targets))
				}
			}
		}
	}
	if spilled == 0 {
		t.Error("no contents continues on a second page: the test checks nothing")
	}
}
