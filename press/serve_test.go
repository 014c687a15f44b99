package press

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"guidepress/internal/pdfcheck"
	"guidepress/web"
)

// newTestServer serves the guide in dir ("" for the default guide).
func newTestServer(t *testing.T, dir string) (*Server, *httptest.Server) {
	t.Helper()
	srv, err := NewServer(dir)
	if err != nil {
		t.Fatal(err)
	}
	if ps := srv.Rebuild(); ps.HasErrors() {
		t.Fatal(ps)
	}
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	return srv, ts
}

// get fetches u and returns its status, headers and body.
func get(t *testing.T, u string) (int, http.Header, string) {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header, string(b)
}

// post posts the form to u and returns the response and its body.
func post(t *testing.T, u string, form url.Values) (*http.Response, []byte) {
	t.Helper()
	resp, err := http.PostForm(u, form)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, b
}

var linkAttr = regexp.MustCompile(`(?:href|src)="([^"#]*)(?:#[^"]*)?"`)

// TestServeLinksResolve: every page of both languages is served with
// no-store, and every link on it (the hreflang twins, the menu, the pack
// builder, the stylesheet and the logo) answers 200.
func TestServeLinksResolve(t *testing.T) {
	srv, ts := newTestServer(t, "")
	checked := map[string]bool{}
	pages := 0
	for name := range srv.files {
		if !strings.HasSuffix(name, ".html") {
			continue
		}
		pages++
		page := ts.URL + "/" + name
		code, h, body := get(t, page)
		if code != http.StatusOK || h.Get("Cache-Control") != "no-store" {
			t.Fatalf("%s: %d, Cache-Control %q", name, code, h.Get("Cache-Control"))
		}
		for _, m := range linkAttr.FindAllStringSubmatch(body, -1) {
			if m[1] == "" || strings.HasPrefix(m[1], "http") || strings.HasPrefix(m[1], "tel:") || strings.HasPrefix(m[1], "mailto:") {
				continue
			}
			base, _ := url.Parse(page)
			ref, err := url.Parse(m[1])
			if err != nil {
				t.Fatalf("%s: link %q: %v", name, m[1], err)
			}
			u := base.ResolveReference(ref).String()
			if checked[u] {
				continue
			}
			checked[u] = true
			if code, _, _ := get(t, u); code != http.StatusOK {
				t.Errorf("%s links to %s: %d", name, m[1], code)
			}
		}
	}
	for _, want := range []string{"/en/pack.html", "/cy/pack.html", "/cy/court.html", "/en/court.html"} {
		if !checked[ts.URL+want] {
			t.Errorf("no page links to %s", want)
		}
	}
	if pages < 20 {
		t.Errorf("served %d pages, want both languages' pages", pages)
	}
}

// TestServePackFormLabelled: the pack builder in each language labels
// every control, groups the boxes and buttons under a legend, is in the
// page's language, and posts to the server.
func TestServePackFormLabelled(t *testing.T) {
	_, ts := newTestServer(t, "")
	for lang, heading := range map[string]string{"en": "Make a discharge pack", "cy": "Gwneud pecyn rhyddhau"} {
		code, _, body := get(t, ts.URL+"/"+lang+"/pack.html")
		if code != 200 || !strings.Contains(body, `<html lang="`+lang+`"`) || !strings.Contains(body, "<h1>"+heading+"</h1>") {
			t.Fatalf("%s pack builder: %d, no %q heading in its language", lang, code, heading)
		}
		if !strings.Contains(body, `<form method="post" action="pack.html"`) {
			t.Errorf("%s: the form does not post to pack.html", lang)
		}
		ids := regexp.MustCompile(`<(?:input|select)[^>]* id="([^"]+)"`).FindAllStringSubmatch(body, -1)
		if len(ids) < 14 {
			t.Fatalf("%s: %d controls, want a box per stage, the area, the choices, name and date", lang, len(ids))
		}
		for _, m := range ids {
			if !strings.Contains(body, `<label for="`+m[1]+`">`) {
				t.Errorf("%s: control %s has no label", lang, m[1])
			}
		}
		if n, want := strings.Count(body, "<legend>"), 4; n != want {
			t.Errorf("%s: %d legends, want %d (stages, language, layout, print size)", lang, n, want)
		}
		if strings.Contains(body, "<script") {
			t.Errorf("%s: the pack builder has a script (a reload would lose what was typed)", lang)
		}
	}
	_, _, home := get(t, ts.URL+"/cy/index.html")
	if !strings.Contains(home, "<script") || !strings.Contains(home, web.VersionPath) {
		t.Error("a served page has no reload script")
	}
}

