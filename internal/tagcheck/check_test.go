package tagcheck

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestWellFormedFilePasses: a file tagged as guidepress means to tag
// (heading, paragraph with a link, list, figure with alt text, artifact
// header, footer and rule, two pages, one content stream compressed and
// one split in two) has no problem, and the tree read back is the one
// written, in order.
func TestWellFormedFilePasses(t *testing.T) {
	rep, err := Check(goodFixture().pdf(t))
	if err != nil {
		t.Fatal(err)
	}
	if !rep.OK() {
		t.Fatalf("a well-formed file has problems:\n%s", rep)
	}
	if rep.Pages != 2 {
		t.Errorf("read %d pages, want 2", rep.Pages)
	}
	want := []string{"Document", "H1", "P", "Link", "L", "LI", "Lbl", "LBody", "Figure"}
	if got := rep.Types(); !slices.Equal(got, want) {
		t.Errorf("tree order %v, want %v", got, want)
	}
	byRole := map[string]Element{}
	for _, e := range rep.Elements {
		byRole[e.Role] = e
	}
	if h := byRole["H1"]; h.Type != "Title" || h.Depth != 1 || !slices.Equal(h.Content, []MarkedContent{{1, 0}}) {
		t.Errorf("heading read as %+v, want /Title mapped to H1 at depth 1 holding page 1 MCID 0", h)
	}
	if p := byRole["P"]; p.Lang != "cy-GB" || !slices.Equal(p.Content, []MarkedContent{{1, 1}}) {
		t.Errorf("paragraph read as %+v, want lang cy-GB holding page 1 MCID 1", p)
	}
	if l := byRole["Link"]; !slices.Equal(l.Annots, []int{20}) || rep.Elements[l.Parent].Role != "P" {
		t.Errorf("link read as %+v, want annotation 20 under the paragraph", l)
	}
	if lbl := byRole["Lbl"]; !slices.Equal(lbl.Content, []MarkedContent{{1, 3}}) || lbl.Depth != 3 {
		t.Errorf("list label read as %+v, want page 1 MCID 3 (through an MCR) at depth 3", lbl)
	}
	if f := byRole["Figure"]; f.Alt != "Sgwâr ŵ" || !slices.Equal(f.Content, []MarkedContent{{2, 0}}) {
		t.Errorf("figure read as %+v, want alt %q holding page 2 MCID 0", f, "Sgwâr ŵ")
	}
	tree := rep.Tree()
	for _, line := range []string{"Document\n", "  Title (H1) p1:0\n", "    Link p1:2 annot:20\n", `  Figure alt="Sgwâr ŵ" p2:0`} {
		if !strings.Contains(tree, line) {
			t.Errorf("tree print lacks %q:\n%s", line, tree)
		}
	}
}

// breakage is one purpose-built bad file: the edits that break one rule,
// the problem kinds the report may hold (the first must be there), and a
// piece of the message and the page of the first problem of that kind.
type breakage struct {
	name  string
	edit  func(t testing.TB, f *fixture)
	kinds []Kind
	msg   string
	page  int
}

