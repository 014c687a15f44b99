package pdf

import (
	"fmt"
	"regexp"
	"strconv"

	"guidepress/internal/pdffile"
)

var (
	outlinesRe = regexp.MustCompile(`/Outlines\s+(\d+)\s+0\s+R`)
	countRe    = regexp.MustCompile(`\n?/Count\s+-?\d+`)
	firstRe    = regexp.MustCompile(`[\s<]/First\s+(\d+)\s+0\s+R`)
	nextRe     = regexp.MustCompile(`[\s<]/Next\s+(\d+)\s+0\s+R`)
)

// refIn returns the object number of the reference that re (firstRe or
// nextRe) finds in obj, or 0. A bookmark's title is a UTF-16 string, in
// which no character the fonts hold spells out an ASCII key.
func refIn(obj []byte, re *regexp.Regexp) int {
	m := re.FindSubmatch(obj)
	if m == nil {
		return 0
	}
	n, _ := strconv.Atoi(string(m[1]))
	return n
}

// countOutlines gives the bookmarks the counts the PDF reference asks
// for: every bookmark with children is closed and counts its children
// (/Count -n), a leaf has no /Count, and the outline root counts the
// bookmarks a reader first sees (the top level). A file without bookmarks
// is left alone.
func countOutlines(f *pdffile.File, root int) error {
	m := outlinesRe.FindSubmatch(f.Objects[root])
	if m == nil {
		return nil
	}
	top, _ := strconv.Atoi(string(m[1]))
	obj, ok := f.Objects[top]
	if !ok {
		return fmt.Errorf("the outline root (object %d) is missing", top)
	}
	n, err := countChildren(f, refIn(obj, firstRe), map[int]bool{})
	if err != nil {
		return err
	}
	f.Objects[top] = withCount(obj, n)
	return nil
}

// countChildren sets the counts of the bookmarks in the list that starts
// at first, and of their descendants, and returns how many it holds.
// seen guards against a list that loops.
func countChildren(f *pdffile.File, first int, seen map[int]bool) (int, error) {
	n := 0
	for item := first; item != 0; n++ {
		obj, ok := f.Objects[item]
		if !ok || seen[item] {
			return 0, fmt.Errorf("bookmark object %d is missing or listed twice", item)
		}
		seen[item] = true
		kids, err := countChildren(f, refIn(obj, firstRe), seen)
		if err != nil {
			return 0, err
		}
		f.Objects[item] = withCount(obj, -kids)
		item = refIn(obj, nextRe)
	}
	return n, nil
}

// withCount sets the /Count of the dictionary obj to n, or removes it
// when n is 0.
func withCount(obj []byte, n int) []byte {
	obj = countRe.ReplaceAll(obj, nil)
	if n == 0 {
		return obj
	}
	return beforeEnd(obj, fmt.Appendf(nil, "\n/Count %d", n))
}
