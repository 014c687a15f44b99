package press

import (
	"html"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestServePackBadInput: each bad form comes back (400) as the form in
// the page's language, the problem beside the field it concerns, what
// was typed kept; the server goes on serving packs.
func TestServePackBadInput(t *testing.T) {
	_, ts := newTestServer(t, "")
	long := strings.Repeat("Llywelyn ", 1200)
	cases := []struct {
		what, lang string
		form       url.Values
		field      string
		want, kept string
	}{
		{"unknown stage", "en", packForm("en", "single", "Jo Bloggs", "court", "zoo"), "stage", "This guide has no such stage", "Jo Bloggs"},
		{"no stage", "cy", packForm("cy", "single", "Jo Bloggs"), "stage", "Ticiwch o leiaf un cam", "Jo Bloggs"},
		{"bad date", "cy", with(packForm("cy", "single", "Jo Bloggs", "court"), "date", "31/12/2026"), "date", "blwyddyn-mis-diwrnod", "31/12/2026"},
		{"emoji in the name", "en", packForm("en", "single", "Jo 😀 Bloggs", "court"), "name", "a character the pack’s fonts cannot print", "Jo 😀 Bloggs"},
		{"a character the fonts lack", "cy", packForm("cy", "single", "Jo ☃ Bloggs", "court"), "name", "na all ffontiau’r pecyn ei argraffu", "Jo ☃ Bloggs"},
		{"a 10,000-character name", "cy", packForm("cy", "single", long, "court"), "name", "Mae’r enw’n rhy hir", "Llywelyn Llywelyn"},
		{"missing language", "en", without(packForm("en", "single", "Jo Bloggs", "court"), "lang"), "lang", "This is missing", "Jo Bloggs"},
		{"unknown area", "en", with(packForm("en", "single", "", "court"), "area", "atlantis"), "area", "Choose an area from the list", "Prison"},
		{"two languages, one layout", "cy", packForm("cy,en", "single", "", "court"), "layout", "dewiswch ochr yn ochr neu gefn wrth gefn", "Carchar"},
		{"one language, two layouts", "en", packForm("en", "columns", "", "court"), "layout", "This layout needs two languages", "Prison"},
		{"unknown style", "en", with(packForm("en", "single", "", "court"), "style", "tiny"), "style", "Choose a print size", "Prison"},
	}
	for _, c := range cases {
		resp, body := post(t, ts.URL+"/"+c.lang+"/pack.html", c.form)
		page := html.UnescapeString(string(body))
		if resp.StatusCode != http.StatusBadRequest || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
			t.Errorf("%s: %d %s, want the form again (400)", c.what, resp.StatusCode, resp.Header.Get("Content-Type"))
			continue
		}
		if !strings.Contains(page, `<html lang="`+c.lang+`"`) {
			t.Errorf("%s: the form is not in the page's language %s", c.what, c.lang)
		}
		i := strings.Index(page, `<p class="error" id="e-`+c.field+`">`)
		if i < 0 || !strings.Contains(page[i:min(len(page), i+300)], c.want) {
			t.Errorf("%s: no %q beside the %s field", c.what, c.want, c.field)
		}
		if !strings.Contains(page, `aria-describedby="`) || !strings.Contains(page, `href="#f-`+c.field+`"`) {
			t.Errorf("%s: the problem is not listed with a link to the field", c.what)
		}
		if !strings.Contains(page, c.kept) {
			t.Errorf("%s: %q was not kept", c.what, c.kept)
		}
	}
	resp, _ := post(t, ts.URL+"/en/pack.html", packForm("en", "single", "Jo", "court"))
	if resp.StatusCode != 200 {
		t.Errorf("after the bad forms a good one gets %d", resp.StatusCode)
	}
	big := packForm("en", "single", strings.Repeat("x", 70<<10), "court")
	if resp, _ := post(t, ts.URL+"/en/pack.html", big); resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("a 70 KB form: %d, want 413", resp.StatusCode)
	}
	if resp, _ := post(t, ts.URL+"/fr/pack.html", packForm("en", "single", "", "court")); resp.StatusCode != http.StatusNotFound {
		t.Errorf("a pack builder in a language the guide lacks: %d, want 404", resp.StatusCode)
	}
	if code, _, _ := get(t, ts.URL+"/en/pack.html?name=Jo"); code != 200 {
		t.Errorf("GET pack.html: %d", code)
	}
}

func with(v url.Values, k, val string) url.Values { v.Set(k, val); return v }

func without(v url.Values, k string) url.Values { v.Del(k); return v }

// TestServeRebuild: a rebuild after an edit serves the new text; a
// broken file makes every page show the problem as file:line:col while
// the last good site's files are kept; fixing it brings the guide back.
func TestServeRebuild(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "guide")
	if err := Init(dir); err != nil {
		t.Fatal(err)
	}
	srv, ts := newTestServer(t, dir)
	court := filepath.Join(dir, "stages", "court.yaml")
	orig, err := os.ReadFile(court)
	if err != nil {
		t.Fatal(err)
	}
	v0 := srv.Version()
	edited := strings.Replace(string(orig), "en: Court\n", "en: Court of law\n", 1)
	if err := os.WriteFile(court, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	srv.Rebuild()
	if _, _, page := get(t, ts.URL+"/en/court.html"); !strings.Contains(page, "<h1>Court of law</h1>") || srv.Version() == v0 {
		t.Fatalf("after the edit the court page does not show the new title (version %s, was %s)", srv.Version(), v0)
	}
	if err := os.WriteFile(court, []byte(edited+"title: [unclosed\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if ps := srv.Rebuild(); !ps.HasErrors() {
		t.Fatal("a broken file loaded without errors")
	}
	code, _, page := get(t, ts.URL+"/cy/court.html")
	if code != http.StatusInternalServerError || !strings.Contains(page, "court.yaml:") || !strings.Contains(page, "Mae gwallau yn y canllaw") {
		t.Fatalf("with a broken file the page shows %d: %.400s", code, page)
	}
	if !fileLineCol.MatchString(page) {
		t.Errorf("the errors page shows no file:line:col: %.400s", page)
	}
	if code, _, css := get(t, ts.URL+"/site.css"); code != 200 || css == "" {
		t.Errorf("the last good site's stylesheet: %d", code)
	}
	if resp, body := post(t, ts.URL+"/en/pack.html", packForm("en", "single", "Jo", "court")); resp.StatusCode == 200 || !strings.Contains(string(body), "court.yaml:") {
		t.Errorf("a pack while the guide is broken: %d", resp.StatusCode)
	}
	if err := os.WriteFile(court, orig, 0o644); err != nil {
		t.Fatal(err)
	}
	if ps := srv.Rebuild(); ps.HasErrors() {
		t.Fatal(ps)
	}
	if code, _, page := get(t, ts.URL+"/en/court.html"); code != 200 || !strings.Contains(page, "<h1>Court</h1>") {
		t.Errorf("after the fix: %d", code)
	}
}

var fileLineCol = regexp.MustCompile(`stages/court\.yaml:\d+:\d+: `)
