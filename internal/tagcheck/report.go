package tagcheck

import (
	"fmt"
	"sort"
	"strings"
)

// Kind names one rule a tagged PDF can break, so a test can ask whether
// a report holds a problem of that kind.
type Kind string

// The kinds of problem Check reports.
const (
	// KindUnmarked: text or graphics painted outside both an MCID
	// sequence and an Artifact.
	KindUnmarked Kind = "unmarked"
	// KindNestedMCID: an MCID sequence inside another MCID sequence or
	// inside an Artifact.
	KindNestedMCID Kind = "nested-mcid"
	// KindUnbalanced: an EMC without its BMC or BDC, or one never closed.
	KindUnbalanced Kind = "unbalanced"
	// KindContentSyntax: a content stream that cannot be decoded or read
	// to its end, or a BDC whose properties cannot be found.
	KindContentSyntax Kind = "content-syntax"
	// KindMCIDDuplicate: an MCID used twice in a page's content, or held
	// by two places in the tree.
	KindMCIDDuplicate Kind = "mcid-duplicate"
	// KindMCIDNotInTree: an MCID in the content that no element holds.
	KindMCIDNotInTree Kind = "mcid-not-in-tree"
	// KindMCIDNotInContent: an MCID the tree holds that the page's
	// content does not mark.
	KindMCIDNotInContent Kind = "mcid-not-in-content"
	// KindParentTree: a ParentTree entry that is missing or disagrees
	// with the tree.
	KindParentTree Kind = "parent-tree"
	// KindStructParents: a page without /StructParents.
	KindStructParents Kind = "no-struct-parents"
	// KindTabs: a page without /Tabs /S (tab order follows structure).
	KindTabs Kind = "tabs"
	// KindAlt: a Figure or Formula without /Alt or /ActualText.
	KindAlt Kind = "no-alt"
	// KindAnnotation: an annotation outside the tree, or an OBJR that
	// points to no annotation of its page.
	KindAnnotation Kind = "annotation"
	// KindHeadingSkip: a heading more than one level below the one
	// before it, or a first heading that is not H1.
	KindHeadingSkip Kind = "heading-skip"
	// KindLang: no /Lang, or an empty one, on the catalog; a /Lang that
	// is not a language tag.
	KindLang Kind = "lang"
	// KindMarkInfo: /MarkInfo missing or not /Marked true.
	KindMarkInfo Kind = "mark-info"
	// KindNoStructTree: no /StructTreeRoot: the file is not tagged.
	KindNoStructTree Kind = "no-struct-tree"
	// KindMetadata: no XMP metadata, or metadata without dc:title or
	// dc:language.
	KindMetadata Kind = "metadata"
	// KindDisplayDocTitle: /ViewerPreferences /DisplayDocTitle not true.
	KindDisplayDocTitle Kind = "display-doc-title"
	// KindStructType: a structure type neither standard nor role-mapped
	// to a standard one.
	KindStructType Kind = "struct-type"
	// KindParentLink: an element whose /P is not its parent in the tree.
	KindParentLink Kind = "parent-link"
	// KindTree: a tree that cannot be followed: a kid that is no element,
	// MCR or OBJR, an element met twice, a /Pg that is not a page.
	KindTree Kind = "tree"
)

// Problem is one thing a reader of the file would miss or mishear.
type Problem struct {
	// Page is the page it is on, from 1; 0 for the whole document.
	Page int
	// Kind is the rule broken.
	Kind Kind
	// Message says what is wrong and where, for a developer to act on.
	Message string
}

// String is the problem as one line: "page 3: ..." when on a page.
func (p Problem) String() string {
	if p.Page > 0 {
		return fmt.Sprintf("page %d: %s", p.Page, p.Message)
	}
	return p.Message
}

// MarkedContent is one marked-content sequence an element holds: its
// page (from 1) and its MCID on that page.
type MarkedContent struct {
	Page, MCID int
}

// Element is one structure element, as Check read it from the tree.
type Element struct {
	// Type is its /S as written; Role is the standard type it is or is
	// role-mapped to ("" when neither).
	Type, Role string
	// Depth is 0 for the children of the StructTreeRoot.
	Depth int
	// Parent is the index in Report.Elements of its parent, -1 for a
	// child of the StructTreeRoot.
	Parent int
	// Object is its object number, 0 when it is a direct object.
	Object int
	// Lang, Alt and ActualText are its entries, decoded ("" when absent).
	Lang, Alt, ActualText string
	// Content lists the marked-content sequences it holds, in /K order.
	Content []MarkedContent
	// Annots lists the object numbers of the annotations its OBJRs hold.
	Annots []int
}

// Report is what Check found in one file.
type Report struct {
	// Pages is the number of pages.
	Pages int
	// Problems, the whole document's first, then page by page.
	Problems []Problem
	// Elements are the structure elements in tree order (depth first,
	// each before its children).
	Elements []Element
}

// OK reports whether the file broke no rule.
func (r *Report) OK() bool { return len(r.Problems) == 0 }

// Has reports whether r holds a problem of kind k.
func (r *Report) Has(k Kind) bool {
	for _, p := range r.Problems {
		if p.Kind == k {
			return true
		}
	}
	return false
}

// Types lists the standard types (roles) of the elements in tree order,
// for tests that assert on order ("H1", "P", "L", "LI", "Lbl", ...).
func (r *Report) Types() []string {
	out := make([]string, len(r.Elements))
	for i, e := range r.Elements {
		out[i] = e.Role
		if out[i] == "" {
			out[i] = e.Type
		}
	}
	return out
}

// String lists the problems one a line, and how many there are.
func (r *Report) String() string {
	var b strings.Builder
	for _, p := range r.Problems {
		b.WriteString(p.String())
		b.WriteByte('\n')
	}
	fmt.Fprintf(&b, "%d problems in %d pages, %d structure elements\n", len(r.Problems), r.Pages, len(r.Elements))
	return b.String()
}

// Tree prints the structure tree one element a line, indented by depth:
// its type (and role when mapped), /Lang, /Alt, and what it holds.
func (r *Report) Tree() string {
	var b strings.Builder
	for _, e := range r.Elements {
		b.WriteString(strings.Repeat("  ", e.Depth))
		b.WriteString(e.Type)
		if e.Role != e.Type {
			fmt.Fprintf(&b, " (%s)", orNone(e.Role))
		}
		if e.Lang != "" {
			fmt.Fprintf(&b, " lang=%s", e.Lang)
		}
		if e.Alt != "" {
			fmt.Fprintf(&b, " alt=%q", e.Alt)
		}
		if e.ActualText != "" {
			fmt.Fprintf(&b, " actualtext=%q", e.ActualText)
		}
		for _, m := range e.Content {
			fmt.Fprintf(&b, " p%d:%d", m.Page, m.MCID)
		}
		for _, a := range e.Annots {
			fmt.Fprintf(&b, " annot:%d", a)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func orNone(s string) string {
	if s == "" {
		return "no standard role"
	}
	return s
}

// sortProblems puts the whole document's problems first, then each
// page's, keeping the order they were found in within each.
func sortProblems(ps []Problem) {
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Page < ps[j].Page })
}
