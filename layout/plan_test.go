package layout

import (
	"errors"
	"strconv"
	"strings"
	"sync"
	"testing"

	"guidepress/content"
	"guidepress/internal/source"
	"guidepress/styles"
)

type booklet struct {
	style, lang string
	plan        *Plan
}

var (
	cacheOnce sync.Once
	cached    []booklet
	cacheErr  error
)

// allPlans lays out the fixture and, when it loads, the embedded default
// guide, in every preset and language; the plans are made once and shared
// (tests must not change them).
func allPlans(t *testing.T) []booklet {
	t.Helper()
	cacheOnce.Do(func() {
		cached = plans(t, fixture())
		g, err := content.LoadDefault()
		if err != nil {
			cacheErr = err
			return
		}
		for _, b := range plans(t, g) {
			b.style = "default " + b.style
			cached = append(cached, b)
		}
	})
	if cacheErr != nil {
		t.Errorf("load the default guide: %v", cacheErr)
	}
	return cached
}

// plans lays out the fixture in every preset and both languages.
func plans(t *testing.T, g *content.Guide) []booklet {
	t.Helper()
	var out []booklet
	for _, s := range styles.Names() {
		st, _ := styles.Preset(s)
		for _, lang := range []string{"en", "cy"} {
			p, err := Booklet(g, lang, st)
			if err != nil {
				t.Fatalf("%s %s: %v", s, lang, err)
			}
			out = append(out, booklet{s, lang, p})
		}
	}
	return out
}

// body returns the page's items other than header, footer and decoration.
func body(p *Page) []Item {
	var out []Item
	for _, it := range p.Items {
		if (it.Kind == TextLine || it.Kind == Diagram) && it.Role != RoleHeader && it.Role != RoleFooter {
			out = append(out, it)
		}
	}
	return out
}

func TestChaptersStartOnNewPages(t *testing.T) {
	for _, b := range allPlans(t) {
		if len(b.plan.Chapters) < 3 {
			t.Fatalf("%s %s: %d chapters", b.style, b.lang, len(b.plan.Chapters))
		}
		for _, c := range b.plan.Chapters {
			p := b.plan.Pages[c.Page-1]
			first := body(p)[0]
			if first.Role != RoleTitle || first.Ref != c.ID || first.Text() != c.Title {
				t.Errorf("%s %s: page %d starts with %q (%s), want chapter %q", b.style, b.lang, c.Page, first.Text(), first.Role, c.Title)
			}
			if prev := b.plan.Pages[c.Page-2]; prev.Chapter == c.ID {
				t.Errorf("%s %s: chapter %s also on page %d", b.style, b.lang, c.ID, prev.Number)
			}
		}
	}
}

func TestHeadingNeverLastOnPage(t *testing.T) {
	for _, b := range everyPlan(t) {
		for _, p := range b.plan.Pages {
			items := body(p)
			if len(items) == 0 || p.Chapter == notesID {
				continue
			}
			last := items[0]
			for _, it := range items {
				if it.Y >= last.Y {
					last = it
				}
			}
			switch last.Role {
			case RoleTitle, RoleHeading, RoleSubheading, RoleCaption, RoleAdvice:
				t.Errorf("%s %s: page %d ends with %s %q", b.style, b.lang, p.Number, last.Role, last.Text())
			}
		}
	}
}

func TestContactEntriesNotSplit(t *testing.T) {
	g := fixture()
	for i := range 12 { // enough contacts to fill more than one page
		c := *g.Contacts[i%4]
		c.ID = c.ID + strconv.Itoa(i)
		g.Contacts = append(g.Contacts, &c)
	}
	for _, b := range plans(t, g) {
		if n := contactsWhole(t, b); n != len(g.Contacts) {
			t.Errorf("%s %s: %d contacts placed, want %d", b.style, b.lang, n, len(g.Contacts))
		}
	}
	for _, b := range everyPlan(t) {
		contactsWhole(t, b)
	}
}

// contactsWhole fails when a contact's lines are on more than one page,
// and returns how many contacts were placed.
func contactsWhole(t *testing.T, b booklet) int {
	t.Helper()
	on := map[string]int{}
	for _, p := range b.plan.Pages {
		for _, it := range p.Items {
			if it.Role != RoleContact && it.Role != RoleNote {
				continue
			}
			if pg, ok := on[it.Ref]; ok && pg != p.Number {
				t.Errorf("%s %s: contact %s on pages %d and %d", b.style, b.lang, it.Ref, pg, p.Number)
			}
			on[it.Ref] = p.Number
		}
	}
	return len(on)
}

