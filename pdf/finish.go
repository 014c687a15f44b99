package pdf

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"

	"guidepress/internal/pdffile"
)

// version is the PDF version the files declare. fpdf declares 1.3, but
// writes what 1.4 introduced: the catalog's /Lang; finish adds the
// /ViewerPreferences /DisplayDocTitle, /MarkInfo and XMP metadata of
// 1.4, and the pages' /Tabs of 1.5. Readers and validators that hold a
// file to its declared version need the truth.
const version = "1.5"

// viewerPrefs is added to the catalog so viewers show the document title
// rather than the file name; fpdf has no call for it.
const viewerPrefs = "/ViewerPreferences <</DisplayDocTitle true>>\n"

var (
	headerRe = regexp.MustCompile(`^%PDF-1\.\d`)
	rootRe   = regexp.MustCompile(`/Root\s+(\d+)\s+0\s+R`)
)

// finish makes fpdf's output a file every reader accepts as it is, with
// nothing to repair, and pdfcpu's strict validation passes:
//
//   - the header declares the version the file uses (see version);
//   - the catalog asks viewers to show the document title;
//   - every bookmark with children counts them, and leaves have no
//     count (fpdf writes /Count 0 everywhere, which readers "repair");
//   - link annotations are objects of their own, referenced from the
//     page (fpdf writes them inline, which strict validation refuses);
//   - the structure tags recorded while drawing become the file's
//     structure tree (see addStructure), with title and langs in its
//     XMP metadata.
//
// The file is written back with its objects in number order, those that
// are not streams packed into a compressed object stream and the
// cross-reference table a compressed stream (pdffile.Compact: the
// structure tree's thousands of small objects would otherwise add more
// than 2 KB a page); nothing depends on the clock or a map's order.
func finish(raw []byte, tags *tagger, title string, langs []string) ([]byte, error) {
	f, err := pdffile.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("finish the PDF: %w", err)
	}
	if !headerRe.Match(f.Header) {
		return nil, fmt.Errorf("finish the PDF: no PDF header")
	}
	f.Header = headerRe.ReplaceAll(f.Header, []byte("%PDF-"+version))
	root, err := catalog(f)
	if err != nil {
		return nil, fmt.Errorf("finish the PDF: %w", err)
	}
	if err := addViewerPrefs(f, root); err != nil {
		return nil, fmt.Errorf("finish the PDF: %w", err)
	}
	if err := countOutlines(f, root); err != nil {
		return nil, fmt.Errorf("finish the PDF: bookmarks: %w", err)
	}
	if err := indirectAnnots(f); err != nil {
		return nil, fmt.Errorf("finish the PDF: links: %w", err)
	}
	if err := addStructure(f, root, tags, title, langs); err != nil {
		return nil, fmt.Errorf("finish the PDF: structure tree: %w", err)
	}
	out, err := f.Compact()
	if err != nil {
		return nil, fmt.Errorf("finish the PDF: %w", err)
	}
	return out, nil
}

// catalog returns the number of the document catalog, the trailer's /Root.
func catalog(f *pdffile.File) (int, error) {
	m := rootRe.FindSubmatch(f.Trailer)
	if m == nil {
		return 0, fmt.Errorf("the trailer has no /Root")
	}
	n, _ := strconv.Atoi(string(m[1]))
	if _, ok := f.Objects[n]; !ok {
		return 0, fmt.Errorf("the catalog (object %d) is missing", n)
	}
	return n, nil
}

// addViewerPrefs inserts viewerPrefs at the end of the catalog dictionary.
func addViewerPrefs(f *pdffile.File, root int) error {
	obj := f.Objects[root]
	if !bytes.Contains(obj, []byte(">>")) || !bytes.Contains(obj, []byte("/Type /Catalog")) {
		return fmt.Errorf("object %d is not the catalog fpdf writes", root)
	}
	f.Objects[root] = beforeEnd(obj, []byte(viewerPrefs))
	return nil
}
