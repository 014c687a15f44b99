package press

import (
	"context"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"guidepress/internal/toolcheck"
)

// TestHTMLValidates: every page of the site, as guidepress serve serves
// it and as guidepress site writes it (with its downloads), the pack
// builder's pages of problems and the page of the content's errors pass
// html-validate with browsertest/.htmlvalidate.json (its recommended
// rules; form-dup-name lets checkboxes share a name, as the pack
// builder's stage boxes do and HTML allows), and so does every page of
// the second test guide, which has pictures, tables and a logo.
func TestHTMLValidates(t *testing.T) {
	dir := toolcheck.BrowserTests(t)
	sites := newWebSites(t)
	out := t.TempDir()
	var files []string
	save := func(name string, data []byte) {
		t.Helper()
		file := filepath.Join(out, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, data, 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, file)
	}
	for name, data := range sites.srv.files {
		if strings.HasSuffix(name, ".html") {
			save("serve/"+name, data)
		}
	}
	for name, data := range sites.secondSrv.files {
		if strings.HasSuffix(name, ".html") {
			save("second/"+name, data)
		}
	}
	for _, lang := range sites.srv.guide.Languages {
		_, _, page := get(t, sites.static.URL+"/"+lang+"/downloads.html")
		save("site/"+lang+"/downloads.html", []byte(page))
		// Every field with a problem, and none.
		bad := url.Values{"stage": {"zoo"}, "area": {"atlantis"}, "lang": {"fr"}, "layout": {"wide"}, "style": {"tiny"}, "name": {"Jo 😀"}, "date": {"31/12"}}
		for i, form := range []url.Values{bad, {}} {
			resp, body := post(t, sites.live.URL+"/"+lang+"/pack.html", form)
			if resp.StatusCode != 400 {
				t.Fatalf("%s: a bad form gets %d", lang, resp.StatusCode)
			}
			save("serve/"+lang+"/pack-400-"+string(rune('a'+i))+".html", body)
		}
		_, _, page = get(t, sites.broken.URL+"/"+lang+"/court.html")
		save("serve/"+lang+"/content-errors.html", []byte(page))
	}
	if len(files) < 70 {
		t.Fatalf("only %d pages to validate", len(files))
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	args := append([]string{filepath.Join(dir, "node_modules", "html-validate", "bin", "html-validate.mjs"),
		"--config", filepath.Join(dir, ".htmlvalidate.json"), "--formatter", "text"}, files...)
	if msg, err := exec.CommandContext(ctx, "node", args...).CombinedOutput(); err != nil {
		t.Errorf("html-validate on %d pages: %v\n%s", len(files), err, strings.ReplaceAll(string(msg), out+string(filepath.Separator), ""))
	}
}
