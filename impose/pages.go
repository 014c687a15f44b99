package impose

import (
	"errors"
	"fmt"
	"math"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// pageSize returns the size shared by all pages of ctx, which must be
// portrait. Mixed sizes would be scaled to fit by pdfcpu and print at odd
// sizes, so they are refused.
func pageSize(ctx *model.Context) (types.Dim, error) {
	if ctx.PageCount < 2 {
		return types.Dim{}, fmt.Errorf("a booklet needs at least 2 pages, the input has %d", ctx.PageCount)
	}
	dims, err := ctx.PageDims()
	if err != nil {
		return types.Dim{}, fmt.Errorf("read page sizes: %w", err)
	}
	if len(dims) == 0 {
		return types.Dim{}, errors.New("read page sizes: no pages")
	}
	first := dims[0]
	if first.Width >= first.Height {
		return types.Dim{}, fmt.Errorf("page 1 is landscape (%.0f x %.0f pt), a booklet needs portrait pages", first.Width, first.Height)
	}
	for i, d := range dims {
		if math.Abs(d.Width-first.Width) > 0.5 || math.Abs(d.Height-first.Height) > 0.5 {
			return types.Dim{}, fmt.Errorf("page %d is %.0f x %.0f pt, page 1 is %.0f x %.0f pt: all pages must have the same size",
				i+1, d.Width, d.Height, first.Width, first.Height)
		}
	}
	return first, nil
}

// padBeforeLast inserts blank pages of size page before the last page of
// ctx until the page count is a multiple of 4, and returns how many it
// inserted. pdfcpu's booklet would pad at the end instead, putting blank
// pages on the outside and the back cover inside the booklet.
func padBeforeLast(ctx *model.Context, page types.Dim) (int, error) {
	n := ctx.PageCount
	pad := (4 - n%4) % 4
	for i := range pad {
		last := n + i
		if err := ctx.InsertBlankPages(types.IntSet{last: true}, &page, true); err != nil {
			return 0, fmt.Errorf("insert blank page before page %d: %w", last, err)
		}
	}
	// InsertBlankPages updates the page tree but not the page count.
	ctx.PageCount = n + pad
	return pad, nil
}
