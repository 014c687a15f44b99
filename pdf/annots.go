package pdf

import (
	"bytes"
	"fmt"
	"sort"

	"guidepress/internal/pdffile"
)

// annotsKey starts the inline annotation array fpdf writes in a page.
var annotsKey = []byte("/Annots [")

// indirectAnnots moves each page's link annotations out of the page
// dictionary into objects of their own, and lists them in the page by
// reference, as the PDF reference asks (/Annots is an array of indirect
// references to annotation dictionaries).
func indirectAnnots(f *pdffile.File) error {
	pages := make([]int, 0, len(f.Objects))
	for n, obj := range f.Objects {
		if bytes.Contains(obj, annotsKey) {
			pages = append(pages, n)
		}
	}
	sort.Ints(pages) // new objects get numbers in page order
	for _, n := range pages {
		obj := f.Objects[n]
		start := bytes.Index(obj, annotsKey) + len(annotsKey)
		dicts, end, err := inlineDicts(obj, start)
		if err != nil {
			return fmt.Errorf("object %d: %w", n, err)
		}
		var refs [][]byte
		for _, d := range dicts {
			refs = append(refs, fmt.Appendf(nil, "%d 0 R", f.Add(d)))
		}
		f.Objects[n] = bytes.Join([][]byte{obj[:start], bytes.Join(refs, []byte(" ")), obj[end:]}, nil)
	}
	return nil
}

// inlineDicts reads the dictionaries of an array in obj from start (just
// after its "[") and returns them with the offset of the closing "]".
func inlineDicts(obj []byte, start int) (dicts [][]byte, end int, err error) {
	i := start
	for i < len(obj) {
		switch {
		case obj[i] == ']':
			return dicts, i, nil
		case isSpace(obj[i]):
			i++
		case bytes.HasPrefix(obj[i:], []byte("<<")):
			j, err := dictEnd(obj, i)
			if err != nil {
				return nil, 0, err
			}
			dicts = append(dicts, obj[i:j])
			i = j
		default:
			return nil, 0, fmt.Errorf("unexpected %q in the annotation array", obj[i])
		}
	}
	return nil, 0, fmt.Errorf("the annotation array does not end")
}

// dictEnd returns the offset just after the dictionary that starts at
// obj[i] ("<<"), skipping nested dictionaries and strings.
func dictEnd(obj []byte, i int) (int, error) {
	depth := 0
	for i < len(obj) {
		switch {
		case bytes.HasPrefix(obj[i:], []byte("<<")):
			depth++
			i += 2
		case bytes.HasPrefix(obj[i:], []byte(">>")):
			depth--
			i += 2
			if depth == 0 {
				return i, nil
			}
		case obj[i] == '(':
			j, err := stringEnd(obj, i)
			if err != nil {
				return 0, err
			}
			i = j
		default:
			i++
		}
	}
	return 0, fmt.Errorf("a dictionary does not end")
}

// stringEnd returns the offset just after the literal string that starts
// at obj[i] ("("): escaped characters are skipped and unescaped
// parentheses must balance.
func stringEnd(obj []byte, i int) (int, error) {
	depth := 0
	for ; i < len(obj); i++ {
		switch obj[i] {
		case '\\':
			i++
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return i + 1, nil
			}
		}
	}
	return 0, fmt.Errorf("a string does not end")
}

// isSpace reports whether c is PDF white space.
func isSpace(c byte) bool {
	switch c {
	case ' ', '\n', '\r', '\t', '\f', 0:
		return true
	}
	return false
}
