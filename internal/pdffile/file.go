// Package pdffile reads and rewrites PDF files that have a classic
// cross-reference table (no cross-reference or object streams) and no
// incremental updates: the files fpdf writes, and those pdfcpu writes with
// the impose package's settings. It splits a file into its objects so that
// a caller can change, add or reorder them, and writes the file back with
// a fresh cross-reference table. Nothing in it reads the clock or a map's
// order, so the same input gives the same bytes.
package pdffile

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
)

// File is a PDF split into its parts.
type File struct {
	// Header is everything before the first object: "%PDF-1.x" and the
	// binary comment line.
	Header []byte
	// Objects maps an object number to its bytes, from "n g obj" to the
	// end of its "endobj" line.
	Objects map[int][]byte
	// Gens maps an object number to its generation.
	Gens map[int]int
	// Trailer is the trailer dictionary, "<<" to ">>".
	Trailer []byte
}

var (
	startxrefRe = regexp.MustCompile(`startxref\s+(\d+)\s+%%EOF\s*$`)
	objHeadRe   = regexp.MustCompile(`^(\d+)\s+(\d+)\s+obj\b`)
	sizeRe      = regexp.MustCompile(`/Size\s+(\d+)`)
)

// Parse splits b into its objects, using the cross-reference table for
// where each object starts; an object ends where the next one (in file
// order) or the table starts.
func Parse(b []byte) (*File, error) {
	m := startxrefRe.FindSubmatch(b)
	if m == nil {
		return nil, errors.New("no startxref at the end")
	}
	xref, err := strconv.Atoi(string(m[1]))
	if err != nil || xref <= 0 || xref >= len(b) || !bytes.HasPrefix(b[xref:], []byte("xref")) {
		return nil, fmt.Errorf("no cross-reference table at offset %s", m[1])
	}
	offsets, gens, trailer, err := parseXref(b[xref:])
	if err != nil {
		return nil, err
	}
	f := &File{Objects: map[int][]byte{}, Gens: gens, Trailer: trailer}
	starts := make([]int, 0, len(offsets))
	for _, off := range offsets {
		starts = append(starts, off)
	}
	sort.Ints(starts)
	if len(starts) == 0 || starts[0] <= 0 {
		return nil, errors.New("no objects")
	}
	f.Header = b[:starts[0]]
	for i, off := range starts {
		end := xref
		if i+1 < len(starts) {
			end = starts[i+1]
		}
		if off >= end {
			return nil, fmt.Errorf("object at offset %d overlaps the next one", off)
		}
		h := objHeadRe.FindSubmatch(b[off:end])
		if h == nil {
			return nil, fmt.Errorf("no object at offset %d", off)
		}
		n, _ := strconv.Atoi(string(h[1]))
		if offsets[n] != off {
			return nil, fmt.Errorf("object %d is not where the table says", n)
		}
		f.Objects[n] = b[off:end]
	}
	return f, nil
}

// parseXref reads a cross-reference table and the trailer dictionary after
// it, returning the offsets and generations of the objects in use.
func parseXref(b []byte) (offsets, gens map[int]int, trailer []byte, err error) {
	offsets, gens = map[int]int{}, map[int]int{}
	lines := bytes.Split(b, []byte("\n"))
	next := 0
	for i := 1; i < len(lines); i++ {
		fields := bytes.Fields(lines[i])
		switch {
		case len(fields) == 1 && string(fields[0]) == "trailer":
			end := bytes.Index(b, []byte("startxref"))
			start := bytes.Index(b, []byte("trailer")) + len("trailer")
			return offsets, gens, bytes.TrimSpace(b[start:end]), nil
		case len(fields) == 2:
			next, err = strconv.Atoi(string(fields[0]))
		case len(fields) == 3:
			if string(fields[2]) == "n" {
				offsets[next], err = strconv.Atoi(string(fields[0]))
				gens[next], _ = strconv.Atoi(string(fields[1]))
			}
			next++
		default:
			err = fmt.Errorf("bad cross-reference line %q", lines[i])
		}
		if err != nil {
			return nil, nil, nil, fmt.Errorf("cross-reference table: %w", err)
		}
	}
	return nil, nil, nil, errors.New("cross-reference table: no trailer")
}

// Max is the highest object number in f (0 when it has none).
func (f *File) Max() int {
	n := 0
	for k := range f.Objects {
		n = max(n, k)
	}
	return n
}

// Add appends an object holding body (a dictionary or other direct
// object, without "obj" and "endobj") under the next free number, and
// returns that number.
func (f *File) Add(body []byte) int {
	n := f.Max() + 1
	f.Objects[n] = fmt.Appendf(nil, "%d 0 obj\n%s\nendobj\n", n, body)
	f.Gens[n] = 0
	return n
}

// Set makes object n hold body (as Add does), replacing any object n:
// for writing many new objects whose numbers are known, without Add's
// search for the highest number each time.
func (f *File) Set(n int, body []byte) {
	f.Objects[n] = fmt.Appendf(nil, "%d 0 obj\n%s\nendobj\n", n, body)
	f.Gens[n] = 0
}

// Bytes serialises f with its objects in the order of their numbers, so
// that the file no longer depends on the order in which they were written.
// The trailer's /Size is raised to cover every object.
func (f *File) Bytes() []byte {
	nums := make([]int, 0, len(f.Objects))
	for n := range f.Objects {
		nums = append(nums, n)
	}
	sort.Ints(nums)
	var buf bytes.Buffer
	buf.Write(f.Header)
	offsets := map[int]int{}
	for _, n := range nums {
		offsets[n] = buf.Len()
		buf.Write(f.Objects[n])
	}
	xref := buf.Len()
	writeXref(&buf, offsets, f.Gens, f.Max())
	fmt.Fprintf(&buf, "trailer\n%s\nstartxref\n%d\n%%%%EOF\n", f.trailerSized(), xref)
	return buf.Bytes()
}

// writeXref writes the cross-reference section for objects 0 to last:
// the objects in offsets in use, every other number free. The PDF
// reference (ISO 32000-1, 7.5.4) asks a file that was never updated for
// one subsection starting at 0; with gaps between subsections, poppler
// found no entry for an unused number, re-read the table, rebuilt it and
// failed ("Couldn't find trailer dictionary", "Invalid XRef entry 0").
// The free entries are linked from object 0 in number order, the last
// back to 0, as the reference describes.
func writeXref(buf *bytes.Buffer, offsets, gens map[int]int, last int) {
	fmt.Fprintf(buf, "xref\n0 %d\n", last+1)
	var free []int
	for n := 1; n <= last; n++ {
		if _, used := offsets[n]; !used {
			free = append(free, n)
		}
	}
	next := func(i int) int { // the free object after free[i-1], or 0
		if i < len(free) {
			return free[i]
		}
		return 0
	}
	fmt.Fprintf(buf, "%010d 65535 f \n", next(0))
	k := 0
	for n := 1; n <= last; n++ {
		if off, used := offsets[n]; used {
			fmt.Fprintf(buf, "%010d %05d n \n", off, gens[n])
			continue
		}
		k++
		fmt.Fprintf(buf, "%010d 00000 f \n", next(k))
	}
}

// trailerSized is the trailer with /Size at least one more than the
// highest object number.
func (f *File) trailerSized() []byte {
	want := f.Max() + 1
	m := sizeRe.FindSubmatch(f.Trailer)
	if m == nil {
		return f.Trailer
	}
	if n, err := strconv.Atoi(string(m[1])); err == nil && n >= want {
		return f.Trailer
	}
	return sizeRe.ReplaceAll(f.Trailer, fmt.Appendf(nil, "/Size %d", want))
}
