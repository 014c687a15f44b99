package press_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"guidepress/output"
	"guidepress/press"
)

// TestWriteSiteOffersTheBuiltPDFs: the site written into a build's
// folder offers the PDFs its manifest lists that are still there as
// written (not one deleted or changed since), and writing it again
// changes no byte.
func TestWriteSiteOffersTheBuiltPDFs(t *testing.T) {
	dir := t.TempDir()
	files := []output.Product{
		output.NewProduct(output.Entry{Path: "guide-en.pdf", Kind: "booklet", Language: "en", Style: "standard", Pages: 48}, []byte("%PDF-1.7 booklet")),
		output.NewProduct(output.Entry{Path: "police-en.pdf", Kind: "leaflet", Language: "en", Stage: "police", Style: "standard", Pages: 8}, []byte("%PDF-1.7 leaflet")),
		output.NewProduct(output.Entry{Path: "court-en.pdf", Kind: "leaflet", Language: "en", Stage: "court", Style: "standard", Pages: 8}, []byte("%PDF-1.7 court")),
	}
	if _, err := output.Write(dir, files); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(dir, "police-en.pdf")); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "court-en.pdf"), []byte("%PDF changed since"), 0o644); err != nil {
		t.Fatal(err)
	}
	names, _, err := press.WriteSite(press.SiteOptions{OutDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if len(names) < 20 || names[0] != "cy/contacts-aneurin-bevan.html" {
		t.Errorf("wrote %d files, first %v", len(names), names[:min(len(names), 1)])
	}
	page, err := os.ReadFile(filepath.Join(dir, "en", "downloads.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(page), `href="../guide-en.pdf"`) || strings.Contains(string(page), "police-en.pdf") || strings.Contains(string(page), "court-en.pdf") {
		t.Errorf("downloads offer the wrong PDFs:\n%s", page)
	}
	before := map[string][]byte{}
	for _, n := range names {
		before[n], _ = os.ReadFile(filepath.Join(dir, filepath.FromSlash(n)))
	}
	if _, _, err := press.WriteSite(press.SiteOptions{OutDir: dir}); err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		after, _ := os.ReadFile(filepath.Join(dir, filepath.FromSlash(n)))
		if !bytes.Equal(before[n], after) {
			t.Errorf("%s changed when the site was written again", n)
		}
	}
}

// TestWriteSiteRefusesBrokenContent: content with an error writes no
// page and names the file, line and column.
func TestWriteSiteRefusesBrokenContent(t *testing.T) {
	content := t.TempDir()
	if err := press.Init(content); err != nil {
		t.Fatal(err)
	}
	guide := filepath.Join(content, "guide.yaml")
	data, err := os.ReadFile(guide)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(guide, append(data, []byte("colour: blue\n")...), 0o644); err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	_, _, err = press.WriteSite(press.SiteOptions{ContentDir: content, OutDir: out})
	if err == nil || !strings.Contains(err.Error(), "guide.yaml:") {
		t.Fatalf("err = %v, want one naming guide.yaml's line", err)
	}
	if entries, _ := os.ReadDir(out); len(entries) != 0 {
		t.Errorf("broken content wrote %d files", len(entries))
	}
}
