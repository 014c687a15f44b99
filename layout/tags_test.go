package layout

import (
	"testing"
)

// isDecoration reports whether an item's role is one a screen reader
// skips: running headers, footers, rules and boxes.
func isDecoration(it Item) bool {
	return it.Role == RoleHeader || it.Role == RoleFooter || it.Role == RoleDecoration || it.Kind == Rule ||
		it.Kind == Frame || it.Kind == Bar || it.Kind == Shade
}

// checkTags checks the structure of one plan: a document at the root,
// parents before children, every text line, picture and diagram in a
// tag (but a table's header repeated on a page it continues on, which
// is read once), decoration in none, headings that skip no level,
// figures with a text alternative, and each page drawn in reading order:
// the header first, the footer last, a list's label before its body.
func checkTags(t *testing.T, name string, p *Plan) {
	t.Helper()
	if len(p.Tags) == 0 || p.Tags[0].Type != TagDocument || p.Tags[0].Parent != -1 {
		t.Fatalf("%s: the structure does not start with a document: %+v", name, p.Tags[:min(1, len(p.Tags))])
	}
	last := 0
	held := make([]bool, len(p.Tags))
	for i, tg := range p.Tags[1:] {
		i++
		if tg.Parent < 0 || int(tg.Parent) >= i {
			t.Errorf("%s: tag %d (%s) has parent %d, not one before it", name, i, tg.Type, tg.Parent)
		}
		if lv := headingLevel(tg.Type); lv > 0 {
			if lv > last+1 {
				t.Errorf("%s: %s after H%d skips a level", name, tg.Type, last)
			}
			last = lv
		}
		if tg.Type == TagFigure && tg.Alt == "" {
			t.Errorf("%s: figure %d has no text alternative", name, i)
		}
	}
	heads := map[string]bool{} // the text of header cells read so far
	for _, pg := range p.Pages {
		seenBody, seenFooter := false, false
		var prev Item
		for k, it := range pg.Items {
			switch {
			case isDecoration(it) && it.Tag != 0:
				t.Errorf("%s page %d: decoration %q (%s) is tagged", name, pg.Number, it.Text(), it.Role)
			case !isDecoration(it) && it.Tag == 0 && !heads[it.Text()]:
				t.Errorf("%s page %d: %s %q is in no tag", name, pg.Number, it.Role, it.Text())
			case it.Tag > 0:
				held[it.Tag] = true
				if p.Tags[it.Tag].Type == TagTH {
					heads[it.Text()] = true
				}
			}
			switch it.Role {
			case RoleHeader:
				if seenBody || seenFooter {
					t.Errorf("%s page %d: the running header is drawn after the page's text", name, pg.Number)
				}
			case RoleFooter:
				seenFooter = true
			default:
				if it.Kind == TextLine && seenFooter {
					t.Errorf("%s page %d: %q is drawn after the footer", name, pg.Number, it.Text())
				}
				seenBody = seenBody || it.Kind == TextLine
			}
			if k > 0 && prev.Tag > 0 && it.Tag > 0 && p.Tags[prev.Tag].Type == TagLBody && p.Tags[it.Tag].Type == TagLbl &&
				p.Tags[prev.Tag].Parent == p.Tags[it.Tag].Parent {
				t.Errorf("%s page %d: list label %q is drawn after its item's text", name, pg.Number, it.Text())
			}
			prev = it
		}
	}
	for i, tg := range p.Tags {
		if i > 0 && !held[i] && !tg.empty && !hasChild(p.Tags, i) {
			t.Errorf("%s: tag %d (%s) holds nothing", name, i, tg.Type)
		}
	}
}

func hasChild(tags []Tag, i int) bool {
	for _, tg := range tags {
		if int(tg.Parent) == i {
			return true
		}
	}
	return false
}

// TestEveryPlanIsTagged checks the structure of every booklet, leaflet
// and bilingual half the tests lay out (see checkTags).
func TestEveryPlanIsTagged(t *testing.T) {
	for _, b := range everyPlan(t) {
		checkTags(t, b.style+" "+b.lang, b.plan)
	}
}

// TestTagsOfAList: a list is an L of LI, each a label (Lbl) and a body
// (LBody), in the order they are read, and a nested list is in the body
// of the item it follows.
func TestTagsOfAList(t *testing.T) {
	g := fixture()
	p, err := Booklet(g, "en", mustStyle(t, "standard"))
	if err != nil {
		t.Fatal(err)
	}
	checkTags(t, "fixture", p)
	lists, items := 0, 0
	for i, tg := range p.Tags {
		switch tg.Type {
		case TagL:
			lists++
		case TagLI:
			items++
			var kids []string
			for _, c := range p.Tags[i+1:] {
				if int(c.Parent) == i {
					kids = append(kids, c.Type)
				}
			}
			if len(kids) != 2 || kids[0] != TagLbl || kids[1] != TagLBody {
				t.Errorf("list item %d holds %v, want [Lbl LBody]", i, kids)
			}
		case TagLbl, TagLBody:
			if p.Tags[tg.Parent].Type != TagLI {
				t.Errorf("%s %d is in a %s, not an LI", tg.Type, i, p.Tags[tg.Parent].Type)
			}
		}
	}
	if lists == 0 || items < 2*lists {
		t.Errorf("%d lists of %d items: the fixture's lists are not tagged", lists, items)
	}
}
