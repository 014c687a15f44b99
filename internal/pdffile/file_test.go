package pdffile

import (
	"bytes"
	"strings"
	"testing"
)

// twoObjects is a small file with its objects out of number order, as
// fpdf writes its page tree last.
const twoObjects = "%PDF-1.4\n" +
	"2 0 obj\n<</Type /Pages /Kids [] /Count 0>>\nendobj\n" +
	"1 0 obj\n<</Type /Catalog /Pages 2 0 R>>\nendobj\n" +
	"xref\n0 3\n0000000000 65535 f \n0000000059 00000 n \n0000000009 00000 n \n" +
	"trailer\n<</Size 3 /Root 1 0 R>>\nstartxref\n106\n%%EOF\n"

func TestParseAndWriteBack(t *testing.T) {
	f, err := Parse([]byte(twoObjects))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Objects) != 2 || !bytes.Contains(f.Objects[1], []byte("/Catalog")) || string(f.Header) != "%PDF-1.4\n" {
		t.Fatalf("parsed %d objects, header %q, object 1 %q", len(f.Objects), f.Header, f.Objects[1])
	}
	n := f.Add([]byte("<</Note (added)>>"))
	out := f.Bytes()
	if n != 3 || !bytes.Contains(out, []byte("3 0 obj\n<</Note (added)>>\nendobj\n")) {
		t.Errorf("added object %d:\n%s", n, out)
	}
	if !bytes.Contains(out, []byte("/Size 4 ")) {
		t.Errorf("trailer does not count the new object:\n%s", out)
	}
	if bytes.Index(out, []byte("1 0 obj")) > bytes.Index(out, []byte("2 0 obj")) {
		t.Errorf("objects not in number order:\n%s", out)
	}
	again, err := Parse(out)
	if err != nil {
		t.Fatalf("reading the written file back: %v", err)
	}
	if !bytes.Equal(again.Bytes(), out) {
		t.Error("writing a file read back changes it")
	}
}

func TestParseRefusesWhatItCannotRead(t *testing.T) {
	for name, in := range map[string]string{
		"no startxref":   strings.Replace(twoObjects, "startxref", "start", 1),
		"xref elsewhere": strings.Replace(twoObjects, "\n106\n", "\n100\n", 1),
		"wrong offset":   strings.Replace(twoObjects, "0000000059", "0000000060", 1),
		"no trailer":     strings.Replace(twoObjects, "trailer", "trail", 1),
		"bad xref line":  strings.Replace(twoObjects, "0000000009 00000 n \n", "0000000009 00000 n x\n", 1),
	} {
		if _, err := Parse([]byte(in)); err == nil {
			t.Errorf("%s: parsed without error", name)
		}
	}
}

// TestGapsAreFreeEntries: a file whose objects leave numbers unused gets
// one cross-reference section from 0, the unused numbers free and linked
// from object 0 in order (poppler misreads some tables with gaps).
func TestGapsAreFreeEntries(t *testing.T) {
	f, err := Parse([]byte(twoObjects))
	if err != nil {
		t.Fatal(err)
	}
	f.Objects[5] = []byte("5 0 obj\n<</Note (five)>>\nendobj\n")
	f.Gens[5] = 0
	delete(f.Objects, 2)
	out := string(f.Bytes())
	table := out[strings.Index(out, "xref\n"):strings.Index(out, "trailer")]
	lines := strings.Split(strings.TrimSuffix(table, "\n"), "\n")
	want := []string{"xref", "0 6", "0000000002 65535 f ", "", "0000000003 00000 f ", "0000000004 00000 f ", "0000000000 00000 f ", ""}
	if len(lines) != len(want) {
		t.Fatalf("table:\n%s", table)
	}
	for i, w := range want {
		if w != "" && lines[i] != w {
			t.Errorf("line %d: %q, want %q", i, lines[i], w)
		}
		if w == "" && !strings.HasSuffix(lines[i], " 00000 n ") {
			t.Errorf("line %d: %q, want an object in use", i, lines[i])
		}
	}
}

// TestCompactAndExpand: a file written compact (its dictionaries in an
// object stream, a cross-reference stream) reads back, through Expand,
// with every object as it was, and writes the same bytes twice.
func TestCompactAndExpand(t *testing.T) {
	f, err := Parse([]byte(twoObjects))
	if err != nil {
		t.Fatal(err)
	}
	f.Header = []byte("%PDF-1.5\n")
	f.Add([]byte("<</Length 5>>\nstream\nhello\nendstream"))
	f.Add([]byte("<</Note (a (nested) string >> endobj)>>"))
	out, err := f.Compact()
	if err != nil {
		t.Fatal(err)
	}
	again, _ := f.Compact()
	if !bytes.Equal(out, again) {
		t.Error("two compact writes differ")
	}
	if bytes.Contains(out, []byte("/Catalog")) || !bytes.Contains(out, []byte("/Type /XRef")) {
		t.Errorf("dictionaries are not packed:\n%q", out)
	}
	back, err := Expand(out)
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Objects) != len(f.Objects) {
		t.Fatalf("%d objects back, want %d", len(back.Objects), len(f.Objects))
	}
	for n, obj := range f.Objects {
		if !bytes.Equal(bytes.TrimSpace(back.Objects[n]), bytes.TrimSpace(obj)) {
			t.Errorf("object %d:\n%q\nback as\n%q", n, obj, back.Objects[n])
		}
	}
	if !bytes.Contains(back.Trailer, []byte("/Root 1 0 R")) || bytes.Contains(back.Trailer, []byte("/XRef")) {
		t.Errorf("trailer %q", back.Trailer)
	}
}
