package tagcheck

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"strings"
	"testing"
	"unicode/utf16"

	"guidepress/internal/pdffile"
)

// fixture is a small tagged PDF built object by object, so that a test
// can break one rule by editing one object.
type fixture struct {
	objs    map[int]string // dictionaries and other non-stream objects
	streams map[int]string // stream objects: their decoded data
	flate   map[int]bool   // stream objects written FlateDecoded
	sdicts  map[int]string // extra entries of a stream's dictionary
}

// The two pages' content. Page 1 has a running header and footer
// (Artifacts), a heading, a paragraph holding a link, a list item with
// its label and body, and a rule (an Artifact); it is split in two
// streams between operators. Page 2, compressed, has a figure whose
// properties are named in the page's resources, and its footer.
const (
	page1a = "/Artifact <</Type /Pagination /Subtype /Header>> BDC BT /F1 8 Tf 10 190 Td (Running header) Tj ET EMC\n" +
		"/H1 <</MCID 0>> BDC BT /F1 14 Tf 10 170 Td (Title) Tj ET EMC\n" +
		"/P <</MCID 1>> BDC BT /F1 10 Tf 10 150 Td (Read \\(this\\) first: ) Tj ET EMC\n"
	page1b = "/Link <</MCID 2>> BDC BT 10 140 Td [(link)-20(text)] TJ ET EMC\n" +
		"/Lbl <</MCID 3>> BDC BT 10 120 Td (1.) Tj ET EMC\n" +
		"/LBody <</MCID 4>> BDC BT 30 120 Td <4974656d> Tj ET EMC\n" +
		"/Artifact BMC 10 10 m 190 10 l S EMC\n" +
		"/Artifact <</Type /Pagination /Subtype /Footer>> BDC BT 10 5 Td (Page 1 of 2) Tj ET EMC\n"
	page2 = "/Figure /MC0 BDC q 10 10 100 100 re f Q EMC\n" +
		"/Artifact BMC BT /F1 8 Tf 10 5 Td (Page 2 of 2) Tj ET EMC\n"
)

// goodFixture is a well-formed tagged file that must pass with no
// problem.
func goodFixture() *fixture {
	return &fixture{
		objs: map[int]string{
			1: "<</Type /Catalog /Pages 2 0 R /Lang (en-GB) /MarkInfo <</Marked true>> /StructTreeRoot 5 0 R " +
				"/ViewerPreferences <</DisplayDocTitle true>> /Metadata 6 0 R>>",
			2:  "<</Type /Pages /Kids [3 0 R 4 0 R] /Count 2 /Resources <</Font <</F1 7 0 R>> /Properties <</MC0 <</MCID 0>>>>>>>>",
			3:  "<</Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents [8 0 R 23 0 R] /StructParents 0 /Tabs /S /Annots [20 0 R]>>",
			4:  "<</Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 9 0 R /StructParents 1 /Tabs /S>>",
			5:  "<</Type /StructTreeRoot /K 10 0 R /ParentTree 11 0 R /ParentTreeNextKey 3 /RoleMap <</Title /H1>>>>",
			7:  "<</Type /Font /Subtype /Type1 /BaseFont /Helvetica>>",
			10: "<</Type /StructElem /S /Document /P 5 0 R /K [12 0 R 13 0 R 14 0 R 17 0 R]>>",
			11: "<</Kids [22 0 R]>>",
			12: "<</Type /StructElem /S /Title /P 10 0 R /Pg 3 0 R /K 0>>",
			13: "<</Type /StructElem /S /P /P 10 0 R /Pg 3 0 R /Lang (cy-GB) /K [1 21 0 R]>>",
			14: "<</Type /StructElem /S /L /P 10 0 R /K 15 0 R>>",
			15: "<</Type /StructElem /S /LI /P 14 0 R /K [16 0 R 18 0 R]>>",
			16: "<</Type /StructElem /S /Lbl /P 15 0 R /K <</Type /MCR /Pg 3 0 R /MCID 3>>>>",
			17: "<</Type /StructElem /S /Figure /P 10 0 R /Pg 4 0 R /Alt " + utf16Hex("Sgwâr ŵ") + " /K 0>>",
			18: "<</Type /StructElem /S /LBody /P 15 0 R /Pg 3 0 R /K 4>>",
			19: "[12 0 R 13 0 R 21 0 R 16 0 R 18 0 R]",
			20: "<</Type /Annot /Subtype /Link /Rect [10 140 50 150] /Border [0 0 0] /A <</S /URI /URI (https://example.org/)>> /StructParent 2>>",
			21: "<</Type /StructElem /S /Link /P 13 0 R /Pg 3 0 R /K [2 <</Type /OBJR /Obj 20 0 R /Pg 3 0 R>>]>>",
			22: "<</Limits [0 2] /Nums [0 19 0 R 1 [17 0 R] 2 21 0 R]>>",
		},
		streams: map[int]string{
			6: `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">` +
				`<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title><rdf:Alt><rdf:li xml:lang="x-default">A test</rdf:li></rdf:Alt></dc:title>` +
				`<dc:language><rdf:Bag><rdf:li>en-GB</rdf:li></rdf:Bag></dc:language></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`,
			8:  page1a,
			23: page1b,
			9:  page2,
		},
		flate:  map[int]bool{9: true},
		sdicts: map[int]string{6: "/Type /Metadata /Subtype /XML"},
	}
}

// utf16Hex writes s as a PDF text string in UTF-16BE with its byte
// order mark, as a hexadecimal string.
func utf16Hex(s string) string {
	var b strings.Builder
	b.WriteString("<FEFF")
	for _, u := range utf16.Encode([]rune(s)) {
		fmt.Fprintf(&b, "%04X", u)
	}
	b.WriteString(">")
	return b.String()
}

// edit replaces old with new in object n; the test fails when old is not
// there, so that no edit silently does nothing.
func (f *fixture) edit(t testing.TB, n int, old, new string) *fixture {
	t.Helper()
	if s, ok := f.objs[n]; ok && strings.Contains(s, old) {
		f.objs[n] = strings.Replace(s, old, new, 1)
		return f
	}
	if s, ok := f.streams[n]; ok && strings.Contains(s, old) {
		f.streams[n] = strings.Replace(s, old, new, 1)
		return f
	}
	t.Fatalf("object %d does not hold %q", n, old)
	return f
}

// pdf writes the file, with a correct cross-reference table.
func (f *fixture) pdf(t testing.TB) []byte {
	t.Helper()
	file := &pdffile.File{
		Header:  []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"),
		Objects: map[int][]byte{},
		Gens:    map[int]int{},
		Trailer: []byte("<</Size 1 /Root 1 0 R>>"),
	}
	for n, body := range f.objs {
		file.Objects[n] = fmt.Appendf(nil, "%d 0 obj\n%s\nendobj\n", n, body)
	}
	for n, data := range f.streams {
		raw, extra := []byte(data), f.sdicts[n]
		if f.flate[n] {
			var buf bytes.Buffer
			w := zlib.NewWriter(&buf)
			if _, err := w.Write(raw); err != nil {
				t.Fatal(err)
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			raw, extra = buf.Bytes(), extra+" /Filter /FlateDecode"
		}
		file.Objects[n] = fmt.Appendf(nil, "%d 0 obj\n<</Length %d %s>>\nstream\n%s\nendstream\nendobj\n", n, len(raw), extra, raw)
	}
	for n := range file.Objects {
		file.Gens[n] = 0
	}
	return file.Bytes()
}
