package pdffile

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"sync"
)

var streamRe = regexp.MustCompile(`>>\s*stream\r?\n`)

// objectBody is what object obj ("n g obj ... endobj") holds, and
// whether it is a stream.
func objectBody(obj []byte) (body []byte, stream, ok bool) {
	i := bytes.Index(obj, []byte("obj"))
	if i < 0 {
		return nil, false, false
	}
	body, ok = bytes.CutSuffix(bytes.TrimSpace(obj[i+3:]), []byte("endobj"))
	body = bytes.TrimSpace(body)
	return body, bytes.HasSuffix(body, []byte("endstream")), ok
}

// Compact serialises f as a PDF 1.5 file: every object that is not a
// stream (dictionaries, arrays: a tagged PDF's thousands of structure
// elements among them) packed into one compressed object stream, and a
// compressed cross-reference stream instead of the table. Streams stay
// objects of their own. Objects are written in number order, so the file
// depends only on f. The header must already declare 1.5 or later.
func (f *File) Compact() ([]byte, error) {
	nums := make([]int, 0, len(f.Objects))
	for n := range f.Objects {
		nums = append(nums, n)
	}
	sort.Ints(nums)
	objstm, xrefN := f.Max()+1, f.Max()+2
	type slot struct{ typ, a, b int }
	slots := make([]slot, xrefN+1)
	slots[0] = slot{0, 0, 65535}
	// Bodies first, so that each buffer is made once at its size.
	bodies := make([][]byte, len(nums))
	packs := make([]bool, len(nums))
	direct, inline := len(f.Header), 0
	for i, n := range nums {
		body, stream, ok := objectBody(f.Objects[n])
		if !ok {
			return nil, fmt.Errorf("pack object %d: it is not an object", n)
		}
		if f.Gens[n] != 0 || stream {
			direct += len(f.Objects[n])
			continue
		}
		bodies[i], packs[i] = body, true
		inline += len(body) + 1
	}
	var head, packed, buf bytes.Buffer
	packed.Grow(inline)
	head.Grow(16 * len(nums))
	buf.Grow(direct + inline/4 + 8*len(slots) + 1024)
	count := 0
	buf.Write(f.Header)
	for i, n := range nums {
		if !packs[i] {
			slots[n] = slot{1, buf.Len(), f.Gens[n]}
			buf.Write(f.Objects[n])
			continue
		}
		h := strconv.AppendInt(head.AvailableBuffer(), int64(n), 10)
		h = append(strconv.AppendInt(append(h, ' '), int64(packed.Len()), 10), ' ')
		head.Write(h)
		packed.Write(bodies[i])
		packed.WriteByte('\n')
		slots[n] = slot{2, objstm, count}
		count++
	}
	data, err := deflate(head.Bytes(), packed.Bytes())
	if err != nil {
		return nil, fmt.Errorf("pack objects: %w", err)
	}
	slots[objstm] = slot{1, buf.Len(), 0}
	fmt.Fprintf(&buf, "%d 0 obj\n<</Type /ObjStm /N %d /First %d /Filter /FlateDecode /Length %d>>\nstream\n", objstm, count, head.Len(), len(data))
	buf.Write(data)
	buf.WriteString("\nendstream\nendobj\n")
	slots[xrefN] = slot{1, buf.Len(), 0}
	rows := make([]byte, 0, 7*len(slots))
	for _, s := range slots {
		rows = append(rows, byte(s.typ))
		rows = binary.BigEndian.AppendUint32(rows, uint32(s.a))
		rows = binary.BigEndian.AppendUint16(rows, uint16(s.b))
	}
	xref, err := deflate(rows, nil)
	if err != nil {
		return nil, fmt.Errorf("write the cross-reference stream: %w", err)
	}
	trailer := sizeRe.ReplaceAll(f.Trailer, nil)
	trailer = bytes.TrimSuffix(bytes.TrimPrefix(bytes.TrimSpace(trailer), []byte("<<")), []byte(">>"))
	fmt.Fprintf(&buf, "%d 0 obj\n<<%s /Type /XRef /Size %d /W [1 4 2] /Filter /FlateDecode /Length %d>>\nstream\n",
		xrefN, bytes.TrimSpace(trailer), len(slots), len(xref))
	buf.Write(xref)
	fmt.Fprintf(&buf, "\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n", slots[xrefN].a)
	return buf.Bytes(), nil
}

// writers are zlib writers at the fastest level, reused: making one
// costs about a megabyte of tables.
var writers = sync.Pool{New: func() any {
	w, _ := zlib.NewWriterLevel(nil, zlib.BestSpeed)
	return w
}}

// deflate compresses b followed by more with zlib at its fastest level: the object and
// cross-reference streams are made of short, repeated keys, which even
// the fastest level shrinks about tenfold, at a third of the time of
// the default level.
func deflate(b, more []byte) ([]byte, error) {
	var out bytes.Buffer
	out.Grow((len(b) + len(more)) / 4)
	w := writers.Get().(*zlib.Writer)
	defer writers.Put(w)
	w.Reset(&out)
	if _, err := w.Write(b); err != nil {
		return nil, err
	}
	if _, err := w.Write(more); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}
