package layout

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"

	"guidepress/internal/docinfo"
)

// startKey names where a part starts: its role and what it belongs to.
type startKey struct {
	role Role
	ref  string
}

// partStarts finds the first line of every title, summary, section
// heading, contents entry and contact of a plan: its page and height.
func partStarts(p *Plan) map[startKey][2]float64 {
	out := map[startKey][2]float64{}
	for _, pg := range p.Pages {
		for _, it := range pg.Items {
			switch it.Role {
			case RoleTitle, RoleSummary, RoleHeading, RoleContents, RoleContact:
			default:
				continue
			}
			k := startKey{it.Role, it.Ref}
			if _, seen := out[k]; !seen && it.Name != pageNumber {
				out[k] = [2]float64{float64(pg.Number), it.Y}
			}
		}
	}
	return out
}

// TestColumnsPartsStartLevel checks the page plan of every columns
// edition: each chapter title, summary, section, contents entry and
// contact starts on the same page at the same height in both languages.
func TestColumnsPartsStartLevel(t *testing.T) {
	for _, c := range biEditions(t) {
		if c.ed.Layout != Columns {
			continue
		}
		a, b := partStarts(c.ed.Halves[0]), partStarts(c.ed.Halves[1])
		if len(a) != len(b) || len(a) < 5 {
			t.Errorf("%s: %d starts in %s, %d in %s", c.name, len(a), c.ed.Langs[0], len(b), c.ed.Langs[1])
		}
		n := 0
		for k, at := range a {
			if bt, ok := b[k]; !ok || bt[0] != at[0] || math.Abs(bt[1]-at[1]) > 1e-6 {
				t.Errorf("%s: %s %s starts on page %g at %.2f mm in %s, on page %g at %.2f mm in %s",
					c.name, k.role, k.ref, at[0], at[1], c.ed.Langs[0], bt[0], bt[1], c.ed.Langs[1])
			}
			if k.role == RoleHeading && strings.Contains(k.ref, "/") {
				n++
			}
		}
		// A one-sheet leaflet's at_a_glance text has no section heading.
		if n == 0 && !strings.HasSuffix(c.name, " a4 a4") {
			t.Errorf("%s: no section headings found", c.name)
		}
	}
}

// TestColumnsHalvesShareSheets checks that both columns have the same
// pages (chapter, chrome) and every line stays in its own column, with
// only a diagram and its caption, and a pack's name, crossing the gutter.
func TestColumnsHalvesShareSheets(t *testing.T) {
	for _, c := range biEditions(t) {
		if c.ed.Layout != Columns {
			continue
		}
		h0, h1 := c.ed.Halves[0], c.ed.Halves[1]
		if len(h0.Pages) != len(h1.Pages) || c.ed.Pages() != len(h0.Pages) {
			t.Fatalf("%s: %d and %d pages", c.name, len(h0.Pages), len(h1.Pages))
		}
		st := h0.Style
		mid, half := st.Margins.Left+st.TextWidth()/2, newDims(st).indent/2
		for i, p := range h0.Pages {
			q := h1.Pages[i]
			if p.Chapter != q.Chapter || p.Chrome != q.Chrome {
				t.Errorf("%s page %d: chapter %s/%s, chrome %t/%t", c.name, i+1, p.Chapter, q.Chapter, p.Chrome, q.Chrome)
			}
			for h, items := range [][]Item{p.Items, q.Items} {
				for _, it := range items {
					if it.Kind != TextLine || it.Role == RoleCaption || it.Name == bothColumns {
						continue
					}
					if h == 0 && it.X+it.W > mid-half+1e-3 || h == 1 && it.X < mid+half-1e-3 {
						t.Errorf("%s page %d: %s %q at x %.1f–%.1f leaves its column", c.name, i+1, it.Role, it.Text(), it.X, it.X+it.W)
					}
				}
			}
		}
	}
}

// TestBilingualHalvesInOwnLanguage checks that each half's chapters,
// footers and document information are in its own language, and that a
// tête-bêche edition's halves are as long as each other.
func TestBilingualHalvesInOwnLanguage(t *testing.T) {
	for _, c := range biEditions(t) {
		for h, p := range c.ed.Halves {
			lang := c.ed.Langs[h]
			if p.Meta.Lang != docinfo.LangTag(lang) {
				t.Errorf("%s: half %d has language %s, want %s", c.name, h, p.Meta.Lang, docinfo.LangTag(lang))
			}
			want := c.guide.Label(lang, "page_of", map[string]string{"n": "2", "m": fmt.Sprint(len(p.Pages))})
			if !strings.Contains(pageText(p.Pages[1]), want) {
				t.Errorf("%s: page 2 of the %s half lacks %q", c.name, lang, want)
			}
		}
		if c.ed.Meta.Lang != docinfo.LangTag(c.ed.Langs[0]) || !strings.Contains(c.ed.Meta.Title, " / ") {
			t.Errorf("%s: document information %+v", c.name, c.ed.Meta)
		}
		if n0, n1 := len(c.ed.Halves[0].Pages), len(c.ed.Halves[1].Pages); c.ed.Layout == TeteBeche && (n0 != n1 || (n0+n1)%4 != 0) {
			t.Errorf("%s: tête-bêche halves of %d and %d pages", c.name, n0, n1)
		}
	}
}

func TestBilingualRefusals(t *testing.T) {
	g := fixture()
	langs := [2]string{"cy", "en"}
	if _, err := BilingualBooklet(g, langs, Columns, mustStyle(t, "standard")); !errors.Is(err, ErrColumnsTooNarrow) {
		t.Errorf("columns in the A5 standard style: %v, want ErrColumnsTooNarrow", err)
	}
	if err := CheckColumns(mustStyle(t, "a4")); err != nil {
		t.Errorf("CheckColumns(a4): %v", err)
	}
	_, err := BilingualLeaflet(g, "police", langs, TeteBeche, mustStyle(t, "a4"), LeafletOptions{Format: SheetA4})
	if !errors.Is(err, ErrTeteBecheSheet) {
		t.Errorf("tête-bêche a4 sheet: %v, want ErrTeteBecheSheet", err)
	}
	if _, err := BilingualBooklet(g, [2]string{"cy", "cy"}, TeteBeche, mustStyle(t, "standard")); err == nil {
		t.Error("a bilingual booklet in Welsh twice was laid out")
	}
	if _, err := ParseLayout("parallel"); err == nil || !strings.Contains(err.Error(), "columns, tete-beche") {
		t.Errorf("ParseLayout(parallel): %v", err)
	}
}
