package pdf

import (
	"codeberg.org/go-pdf/fpdf"

	"guidepress/internal/docinfo"
)

// setMeta writes m into pdf and makes its output reproducible.
func setMeta(pdf *fpdf.Fpdf, m docinfo.Meta) {
	applyMeta(pdf, m)
	pdf.SetDisplayMode("default", "single")
}