var breakages = []breakage{
	{"untagged footer", func(t testing.TB, f *fixture) {
		f.edit(t, 23, "/Artifact <</Type /Pagination /Subtype /Footer>> BDC BT 10 5 Td (Page 1 of 2) Tj ET EMC", "BT 10 5 Td (Page 1 of 2) Tj ET")
	}, []Kind{KindUnmarked}, "text drawn outside marked content (Tj at offset", 1},
	{"untagged rule", func(t testing.TB, f *fixture) {
		f.edit(t, 23, "/Artifact BMC 10 10 m 190 10 l S EMC", "10 10 m 190 10 l S")
	}, []Kind{KindUnmarked}, "graphics drawn outside marked content (S at offset", 1},
	{"a path ended with n paints nothing", func(t testing.TB, f *fixture) {
		f.edit(t, 23, "/Artifact BMC 10 10 m 190 10 l S EMC", "10 10 m 190 10 l n")
	}, nil, "", 0},
	{"text in a sequence without MCID", func(t testing.TB, f *fixture) {
		f.edit(t, 9, "/Artifact BMC BT", "/Span BMC BT")
	}, []Kind{KindUnmarked}, "text drawn outside marked content (Tj at offset", 2},
	{"nested MCID", func(t testing.TB, f *fixture) {
		f.edit(t, 23, "(1.) Tj ET EMC", "(1.) Tj ET")
		f.edit(t, 23, "<4974656d> Tj ET EMC", "<4974656d> Tj ET EMC EMC")
	}, []Kind{KindNestedMCID}, "MCID 4 (/LBody at offset", 1},
	{"MCID inside an artifact", func(t testing.TB, f *fixture) {
		f.edit(t, 8, "(Running header) Tj ET EMC", "(Running header) Tj ET")
		f.edit(t, 8, "(Title) Tj ET EMC", "(Title) Tj ET EMC EMC")
	}, []Kind{KindNestedMCID}, "MCID 0 (/H1 at offset", 1},
	{"MCID inside a sequence without MCID is allowed", func(t testing.TB, f *fixture) {
		f.edit(t, 8, "/H1 <</MCID 0>> BDC BT /F1 14 Tf 10 170 Td (Title) Tj ET EMC", "/Layer BMC q /H1 <</MCID 0>> BDC BT /F1 14 Tf 10 170 Td (Title) Tj ET EMC Q EMC")
	}, nil, "", 0},
	{"artifact inside an MCID sequence is allowed, EMC across Q too", func(t testing.TB, f *fixture) {
		f.edit(t, 8, "(Title) Tj ET EMC", "(Title) Tj ET q /Artifact BMC 0 0 5 5 re f Q EMC EMC")
	}, nil, "", 0},
	{"EMC without BDC", func(t testing.TB, f *fixture) {
		f.edit(t, 9, "Q EMC", "Q EMC EMC")
	}, []Kind{KindUnbalanced}, "EMC at offset", 2},
	{"BDC never closed", func(t testing.TB, f *fixture) {
		f.edit(t, 9, "(Page 2 of 2) Tj ET EMC", "(Page 2 of 2) Tj ET")
	}, []Kind{KindUnbalanced}, "/Artifact at offset", 2},
	{"MCID twice on a page", func(t testing.TB, f *fixture) {
		f.edit(t, 23, "/LBody <</MCID 4>>", "/LBody <</MCID 3>>")
	}, []Kind{KindMCIDDuplicate, KindMCIDNotInContent}, "MCID 3 is used twice in the content", 1},
	{"MCID in content not in tree", func(t testing.TB, f *fixture) {
		f.edit(t, 23, "/Artifact BMC 10 10", "/Span <</MCID 5>> BDC BT (x) Tj ET EMC /Artifact BMC 10 10")
	}, []Kind{KindMCIDNotInTree}, "MCID 5 (BDC at offset", 1},
	{"MCID in tree not in content", func(t testing.TB, f *fixture) {
		f.edit(t, 18, "/K 4", "/K [4 5]")
		f.edit(t, 19, "18 0 R]", "18 0 R 18 0 R]")
	}, []Kind{KindMCIDNotInContent}, "/LBody (object 18) holds MCID 5", 1},
	{"MCID held twice in the tree", func(t testing.TB, f *fixture) {
		f.edit(t, 16, "/MCID 3", "/MCID 4")
	}, []Kind{KindMCIDDuplicate, KindMCIDNotInTree, KindParentTree}, "MCID 4 is held twice in the tree", 1},
	{"ParentTree disagrees with the tree", func(t testing.TB, f *fixture) {
		f.edit(t, 19, "[12 0 R 13 0 R", "[13 0 R 12 0 R")
	}, []Kind{KindParentTree}, "ParentTree entry 0 for MCID 0 is object 13, but the tree has MCID 0 in object 12", 1},
	{"ParentTree entry missing for a page", func(t testing.TB, f *fixture) {
		f.edit(t, 22, "1 [17 0 R] ", "")
	}, []Kind{KindParentTree}, "/StructParents 1 has no entry in the ParentTree", 2},
	{"ParentTree key outside its limits", func(t testing.TB, f *fixture) {
		f.edit(t, 22, "/Limits [0 2]", "/Limits [0 1]")
	}, []Kind{KindParentTree}, "ParentTree key 2 lies outside its node's /Limits [0 1]", 0},
	{"page without StructParents", func(t testing.TB, f *fixture) {
		f.edit(t, 4, "/StructParents 1 ", "")
	}, []Kind{KindStructParents}, "the page has no /StructParents", 2},
	{"page without Tabs", func(t testing.TB, f *fixture) {
		f.edit(t, 4, " /Tabs /S", "")
	}, []Kind{KindTabs}, "/Tabs is none, not /S", 2},
	{"figure without alt", func(t testing.TB, f *fixture) {
		f.edit(t, 17, "/Alt "+utf16Hex("Sgwâr ŵ"), "")
	}, []Kind{KindAlt}, "/Figure (object 17) has no /Alt", 2},
	{"formula with empty alt", func(t testing.TB, f *fixture) {
		f.edit(t, 17, "/S /Figure", "/S /Formula")
		f.edit(t, 17, "/Alt "+utf16Hex("Sgwâr ŵ"), "/Alt ( )")
	}, []Kind{KindAlt}, "/Formula (object 17) has no /Alt", 2},
	{"figure with ActualText only", func(t testing.TB, f *fixture) {
		f.edit(t, 17, "/Alt ", "/ActualText ")
	}, nil, "", 0},
	{"annotation not in tree", func(t testing.TB, f *fixture) {
		f.edit(t, 21, " <</Type /OBJR /Obj 20 0 R /Pg 3 0 R>>", "")
	}, []Kind{KindAnnotation}, "annotation 20 (/Link) is not in the structure tree", 1},
	{"annotation without StructParent", func(t testing.TB, f *fixture) {
		f.edit(t, 20, " /StructParent 2", "")
	}, []Kind{KindAnnotation}, "annotation 20 (/Link) has no /StructParent", 1},
	{"OBJR on the wrong page", func(t testing.TB, f *fixture) {
		f.edit(t, 21, "/Obj 20 0 R /Pg 3 0 R", "/Obj 20 0 R /Pg 4 0 R")
	}, []Kind{KindAnnotation}, "annotation 20 with /Pg page 2, but the annotation is on page 1", 2},
	{"annotation's ParentTree entry wrong", func(t testing.TB, f *fixture) {
		f.edit(t, 22, "2 21 0 R", "2 13 0 R")
	}, []Kind{KindParentTree}, "the ParentTree entry 2 for annotation 20 is object 13, but the element holding its OBJR is object 21", 1},
	{"H1 then H3", func(t testing.TB, f *fixture) {
		f.edit(t, 13, "/S /P", "/S /H3")
	}, []Kind{KindHeadingSkip}, "/H3 (object 13) follows H1: it skips a level (want H2 at most)", 1},
	{"first heading H2", func(t testing.TB, f *fixture) {
		f.edit(t, 5, "<</Title /H1>>", "<</Title /H2>>")
	}, []Kind{KindHeadingSkip}, "the first heading is /Title (object 12): the first numbered heading must be H1", 1},
	{"no Lang", func(t testing.TB, f *fixture) {
		f.edit(t, 1, "/Lang (en-GB) ", "")
	}, []Kind{KindLang}, "the catalog has no /Lang", 0},
	{"empty Lang", func(t testing.TB, f *fixture) {
		f.edit(t, 1, "/Lang (en-GB)", "/Lang ()")
	}, []Kind{KindLang}, "the catalog has no /Lang", 0},
	{"Lang not a language tag", func(t testing.TB, f *fixture) {
		f.edit(t, 1, "/Lang (en-GB)", "/Lang (en_GB)")
	}, []Kind{KindLang}, "the catalog's /Lang (en_GB) is not a language tag", 0},
	{"element Lang not a language tag", func(t testing.TB, f *fixture) {
		f.edit(t, 13, "/Lang (cy-GB)", "/Lang (Welsh language)")
	}, []Kind{KindLang}, "/P (object 13) has /Lang (Welsh language), which is not a language tag", 1},
	{"empty element Lang is unknown, allowed", func(t testing.TB, f *fixture) {
		f.edit(t, 13, "/Lang (cy-GB)", "/Lang ()")
	}, nil, "", 0},
	{"not marked", func(t testing.TB, f *fixture) {
		f.edit(t, 1, "/Marked true", "/Marked false")
	}, []Kind{KindMarkInfo}, "/MarkInfo <</Marked true>>", 0},
	{"no StructTreeRoot", func(t testing.TB, f *fixture) {
		f.edit(t, 1, "/StructTreeRoot 5 0 R ", "")
	}, []Kind{KindNoStructTree}, "no StructTreeRoot", 0},
	{"no ParentTree", func(t testing.TB, f *fixture) {
		f.edit(t, 5, "/ParentTree 11 0 R ", "")
	}, []Kind{KindParentTree}, "the StructTreeRoot has no /ParentTree", 0},
	{"XMP without language", func(t testing.TB, f *fixture) {
		f.edit(t, 6, "<dc:language><rdf:Bag><rdf:li>en-GB</rdf:li></rdf:Bag></dc:language>", "<dc:language/>")
	}, []Kind{KindMetadata}, "the XMP metadata has no dc:language", 0},
	{"no XMP", func(t testing.TB, f *fixture) {
		f.edit(t, 1, " /Metadata 6 0 R", "")
	}, []Kind{KindMetadata}, "no /Metadata stream", 0},
	{"title not displayed", func(t testing.TB, f *fixture) {
		f.edit(t, 1, "/DisplayDocTitle true", "/DisplayDocTitle false")
	}, []Kind{KindDisplayDocTitle}, "/DisplayDocTitle is not true", 0},
	{"unknown structure type", func(t testing.TB, f *fixture) {
		f.edit(t, 5, " /RoleMap <</Title /H1>>", "")
	}, []Kind{KindStructType}, "/Title (object 12) is neither a standard structure type nor role-mapped to one", 0},
	{"role map loop", func(t testing.TB, f *fixture) {
		f.edit(t, 5, "<</Title /H1>>", "<</Title /Heading /Heading /Title>>")
	}, []Kind{KindStructType}, "/Title (object 12) is neither", 0},
	{"PDF 2.0 type in the default namespace", func(t testing.TB, f *fixture) {
		f.edit(t, 17, "/S /Figure", "/S /Aside")
	}, []Kind{KindStructType}, "/Aside (object 17) is neither", 0},
	{"PDF 2.0 type in the PDF 2.0 namespace", func(t testing.TB, f *fixture) {
		f.edit(t, 13, "/S /P", "/S /Aside /NS 24 0 R")
		f.objs[24] = "<</Type /Namespace /NS (http://iso.org/pdf2/ssn)>>"
	}, nil, "", 0},
	{"own namespace mapped to PDF 2.0", func(t testing.TB, f *fixture) {
		f.edit(t, 13, "/S /P", "/S /Box /NS 25 0 R")
		f.objs[24] = "<</Type /Namespace /NS (http://iso.org/pdf2/ssn)>>"
		f.objs[25] = "<</Type /Namespace /NS (https://example.org/ns) /RoleMapNS <</Box [/Aside 24 0 R]>>>>"
	}, nil, "", 0},
	{"own namespace unmapped", func(t testing.TB, f *fixture) {
		f.edit(t, 13, "/S /P", "/S /Box /NS 25 0 R")
		f.objs[25] = "<</Type /Namespace /NS (https://example.org/ns)>>"
	}, []Kind{KindStructType}, "/Box (object 13) is neither", 0},
	{"wrong parent", func(t testing.TB, f *fixture) {
		f.edit(t, 16, "/P 15 0 R", "/P 14 0 R")
	}, []Kind{KindParentLink}, "/Lbl (object 16) has /P (14 0 R), but it is under /LI (object 15)", 0},
	{"Pg not a page", func(t testing.TB, f *fixture) {
		f.edit(t, 18, "/Pg 3 0 R", "/Pg 7 0 R")
	}, []Kind{KindTree, KindMCIDNotInTree}, "/LBody (object 18) has /Pg (7 0 R), which is not a page of the document", 0},
	{"element met twice", func(t testing.TB, f *fixture) {
		f.edit(t, 10, "17 0 R]", "17 0 R 12 0 R]")
	}, []Kind{KindTree}, "object 12 is met twice in the structure tree", 0},
	{"properties not in resources", func(t testing.TB, f *fixture) {
		f.edit(t, 9, "/Figure /MC0 BDC", "/Figure /MC9 BDC")
	}, []Kind{KindContentSyntax, KindMCIDNotInContent, KindUnmarked}, "names properties /MC9", 2},
	{"unreadable content", func(t testing.TB, f *fixture) {
		f.edit(t, 9, "(Page 2 of 2)", "(Page 2 of 2")
	}, []Kind{KindContentSyntax, KindUnbalanced}, "content stream cannot be read past offset", 2},
}

