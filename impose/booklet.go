package impose

import (
	"bytes"
	"fmt"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// Booklet imposes in, a PDF of portrait pages of one size (A5 from the
// renderer), as a saddle-stitched booklet: two pages side by side on each
// sheet side, sheets in the order of Order, ready for duplex printing with
// the flip in opts.Flip. The sheet is landscape, two pages wide, snapped
// to a standard paper size within 2 mm: A4 for A5 pages.
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
	conf := Configuration(model.BOOKLET)
	ctx, page, padded, err := readPadded(in, conf)
	if err != nil {
		return nil, Info{}, err
	}
	pages := ctx.PageCount
	sheet, paper := sheetFor(page)
	if err := impose(ctx, sheet, pages); err != nil {
		return nil, Info{}, err
	}
	if err := turnSides(ctx, opts.Flip); err != nil {
		return nil, Info{}, err
	}
	if opts.CropMarks {
		if err := addFoldMarks(ctx, sheet); err != nil {
			return nil, Info{}, err
		}
	}
	out, err := write(ctx, conf, in)
	if err != nil {
		return nil, Info{}, err
	}
	flip, err := check(out, layout{page: page, sheet: sheet}, pages, padded, opts.Flip)
	if err != nil {
		return nil, Info{}, err
	}
	if flip != opts.Flip {
		return nil, Info{}, fmt.Errorf("output needs %s, but %s was asked for", flip, opts.Flip)
	}
	return out, newInfo(pages, padded, paper, flip), nil
}

// readPadded reads and validates in, checks its page size and pads it to a
// multiple of 4 pages (see padBeforeLast).
func readPadded(in []byte, conf *model.Configuration) (ctx *model.Context, page types.Dim, padded int, err error) {
	ctx, err = readValidated(in, conf)
	if err != nil {
		return nil, page, 0, fmt.Errorf("read input: %w", err)
	}
	if page, err = pageSize(ctx); err != nil {
		return nil, page, 0, err
	}
	if padded, err = padBeforeLast(ctx, page); err != nil {
		return nil, page, 0, err
	}
	return ctx, page, padded, nil
}

// newInfo describes a booklet of pages pages (after padding) on paper,
// printed with flip.
func newInfo(pages, padded int, paper string, flip Flip) Info {
	duplex := "print double-sided on " + paper + " paper, " + flip.String()
	if flip == LongEdge {
		duplex += " (the back of each sheet looks upside down on screen; that is intended)"
	}
	return Info{
		Sheets:      pages / 4,
		Pages:       pages,
		PaddedPages: padded,
		Paper:       paper,
		Flip:        flip,
		Duplex:      duplex,
	}
}

// write serialises ctx and makes the result reproducible (see
// makeReproducible), seeded by the input bytes.
func write(ctx *model.Context, conf *model.Configuration, in []byte) ([]byte, error) {
	date := ctx.XRefTable.CreationDate
	var buf bytes.Buffer
	if err := writeContext(ctx, &buf); err != nil {
		return nil, fmt.Errorf("write output: %w", err)
	}
	return makeReproducible(buf.Bytes(), date, in)
}
