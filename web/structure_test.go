package web

import (
	"maps"
	"path"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"

	"guidepress/content"
	"guidepress/internal/testguide"
)

// sampleDownloads are PDFs as a build's manifest lists them.
var sampleDownloads = []Download{
	{Path: "cjs-wales-booklet-en-standard.pdf", Kind: "booklet", Language: "en", Style: "standard", Pages: 48, Bytes: 1234567},
	{Path: "cjs-wales-booklet-cy-large-print.pdf", Kind: "booklet", Language: "cy", Style: "large-print", Pages: 96, Bytes: 2345678},
	{Path: "leaflets/police-en-standard.pdf", Kind: "leaflet", Language: "en", Stage: "police", Style: "standard", Pages: 8, Bytes: 345678},
	{Path: "leaflets/police-cy-standard.pdf", Kind: "leaflet", Language: "cy", Stage: "police", Style: "standard", Pages: 8, Bytes: 356789},
	{Path: "cjs-wales-booklet-cy-en-columns-a4.pdf", Kind: "booklet", Language: "cy,en", Layout: "columns", Style: "a4", Pages: 60, Bytes: 999},
	{Path: "pack.pdf", Kind: "pack", Language: "en", Style: "standard", Pages: 12, Bytes: 5000},
}

// TestSiteStructure checks every page of three guides (the default, one
// of another shape, and one of extreme values) as a screen reader and a
// keyboard user meet them: the page's language set; a link to the same
// page in every other language, named in that language, whose target
// exists and says it is in that language; a skip link to the main
// content; header, menu, main and footer landmarks; one h1 and no
// skipped heading level; a browser title of at most 70 characters;
// phone numbers that stay on one line; unique ids; every internal link resolving; no
// script and no resource from another site; each inline diagram titled
// and described.
func TestSiteStructure(t *testing.T) {
	guides := map[string]*content.Guide{"default": testguide.Default(t)}
	if !testing.Short() {
		guides["second"] = testguide.LoadDir(t, testguide.Second(t))
		guides["stress"] = testguide.LoadDir(t, testguide.Stress(t))
	}
	for name, g := range guides {
		t.Run(name, func(t *testing.T) {
			files := build(t, g, sampleDownloads...)
			exists := map[string]bool{}
			for f := range files {
				exists[f] = true
			}
			for _, d := range sampleDownloads {
				exists[d.Path] = true
			}
			docs := map[string]*html.Node{}
			for _, p := range pages(files) {
				docs[p] = doc(t, p, files[p])
			}
			for _, p := range slices.Sorted(maps.Keys(docs)) {
				checkPage(t, g, p, docs)
				checkLinks(t, p, docs, exists)
			}
			if n := len(docs); n < 2*(len(g.Stages)+3)+1 {
				t.Errorf("%d pages, want at least a home, chapters and key contacts per language", n)
			}
		})
	}
}

// checkPage checks one page's language, twins, landmarks and headings.
func checkPage(t *testing.T, g *content.Guide, name string, docs map[string]*html.Node) {
	t.Helper()
	d := docs[name]
	lang, _, inFolder := strings.Cut(name, "/")
	if !inFolder {
		lang = g.Languages[0]
	}
	root := all(d, tag("html"))[0]
	if got := attr(root, "lang"); got != lang {
		t.Errorf("%s: <html lang=%q>, want %q", name, got, lang)
	}
	checkTwins(t, g, name, lang, d, docs)
	skip := all(d, tag("a"))[0]
	mains := all(d, tag("main"))
	if attr(skip, "href") != "#main" || len(mains) != 1 || attr(mains[0], "id") != "main" {
		t.Errorf("%s: the first link is %q and there are %d <main>: want a skip link to the one <main id=main>", name, attr(skip, "href"), len(mains))
	}
	if inFolder {
		for _, lm := range []string{"header", "nav", "footer"} {
			if len(all(d, tag(lm))) == 0 {
				t.Errorf("%s: no <%s> landmark", name, lm)
			}
		}
	}
	if ts := all(d, tag("title")); len(ts) == 0 || textOf(ts[0]) == "" || utf8.RuneCountInString(textOf(ts[0])) > maxTitle {
		t.Errorf("%s: no <title>, or one over %d characters", name, maxTitle)
	}
	for _, a := range all(d, func(n *html.Node) bool { return strings.HasPrefix(attr(n, "href"), "tel:") }) {
		if strings.ContainsAny(rawText(a), " \n") {
			t.Errorf("%s: the phone number %q can break across lines", name, textOf(a))
		}
	}
	checkHeadings(t, name, d)
	checkIDs(t, name, d)
	checkResources(t, name, d)
	for _, svg := range all(d, tag("svg")) {
		titles, descs := all(svg, tag("title")), all(svg, tag("desc"))
		if len(titles) != 1 || len(descs) != 1 || textOf(titles[0]) == "" || len(textOf(descs[0])) < 40 {
			t.Errorf("%s: an inline diagram without a <title> and a <desc> that describes it", name)
			continue
		}
		if attr(svg, "aria-labelledby") != attr(titles[0], "id") || attr(svg, "aria-describedby") != attr(descs[0], "id") || attr(svg, "role") != "img" {
			t.Errorf("%s: the diagram's title and description are not tied to it: %v", name, svg.Attr)
		}
	}
}

