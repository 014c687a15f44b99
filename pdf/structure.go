package pdf

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"guidepress/internal/pdffile"
	"guidepress/layout"
)

var (
	pagesRe  = regexp.MustCompile(`/Pages\s+(\d+)\s+0\s+R`)
	kidsRe   = regexp.MustCompile(`/Kids\s*\[([^\]]*)\]`)
	refRe    = regexp.MustCompile(`(\d+)\s+0\s+R`)
	annotsRe = regexp.MustCompile(`/Annots\s*\[([^\]]*)\]`)
)

// addStructure writes the elements t recorded as the file's structure
// tree, and marks the file as tagged:
//
//   - a StructTreeRoot holding the Document element, and a ParentTree
//     mapping each page's MCIDs, and each link annotation, to the element
//     that owns them;
//   - each page's /StructParents, and /Tabs /S so that the Tab key moves
//     through links in structure order;
//   - each link annotation's /StructParent, and its /Contents: the text
//     it is drawn over, which describes it to a screen reader;
//   - a Note's /ID, and a table header cell's scope (its column), as
//     PDF/UA asks;
//   - the catalog's /MarkInfo and /StructTreeRoot, and XMP metadata with
//     the title and languages (the catalog's /Lang is fpdf's).
//
// New objects are numbered after fpdf's in the order the tree is read,
// so the same drawing always gives the same bytes.
func addStructure(f *pdffile.File, root int, t *tagger, title string, langs []string) error {
	pages, err := pageObjects(f, root)
	if err != nil {
		return err
	}
	if len(pages) != len(t.pages) {
		return fmt.Errorf("the file has %d pages, the structure %d", len(pages), len(t.pages))
	}
	annots := make([][]int, len(pages))
	for i, pg := range pages {
		annots[i] = refsIn(annotsRe, f.Objects[pg])
		if len(annots[i]) != len(t.pages[i].annots) {
			return fmt.Errorf("page %d has %d link annotations, the structure %d", i+1, len(annots[i]), len(t.pages[i].annots))
		}
	}
	base := f.Max() + 1
	treeRoot, parentTree, meta := base, base+1, base+2
	num := func(e int) int { return base + 3 + e }
	key := 0
	var nums []byte
	for i, pg := range pages {
		f.Objects[pg] = insertKeys(f.Objects[pg], fmt.Sprintf("/StructParents %d /Tabs /S", key))
		nums = append(strconv.AppendInt(nums, int64(key), 10), " ["...)
		for k, e := range t.pages[i].mcids {
			if k > 0 {
				nums = append(nums, ' ')
			}
			nums = append(strconv.AppendInt(nums, int64(num(e)), 10), " 0 R"...)
		}
		nums = append(nums, "]\n"...)
		key++
	}
	for i, as := range annots {
		for k, a := range as {
			f.Objects[a] = insertKeys(f.Objects[a], fmt.Sprintf("/StructParent %d /Contents %s", key, pdfString(strings.TrimSpace(t.pages[i].annotText[k]))))
			nums = fmt.Appendf(nums, "%d %d 0 R\n", key, num(t.pages[i].annots[k]))
			key++
		}
	}
	f.Set(treeRoot, fmt.Appendf(nil, "<</Type /StructTreeRoot /K %d 0 R /ParentTree %d 0 R /ParentTreeNextKey %d>>", num(0), parentTree, key))
	f.Set(parentTree, append(append([]byte("<</Nums [\n"), nums...), "]>>"...))
	f.Set(meta, []byte(xmpStream(title, langs)))
	var b []byte
	kids, at := t.kidsByElem()
	for e, el := range t.elems {
		b = elemDict(b[:0], e, el, kids[at[e]:at[e+1]], num, pages, annots, treeRoot)
		f.Set(num(e), b)
	}
	f.Objects[root] = insertKeys(f.Objects[root], fmt.Sprintf("/MarkInfo <</Marked true>> /StructTreeRoot %d 0 R /Metadata %d 0 R", treeRoot, meta))
	return nil
}

