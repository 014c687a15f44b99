package impose

import (
	"fmt"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// foldMarkLength is the length of each fold mark: 10 mm, so that about
// half of it survives a printer's unprintable margin.
const foldMarkLength = 10 * 72 / 25.4

// addFoldMarks draws a thin black line at the top and at the bottom of the
// centre fold on every landscape sheet side of ctx, of size sheet. The
// marks are symmetric, so /Rotate does not affect them. They
// go in a content stream of their own, appended to each page's contents.
func addFoldMarks(ctx *model.Context, sheet types.Dim) error {
	x, h, l := sheet.Width/2, sheet.Height, foldMarkLength
	marks := fmt.Appendf(nil, "\nq 0 G 0.5 w [] 0 d %.2f 0 m %.2f %.2f l S %.2f %.2f m %.2f %.2f l S Q\n",
		x, x, l, x, h-l, x, h)
	for p := 1; p <= ctx.PageCount; p++ {
		if err := appendContent(ctx, p, marks); err != nil {
			return fmt.Errorf("fold marks: sheet side %d: %w", p, err)
		}
	}
	return nil
}

// appendContent adds a content stream holding b after the existing
// content of page pageNr.
func appendContent(ctx *model.Context, pageNr int, b []byte) error {
	d, _, _, err := ctx.PageDict(pageNr, false)
	if err == nil && d == nil {
		err = model.ErrPageNotFound
	}
	if err != nil {
		return fmt.Errorf("read page: %w", err)
	}
	sd, err := ctx.NewStreamDictForBuf(b)
	if err != nil {
		return fmt.Errorf("new content stream: %w", err)
	}
	if err := sd.Encode(); err != nil {
		return fmt.Errorf("encode content stream: %w", err)
	}
	ir, err := ctx.IndRefForNewObject(*sd)
	if err != nil {
		return fmt.Errorf("store content stream: %w", err)
	}
	var contents types.Array
	switch c := d["Contents"].(type) {
	case types.Array:
		contents = append(c, *ir)
	case nil:
		contents = types.Array{*ir}
	default:
		contents = types.Array{c, *ir}
	}
	d.Update("Contents", contents)
	return nil
}
