package press

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"guidepress/internal/testguide"
	"guidepress/output"
)

// webSites are the default guide's site as three servers show it:
// guidepress serve (live, with the pack builder), serve while the
// content has an error (broken: every page shows it), and the files
// guidepress site writes into a build's folder (static, offering PDFs on
// its downloads page); and the second test guide served (second, with
// pictures, tables and a logo).
type webSites struct {
	srv, secondSrv               *Server
	live, broken, static, second *httptest.Server
}

// newWebSites starts the three servers for the test.
func newWebSites(t *testing.T) webSites {
	t.Helper()
	srv, live := newTestServer(t, "")

	dir := filepath.Join(t.TempDir(), "guide")
	if err := Init(dir); err != nil {
		t.Fatal(err)
	}
	court := filepath.Join(dir, "stages", "court.yaml")
	orig, err := os.ReadFile(court)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(court, append(orig, "title: [unclosed\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	bad, err := NewServer(dir)
	if err != nil {
		t.Fatal(err)
	}
	if ps := bad.Rebuild(); !ps.HasErrors() {
		t.Fatal("a broken court.yaml loaded without errors")
	}
	broken := httptest.NewServer(bad)
	t.Cleanup(broken.Close)

	out := t.TempDir()
	var pdfs []output.Product
	for _, lang := range []string{"en", "cy"} {
		pdfs = append(pdfs,
			output.NewProduct(output.Entry{Path: "guide-" + lang + ".pdf", Kind: "booklet", Language: lang, Style: "standard", Pages: 48}, []byte("%PDF-1.7 booklet")),
			output.NewProduct(output.Entry{Path: "guide-" + lang + "-large.pdf", Kind: "booklet", Language: lang, Style: "large-print", Pages: 80}, []byte("%PDF-1.7 large")),
			output.NewProduct(output.Entry{Path: "court-" + lang + ".pdf", Kind: "leaflet", Language: lang, Stage: "court", Style: "standard", Pages: 8}, []byte("%PDF-1.7 court")))
	}
	pdfs = append(pdfs, output.NewProduct(output.Entry{Path: "guide-cy-en.pdf", Kind: "booklet", Language: "cy,en", Layout: "columns", Style: "a4", Pages: 60}, []byte("%PDF-1.7 both")))
	if _, err := output.Write(out, pdfs); err != nil {
		t.Fatal(err)
	}
	if _, _, err := WriteSite(SiteOptions{OutDir: out}); err != nil {
		t.Fatal(err)
	}
	static := httptest.NewServer(http.FileServer(http.Dir(out)))
	t.Cleanup(static.Close)
	secondSrv, second := newTestServer(t, testguide.Second(t))
	return webSites{srv: srv, live: live, broken: broken, static: static, secondSrv: secondSrv, second: second}
}

// webPage is a page to check: a URL, or (EmptyForm) the pack builder
// at URL submitted with nothing ticked, for its 400 page.
type webPage struct {
	Name      string `json:"name"`
	URL       string `json:"url"`
	EmptyForm bool   `json:"submitEmpty,omitempty"`
	// Status and Lang are what the page is served with.
	Status int    `json:"-"`
	Lang   string `json:"-"`
}

// pageKinds are one page of every kind in every language: the language
// chooser, home, how to use, a stage, the key contacts and an area's,
// recovery, downloads, the pack builder, its 400 page and the page that
// shows the content's errors.
func (s webSites) pageKinds() []webPage {
	pages := []webPage{{Name: "language chooser", URL: s.live.URL + "/", Status: 200, Lang: s.srv.guide.Languages[0]}}
	for _, lang := range s.srv.guide.Languages {
		for _, p := range []struct{ kind, file string }{
			{"home", "index.html"}, {"how to use", "how-to-use.html"}, {"stage", "court.html"},
			{"contacts", "contacts.html"}, {"an area's contacts", "contacts-cardiff-and-vale.html"},
			{"recovery", "recovery.html"}, {"pack builder", "pack.html"},
		} {
			pages = append(pages, webPage{Name: lang + " " + p.kind, URL: s.live.URL + "/" + lang + "/" + p.file, Status: 200, Lang: lang})
		}
		pages = append(pages,
			webPage{Name: lang + " downloads", URL: s.static.URL + "/" + lang + "/downloads.html", Status: 200, Lang: lang},
			webPage{Name: lang + " pack builder's 400 page", URL: s.live.URL + "/" + lang + "/pack.html", EmptyForm: true, Status: 400, Lang: lang},
			// In both languages at once, English first, whatever the URL.
			webPage{Name: lang + " content errors", URL: s.broken.URL + "/" + lang + "/court.html", Status: 500, Lang: "en"})
	}
	return pages
}

// secondPages are the second guide's pages in every language but the
// contacts of each area (one of which pageKinds has), in name order.
func (s webSites) secondPages() []webPage {
	var pages []webPage
	for name := range s.secondSrv.files {
		lang, file, ok := strings.Cut(name, "/")
		if !ok || !strings.HasSuffix(file, ".html") || strings.HasPrefix(file, "contacts-") {
			continue
		}
		pages = append(pages, webPage{Name: "second guide " + name, URL: s.second.URL + "/" + name, Status: 200, Lang: lang})
	}
	slices.SortFunc(pages, func(a, b webPage) int { return strings.Compare(a.URL, b.URL) })
	return pages
}