func TestCrisisContactsFirst(t *testing.T) {
	p, _ := Booklet(fixture(), "en", mustStyle(t, "standard"))
	var order []string
	for _, pg := range p.Pages {
		for _, it := range pg.Items {
			if it.Role == RoleContact && (len(order) == 0 || order[len(order)-1] != it.Ref) {
				order = append(order, it.Ref)
			}
		}
	}
	if got := strings.Join(order, " "); got != "samaritans call llais shelter" {
		t.Errorf("contact order %q, want crisis lines first, then file order", got)
	}
}

func mustStyle(t *testing.T, name string) *styles.Style {
	t.Helper()
	st, err := styles.Preset(name)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func TestContentsNumbersArePagesWhereChaptersStart(t *testing.T) {
	for _, b := range allPlans(t) {
		starts := map[string]int{}
		for _, p := range b.plan.Pages {
			for _, it := range body(p) {
				if it.Role == RoleTitle {
					starts[it.Ref] = p.Number
				}
			}
		}
		n := 0
		for _, p := range b.plan.Pages {
			for _, it := range p.Items {
				if it.Name != pageNumber {
					continue
				}
				n++
				if it.Text() != strconv.Itoa(starts[it.Ref]) || it.Target != starts[it.Ref] {
					t.Errorf("%s %s: contents says %s is on page %s (link %d), it starts on %d", b.style, b.lang, it.Ref, it.Text(), it.Target, starts[it.Ref])
				}
			}
		}
		if n != len(b.plan.Chapters) {
			t.Errorf("%s %s: %d contents numbers, want %d", b.style, b.lang, n, len(b.plan.Chapters))
		}
	}
}

func TestTextSizes(t *testing.T) {
	for _, b := range everyPlan(t) {
		st := b.plan.Style
		for _, p := range b.plan.Pages {
			for _, it := range p.Items {
				if it.Kind != TextLine {
					continue
				}
				if it.Size < st.MinSize {
					t.Errorf("%s %s: page %d: %q at %gpt, below the style's %gpt", b.style, b.lang, p.Number, it.Text(), it.Size, st.MinSize)
				}
				if it.Role == RoleBody && it.Size < st.BodySize {
					t.Errorf("%s %s: body text at %gpt", b.style, b.lang, it.Size)
				}
				if strings.HasSuffix(b.style, "large-print") && it.Role == RoleBody && it.Size < 16 {
					t.Errorf("large print body at %gpt, want 16pt or more", it.Size)
				}
			}
		}
	}
}

func TestEverythingInsideMargins(t *testing.T) {
	for _, b := range everyPlan(t) {
		st := b.plan.Style
		m := st.Margins
		for _, p := range b.plan.Pages {
			for _, it := range p.Items {
				if it.X < m.Left-eps || it.X+it.W > st.PageWidth-m.Right+1e-3 ||
					it.Y < m.Top-eps || it.Y+it.H > st.PageHeight-m.Bottom+1e-3 {
					t.Errorf("%s %s: page %d: %s %q at %.1f,%.1f %.1fx%.1f is outside the margins",
						b.style, b.lang, p.Number, it.Role, it.Text(), it.X, it.Y, it.W, it.H)
				}
			}
		}
	}
}

func TestHeaderAndFooterInSamePlace(t *testing.T) {
	for _, b := range allPlans(t) {
		var want string
		pages := b.plan.Pages
		if pages[0].Chrome || pages[len(pages)-1].Chrome {
			t.Errorf("%s %s: a cover has a header or footer", b.style, b.lang)
		}
		for _, p := range pages {
			if !p.Chrome {
				continue
			}
			var at []string
			for _, it := range p.Items {
				if it.Role == RoleHeader || it.Role == RoleFooter {
					at = append(at, strconv.FormatFloat(it.Y, 'f', 3, 64))
				}
			}
			if want == "" {
				want = strings.Join(at, " ")
			}
			if got := strings.Join(at, " "); got != want {
				t.Errorf("%s %s: page %d header/footer at %s, want %s", b.style, b.lang, p.Number, got, want)
			}
		}
	}
}

func TestBookmarks(t *testing.T) {
	p, err := Booklet(fixture(), "cy", mustStyle(t, "standard"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, pg := range p.Pages {
		for _, b := range pg.Bookmarks {
			got = append(got, strconv.Itoa(b.Level)+":"+b.Title)
		}
	}
	want := "0:Sut i ddefnyddio’r canllaw hwn|1:Y camau|0:Cynnwys|0:Heddlu|1:Man diogel|1:Ar ôl gorsaf yr heddlu|" +
		"0:Carchar|1:Eich iechyd|0:Adferiad|1:Tair rhan|0:Cysylltiadau allweddol|1:Mewn argyfwng|1:Gwasanaethau ar gyfer pob ardal|0:Nodiadau"
	if strings.Join(got, "|") != want {
		t.Errorf("bookmarks\n%s\nwant\n%s", strings.Join(got, "|"), want)
	}
}

// TestDiagramsDrawn checks the Recovery chapter: the recovery diagram's
// figure comes straight after its caption, then its three legend entries,
// and every component's Welsh title is drawn.
func TestDiagramsDrawn(t *testing.T) {
	g := fixture()
	p, err := Booklet(g, "cy", mustStyle(t, "standard"))
	if err != nil {
		t.Fatal(err)
	}
	var found []Item
	var labels []string
	for _, pg := range p.Pages {
		for i, it := range pg.Items {
			if it.Kind != Diagram {
				continue
			}
			if len(found) == 0 {
				if prev := pg.Items[i-1]; prev.Role != RoleCaption || prev.Text() != "Y ffordd at adferiad" {
					t.Errorf("the figure follows %q (%s), not its caption", prev.Text(), prev.Role)
				}
			}
			found = append(found, it)
			for _, l := range it.Geometry.Labels {
				labels = append(labels, l.Text)
			}
		}
	}
	if len(found) != 1+len(g.Recovery.Components) || found[0].Name != "recovery" || found[0].H < 40 {
		t.Fatalf("got %d diagram parts (first %q, %.0f mm high); want the figure and %d legend entries",
			len(found), found[0].Name, found[0].H, len(g.Recovery.Components))
	}
	all := strings.Join(labels, "|")
	for _, c := range g.Recovery.Components {
		if strings.Count(all, c.Title.Get("cy")) < 2 {
			t.Errorf("%q is not both in its circle and in the legend: %s", c.Title.Get("cy"), all)
		}
	}
}

func TestUnprintableCharactersAreErrors(t *testing.T) {
	g := fixture()
	g.Stages[0].Sections[0].Body = content.Text{
		Values:  map[string]string{"en": "Fine.\nA smile 😀 here and 中.", "cy": "Iawn."},
		LangPos: map[string]source.Position{"en": {Filename: "stages/police.yaml", Line: 10, Column: 7}},
		Indent:  map[string]int{"en": 6},
	}
	_, err := Booklet(g, "en", mustStyle(t, "standard"))
	var ps source.Problems
	if !errors.As(err, &ps) {
		t.Fatalf("error %v (%T), want source.Problems", err, err)
	}
	want := "stages/police.yaml:12:15: character '😀' (U+1F600) in body cannot be printed: characters beyond U+FFFF (such as emoji) are not supported\n" +
		"stages/police.yaml:12:26: character '中' (U+4E2D) in body is not in the fonts"
	if err.Error() != want {
		t.Errorf("error\n%s\nwant\n%s", err, want)
	}
	if _, err := Booklet(g, "cy", mustStyle(t, "standard")); err != nil {
		t.Errorf("the Welsh booklet does not print the English text, yet: %v", err)
	}
}

// TestBookletRefusals: a booklet with no style, or in a language the
// guide lacks, is an error (pdf's TestPanicsBecomeErrors checks drawing).
func TestBookletRefusals(t *testing.T) {
	if _, err := Booklet(fixture(), "en", nil); err == nil {
		t.Error("Booklet with no style succeeded")
	}
	if _, err := Booklet(fixture(), "fr", mustStyle(t, "standard")); err == nil || err.Error() != `lay out the booklet: the guide has no title in language "fr"` {
		t.Errorf("Booklet in a language the guide lacks: %v", err)
	}
}
