package tagcheck

import (
	"sort"
	"strconv"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// readParentTree reads the StructTreeRoot's /ParentTree, a number tree
// (ISO 32000-1, 7.9.7): /Nums at a leaf, /Kids with /Limits above.
func (c *checker) readParentTree(t *tree, root types.Dict) {
	if n, ok := c.integer(root["ParentTreeNextKey"]); ok {
		t.nextKey, t.haveNextKey = n, true
	}
	if root["ParentTree"] == nil {
		c.addf(0, KindParentTree, "the StructTreeRoot has no /ParentTree: a reader cannot find the element that owns a piece of content")
		return
	}
	seen := map[int]bool{}
	var walk func(o types.Object, depth int, isRoot bool)
	walk = func(o types.Object, depth int, isRoot bool) {
		if n := objNr(o); n != 0 {
			if seen[n] {
				c.addf(0, KindParentTree, "ParentTree node %d is met twice", n)
				return
			}
			seen[n] = true
		}
		node := c.dict(o)
		if node == nil || depth > 32 {
			c.addf(0, KindParentTree, "a ParentTree node is not a dictionary or is too deep (%v)", o)
			return
		}
		lo, hi, haveLimits := 0, 0, false
		if l := c.array(node["Limits"]); len(l) == 2 {
			a, ok1 := c.integer(l[0])
			b, ok2 := c.integer(l[1])
			lo, hi, haveLimits = a, b, ok1 && ok2
		}
		if !isRoot && !haveLimits {
			c.addf(0, KindParentTree, "ParentTree node %v has no /Limits [low high]", o)
		}
		nums := c.array(node["Nums"])
		for i := 0; i+1 < len(nums); i += 2 {
			k, ok := c.integer(nums[i])
			if !ok {
				c.addf(0, KindParentTree, "ParentTree /Nums has a key that is not an integer: %v", nums[i])
				continue
			}
			if haveLimits && (k < lo || k > hi) {
				c.addf(0, KindParentTree, "ParentTree key %d lies outside its node's /Limits [%d %d]: readers searching the tree will not find it", k, lo, hi)
			}
			if _, dup := t.parents[k]; dup {
				c.addf(0, KindParentTree, "ParentTree key %d appears twice", k)
			}
			t.parents[k] = nums[i+1]
		}
		if len(nums)%2 != 0 {
			c.addf(0, KindParentTree, "ParentTree /Nums has an odd number of entries")
		}
		for _, kid := range c.array(node["Kids"]) {
			walk(kid, depth+1, false)
		}
	}
	walk(root["ParentTree"], 0, true)
}

// matchMCIDs checks that the MCIDs in the content and in the tree match
// one to one on every page.
func (c *checker) matchMCIDs(t *tree, content []pageContent) {
	if !t.present {
		return
	}
	inTree := make([][]int, len(content))
	for mc := range t.owners {
		if mc.Page >= 1 && mc.Page <= len(content) {
			inTree[mc.Page-1] = append(inTree[mc.Page-1], mc.MCID)
		}
	}
	for i, pc := range content {
		n := i + 1
		for _, m := range sortedKeys(pc.mcids) {
			if _, ok := t.owners[MarkedContent{n, m}]; !ok {
				c.addf(n, KindMCIDNotInTree, "MCID %d (BDC at offset %d) is in the content but no element in the tree holds it: a screen reader will skip it", m, pc.mcids[m])
			}
		}
		sort.Ints(inTree[i])
		for _, m := range inTree[i] {
			if _, ok := pc.mcids[m]; !ok {
				c.addf(n, KindMCIDNotInContent, "%s holds MCID %d, which the page's content does not mark", c.where(t.owners[MarkedContent{n, m}]), m)
			}
		}
	}
}

// checkParentTree checks each page's ParentTree entry against the tree:
// entry i of the page's array is the element holding MCID i.
func (c *checker) checkParentTree(t *tree, content []pageContent) {
	if !t.present {
		return
	}
	usedBy := map[int]string{}
	claim := func(k int, what string, page int) {
		if prev, dup := usedBy[k]; dup {
			c.addf(page, KindParentTree, "ParentTree key %d is used by both %s and %s", k, prev, what)
		}
		usedBy[k] = what
		if t.haveNextKey && k >= t.nextKey {
			c.addf(page, KindParentTree, "ParentTree key %d (%s) is not below /ParentTreeNextKey %d", k, what, t.nextKey)
		}
	}
	for i := range c.pages {
		n := i + 1
		key, ok := c.integer(c.pages[i].dict["StructParents"])
		if !ok {
			continue
		}
		claim(key, "page "+strconv.Itoa(n), n)
		want := map[int]int{} // MCID -> owning element's object number
		for m := range content[i].mcids {
			want[m] = -1 // in the content, not in the tree (already reported)
		}
		for mc, e := range t.owners {
			if mc.Page == n {
				want[mc.MCID] = c.r.Elements[e].Object
			}
		}
		entry, ok := t.parents[key]
		if !ok {
			if len(want) > 0 {
				c.addf(n, KindParentTree, "/StructParents %d has no entry in the ParentTree", key)
			}
			continue
		}
		arr, ok := c.deref(entry).(types.Array)
		if !ok {
			c.addf(n, KindParentTree, "the ParentTree entry for /StructParents %d is not an array of elements", key)
			continue
		}
		for _, m := range sortedKeys(want) {
			obj := want[m]
			got := 0
			if m < len(arr) {
				got = objNr(arr[m])
			}
			switch {
			case obj == 0:
				c.addf(n, KindParentTree, "MCID %d is held by a direct element, which the ParentTree cannot point to", m)
			case obj > 0 && got != obj:
				c.addf(n, KindParentTree, "ParentTree entry %d for MCID %d is %s, but the tree has MCID %d in object %d", key, m, describeRef(got), m, obj)
			}
		}
		for m, v := range arr {
			if _, ok := want[m]; !ok && objNr(v) != 0 {
				c.addf(n, KindParentTree, "ParentTree entry %d lists MCID %d (object %d), which neither the content nor the tree holds", key, m, objNr(v))
			}
		}
	}
	c.checkAnnotParents(t, claim)
}

// describeRef names a ParentTree value for messages.
func describeRef(n int) string {
	if n == 0 {
		return "missing or not a reference"
	}
	return "object " + strconv.Itoa(n)
}

// sortedKeys lists a map's keys in order, so reports do not depend on
// map order.
func sortedKeys[V any](m map[int]V) []int {
	out := make([]int, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Ints(out)
	return out
}
