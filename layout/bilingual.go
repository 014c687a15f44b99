package layout

import (
	"errors"
	"fmt"
	"slices"

	"guidepress/compose"
	"guidepress/content"
	"guidepress/styles"
)

// Layout is how a bilingual edition puts its two languages together.
// Both languages are printed in the same typeface, sizes and weights.
type Layout string

const (
	// Columns prints both languages on every page, side by side: the
	// first language in the left column, the second in the right. Each
	// part of the guide (a chapter's title, a section, a contents entry, a
	// contact) starts level in both columns, so a reader can look across.
	Columns Layout = "columns"
	// TeteBeche (tilt-and-turn) prints the first language's complete
	// product from the front cover and the second's from the back cover:
	// the second half's pages come last, in reverse order, each turned
	// 180°, so that turning the printed document over and upside down the
	// reader starts at the second language's cover. Both halves have the
	// same number of pages, so they meet at the centre fold.
	TeteBeche Layout = "tete-beche"
)

// Layouts are the bilingual layouts.
var Layouts = []Layout{Columns, TeteBeche}

// ParseLayout returns the layout named s.
func ParseLayout(s string) (Layout, error) {
	if slices.Contains(Layouts, Layout(s)) {
		return Layout(s), nil
	}
	return "", fmt.Errorf("unknown bilingual layout %q (layouts: %s, %s)", s, Columns, TeteBeche)
}

// ErrColumnsTooNarrow is wrapped by the error returned when a style's
// page is too narrow for two columns of text.
var ErrColumnsTooNarrow = errors.New("the page is too narrow for two columns")

// ErrTeteBecheSheet is wrapped by the error returned when a tête-bêche
// leaflet is asked for in the SheetA4 format, which has no back cover to
// start the second language from.
var ErrTeteBecheSheet = errors.New("a tête-bêche leaflet needs the a5-fold format")

// Bilingual is a bilingual edition laid out: one Plan per language,
// Halves[0] in Langs[0] (the first language) and Halves[1] in Langs[1].
// Each half is labelled, numbered and bookmarked in its own language. In
// Columns both halves have the same pages and are drawn onto the same
// sheets, each in its own column; in TeteBeche they are drawn one after
// the other, the second reversed and turned. Draw it with PDF.
type Bilingual struct {
	Layout Layout
	Langs  [2]string
	Halves [2]*Plan
	// Meta is the document information: both titles, the first
	// language as the document's language.
	Meta Meta
}

// Pages is the number of pages of the edition's PDF.
func (d *Bilingual) Pages() int {
	if d.Layout == Columns {
		return len(d.Halves[0].Pages)
	}
	return len(d.Halves[0].Pages) + len(d.Halves[1].Pages)
}

// compose1 composes one language's product.
type compose1 func(lang string) (*compose.Product, error)

// Bilingual lays out the product mk composes in each of the two languages
// langs, the first first (left, or from the front cover), in layout: the
// same arrangement code for every product. what names the product in
// errors ("the bilingual booklet").
func bilingual(mk compose1, langs [2]string, layout Layout, st *styles.Style, what string) (*Bilingual, error) {
	if err := checkBilingual(langs, layout); err != nil {
		return nil, fmt.Errorf("lay out %s: %w", what, err)
	}
	var ps [2]*compose.Product
	for i, lang := range langs {
		p, err := mk(lang)
		if err != nil {
			return nil, err
		}
		ps[i] = p
	}
	if layout == TeteBeche {
		return TeteBecheOf(ps, st)
	}
	return ColumnsOf(ps, st)
}

// BilingualBooklet lays out the booklet of g in the two languages langs,
// the first first (left, or from the front cover), in layout.
func BilingualBooklet(g *content.Guide, langs [2]string, layout Layout, st *styles.Style) (d *Bilingual, err error) {
	return BilingualAreaBooklet(g, langs, layout, st, "")
}

// BilingualAreaBooklet lays out the bilingual booklet as BilingualBooklet
// does, for area (see AreaBooklet; "" for every area).
func BilingualAreaBooklet(g *content.Guide, langs [2]string, layout Layout, st *styles.Style, area string) (d *Bilingual, err error) {
	defer recoverAs("lay out the bilingual booklet", &err)
	return bilingual(func(lang string) (*compose.Product, error) { return compose.AreaBooklet(g, lang, area) },
		langs, layout, st, "the bilingual booklet")
}

// BilingualLeaflet lays out the leaflet of stage stageID in the two
// languages langs in layout (see Leaflet). A TeteBeche leaflet must be in
// the FoldedA5 format.
func BilingualLeaflet(g *content.Guide, stageID string, langs [2]string, layout Layout, st *styles.Style, opts LeafletOptions) (d *Bilingual, err error) {
	defer recoverAs("lay out the bilingual leaflet", &err)
	if layout == TeteBeche && opts.Format == SheetA4 {
		if err := checkBilingual(langs, layout); err != nil {
			return nil, fmt.Errorf("lay out the bilingual leaflet: %w", err)
		}
		return nil, fmt.Errorf("lay out the bilingual leaflet: %w", ErrTeteBecheSheet)
	}
	return bilingual(func(lang string) (*compose.Product, error) { return leafletProduct(g, stageID, lang, st, opts) },
		langs, layout, st, "the bilingual leaflet")
}

// BilingualPack lays out a discharge pack (see Pack) in the two languages
// langs, the first first, in layout. In TeteBeche the name (when given)
// is on both covers; in Columns it is printed once, across both columns
// of the cover. The name appears in neither half's document information,
// bookmarks or any error.
func BilingualPack(g *content.Guide, langs [2]string, layout Layout, st *styles.Style, opts PackOptions) (d *Bilingual, err error) {
	defer recoverAs("lay out the bilingual pack", &err)
	return bilingual(func(lang string) (*compose.Product, error) { return compose.Pack(g, lang, opts) },
		langs, layout, st, "the bilingual pack")
}

// checkBilingual checks that langs are two different languages and
// layout is known.
func checkBilingual(langs [2]string, layout Layout) error {
	if langs[0] == langs[1] {
		return fmt.Errorf("a bilingual edition needs two different languages, not %q twice", langs[0])
	}
	_, err := ParseLayout(string(layout))
	return err
}

// bilingualMeta joins the document information of the halves: "first
// title / second title", and the first language as the document's.
func bilingualMeta(a, b Meta) Meta {
	join := func(x, y string) string {
		if x == y || y == "" {
			return x
		}
		return x + " / " + y
	}
	return Meta{Title: join(a.Title, b.Title), Author: join(a.Author, b.Author),
		Subject: join(a.Subject, b.Subject), Lang: a.Lang, Date: a.Date}
}

// newBilingual makes an edition of two laid-out halves.
func newBilingual(layout Layout, langs [2]string, a, b *Plan) *Bilingual {
	return &Bilingual{Layout: layout, Langs: langs, Halves: [2]*Plan{a, b}, Meta: bilingualMeta(a.Meta, b.Meta)}
}
