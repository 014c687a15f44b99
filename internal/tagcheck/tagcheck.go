// Package tagcheck checks that a PDF is tagged so that a screen reader or
// read-aloud tool can read it as a person would: that every piece of
// text and graphics on a page is either marked content the structure
// tree holds (by its MCID) or an Artifact (running headers, footers,
// rules); that the tree and the content agree one to one, through the
// ParentTree too; that figures have alternative text, annotations are in
// the tree, headings do not skip levels, and the document declares its
// language, title and that it is tagged. Check reads the file with
// pdfcpu's lower-level packages and tokenizes page content itself; it
// follows ISO 32000-1 (14.6 to 14.9), not only the shape guidepress
// writes, so it can be run on any tagged PDF.
//
// Offsets in messages count bytes of the page's decoded content, its
// streams joined in order with a line feed after each; operators are
// located by their first operand ("/P <</MCID 3>> BDC" at the "/P").
//
// It checks structure, not meaning: it cannot tell whether the order of
// the tree is the order a person would read, whether alternative text
// says what a figure shows, or whether /Lang names the language the
// text is in. Marked content inside form XObjects (MCRs with /Stm) is
// not followed. It is no PDF/UA validator: run veraPDF before claiming
// conformance.
package tagcheck

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"

	"guidepress/impose"
)

// page is one page of the file, in page-tree order.
type page struct {
	object    int // object number, 0 when direct (not allowed, but read)
	dict      types.Dict
	resources types.Dict // its own or inherited /Resources
}

// checker holds what Check has read so far.
type checker struct {
	x      *model.XRefTable
	r      *Report
	pages  []page
	pageOf map[int]int // page object number -> page number from 1
}

// Check reads a PDF and reports every way its tagging falls short. It
// returns an error only when the file cannot be read as a PDF at all (no
// cross-reference table, no catalog, no page tree).
func Check(pdf []byte) (rep *Report, err error) {
	ctx, err := read(pdf)
	if err != nil {
		return nil, err
	}
	c := &checker{x: ctx.XRefTable, r: &Report{}, pageOf: map[int]int{}}
	cat, err := guard(func() (types.Dict, error) { return c.x.Catalog() })
	if err != nil {
		return nil, fmt.Errorf("read the catalog: %w", err)
	}
	if err := c.readPages(cat); err != nil {
		return nil, fmt.Errorf("read the page tree: %w", err)
	}
	c.r.Pages = len(c.pages)
	c.checkCatalog(cat)
	t := c.readTree(cat)
	content := make([]pageContent, len(c.pages))
	for i := range c.pages {
		content[i] = c.pageContent(i + 1)
		c.checkPageEntries(i + 1)
	}
	c.matchMCIDs(t, content)
	c.checkParentTree(t, content)
	c.checkAnnotations(t)
	c.checkHeadings()
	c.checkAlt()
	c.checkLangs()
	sortProblems(c.r.Problems)
	return c.r, nil
}

// read parses the file with pdfcpu, turning a panic on a malformed file
// into an error.
func read(pdf []byte) (ctx *model.Context, err error) {
	defer func() {
		if p := recover(); p != nil {
			ctx, err = nil, fmt.Errorf("read the PDF: pdfcpu failed on this file: %v", p)
		}
	}()
	ctx, err = pdfcpu.Read(bytes.NewReader(pdf), impose.Configuration(model.VALIDATE))
	if err != nil {
		return nil, fmt.Errorf("read the PDF: %w", err)
	}
	if ctx.XRefTable == nil || ctx.RootDict == nil {
		return nil, errors.New("read the PDF: no catalog")
	}
	return ctx, nil
}

// guard runs f, turning a panic inside pdfcpu into an error.
func guard[T any](f func() (T, error)) (v T, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("pdfcpu failed: %v", p)
		}
	}()
	return f()
}

// addf records a problem.
func (c *checker) addf(page int, k Kind, format string, args ...any) {
	c.r.Problems = append(c.r.Problems, Problem{Page: page, Kind: k, Message: fmt.Sprintf(format, args...)})
}

// deref resolves an indirect reference (nil for a missing object).
func (c *checker) deref(o types.Object) types.Object {
	v, err := guard(func() (types.Object, error) { return c.x.Dereference(o) })
	if err != nil {
		return nil
	}
	return v
}

// dict resolves o to a dictionary (a stream's dictionary too), or nil.
func (c *checker) dict(o types.Object) types.Dict {
	switch v := c.deref(o).(type) {
	case types.Dict:
		return v
	case types.StreamDict:
		return v.Dict
	}
	return nil
}

