package impose

import (
	"fmt"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// turnSides sets /Rotate on every sheet side of ctx so that the front
// sides (odd output pages, the cover's side first) display upright, and
// the back sides display upright for ShortEdge or upside down for
// LongEdge.
//
// Why this decides the flip: a printer prints each page as displayed.
// Flipping a landscape sheet on its short edge (like a book page) shows
// the back with the same top edge as the front, so both sides must be
// upright; flipping on the long edge (like a notepad) brings the back's
// bottom edge to the front's top, so the back must be stored upside down.
// How pdfcpu drew the tiles is read from the content (see readSide), not
// assumed; the page size is only needed to read tile positions.
func turnSides(ctx *model.Context, flip Flip) error {
	for p := 1; p <= ctx.PageCount; p++ {
		s, err := readSide(ctx, p, types.Dim{})
		if err != nil {
			return fmt.Errorf("turn sides: %w", err)
		}
		turned, ok, err := s.tilesTurned()
		if err != nil {
			return fmt.Errorf("turn sides: sheet side %d: %w", p, err)
		}
		if !ok {
			continue // an all-blank side looks the same either way
		}
		wantDown := p%2 == 0 && flip == LongEdge
		rotate := 0
		if turned != wantDown {
			rotate = 180
		}
		d, _, _, err := ctx.PageDict(p, false)
		if err == nil && d == nil {
			err = model.ErrPageNotFound
		}
		if err != nil {
			return fmt.Errorf("turn sides: sheet side %d: %w", p, err)
		}
		d.Update("Rotate", types.Integer(rotate))
	}
	return nil
}
