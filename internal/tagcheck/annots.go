package tagcheck

import (
	"strconv"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// annot is one annotation of a page.
type annot struct {
	object, page int
	subtype      string
	structParent int
	hasParent    bool
}

// annotations lists the annotations of every page but /Popup ones, which
// belong to their parent annotation (ISO 32000-1, 14.8.4.7, PDF/UA).
func (c *checker) annotations() []annot {
	var out []annot
	for i, p := range c.pages {
		for _, a := range c.array(p.dict["Annots"]) {
			d := c.dict(a)
			if d == nil {
				continue
			}
			an := annot{object: objNr(a), page: i + 1, subtype: c.nameOf(d["Subtype"])}
			if an.subtype == "Popup" {
				continue
			}
			an.structParent, an.hasParent = c.integer(d["StructParent"])
			out = append(out, an)
		}
	}
	return out
}

// checkAnnotations checks that every annotation is held by an OBJR in
// the tree, and every OBJR points to an annotation on its page.
func (c *checker) checkAnnotations(t *tree) {
	annots := c.annotations()
	onPage := map[int]int{} // annotation object -> page
	for _, a := range annots {
		if a.object != 0 {
			onPage[a.object] = a.page
		}
	}
	held := map[int]bool{}
	for _, o := range t.objrs {
		held[o.annot] = true
		p, ok := onPage[o.annot]
		switch {
		case !ok:
			if _, xobject := c.deref(types.IndirectRef{ObjectNumber: types.Integer(o.annot)}).(types.StreamDict); xobject {
				continue // an OBJR may point to an XObject too; only annotations are checked
			}
			c.addf(o.page, KindAnnotation, "%s has an OBJR to object %d, which is not an annotation of any page", c.where(o.elem), o.annot)
		case o.page != 0 && p != o.page:
			c.addf(o.page, KindAnnotation, "%s has an OBJR to annotation %d with /Pg page %d, but the annotation is on page %d", c.where(o.elem), o.annot, o.page, p)
		}
	}
	if !t.present {
		return
	}
	for _, a := range annots {
		label := "annotation " + strconv.Itoa(a.object) + " (/" + a.subtype + ")"
		if a.object == 0 {
			c.addf(a.page, KindAnnotation, "an annotation (/%s) is a direct object in /Annots, so no OBJR can point to it", a.subtype)
			continue
		}
		if !held[a.object] {
			c.addf(a.page, KindAnnotation, "%s is not in the structure tree: no OBJR points to it, so a screen reader cannot reach it", label)
		}
		if !a.hasParent {
			c.addf(a.page, KindAnnotation, "%s has no /StructParent", label)
		}
	}
}

// checkAnnotParents checks the ParentTree entry of each annotation's
// /StructParent: the element holding its OBJR. claim records the key.
func (c *checker) checkAnnotParents(t *tree, claim func(key int, what string, page int)) {
	holder := map[int]int{} // annotation object -> holding element's object
	for _, o := range t.objrs {
		holder[o.annot] = c.r.Elements[o.elem].Object
	}
	for _, a := range c.annotations() {
		if !a.hasParent || a.object == 0 {
			continue
		}
		label := "annotation " + strconv.Itoa(a.object)
		claim(a.structParent, label, a.page)
		want, held := holder[a.object]
		if !held {
			continue // reported by checkAnnotations
		}
		entry, ok := t.parents[a.structParent]
		if !ok {
			c.addf(a.page, KindParentTree, "%s has /StructParent %d, which has no entry in the ParentTree", label, a.structParent)
			continue
		}
		if got := objNr(entry); got != want || want == 0 {
			c.addf(a.page, KindParentTree, "the ParentTree entry %d for %s is %s, but the element holding its OBJR is %s", a.structParent, label, describeRef(got), describeRef(want))
		}
	}
}