// checkTwins checks that a page links to its twin in every other
// language, with hreflang, the link named in that language, and that the
// twin is in that language.
func checkTwins(t *testing.T, g *content.Guide, name, lang string, d *html.Node, docs map[string]*html.Node) {
	t.Helper()
	for _, other := range g.Languages {
		found := false
		for _, a := range all(d, tag("a", "link")) {
			if attr(a, "hreflang") != other {
				continue
			}
			target := path.Join(path.Dir(name), attr(a, "href"))
			td, ok := docs[target]
			if !ok {
				t.Errorf("%s: hreflang=%s links to %s, which is not in the site", name, other, target)
				continue
			}
			if got := attr(all(td, tag("html"))[0], "lang"); got != other {
				t.Errorf("%s: hreflang=%s links to %s, whose language is %q", name, other, target, got)
			}
			if a.Data == "a" {
				found = true
				if attr(a, "lang") != other || textOf(a) != languageName(other) {
					t.Errorf("%s: the link to %s reads %q (lang %q), want %q in that language", name, other, textOf(a), attr(a, "lang"), languageName(other))
				}
				if _, inFolder := strings.CutPrefix(name, lang+"/"); inFolder && target != other+"/"+path.Base(name) {
					t.Errorf("%s: the %s link goes to %s, not to the same page", name, other, target)
				}
			}
		}
		if !found && (other != lang || !strings.Contains(name, "/")) {
			t.Errorf("%s: no link to the page in %s", name, other)
		}
	}
}

// checkHeadings wants one h1, first, and no heading more than one level
// under the one before it.
func checkHeadings(t *testing.T, name string, d *html.Node) {
	t.Helper()
	hs := all(d, tag("h1", "h2", "h3", "h4", "h5", "h6"))
	if len(hs) == 0 || hs[0].Data != "h1" {
		t.Errorf("%s: the first heading is not an h1", name)
		return
	}
	prev := 0
	for _, h := range hs {
		level, _ := strconv.Atoi(h.Data[1:])
		if level == 1 && prev != 0 {
			t.Errorf("%s: a second h1 %q", name, textOf(h))
		}
		if level > prev+1 {
			t.Errorf("%s: %s %q follows an h%d", name, h.Data, textOf(h), prev)
		}
		if textOf(h) == "" {
			t.Errorf("%s: an empty %s", name, h.Data)
		}
		prev = level
	}
}

// checkIDs wants every id once.
func checkIDs(t *testing.T, name string, d *html.Node) {
	t.Helper()
	seen := map[string]bool{}
	for _, n := range all(d, func(n *html.Node) bool { return hasAttr(n, "id") }) {
		id := attr(n, "id")
		if seen[id] {
			t.Errorf("%s: id %q twice", name, id)
		}
		seen[id] = true
	}
}

// checkResources wants no script, and every stylesheet, image or frame
// from the site itself.
func checkResources(t *testing.T, name string, d *html.Node) {
	t.Helper()
	if n := len(all(d, tag("script", "iframe", "object", "embed"))); n > 0 {
		t.Errorf("%s: %d scripts or embedded objects", name, n)
	}
	for _, n := range all(d, tag("link", "img", "source", "video", "audio")) {
		for _, key := range []string{"href", "src", "srcset"} {
			if v := attr(n, key); external(v) {
				t.Errorf("%s: <%s %s=%q> loads from another site", name, n.Data, key, v)
			}
		}
	}
	for _, n := range all(d, func(n *html.Node) bool { return hasAttr(n, "style") }) {
		if strings.Contains(attr(n, "style"), "url(") {
			t.Errorf("%s: an inline style loads %q", name, attr(n, "style"))
		}
	}
}

// external reports whether a URL leaves the site.
func external(v string) bool {
	return strings.Contains(v, "://") || strings.HasPrefix(v, "//")
}

// checkLinks wants every internal link to name a file of the site, and
// a fragment to name an id in it.
func checkLinks(t *testing.T, name string, docs map[string]*html.Node, exists map[string]bool) {
	t.Helper()
	for _, a := range all(docs[name], tag("a", "link")) {
		href := attr(a, "href")
		if href == "" {
			t.Errorf("%s: a link without href: %q", name, textOf(a))
			continue
		}
		if external(href) || strings.HasPrefix(href, "mailto:") || strings.HasPrefix(href, "tel:") {
			continue
		}
		file, frag, _ := strings.Cut(href, "#")
		target := name
		if file != "" {
			target = path.Join(path.Dir(name), file)
		}
		if !exists[target] || strings.HasPrefix(target, "..") {
			t.Errorf("%s: link %q: %s is not in the site", name, href, target)
			continue
		}
		if frag != "" {
			if len(all(docs[target], func(n *html.Node) bool { return attr(n, "id") == frag })) != 1 {
				t.Errorf("%s: link %q: no id %q in %s", name, href, frag, target)
			}
		}
	}
}
