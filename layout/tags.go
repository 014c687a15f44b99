package layout

// Structure types of PDF's logical structure (the PDF reference's
// standard structure types) that layout gives the parts of a page, so a
// screen reader can announce headings, lists, tables and figures, and
// read them in order.
const (
	TagDocument = "Document"
	TagPart     = "Part"
	TagH1       = "H1"
	TagH2       = "H2"
	TagH3       = "H3"
	TagP        = "P"
	TagL        = "L"
	TagLI       = "LI"
	TagLbl      = "Lbl"
	TagLBody    = "LBody"
	TagTable    = "Table"
	TagTR       = "TR"
	TagTH       = "TH"
	TagTD       = "TD"
	TagFigure   = "Figure"
	TagCaption  = "Caption"
	TagTOC      = "TOC"
	TagTOCI     = "TOCI"
	TagNote     = "Note"
	TagDiv      = "Div"
)

// Tag is one element of a plan's logical structure: what a piece of the
// page is (a heading, a paragraph, a list item's label), its parent, and
// what a reader who cannot see it needs (its language when it differs
// from its parent's, a figure's text alternative). Items point at the
// tag their content belongs to (Item.Tag); an item with none (a running
// header, a footer, a rule, a box) is decoration, an artifact to a
// screen reader.
type Tag struct {
	// Type is a standard structure type (TagP, TagH1 ...).
	Type string
	// Parent is the index in Plan.Tags of the tag this one is in; the
	// root (Plan.Tags[0], a TagDocument) has -1.
	Parent int32
	// Lang is the language of the tag's text when it is not its
	// parent's, as a BCP 47 tag ("cy-GB"), or "".
	Lang string
	// Alt is a figure's text alternative.
	Alt string
	// empty keeps the tag when it holds no item (an empty table cell,
	// which keeps the cells after it under their column headers).
	empty bool
}

// tagTree collects the tags of one builder's product as it is laid out.
// Index 0 is the root. Tags made for a layout that is then thrown away
// (a cover tried at a larger size) hold no item; Plan.tidyTags drops them.
type tagTree struct {
	tags []Tag
}

func newTagTree() *tagTree {
	return &tagTree{tags: []Tag{{Type: TagDocument, Parent: -1}}}
}

// add makes a tag of type typ under parent and returns its index. A nil
// tree (a flow measured on its own, in tests) makes none and returns 0.
func (t *tagTree) add(parent int32, typ string) int32 {
	if t == nil {
		return 0
	}
	t.tags = append(t.tags, Tag{Type: typ, Parent: parent})
	return int32(len(t.tags) - 1)
}

// set changes tag i with fn, unless i is 0 (none).
func (t *tagTree) set(i int32, fn func(*Tag)) {
	if i > 0 {
		fn(&t.tags[i])
	}
}

// roleTag is the structure type of a line of text of role r, or "" for
// the roles that are decoration (running headers, footers).
func roleTag(r Role) string {
	switch r {
	case RoleCoverTitle, RoleTitle:
		return TagH1
	case RoleHeading:
		return TagH2
	case RoleSubheading:
		return TagH3
	case RoleCaption:
		return TagCaption
	case RoleHeader, RoleFooter, RoleDecoration:
		return ""
	}
	return TagP
}

// insertAfterElder inserts tag i into sibs after the last sibling made
// before it (tags are made in reading order within a parent).
func insertAfterElder(sibs []int32, i int32) []int32 {
	at := 0
	for k, s := range sibs {
		if s < i {
			at = k + 1
		}
	}
	return append(sibs[:at], append([]int32{i}, sibs[at:]...)...)
}

// headingLevel is the level of a heading tag (1 for H1), or 0.
func headingLevel(typ string) int {
	if len(typ) == 2 && typ[0] == 'H' && typ[1] >= '1' && typ[1] <= '6' {
		return int(typ[1] - '0')
	}
	return 0
}

// tidyTags puts the plan's tags in reading order, the order their items
// are drawn in: a parent before its children, and children in the order
// their first item appears on the pages. Tags that hold no item, not even
// through a child, are dropped, and every item's Tag is renumbered. A
// heading is never more than one level below the heading read before it
// (a leaflet's front panel, H1, followed by a sub-heading of its body,
// H3, makes that H2), so a listener moving by headings skips nothing.
func (p *Plan) tidyTags(t *tagTree) {
	old := t.tags
	n := int32(len(old))
	newIdx := make([]int32, n)
	for i := range newIdx {
		newIdx[i] = -1
	}
	children := make([][]int32, n)
	seen := make([]bool, n)
	seen[0] = true
	var visit func(i int32)
	visit = func(i int32) {
		if seen[i] {
			return
		}
		seen[i] = true
		par := old[i].Parent
		visit(par)
		children[par] = append(children[par], i)
	}
	for _, pg := range p.Pages {
		for _, it := range pg.Items {
			if it.Tag > 0 && it.Tag < n {
				visit(it.Tag)
			}
		}
	}
	for i := int32(1); i < n; i++ {
		if old[i].empty && !seen[i] && seen[old[i].Parent] {
			seen[i] = true
			children[old[i].Parent] = insertAfterElder(children[old[i].Parent], i)
		}
	}
	var order []int32
	var walk func(i int32)
	walk = func(i int32) {
		newIdx[i] = int32(len(order))
		order = append(order, i)
		for _, c := range children[i] {
			walk(c)
		}
	}
	walk(0)
	tags := make([]Tag, len(order))
	last := 0
	for k, i := range order {
		tg := old[i]
		if tg.Parent >= 0 {
			tg.Parent = newIdx[tg.Parent]
		}
		if lv := headingLevel(tg.Type); lv > 0 {
			lv = min(lv, last+1)
			tg.Type = "H" + string(rune('0'+lv))
			last = lv
		}
		tags[k] = tg
	}
	for _, pg := range p.Pages {
		for i := range pg.Items {
			if it := &pg.Items[i]; it.Tag > 0 && it.Tag < n {
				it.Tag = newIdx[it.Tag]
			} else {
				it.Tag = 0
			}
		}
	}
	p.Tags = tags
}
