package output

import (
	"bytes"
	"strings"
	"testing"

	"guidepress/internal/testguide"
)

func product(path, body string) Product {
	return NewProduct(Entry{Path: path, Kind: "booklet", Language: "en", Style: "standard", Pages: 1}, []byte(body))
}

// TestWriteFailsPartWayKeepsEarlierOutputs writes a build, then a second
// build whose last file cannot be written, and checks that the first
// build's files and manifest are byte-identical afterwards, with no
// temporary files left behind.
func TestWriteFailsPartWayKeepsEarlierOutputs(t *testing.T) {
	dir := t.TempDir()
	if _, err := Write(dir, []Product{product("a.pdf", "first a"), product("b.pdf", "first b")}); err != nil {
		t.Fatal(err)
	}
	before := testguide.Snapshot(t, dir)
	// "a.pdf/c.pdf" needs a folder where a file stands: staging it fails
	// after a.pdf and b.pdf have already been staged.
	_, err := Write(dir, []Product{product("a.pdf", "second a"), product("b.pdf", "second b"), product("a.pdf/c.pdf", "c")})
	if err == nil || !strings.Contains(err.Error(), "writing") {
		t.Fatalf("want a writing error, got %v", err)
	}
	after := testguide.Snapshot(t, dir)
	if len(before) != len(after) {
		t.Fatalf("files changed: before %v, after %v", keys(before), keys(after))
	}
	for name, data := range before {
		if !bytes.Equal(after[name], data) {
			t.Errorf("%s changed after a failed build", name)
		}
	}
}

// TestWriteKeepsOtherEntries checks that a second build adds to the
// manifest rather than forgetting files it did not rewrite.
func TestWriteKeepsOtherEntries(t *testing.T) {
	dir := t.TempDir()
	if _, err := Write(dir, []Product{product("en.pdf", "en")}); err != nil {
		t.Fatal(err)
	}
	m, err := Write(dir, []Product{product("cy.pdf", "cy")})
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Files) != 2 || m.Files[0].Path != "cy.pdf" || m.Files[1].Path != "en.pdf" {
		t.Fatalf("manifest files = %+v", m.Files)
	}
	if m.Files[0].Bytes != 2 || len(m.Files[0].SHA256) != 64 {
		t.Errorf("size or hash missing: %+v", m.Files[0])
	}
}

func keys(m map[string][]byte) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}