// packForm is a valid form for a pack of stages.
func packForm(lang, layout, name string, stages ...string) url.Values {
	return url.Values{"stage": stages, "area": {"cardiff-and-vale"}, "lang": {lang}, "layout": {layout},
		"style": {"standard"}, "name": {name}, "date": {"2027-01-15"}}
}

// TestServePack: posting the form returns the pack as a PDF attachment
// named without the person's name, holding the name on its cover and
// the chosen stages' titles, not the others'.
func TestServePack(t *testing.T) {
	pdfcheck.NeedTool(t, "pdftotext")
	pdfcheck.NeedTool(t, "pdfinfo")
	_, ts := newTestServer(t, "")
	cases := []struct {
		lang, layout, name string
		stages, want, not  []string
	}{
		{"en", "single", "Gwenllian Ŵyn", []string{"court", "prison"}, []string{"Court", "Prison"}, []string{"Police", "Discharge"}},
		{"cy", "single", "Siôn Ŷr", []string{"discharge", "recovery"}, []string{"Rhyddhau", "Adferiad"}, []string{"Heddlu", "Llys"}},
		{"cy,en", "tete-beche", "Mari Jones", []string{"police"}, []string{"Heddlu", "Police"}, []string{"Carchar", "Prison"}},
	}
	for _, c := range cases {
		resp, body := post(t, ts.URL+"/"+strings.Split(c.lang, ",")[0]+"/pack.html", packForm(c.lang, c.layout, c.name, c.stages...))
		if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "application/pdf" {
			t.Fatalf("%s: %d %s: %.300s", c.lang, resp.StatusCode, resp.Header.Get("Content-Type"), body)
		}
		if resp.Header.Get("Cache-Control") != "no-store" {
			t.Errorf("%s: Cache-Control %q", c.lang, resp.Header.Get("Cache-Control"))
		}
		disp := resp.Header.Get("Content-Disposition")
		if !strings.HasPrefix(disp, `attachment; filename="cjs-wales-pack-`+strings.Join(c.stages, "-")) {
			t.Errorf("%s: Content-Disposition %q", c.lang, disp)
		}
		for _, part := range strings.Fields(c.name) {
			if strings.Contains(disp, part) {
				t.Errorf("%s: the file name %q holds the person's name", c.lang, disp)
			}
		}
		file := filepath.Join(t.TempDir(), "pack.pdf")
		if err := os.WriteFile(file, body, 0o644); err != nil {
			t.Fatal(err)
		}
		text, pages := pdfText(t, file)
		if pages < 2 {
			t.Errorf("%s: %d pages", c.lang, pages)
		}
		if !strings.Contains(text, c.name) {
			t.Errorf("%s: the name %q is not on the pack", c.lang, c.name)
		}
		lines := "\n" + text + "\n"
		for _, w := range c.want {
			if !strings.Contains(lines, "\n"+w+"\n") {
				t.Errorf("%s: stage title %q missing", c.lang, w)
			}
		}
		for _, w := range c.not {
			if strings.Contains(lines, "\n"+w+"\n") {
				t.Errorf("%s: holds the title %q of a stage not chosen", c.lang, w)
			}
		}
	}
}

// pdfText is a PDF's text (one line a line) and page count.
func pdfText(t *testing.T, file string) (string, int) {
	t.Helper()
	out, err := exec.Command("pdftotext", file, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	info, err := exec.Command("pdfinfo", file).Output()
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`Pages:\s+(\d+)`).FindSubmatch(info)
	if m == nil {
		t.Fatalf("pdfinfo: no page count: %s", info)
	}
	n, _ := strconv.Atoi(string(m[1]))
	lines := strings.Split(string(out), "\n")
	for i := range lines {
		lines[i] = strings.TrimSpace(lines[i])
	}
	return strings.Join(lines, "\n"), n
}
