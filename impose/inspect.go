package impose

import (
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// tileRe matches one tile of pdfcpu's booklet content stream: a source page
// drawn as form XObject Fm<page> under a transformation matrix, written by
// model.NUpTilePDFBytes as "q a b c d e f cm /Fm<n> Do Q".
var tileRe = regexp.MustCompile(`q\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s+cm\s+/Fm(\d+)\s+Do\s+Q`)

// tile is one source page drawn on a sheet side.
type tile struct {
	page   int     // source page number (pdfcpu names the form Fm<page>)
	centre float64 // x of the tile's centre, in the side's stored coordinates
	turned bool    // drawn turned 180 degrees (matrix a and d negative)
}

// layout is the geometry of a booklet: source page and sheet sizes.
type layout struct {
	page, sheet types.Dim
}

// side is one sheet side (one output page) as stored in the file.
type side struct {
	rotate int // the page's /Rotate, 0 or 180
	tiles  []tile
}

// readSide reads output page pageNr of ctx, a booklet of source pages of
// size page. Blank source pages have no content and draw no tile.
func readSide(ctx *model.Context, pageNr int, page types.Dim) (side, error) {
	d, _, inh, err := ctx.PageDict(pageNr, false)
	if err == nil && d == nil {
		err = model.ErrPageNotFound
	}
	if err != nil {
		return side{}, fmt.Errorf("sheet side %d: read page: %w", pageNr, err)
	}
	rot := ((inh.Rotate % 360) + 360) % 360
	if rot != 0 && rot != 180 {
		return side{}, fmt.Errorf("sheet side %d: unexpected /Rotate %d", pageNr, inh.Rotate)
	}
	content, err := ctx.PageContent(d, pageNr)
	if err != nil && !errors.Is(err, model.ErrNoContent) {
		return side{}, fmt.Errorf("sheet side %d: read content: %w", pageNr, err)
	}
	s := side{rotate: rot}
	for _, m := range tileRe.FindAllStringSubmatch(string(content), -1) {
		t, err := parseTile(m, page)
		if err != nil {
			return side{}, fmt.Errorf("sheet side %d: %w", pageNr, err)
		}
		s.tiles = append(s.tiles, t)
	}
	return s, nil
}

// parseTile reads a tileRe match. Only upright and 180-degree turns are
// expected: a quarter turn or a mirror means pdfcpu changed its imposition.
func parseTile(m []string, page types.Dim) (tile, error) {
	var f [6]float64
	for i := range f {
		v, err := strconv.ParseFloat(m[i+1], 64)
		if err != nil {
			return tile{}, fmt.Errorf("tile matrix %q: %w", m[0], err)
		}
		f[i] = v
	}
	a, b, c, d, e := f[0], f[1], f[2], f[3], f[4]
	if math.Abs(b) > 1e-3 || math.Abs(c) > 1e-3 || (a < 0) != (d < 0) || a == 0 {
		return tile{}, fmt.Errorf("tile %q is neither upright nor turned 180 degrees", m[0])
	}
	n, err := strconv.Atoi(m[7])
	if err != nil {
		return tile{}, fmt.Errorf("tile form name %q: %w", m[7], err)
	}
	// The tile covers x from e to e + a*width: leftwards when turned.
	return tile{page: n, centre: e + a*page.Width/2, turned: a < 0}, nil
}

// tilesTurned reports whether the tiles of s are drawn turned 180
// degrees; ok is false for a side without tiles (all blank).
func (s side) tilesTurned() (turned, ok bool, err error) {
	if len(s.tiles) == 0 {
		return false, false, nil
	}
	for _, t := range s.tiles[1:] {
		if t.turned != s.tiles[0].turned {
			return false, false, errors.New("tiles on one side are turned differently")
		}
	}
	return s.tiles[0].turned, true, nil
}

// held returns the page numbers on the left and right of s as the printed
// side is held the right way up (0 for a blank half). A tile stored left
// of the fold ends up on the right when its content is upside down in
// storage: turning the sheet to read it swaps the halves. The page's
// /Rotate does not matter here, as it turns tiles and halves together.
func (s side) held(sheet types.Dim) [2]int {
	var pages [2]int
	for _, t := range s.tiles {
		right := t.centre > sheet.Width/2
		if t.turned {
			right = !right
		}
		if right {
			pages[1] = t.page
		} else {
			pages[0] = t.page
		}
	}
	return pages
}

// upsideDown reports whether s prints upside down relative to the page as
// displayed: its tiles' turn plus the page's /Rotate.
func (s side) upsideDown() (down, ok bool, err error) {
	turned, ok, err := s.tilesTurned()
	if err != nil || !ok {
		return false, ok, err
	}
	return turned != (s.rotate == 180), true, nil
}