// array resolves o to an array, or nil.
func (c *checker) array(o types.Object) types.Array {
	a, _ := c.deref(o).(types.Array)
	return a
}

// integer resolves o to an integer.
func (c *checker) integer(o types.Object) (int, bool) {
	switch v := c.deref(o).(type) {
	case types.Integer:
		return int(v), true
	case types.Float: // some writers write 3.0
		if float64(v) == float64(int(v)) {
			return int(v), true
		}
	}
	return 0, false
}

// nameOf resolves o to a name, or "".
func (c *checker) nameOf(o types.Object) string {
	n, _ := c.deref(o).(types.Name)
	return string(n)
}

// text resolves o to a text string, decoded (UTF-16 or PDFDocEncoding).
func (c *checker) text(o types.Object) string {
	v := c.deref(o)
	if v == nil {
		return ""
	}
	s, err := model.Text(v)
	if err != nil {
		return ""
	}
	return s
}

// objNr is the object number of an indirect reference, 0 otherwise.
func objNr(o types.Object) int {
	if r, ok := o.(types.IndirectRef); ok {
		return int(r.ObjectNumber)
	}
	return 0
}

// readPages lists the pages in page-tree order, with their inherited
// resources.
func (c *checker) readPages(cat types.Dict) error {
	root, ok := cat["Pages"]
	if !ok {
		return errors.New("the catalog has no /Pages")
	}
	seen := map[int]bool{}
	var walk func(o types.Object, res types.Dict, depth int) error
	walk = func(o types.Object, res types.Dict, depth int) error {
		if depth > 64 {
			return errors.New("page tree more than 64 levels deep")
		}
		if n := objNr(o); n != 0 {
			if seen[n] {
				return fmt.Errorf("object %d appears twice in the page tree", n)
			}
			seen[n] = true
		}
		d := c.dict(o)
		if d == nil {
			return fmt.Errorf("page tree node %v is not a dictionary", o)
		}
		if r := c.dict(d["Resources"]); r != nil {
			res = r
		}
		if c.nameOf(d["Type"]) == "Page" || d["Kids"] == nil {
			c.pages = append(c.pages, page{object: objNr(o), dict: d, resources: res})
			if n := objNr(o); n != 0 {
				c.pageOf[n] = len(c.pages)
			}
			return nil
		}
		for _, k := range c.array(d["Kids"]) {
			if err := walk(k, res, depth+1); err != nil {
				return err
			}
		}
		return nil
	}
	return walk(root, nil, 0)
}

// pageContent decodes a page's content streams and scans them.
func (c *checker) pageContent(n int) pageContent {
	p := c.pages[n-1]
	var data []byte
	var streams types.Array
	switch v := c.deref(p.dict["Contents"]).(type) {
	case types.StreamDict:
		streams = types.Array{p.dict["Contents"]}
	case types.Array:
		streams = v
	}
	for i, s := range streams {
		sd, ok := c.deref(s).(types.StreamDict)
		if !ok {
			continue
		}
		_, err := guard(func() (struct{}, error) { return struct{}{}, sd.Decode() })
		if err != nil {
			c.addf(n, KindContentSyntax, "content stream %d cannot be decoded: %v", i+1, err)
			continue
		}
		data = append(data, sd.Content...)
		data = append(data, '\n') // streams split between tokens (ISO 32000-1, 7.8.2)
	}
	props := c.dict(p.resources["Properties"])
	return c.scanContent(n, data, func(nm string) (map[string]any, bool) {
		d := c.dict(props[nm])
		if d == nil {
			return nil, false
		}
		out := map[string]any{}
		if m, ok := c.integer(d["MCID"]); ok {
			out["MCID"] = float64(m)
		}
		return out, true
	})
}

// checkPageEntries checks a page's /StructParents and /Tabs.
func (c *checker) checkPageEntries(n int) {
	d := c.pages[n-1].dict
	if _, ok := c.integer(d["StructParents"]); !ok {
		c.addf(n, KindStructParents, "the page has no /StructParents, so a reader cannot find the elements that own its marked content")
	}
	if t := c.nameOf(d["Tabs"]); t != "S" {
		got := "none"
		if t != "" {
			got = "/" + t
		}
		c.addf(n, KindTabs, "/Tabs is %s, not /S: tabbing through links will not follow the structure order", got)
	}
}
