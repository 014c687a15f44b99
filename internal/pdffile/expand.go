package pdffile

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
)

var (
	wRe      = regexp.MustCompile(`/W\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s*\]`)
	lengthRe = regexp.MustCompile(`/Length\s+(\d+)`)
	firstRe  = regexp.MustCompile(`/First\s+(\d+)`)
	nRe      = regexp.MustCompile(`/N\s+(\d+)`)
	xrefKeys = regexp.MustCompile(`\s*/(Type\s*/XRef|W\s*\[[^\]]*\]|Index\s*\[[^\]]*\]|Filter\s*/FlateDecode|Length\s+\d+|DecodeParms\s*<<[^>]*>>)`)
)

// Expand reads a file that Compact wrote and returns it as a File whose
// objects are all objects of their own, as Parse reads a file with a
// cross-reference table: so that tests and tools can look at the
// dictionaries of a compact file. It reads what Compact writes (one
// cross-reference stream with no /Index and no predictor, object
// streams); for any other file it returns an error.
func Expand(b []byte) (*File, error) {
	m := startxrefRe.FindSubmatch(b)
	if m == nil {
		return nil, errors.New("no startxref at the end")
	}
	at, _ := strconv.Atoi(string(m[1]))
	if at <= 0 || at >= len(b) {
		return nil, fmt.Errorf("startxref %d is outside the file", at)
	}
	if bytes.HasPrefix(b[at:], []byte("xref")) {
		return Parse(b)
	}
	dict, rows, err := streamAt(b, at)
	if err != nil {
		return nil, fmt.Errorf("cross-reference stream: %w", err)
	}
	w := wRe.FindSubmatch(dict)
	if w == nil {
		return nil, errors.New("cross-reference stream: no /W")
	}
	var ws [3]int
	for i := range ws {
		ws[i], _ = strconv.Atoi(string(w[i+1]))
	}
	size := ws[0] + ws[1] + ws[2]
	if size == 0 || len(rows)%size != 0 {
		return nil, errors.New("cross-reference stream: rows do not fit /W")
	}
	f := &File{Objects: map[int][]byte{}, Gens: map[int]int{}}
	end := bytes.Index(b, []byte("\n"))
	f.Header = b[:end+1]
	if nl := bytes.Index(b[end+1:], []byte("\n")); nl >= 0 && bytes.HasPrefix(b[end+1:], []byte("%")) {
		f.Header = b[:end+1+nl+1]
	}
	self := -1
	if h := objHeadRe.FindSubmatch(b[at:]); h != nil {
		self, _ = strconv.Atoi(string(h[1]))
	}
	stms := map[int][][]byte{}
	for n := 0; n*size < len(rows); n++ {
		row := rows[n*size:]
		typ, a, g := field(row, ws[0], 1), field(row[ws[0]:], ws[1], 0), field(row[ws[0]+ws[1]:], ws[2], 0)
		switch {
		case typ == 1 && n != self:
			obj, err := objectAt(b, a)
			if err != nil {
				return nil, fmt.Errorf("object %d: %w", n, err)
			}
			f.Objects[n], f.Gens[n] = obj, g
		case typ == 2:
			bodies, ok := stms[a]
			if !ok {
				if bodies, err = unpack(b, rows, ws, a); err != nil {
					return nil, fmt.Errorf("object stream %d: %w", a, err)
				}
				stms[a] = bodies
			}
			if g >= len(bodies) {
				return nil, fmt.Errorf("object %d: index %d is past the end of object stream %d", n, g, a)
			}
			f.Objects[n] = fmt.Appendf(nil, "%d 0 obj\n%s\nendobj\n", n, bodies[g])
			f.Gens[n] = 0
		}
	}
	for n := range stms {
		delete(f.Objects, n)
		delete(f.Gens, n)
	}
	f.Trailer = append(append([]byte("<<"), xrefKeys.ReplaceAll(bytes.TrimSuffix(bytes.TrimPrefix(dict, []byte("<<")), []byte(">>")), nil)...), []byte(">>")...)
	return f, nil
}

// field reads a big-endian field of w bytes; def when w is 0.
func field(b []byte, w, def int) int {
	if w == 0 {
		return def
	}
	n := 0
	for _, c := range b[:w] {
		n = n<<8 | int(c)
	}
	return n
}

// unpack returns the bodies of the objects in the object stream that is
// object n.
func unpack(b, rows []byte, ws [3]int, n int) ([][]byte, error) {
	size := ws[0] + ws[1] + ws[2]
	if (n+1)*size > len(rows) {
		return nil, errors.New("not in the cross-reference stream")
	}
	row := rows[n*size:]
	dict, data, err := streamAt(b, field(row[ws[0]:], ws[1], 0))
	if err != nil {
		return nil, err
	}
	fm, nm := firstRe.FindSubmatch(dict), nRe.FindSubmatch(dict)
	if fm == nil || nm == nil {
		return nil, errors.New("no /First or /N")
	}
	first, _ := strconv.Atoi(string(fm[1]))
	count, _ := strconv.Atoi(string(nm[1]))
	if first > len(data) {
		return nil, errors.New("/First is past the end")
	}
	nums := bytes.Fields(data[:first])
	if len(nums) != 2*count {
		return nil, fmt.Errorf("%d numbers in the header, want %d", len(nums), 2*count)
	}
	bodies := make([][]byte, count)
	for i := range count {
		off, _ := strconv.Atoi(string(nums[2*i+1]))
		end := len(data) - first
		if i+1 < count {
			end, _ = strconv.Atoi(string(nums[2*i+3]))
		}
		if off < 0 || off > end || first+end > len(data) {
			return nil, fmt.Errorf("object %d's offsets are wrong", i)
		}
		bodies[i] = bytes.TrimSpace(data[first+off : first+end])
	}
	return bodies, nil
}

// streamAt reads the stream object at offset at: its dictionary and its
// data, inflated.
func streamAt(b []byte, at int) (dict, data []byte, err error) {
	s := streamRe.FindIndex(b[at:])
	if s == nil {
		return nil, nil, errors.New("no stream")
	}
	start := bytes.Index(b[at:], []byte("<<"))
	dict = b[at+start : at+s[0]+2]
	lm := lengthRe.FindSubmatch(dict)
	if lm == nil {
		return nil, nil, errors.New("no /Length")
	}
	n, _ := strconv.Atoi(string(lm[1]))
	from := at + s[1]
	if from+n > len(b) {
		return nil, nil, errors.New("the stream runs past the end of the file")
	}
	r, err := zlib.NewReader(bytes.NewReader(b[from : from+n]))
	if err != nil {
		return nil, nil, err
	}
	data, err = io.ReadAll(r)
	return dict, data, err
}

// objectAt is the object at offset at, to the end of its endobj line.
func objectAt(b []byte, at int) ([]byte, error) {
	if objHeadRe.Find(b[at:]) == nil {
		return nil, errors.New("no object where the table says")
	}
	from := at
	if s := streamRe.FindIndex(b[at:]); s != nil {
		if e := bytes.Index(b[at:], []byte("endobj")); e < 0 || s[0] < e {
			dict := b[at : at+s[0]+2]
			if lm := lengthRe.FindSubmatch(dict); lm != nil {
				n, _ := strconv.Atoi(string(lm[1]))
				from = at + s[1] + n
			}
		}
	}
	e := bytes.Index(b[from:], []byte("endobj"))
	if e < 0 {
		return nil, errors.New("no endobj")
	}
	end := from + e + len("endobj")
	if end < len(b) && b[end] == '\n' {
		end++
	}
	return b[at:end], nil
}