// TestBrokenFilesAreReported: each purpose-built file breaking one rule
// is reported with that rule's kind, a message naming what and where,
// and nothing unrelated.
func TestBrokenFilesAreReported(t *testing.T) {
	for _, b := range breakages {
		t.Run(b.name, func(t *testing.T) {
			f := goodFixture()
			b.edit(t, f)
			rep, err := Check(f.pdf(t))
			if err != nil {
				t.Fatal(err)
			}
			if len(b.kinds) == 0 {
				if !rep.OK() {
					t.Fatalf("a file that breaks no rule has problems:\n%s", rep)
				}
				return
			}
			var first *Problem
			for i, p := range rep.Problems {
				if !slices.Contains(b.kinds, p.Kind) {
					t.Errorf("unrelated problem %q (%s)", p, p.Kind)
				}
				if p.Kind == b.kinds[0] && first == nil {
					first = &rep.Problems[i]
				}
			}
			if first == nil {
				t.Fatalf("no %s problem reported:\n%s", b.kinds[0], rep)
			}
			if !strings.Contains(first.Message, b.msg) || first.Page != b.page {
				t.Errorf("reported %q on page %d, want %q on page %d", first.Message, first.Page, b.msg, b.page)
			}
		})
	}
}

// TestProblemLine: a problem on a page says which page, first.
func TestProblemLine(t *testing.T) {
	p := Problem{Page: 3, Kind: KindUnmarked, Message: "text drawn outside marked content (Tj at offset 1234, inside no MCID sequence or Artifact)"}
	if got := p.String(); got != "page 3: text drawn outside marked content (Tj at offset 1234, inside no MCID sequence or Artifact)" {
		t.Errorf("problem line %q", got)
	}
	if got := (Problem{Kind: KindLang, Message: "no /Lang"}).String(); got != "no /Lang" {
		t.Errorf("document problem line %q", got)
	}
}

// TestUnreadableFile: what is not a PDF is an error, not a report.
func TestUnreadableFile(t *testing.T) {
	for _, in := range [][]byte{nil, []byte("not a pdf"), []byte("%PDF-1.7\n")} {
		if rep, err := Check(in); err == nil {
			t.Errorf("Check(%q) gave a report and no error:\n%s", in, rep)
		}
	}
}

// TestGoodFileOnDisk: testdata/good.pdf, which the tagcheck command's
// test reads, is the well-formed fixture: no problem, the same tree
// (UPDATE=1 rewrites it).
func TestGoodFileOnDisk(t *testing.T) {
	want := goodFixture().pdf(t)
	path := filepath.Join("testdata", "good.pdf")
	if os.Getenv("UPDATE") != "" {
		if err := os.WriteFile(path, want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	onDisk, err := Check(got)
	if err != nil {
		t.Fatal(err)
	}
	fixture, err := Check(want)
	if err != nil {
		t.Fatal(err)
	}
	if !onDisk.OK() || onDisk.Tree() != fixture.Tree() {
		t.Errorf("%s is not the fixture (run UPDATE=1 go test ./internal/tagcheck -run TestGoodFileOnDisk):\n%s%s", path, onDisk, onDisk.Tree())
	}
}
