package bench

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"guidepress/press"
)

// BenchmarkServePack measures what guidepress serve does for a pack of
// three stages (police, court and prison, one area, a name and a date)
// posted to the pack builder: reading the form, rendering the PDF and
// answering with it. The target is a median under 150 ms.
func BenchmarkServePack(b *testing.B) {
	srv, err := press.NewServer("")
	if err != nil {
		b.Fatal(err)
	}
	if ps := srv.Rebuild(); ps.HasErrors() {
		b.Fatal(ps)
	}
	form := url.Values{"stage": {"police", "court", "prison"}, "area": {"cardiff-and-vale"}, "lang": {"en"},
		"layout": {"single"}, "style": {"standard"}, "name": {"Gwenllian Ŵyn"}, "date": {"2027-01-15"}}.Encode()
	for b.Loop() {
		r := httptest.NewRequest(http.MethodPost, "/en/pack.html", strings.NewReader(form))
		r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		w := httptest.NewRecorder()
		srv.ServeHTTP(w, r)
		if w.Code != http.StatusOK || w.Header().Get("Content-Type") != "application/pdf" || w.Body.Len() < 10000 {
			b.Fatalf("%d %s, %d bytes: %.300s", w.Code, w.Header().Get("Content-Type"), w.Body.Len(), w.Body)
		}
	}
}

// BenchmarkSite measures guidepress site for the default guide: loading
// it and writing every page in both languages into a folder. The target
// is a median under 1 s.
func BenchmarkSite(b *testing.B) {
	out := b.TempDir()
	for b.Loop() {
		names, ps, err := press.WriteSite(press.SiteOptions{OutDir: out})
		if err != nil || ps.HasErrors() || len(names) < 30 {
			b.Fatalf("wrote %d files: %v %v", len(names), err, ps.Errors())
		}
	}
}
