package impose

import (
	"fmt"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// impose replaces the page tree of ctx with pdfcpu's two-up booklet of its
// pages 1..pages, on landscape sheets of size sheet.
//
// pdfcpu's api.Booklet reads, imposes and writes in one call; this calls
// the step in between (pdfcpu.BookletFromPDF) because padding comes before
// it and turning, fold marks and reproducible writing after it.
//
// Placement: for two-up booklets pdfcpu puts the higher page number of
// each pair in the first grid cell and draws every tile of the first side
// of each sheet turned 180 degrees in its cell. With the default grid
// order (first cell on the left) that is right for portrait sheets, where
// the A5 pages lie sideways, but on landscape sheets it mirrors the sheet:
// the outside would read (1,8) and fold into a right-to-left booklet.
// Filling the grid from the right (model.LeftDown) gives the correct
// sheet: the first side is (8,1) turned 180 degrees as a whole, the
// second side (2,7) upright. turnSides then sets each side's /Rotate for
// the chosen flip, and check verifies the result from the written file.
func impose(ctx *model.Context, sheet types.Dim, pages int) error {
	nup := pdfcpu.DefaultBookletConfig()
	nup.PageDim = &types.Dim{Width: sheet.Width, Height: sheet.Height}
	nup.UserDim = true
	nup.Orient = model.LeftDown
	if err := pdfcpu.ParseNUpValue(2, nup); err != nil {
		return fmt.Errorf("configure booklet: %w", err)
	}
	selected := types.IntSet{}
	for i := 1; i <= pages; i++ {
		selected[i] = true
	}
	if err := pdfcpu.BookletFromPDF(ctx, selected, nup); err != nil {
		return fmt.Errorf("impose pages: %w", err)
	}
	return dropNavigation(ctx)
}

// dropNavigation removes catalog entries that point into the source pages
// (bookmarks, the open action, page labels, named destinations, and the
// structure tree with the mark that says the file is tagged). The
// imposed sheets no longer contain those pages, and keeping the entries
// would drag the whole unimposed document into the output. An imposed
// file is for the printer only: a reader who listens is given the file
// it was imposed from, which is tagged.
func dropNavigation(ctx *model.Context) error {
	root, err := ctx.Catalog()
	if err != nil {
		return fmt.Errorf("read catalog: %w", err)
	}
	for _, key := range []string{"Outlines", "OpenAction", "PageLabels", "Dests", "PageMode", "StructTreeRoot", "MarkInfo"} {
		root.Delete(key)
	}
	return nil
}