// elemDict is element el's dictionary: its type, parent, language, text
// alternative, and what it holds in order; self is its index, which
// names a Note. Its /Pg is the page of its
// first marked content, which the MCIDs on that page need not repeat.
// It is appended to b, as the tree's thousands of elements are written.
func elemDict(b []byte, self int, el elem, kids []kid, num func(int) int, pages []int, annots [][]int, treeRoot int) []byte {
	ref := func(b []byte, n int) []byte { return append(strconv.AppendInt(b, int64(n), 10), " 0 R"...) }
	parent := treeRoot
	if el.parent >= 0 {
		parent = num(el.parent)
	}
	b = append(b, "<</Type /StructElem /S /"...)
	b = append(b, el.typ...)
	b = ref(append(b, " /P "...), parent)
	pg := int32(-1)
	for _, k := range kids {
		if k.mcid >= 0 {
			pg = k.page
			break
		}
	}
	if pg >= 0 {
		b = ref(append(b, " /Pg "...), pages[pg])
	}
	if el.lang != "" {
		b = append(append(b, " /Lang "...), pdfString(el.lang)...)
	}
	if el.alt != "" {
		b = append(append(b, " /Alt "...), pdfString(el.alt)...)
	}
	switch el.typ {
	case layout.TagNote:
		b = strconv.AppendInt(append(b, " /ID (note-"...), int64(self), 10)
		b = append(b, ')')
	case layout.TagTH:
		b = append(b, " /A <</O /Table /Scope /Column>>"...)
	}
	b = append(b, " /K ["...)
	for i, k := range kids {
		if i > 0 {
			b = append(b, ' ')
		}
		switch {
		case k.child >= 0:
			b = ref(b, num(int(k.child)))
		case k.annot >= 0:
			b = ref(append(b, "<</Type /OBJR /Obj "...), annots[k.page][k.annot])
			b = append(ref(append(b, " /Pg "...), pages[k.page]), ">>"...)
		case k.page == pg:
			b = strconv.AppendInt(b, int64(k.mcid), 10)
		default:
			b = ref(append(b, "<</Type /MCR /Pg "...), pages[k.page])
			b = append(strconv.AppendInt(append(b, " /MCID "...), int64(k.mcid), 10), ">>"...)
		}
	}
	return append(b, "]>>"...)
}

// pageObjects are the numbers of the page objects in page order: the
// kids of the catalog's page tree, which fpdf writes flat.
func pageObjects(f *pdffile.File, root int) ([]int, error) {
	m := pagesRe.FindSubmatch(f.Objects[root])
	if m == nil {
		return nil, fmt.Errorf("the catalog has no /Pages")
	}
	n, _ := strconv.Atoi(string(m[1]))
	kids := refsIn(kidsRe, f.Objects[n])
	if kids == nil {
		return nil, fmt.Errorf("the page tree (object %d) has no /Kids", n)
	}
	return kids, nil
}

// refsIn are the object numbers referred to in the array re finds in obj.
func refsIn(re *regexp.Regexp, obj []byte) []int {
	m := re.FindSubmatch(obj)
	if m == nil {
		return nil
	}
	var out []int
	for _, r := range refRe.FindAllSubmatch(m[1], -1) {
		n, _ := strconv.Atoi(string(r[1]))
		out = append(out, n)
	}
	return out
}

// insertKeys inserts keys, after a space, at the end of the object's
// outermost dictionary.
func insertKeys(obj []byte, keys string) []byte {
	return beforeEnd(obj, []byte(" "+keys))
}

// beforeEnd inserts b just before the ">>" that closes the object's
// outermost dictionary, the last in the object, which must have one.
func beforeEnd(obj, b []byte) []byte {
	end := bytes.LastIndex(obj, []byte(">>"))
	return bytes.Join([][]byte{obj[:end], b, obj[end:]}, nil)
}

// pdfString is s as a PDF text string: UTF-16BE with a byte-order mark
// when it is not ASCII, with (, ) and \ escaped.
func pdfString(s string) string {
	ascii := true
	for _, r := range s {
		if r > 126 || r < 32 {
			ascii = false
			break
		}
	}
	var raw []byte
	if ascii {
		raw = []byte(s)
	} else {
		raw = []byte{0xFE, 0xFF}
		for _, r := range s {
			if r > 0xFFFF {
				r = 0xFFFD
			}
			raw = append(raw, byte(r>>8), byte(r))
		}
	}
	var b strings.Builder
	b.WriteByte('(')
	for _, c := range raw {
		switch c {
		case '(', ')', '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case '\r':
			b.WriteString(`\r`)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(')')
	return b.String()
}

// xmpStream is an XMP metadata stream with the document's title and
// languages, for readers and checkers that read XMP rather than the
// document information dictionary. It is left uncompressed, as PDF/UA
// asks, and holds no dates, so it does not change between builds.
func xmpStream(title string, langs []string) string {
	var b strings.Builder
	b.WriteString("<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n" +
		"<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n" +
		"<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n" +
		"<dc:format>application/pdf</dc:format>\n")
	fmt.Fprintf(&b, "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%s</rdf:li></rdf:Alt></dc:title>\n", xmlEscape(title))
	b.WriteString("<dc:language><rdf:Bag>")
	for _, l := range langs {
		fmt.Fprintf(&b, "<rdf:li>%s</rdf:li>", xmlEscape(l))
	}
	b.WriteString("</rdf:Bag></dc:language>\n<pdf:Producer>guidepress</pdf:Producer>\n" +
		"</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>")
	data := b.String()
	return fmt.Sprintf("<</Type /Metadata /Subtype /XML /Length %d>>\nstream\n%s\nendstream", len(data), data)
}

// xmlEscape escapes s for XML text.
func xmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}
