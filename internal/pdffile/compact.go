package pdffile

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"fmt"
	"regexp"
	"sort"
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
	var head, packed bytes.Buffer
	count := 0
	var buf bytes.Buffer
	size := len(f.Header)
	for _, obj := range f.Objects {
		size += len(obj)
	}
	buf.Grow(size + 1024)
	packed.Grow(size / 2)
	head.Grow(12 * len(nums))
	buf.Write(f.Header)
	for _, n := range nums {
		obj := f.Objects[n]
		body, stream, ok := objectBody(obj)
		if !ok {
			return nil, fmt.Errorf("pack object %d: it is not an object", n)
		}
		if f.Gens[n] != 0 || stream {
			slots[n] = slot{1, buf.Len(), f.Gens[n]}
			buf.Write(obj)
			continue
		}
		fmt.Fprintf(&head, "%d %d ", n, packed.Len())
		packed.Write(body)
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

// deflate compresses b followed by more with zlib at its fastest level: the object and
// cross-reference streams are made of short, repeated keys, which even
// the fastest level shrinks about tenfold, at a third of the time of
// the default level.
func deflate(b, more []byte) ([]byte, error) {
	var out bytes.Buffer
	w, err := zlib.NewWriterLevel(&out, zlib.BestSpeed)
	if err != nil {
		return nil, err
	}
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
