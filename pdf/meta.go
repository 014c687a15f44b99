package pdf

import (
	"bytes"
	"fmt"
	"strconv"

	"codeberg.org/go-pdf/fpdf"

	"guidepress/internal/docinfo"
)

// setMeta writes m into pdf and makes its output reproducible.
func setMeta(pdf *fpdf.Fpdf, m docinfo.Meta) {
	applyMeta(pdf, m)
	pdf.SetDisplayMode("default", "single")
}

// viewerPrefs is added to the catalog so viewers show the document title
// rather than the file name; fpdf has no call for it.
const viewerPrefs = "/ViewerPreferences <</DisplayDocTitle true>>\n"

// addViewerPrefs inserts viewerPrefs into fpdf's catalog. fpdf writes the
// catalog as the last object, right before the cross-reference table, so
// only the startxref offset moves.
func addViewerPrefs(pdf []byte) ([]byte, error) {
	xref := bytes.LastIndex(pdf, []byte("\nxref\n"))
	end := bytes.LastIndex(pdf[:max(xref, 0)], []byte(">>\nendobj"))
	cat := bytes.LastIndex(pdf[:max(end, 0)], []byte("/Type /Catalog"))
	sx := bytes.LastIndex(pdf, []byte("startxref\n"))
	if xref < 0 || end < 0 || cat < 0 || sx < xref {
		return nil, fmt.Errorf("add viewer preferences: the PDF's catalog was not where fpdf puts it")
	}
	numStart := sx + len("startxref\n")
	numEnd := numStart + bytes.IndexByte(pdf[numStart:], '\n')
	off, err := strconv.Atoi(string(pdf[numStart:numEnd]))
	if err != nil || off != xref+1 {
		return nil, fmt.Errorf("add viewer preferences: unexpected startxref in the PDF")
	}
	var out bytes.Buffer
	out.Write(pdf[:end])
	out.WriteString(viewerPrefs)
	out.Write(pdf[end:numStart])
	out.WriteString(strconv.Itoa(off + len(viewerPrefs)))
	out.Write(pdf[numEnd:])
	return out.Bytes(), nil
}
