package pdf

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"guidepress/internal/pdfjs"
	"guidepress/layout"
)

// TestPDFJSReadsInOrder reads leaflets with PDF.js, as a browser's
// screen reader does (English, Welsh, and bilingual in columns and
// tête-bêche), and checks on every page that:
//
//   - the structure tree (getStructTree) reads the page's text in the
//     order of the layout's structure, each tag's lines after its
//     parent's and before its next sibling's: headings, paragraphs, a
//     list item's label then its body;
//   - read without the structure (getTextContent, the order the page is
//     drawn in), the text comes in the same order, a list marker just
//     before its item's text, and the running headers and footers (the
//     only artifacts with text) are first and last, never among the
//     body's lines nor between the two columns' text;
//   - a bilingual edition's tree is two parts with their languages, the
//     first language's part on the first language's pages.
func TestPDFJSReadsInOrder(t *testing.T) {
	g := defaultGuide(t)
	st := mustStyle(t, "standard")
	for _, lang := range []string{"en", "cy"} {
		p, err := layout.Leaflet(g, "police", lang, st, layout.LeafletOptions{})
		if err != nil {
			t.Fatal(err)
		}
		out, err := Write(p)
		if err != nil {
			t.Fatal(err)
		}
		doc := readPDFJS(t, out)
		for i, pg := range p.Pages {
			checkPDFJSPage(t, "police "+lang, doc.Pages[i], planPage{p, pg})
		}
	}
	cols, err := layout.BilingualLeaflet(g, "police", [2]string{"en", "cy"}, layout.Columns, mustStyle(t, "a4"), layout.LeafletOptions{})
	if err != nil {
		t.Fatal(err)
	}
	out, err := WriteBilingual(cols)
	if err != nil {
		t.Fatal(err)
	}
	doc := readPDFJS(t, out)
	for i := range doc.Pages {
		checkPDFJSPage(t, "columns", doc.Pages[i], planPage{cols.Halves[0], cols.Halves[0].Pages[i]}, planPage{cols.Halves[1], cols.Halves[1].Pages[i]})
	}
	d, err := layout.BilingualLeaflet(g, "police", [2]string{"cy", "en"}, layout.TeteBeche, st, layout.LeafletOptions{})
	if err != nil {
		t.Fatal(err)
	}
	out, err = WriteBilingual(d)
	if err != nil {
		t.Fatal(err)
	}
	doc = readPDFJS(t, out)
	for h, half := range d.Halves {
		for _, pg := range half.Pages {
			sheet := doc.Pages[sheetOf(d, h, pg.Number)-1]
			name := "tête-bêche " + d.Langs[h]
			checkPDFJSPage(t, name, sheet, planPage{half, pg})
			if sheet.StructTree == nil || len(sheet.StructTree.Children) == 0 {
				continue
			}
			part := sheet.StructTree.Children[0]
			if len(part.Children) > 0 && part.Children[0].Role == "Part" {
				part = part.Children[0]
			}
			if part.Role != "Part" || !strings.HasPrefix(part.Lang, d.Langs[h]) {
				t.Errorf("%s page %d: the tree starts with %s lang %q, want the %s Part", name, pg.Number, part.Role, part.Lang, d.Langs[h])
			}
		}
	}
}

