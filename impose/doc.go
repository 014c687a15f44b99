// Package impose turns a guide's A5 portrait PDF into a print-ready
// saddle-stitched booklet: the A5 pages sit two-up on A4 landscape sheets
// in folding order, so that a print coordinator can print the file
// double-sided, fold the stack in half and staple it along the fold (or
// just fold it, where staples are not allowed).
//
// The imposition itself is pdfcpu's booklet (v0.15, used as a library on
// in-memory bytes). This package adds what the guide needs around it:
//
//   - padding to a multiple of four pages with blank pages inserted before
//     the last page, so the back cover stays the back cover (pdfcpu pads at
//     the end, which would leave the back cover inside the booklet);
//   - the right left/right placement for landscape sheets (pdfcpu's two-up
//     default mirrors the sheet on landscape paper: see impose.go);
//   - a standard paper size for the sheet (A4 for the renderer's 148 mm
//     A5, which two-up is 1 mm narrower than A4: see paper.go);
//   - a choice of duplex flip and a sentence telling the user which one the
//     file needs, worked out by reading the finished file back (see
//     inspect.go) rather than assumed;
//   - optional fold marks (pdfcpu's own "guides" draw the fold across the
//     wrong axis for two-up landscape sheets);
//   - byte-identical output for identical input (pdfcpu stamps the current
//     time into the file and writes objects in map order; see
//     reproducible.go).
//
// Order gives the same saddle-stitch order as data, for tests and docs, and
// Validate runs pdfcpu's relaxed validation on any PDF.
package impose
