// Package pdf is the PDF writer: it draws what layout placed. Write draws
// a one-language Plan and WriteBilingual a bilingual edition (both columns
// on each page, or tête-bêche halves with the second turned); fonts are
// embedded and subset with Unicode maps, the document information and
// language are set, bookmarks and links are added, and dates are fixed
// so the same plan always gives the same bytes. DrawDiagram draws a
// diagram's geometry into a page, and DiagramPDF writes one diagram on a
// page of its own below its title. It is the only package of the pipeline
// that imports fpdf; it decides nothing about what a product holds or
// where anything goes.
package pdf

import "fmt"

// recoverAs turns a panic inside fpdf into an error that names the
// operation, so a bad input never crashes the program.
func recoverAs(op string, err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("%s: internal error: %v", op, r)
	}
}
