package web

import (
	"bytes"
	"maps"
	"slices"
	"strings"
	"testing"

	"guidepress/compose"
	"guidepress/internal/testguide"
)

// TestContactsGroupedAsInPrint: the key contacts page lists the crisis
// lines, then the services for every area, then each area's, as the
// booklet does; each area's page (the area filter) lists the crisis
// lines, every area's services and that area's only, and every contacts
// page links to every area's page.
func TestContactsGroupedAsInPrint(t *testing.T) {
	g := testguide.Default(t)
	files := build(t, g)
	groups := func(name string) []string {
		var ids []string
		for _, s := range all(doc(t, name, files[name]), func(n *htmlNode) bool { return attr(n, "class") == "contact-group" }) {
			ids = append(ids, attr(s, "id"))
		}
		return ids
	}
	var want []string
	for _, set := range compose.GroupContacts(g, g.Contacts, "") {
		switch {
		case set.Area != nil:
			want = append(want, compose.AreaGroupPrefix+set.Area.ID)
		case set.Label == "crisis":
			want = append(want, compose.CrisisGroup)
		default:
			want = append(want, compose.EveryAreaGroup)
		}
	}
	if got := groups("en/contacts.html"); !slices.Equal(got, want) || len(want) < 3 || want[0] != "crisis" {
		t.Errorf("contacts groups %v, want %v (crisis first)", got, want)
	}
	for _, lang := range g.Languages {
		for _, a := range g.Areas {
			name := lang + "/" + areaPage(a.ID)
			if got := groups(name); !slices.Equal(got, []string{"crisis", "every-area", "area-" + a.ID}) {
				t.Errorf("%s: groups %v, want crisis, every-area, area-%s", name, got, a.ID)
			}
			page := string(files[name])
			if h1 := textOf(all(doc(t, name, files[name]), tag("h1"))[0]); !strings.HasSuffix(h1, ": "+a.Name.Get(lang)) {
				t.Errorf("%s: the title %q does not name %s", name, h1, a.Name.Get(lang))
			}
			for _, b := range g.Areas {
				if !strings.Contains(page, `href="`+areaPage(b.ID)+`"`) {
					t.Errorf("%s: no link to %s's contacts", name, b.ID)
				}
			}
		}
	}
}

// TestWelshPagesAreWelsh: the Welsh pages hold the guide's Welsh, its
// letters with circumflexes intact, and the site's own words in Welsh.
func TestWelshPagesAreWelsh(t *testing.T) {
	files := build(t, testguide.Default(t))
	police := string(files["cy/police.html"])
	for _, want := range []string{"<h1>Heddlu</h1>", "Neidio i’r prif gynnwys", ">Hafan<", ">Cysylltiadau allweddol<", "Cyngor "} {
		if !strings.Contains(police, want) {
			t.Errorf("cy/police.html lacks %q", want)
		}
	}
	var welsh strings.Builder
	for _, name := range pages(files) {
		if strings.HasPrefix(name, "cy/") {
			welsh.Write(files[name])
		}
	}
	for _, r := range []string{"ŵ", "ŷ", "â", "ô"} {
		if !strings.Contains(welsh.String(), r) {
			t.Errorf("no %q in any Welsh page", r)
		}
	}
	recovery := string(files["cy/recovery.html"])
	if !strings.Contains(recovery, "<title id=\"figure-recovery-title\">Y ffordd at adferiad</title>") || !strings.Contains(recovery, "Grymuso a hunanreoli") {
		t.Error("the Welsh recovery page's diagram is not titled and labelled in Welsh")
	}
	if strings.Contains(string(files["en/police.html"]), "<h1>Heddlu") {
		t.Error("the English police page is in Welsh")
	}
}

// TestSiteIsReproducible: the same guide gives the same files, byte for
// byte, whatever the order maps are walked in.
func TestSiteIsReproducible(t *testing.T) {
	g := testguide.Default(t)
	a, b := build(t, g, sampleDownloads...), build(t, g, sampleDownloads...)
	if !slices.Equal(slices.Sorted(maps.Keys(a)), slices.Sorted(maps.Keys(b))) {
		t.Fatal("two builds wrote different files")
	}
	for name := range a {
		if !bytes.Equal(a[name], b[name]) {
			t.Errorf("%s differs between two builds", name)
		}
	}
}

// TestDownloads: the downloads page of each language lists its own
// booklets and leaflets and the bilingual editions, with size and page
// count in its language, never a pack; a stage's page offers its
// leaflet; with no PDFs there is no downloads page and no link to one.
func TestDownloads(t *testing.T) {
	g := testguide.Default(t)
	files := build(t, g, sampleDownloads...)
	en, cy := string(files["en/downloads.html"]), string(files["cy/downloads.html"])
	for _, want := range []string{
		`href="../cjs-wales-booklet-en-standard.pdf"`, "standard print</a> (PDF, 1.2 MB, 48 pages)",
		`href="../leaflets/police-en-standard.pdf"`, "Police, standard print</a> (PDF, 346 kB, 8 pages)",
		`href="../cjs-wales-booklet-cy-en-columns-a4.pdf"`, "side by side",
	} {
		if !strings.Contains(en, want) {
			t.Errorf("en/downloads.html lacks %q", want)
		}
	}
	for _, want := range []string{"print bras</a> (PDF, 2.3 MB, 96 tudalen)", "Heddlu, print safonol", `href="../cjs-wales-booklet-cy-en-columns-a4.pdf"`} {
		if !strings.Contains(cy, want) {
			t.Errorf("cy/downloads.html lacks %q", want)
		}
	}
	for _, page := range []string{en, cy} {
		if strings.Contains(page, "pack.pdf") {
			t.Error("a pack is offered for download")
		}
	}
	if strings.Contains(en, "cy-large-print") || strings.Contains(cy, "en-standard.pdf") {
		t.Error("a page offers a PDF in the other language only")
	}
	if !strings.Contains(string(files["en/police.html"]), `href="../leaflets/police-en-standard.pdf"`) {
		t.Error("the police page does not offer its leaflet")
	}
	bare := build(t, g)
	if _, ok := bare["en/downloads.html"]; ok || strings.Contains(string(bare["en/index.html"]), downloadsPage) {
		t.Error("with no PDFs built, the site still has a downloads page or a link to it")
	}
}

// TestStageNamedLikeAPage: a stage whose page would overwrite the home,
// contacts or downloads page is an error, not a lost page.
func TestStageNamedLikeAPage(t *testing.T) {
	g := testguide.Default(t)
	g.Stages[0].ID = "contacts"
	if _, err := Site(g, options(t)); err == nil || !strings.Contains(err.Error(), "contacts.html") {
		t.Errorf("err = %v, want one naming contacts.html", err)
	}
}
