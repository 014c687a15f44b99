package impose

import (
	"bytes"
	"fmt"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

// Booklet imposes in, a PDF of portrait pages of one size (A5 from the
// renderer), as a saddle-stitched booklet: two pages side by side on each
// sheet side (A4 landscape for A5 pages), sheets in the order of Order,
// ready for duplex printing with the flip in opts.Flip.
//
// If the page count is not a multiple of 4, blank pages are inserted
// before the last page, so that the back cover stays last and lands on the
// outside; Info.PaddedPages says how many. The renderer normally pads with
// "Notes" pages itself, so this is a fallback.
//
// Link annotations and bookmarks do not survive imposition (the output is
// for paper). The same input and options give byte-identical output.
func Booklet(in []byte, opts Options) (out []byte, info Info, err error) {
	const op = "impose booklet"
	defer guard(op, &err)
	if opts.Flip != LongEdge && opts.Flip != ShortEdge {
		return nil, Info{}, fmt.Errorf("%s: unknown flip %d", op, opts.Flip)
	}
	out, info, err = booklet(in, opts)
	if err != nil {
		return nil, Info{}, fmt.Errorf("%s: %w", op, err)
	}
	return out, info, nil
}

// booklet does Booklet's work; errors are wrapped by the caller.
func booklet(in []byte, opts Options) ([]byte, Info, error) {
	conf := configuration(model.BOOKLET)
	ctx, err := api.ReadAndValidate(bytes.NewReader(in), conf)
	if err != nil {
		return nil, Info{}, fmt.Errorf("read input: %w", err)
	}
	page, err := pageSize(ctx)
	if err != nil {
		return nil, Info{}, err
	}
	padded, err := padBeforeLast(ctx, page)
	if err != nil {
		return nil, Info{}, err
	}
	pages := ctx.PageCount
	if err := impose(ctx, page, pages); err != nil {
		return nil, Info{}, err
	}
	if err := turnSides(ctx, opts.Flip); err != nil {
		return nil, Info{}, err
	}
	if opts.CropMarks {
		if err := addFoldMarks(ctx, page); err != nil {
			return nil, Info{}, err
		}
	}
	out, err := write(ctx, conf, in)
	if err != nil {
		return nil, Info{}, err
	}
	flip, err := check(out, pages, padded, page, opts.Flip)
	if err != nil {
		return nil, Info{}, err
	}
	if flip != opts.Flip {
		return nil, Info{}, fmt.Errorf("output needs %s, but %s was asked for", flip, opts.Flip)
	}
	return out, newInfo(pages, padded, flip), nil
}

// newInfo describes a booklet of pages pages (after padding) for flip.
func newInfo(pages, padded int, flip Flip) Info {
	duplex := "print double-sided, " + flip.String()
	if flip == LongEdge {
		duplex += " (the back of each sheet looks upside down on screen; that is intended)"
	}
	return Info{
		Sheets:      pages / 4,
		Pages:       pages,
		PaddedPages: padded,
		Flip:        flip,
		Duplex:      duplex,
	}
}

// write serialises ctx and makes the result reproducible (see
// makeReproducible), seeded by the input bytes.
func write(ctx *model.Context, conf *model.Configuration, in []byte) ([]byte, error) {
	date := ctx.XRefTable.CreationDate
	var buf bytes.Buffer
	if err := api.Write(ctx, &buf, conf); err != nil {
		return nil, fmt.Errorf("write output: %w", err)
	}
	return makeReproducible(buf.Bytes(), date, in)
}