// readPDFJS reads a PDF with PDF.js.
func readPDFJS(t *testing.T, pdf []byte) *pdfjs.Doc {
	t.Helper()
	file := filepath.Join(t.TempDir(), "read.pdf")
	if err := os.WriteFile(file, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	return pdfjs.Read(t, file)
}

// planPage is a page of a plan: one language's half of a PDF page.
type planPage struct {
	p  *layout.Plan
	pg *layout.Page
}

// checkPDFJSPage checks one page as PDF.js read it against the plans'
// pages drawn on it, one or, in a Columns edition, both languages' (see
// TestPDFJSReadsInOrder).
func checkPDFJSPage(t *testing.T, name string, read pdfjs.Page, halves ...planPage) {
	t.Helper()
	pg := halves[0].pg
	if read.StructTree == nil {
		t.Errorf("%s page %d: PDF.js finds no structure tree", name, pg.Number)
		return
	}
	var texts []string
	for _, h := range halves {
		texts = append(texts, treeText(h.p, h.pg))
	}
	want := words(strings.Join(texts, " "))
	content, chrome := markedText(read)
	var tree []string
	read.StructTree.Walk(func(n *pdfjs.Node) {
		if n.Type == "content" {
			tree = append(tree, content[n.ID])
		}
	})
	if got := words(strings.Join(tree, "")); got != want {
		t.Errorf("%s page %d: the structure tree reads\n%s\nwant\n%s", name, pg.Number, got, want)
	}
	var drawn []string
	var before, after strings.Builder // artifacts' text before and after the body
	for k, it := range read.Items {
		if it.Type == "beginMarkedContentProps" && it.ID != "" {
			drawn = append(drawn, content[it.ID])
		}
		if chrome[k] {
			switch {
			case len(drawn) == 0:
				before.WriteString(it.Str + " ")
			case len(drawn) == len(tree):
				after.WriteString(it.Str + " ")
			default:
				t.Errorf("%s page %d: %q, an artifact, is read among the page's text, after %q", name, pg.Number, it.Str, drawn[len(drawn)-1])
			}
		}
	}
	var header, footer []string
	for _, h := range halves {
		for _, it := range h.pg.Items {
			switch it.Role {
			case layout.RoleHeader:
				header = append(header, it.Text())
			case layout.RoleFooter:
				footer = append(footer, it.Text())
			}
		}
	}
	if got, want := words(before.String()), words(strings.Join(header, " ")); got != want {
		t.Errorf("%s page %d: read before the text: %q, want the running header %q", name, pg.Number, got, want)
	}
	if got, want := words(after.String()), words(strings.Join(footer, " ")); got != want {
		t.Errorf("%s page %d: read after the text: %q, want the footer %q", name, pg.Number, got, want)
	}
	if got := words(strings.Join(drawn, "")); got != want {
		t.Errorf("%s page %d: read in drawing order\n%s\nwant\n%s", name, pg.Number, got, want)
	}
}

// markedText is the text of each marked-content sequence of a page, by
// its id, and which items are the text of an artifact.
func markedText(read pdfjs.Page) (map[string]string, map[int]bool) {
	text, chrome := map[string]string{}, map[int]bool{}
	var open []string // ids of the open sequences; "" for an artifact
	for k, it := range read.Items {
		switch it.Type {
		case "beginMarkedContentProps", "beginMarkedContent":
			open = append(open, it.ID)
		case "endMarkedContent":
			if len(open) > 0 {
				open = open[:len(open)-1]
			}
		case "":
			if len(open) == 0 {
				continue
			}
			if id := open[len(open)-1]; id != "" {
				text[id] += it.Str
				if it.HasEOL {
					text[id] += " "
				}
			} else if strings.TrimSpace(it.Str) != "" {
				chrome[k] = true
			}
		}
	}
	return text, chrome
}

// treeText is the text of page pg in the plan's structure order: the
// tags in tree order (a parent before its children, siblings in order),
// each with its lines on the page, a space after each line but one that
// ends inside a word or an address, or after a hyphen.
func treeText(p *layout.Plan, pg *layout.Page) string {
	byTag := map[int32][]string{}
	for _, it := range pg.Items {
		if it.Tag > 0 && it.Kind == layout.TextLine {
			line := it.Text()
			if !it.Broken && !strings.HasSuffix(line, "-") {
				line += " "
			}
			byTag[it.Tag] = append(byTag[it.Tag], line)
		}
	}
	var out []string
	for i := range p.Tags {
		out = append(out, byTag[int32(i)]...)
	}
	return words(strings.Join(out, ""))
}

// words is s with its runs of white space made one space.
func words(s string) string { return strings.Join(strings.Fields(s), " ") }
