package tagcheck

import (
	"strconv"
	"strings"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// objRef is one OBJR in the tree: the annotation it points to, the page
// it says the annotation is on (0 when it says none), and the element
// holding it.
type objRef struct {
	annot, page, elem int
}

// tree is the structure tree as read: who owns each marked-content
// sequence and each annotation, and the ParentTree.
type tree struct {
	present bool
	roleMap types.Dict
	// owners maps each (page, MCID) the tree holds to the index of the
	// element holding it.
	owners map[MarkedContent]int
	objrs  []objRef
	// parents is the ParentTree, key -> value (unresolved).
	parents     map[int]types.Object
	nextKey     int
	haveNextKey bool
}

// maxDepth bounds how deep the tree is followed.
const maxDepth = 200

// readTree reads the structure tree into c.r.Elements in tree order and
// checks each element's type, /P and kids.
func (c *checker) readTree(cat types.Dict) *tree {
	t := &tree{owners: map[MarkedContent]int{}, parents: map[int]types.Object{}}
	root := c.dict(cat["StructTreeRoot"])
	if root == nil {
		return t
	}
	t.present = true
	t.roleMap = c.dict(root["RoleMap"])
	seen := map[int]bool{}
	if n := objNr(cat["StructTreeRoot"]); n != 0 {
		seen[n] = true
	}
	c.kids(t, root["K"], -1, objNr(cat["StructTreeRoot"]), 0, 0, seen)
	c.readParentTree(t, root)
	return t
}

// kids reads an element's /K (or the root's): owner is the element's
// index (-1 for the root), ownerObj its object number, depth the depth of
// its child elements, pg the page its MCIDs are on (0 for none, -1 for a
// /Pg that names no page, already reported).
func (c *checker) kids(t *tree, k types.Object, owner, ownerObj, depth, pg int, seen map[int]bool) {
	if a, ok := c.deref(k).(types.Array); ok {
		for _, item := range a {
			c.kid(t, item, owner, ownerObj, depth, pg, seen)
		}
		return
	}
	if k != nil {
		c.kid(t, k, owner, ownerObj, depth, pg, seen)
	}
}

// where names an element for messages: "/P (object 12)".
func (c *checker) where(owner int) string {
	if owner < 0 {
		return "the StructTreeRoot"
	}
	e := c.r.Elements[owner]
	if e.Object != 0 {
		return "/" + e.Type + " (object " + strconv.Itoa(e.Object) + ")"
	}
	return "/" + e.Type + " (a direct object)"
}

// kid reads one item of a /K: an MCID, an MCR, an OBJR or an element.
func (c *checker) kid(t *tree, item types.Object, owner, ownerObj, depth, pg int, seen map[int]bool) {
	if mcid, ok := c.integer(item); ok {
		c.addMCID(t, owner, pg, mcid)
		return
	}
	d := c.dict(item)
	if d == nil {
		if c.deref(item) != nil {
			c.addf(0, KindTree, "%s has a kid that is neither an MCID, a dictionary nor an element: %v", c.where(owner), item)
		}
		return
	}
	typ := c.nameOf(d["Type"])
	switch {
	case typ == "MCR" || typ == "" && d["MCID"] != nil:
		c.readMCR(t, d, owner, pg)
	case typ == "OBJR" || typ == "" && d["Obj"] != nil:
		c.readOBJR(t, d, owner, pg)
	default:
		c.element(t, item, d, owner, ownerObj, depth, pg, seen)
	}
}

// addMCID records that element owner holds MCID mcid on page pg.
func (c *checker) addMCID(t *tree, owner, pg, mcid int) {
	if owner < 0 {
		c.addf(0, KindTree, "the StructTreeRoot holds MCID %d itself: marked content belongs to an element", mcid)
		return
	}
	if pg == 0 {
		c.addf(0, KindTree, "%s holds MCID %d but neither it nor a parent has a /Pg naming its page", c.where(owner), mcid)
		return
	}
	if pg < 0 {
		return // its /Pg names no page: reported once, on the element
	}
	mc := MarkedContent{Page: pg, MCID: mcid}
	if prev, dup := t.owners[mc]; dup {
		c.addf(pg, KindMCIDDuplicate, "MCID %d is held twice in the tree (by %s and by %s)", mcid, c.where(prev), c.where(owner))
		return
	}
	t.owners[mc] = owner
	c.r.Elements[owner].Content = append(c.r.Elements[owner].Content, mc)
}

// page resolves a /Pg entry to a page number; 0 and a problem when it
// names no page.
func (c *checker) page(o types.Object, owner int) int {
	n := objNr(o)
	if p, ok := c.pageOf[n]; ok && n != 0 {
		return p
	}
	c.addf(0, KindTree, "%s has /Pg %v, which is not a page of the document", c.where(owner), o)
	return 0
}

// readMCR reads a marked-content reference dictionary.
func (c *checker) readMCR(t *tree, d types.Dict, owner, pg int) {
	if _, ok := d["Pg"]; ok {
		pg = c.page(d["Pg"], owner)
		if pg == 0 {
			return
		}
	}
	if _, ok := d["Stm"]; ok {
		return // content in a form XObject or annotation stream: not followed
	}
	mcid, ok := c.integer(d["MCID"])
	if !ok {
		c.addf(0, KindTree, "%s has an MCR without an /MCID", c.where(owner))
		return
	}
	c.addMCID(t, owner, pg, mcid)
}

// readOBJR reads an object reference dictionary.
func (c *checker) readOBJR(t *tree, d types.Dict, owner, pg int) {
	if owner < 0 {
		c.addf(0, KindTree, "the StructTreeRoot holds an OBJR itself: an object reference belongs to an element")
		return
	}
	if _, ok := d["Pg"]; ok {
		pg = c.page(d["Pg"], owner)
	}
	pg = max(pg, 0) // a /Pg that names no page is reported already
	n := objNr(d["Obj"])
	if n == 0 {
		c.addf(pg, KindAnnotation, "%s has an OBJR whose /Obj is not an indirect reference", c.where(owner))
		return
	}
	t.objrs = append(t.objrs, objRef{annot: n, page: pg, elem: owner})
	c.r.Elements[owner].Annots = append(c.r.Elements[owner].Annots, n)
}

// element reads one structure element and its kids.
func (c *checker) element(t *tree, ref types.Object, d types.Dict, owner, ownerObj, depth, pg int, seen map[int]bool) {
	obj := objNr(ref)
	if obj != 0 {
		if seen[obj] {
			c.addf(0, KindTree, "object %d is met twice in the structure tree (under %s): each element has one parent", obj, c.where(owner))
			return
		}
		seen[obj] = true
	}
	if depth > maxDepth {
		c.addf(0, KindTree, "the structure tree is more than %d levels deep; not followed further", maxDepth)
		return
	}
	e := Element{
		Type:       c.nameOf(d["S"]),
		Depth:      depth,
		Parent:     owner,
		Object:     obj,
		Lang:       c.text(d["Lang"]),
		Alt:        c.text(d["Alt"]),
		ActualText: c.text(d["ActualText"]),
	}
	e.Role = c.role(t, e.Type, d["NS"])
	idx := len(c.r.Elements)
	c.r.Elements = append(c.r.Elements, e)
	switch {
	case e.Type == "":
		c.addf(0, KindStructType, "%s has an element without /S", c.where(owner))
	case e.Role == "":
		c.addf(0, KindStructType, "%s is neither a standard structure type nor role-mapped to one", c.where(idx))
	}
	if p, ok := d["P"]; !ok {
		c.addf(0, KindParentLink, "%s has no /P (it is under %s)", c.where(idx), c.where(owner))
	} else if ownerObj != 0 && objNr(p) != ownerObj {
		c.addf(0, KindParentLink, "%s has /P %v, but it is under %s", c.where(idx), p, c.where(owner))
	}
	if _, ok := d["Pg"]; ok {
		pg = c.page(d["Pg"], idx)
		if pg == 0 {
			pg = -1 // what it holds cannot be placed; not reported again
		}
	}
	c.kids(t, d["K"], idx, obj, depth+1, pg, seen)
}

// The namespaces of standard structure types (ISO 32000-2, 14.8.6).
const (
	nsPDF1 = "http://iso.org/pdf/ssn"
	nsPDF2 = "http://iso.org/pdf2/ssn"
)

// standardTypes are the standard structure types of each standard
// namespace: PDF 1.7's (ISO 32000-1, 14.8.4), the default for an element
// without /NS, and PDF 2.0's (ISO 32000-2, 14.8.4).
var standardTypes = map[string]map[string]bool{
	nsPDF1: set(`Document Part Art Sect Div BlockQuote Caption TOC TOCI Index
		NonStruct Private P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody Table TR TH TD THead TBody TFoot
		Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form`),
	nsPDF2: set(`Document DocumentFragment Part Sect Div Aside NonStruct P H H1 H2 H3 H4 H5 H6
		Title FENote Sub Lbl Span Em Strong Link Annot Form Ruby RB RT RP Warichu WT WP
		L LI LBody Table TR TH TD THead TBody TFoot Caption Figure Formula Artifact`),
}

// set makes a set of the words in s.
func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// role follows role maps from typ, in the namespace ns names (nil for
// the default), to a standard type; "" when the chain ends elsewhere or
// loops. The StructTreeRoot's /RoleMap maps the default namespace's
// types to names in it; a namespace's /RoleMapNS maps its types to a
// name in the default namespace or to [name namespace].
func (c *checker) role(t *tree, typ string, ns types.Object) string {
	for range 16 {
		nsd := c.dict(ns)
		uri := nsPDF1
		if nsd != nil {
			uri = c.text(nsd["NS"])
		}
		if standardTypes[uri][typ] {
			return typ
		}
		var next types.Object
		if nsd == nil {
			next = t.roleMap[typ]
		} else {
			next = c.dict(nsd["RoleMapNS"])[typ]
		}
		switch v := c.deref(next).(type) {
		case types.Name:
			typ, ns = string(v), nil
		case types.Array:
			if len(v) != 2 {
				return ""
			}
			typ, ns = c.nameOf(v[0]), v[1]
		default:
			return ""
		}
		if typ == "" {
			return ""
		}
	}
	return ""
}
