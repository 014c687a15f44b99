// Package pdfjs reads a PDF as PDF.js (Firefox's reader, which browsers'
// screen readers hear) reads it, for tests: each page's structure tree
// (the tags of a tagged PDF) and its text with the marked content that
// ties the text to the tags. It runs browsertest/pdfjs.mjs with Node.js
// (pdfjs-dist's legacy build), so a test that calls Read is skipped when
// node or the browsertest folder's npm packages are missing, and fails on
// CI (see toolcheck.BrowserTests).
package pdfjs

import (
	"context"
	"encoding/json"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"guidepress/internal/toolcheck"
)

// Doc is a PDF as PDF.js reads it.
type Doc struct {
	NumPages int    `json:"numPages"`
	Pages    []Page `json:"pages"`
}

// Page is one page: Number counts from 1; StructTree is
// page.getStructTree() (nil for an untagged PDF); Items are
// page.getTextContent({includeMarkedContent: true})'s items in order.
type Page struct {
	Number     int    `json:"page"`
	StructTree *Node  `json:"structTree"`
	Items      []Item `json:"items"`
}

// Node is a node of a structure tree: an element (Role, such as
// "Document", "H1", "P", "Figure", with Alt and Lang when set, and its
// Children), or a leaf (Type "content" with the ID of a marked-content
// sequence, "annotation" or "object").
type Node struct {
	Role     string `json:"role,omitempty"`
	Alt      string `json:"alt,omitempty"`
	Lang     string `json:"lang,omitempty"`
	Type     string `json:"type,omitempty"`
	ID       string `json:"id,omitempty"`
	Children []Node `json:"children,omitempty"`
}

// Item is an item of a page's text content: text (Type "", Str, and
// HasEOL when a line ends after it), or a marker: Type
// "beginMarkedContentProps" (Tag, such as "P", and the ID the structure
// tree's content leaves name), "beginMarkedContent" (Tag, such as
// "Artifact") or "endMarkedContent".
type Item struct {
	Str    string `json:"str,omitempty"`
	HasEOL bool   `json:"hasEOL,omitempty"`
	Type   string `json:"type,omitempty"`
	Tag    string `json:"tag,omitempty"`
	ID     string `json:"id,omitempty"`
}

// Read reads the PDF file with PDF.js. It skips t (fails it on CI) when
// node or the npm packages are missing, and fails t when PDF.js cannot
// read the file.
func Read(t testing.TB, file string) *Doc {
	t.Helper()
	dir := toolcheck.BrowserTests(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "node", filepath.Join(dir, "pdfjs.mjs"), file)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("read %s with PDF.js: %v\n%s", file, err, stderr.String())
	}
	d, err := Parse(out)
	if err != nil {
		t.Fatalf("read %s with PDF.js: %v", file, err)
	}
	return d
}

// Parse parses what browsertest/pdfjs.mjs prints.
func Parse(data []byte) (*Doc, error) {
	var d Doc
	if err := json.Unmarshal(data, &d); err != nil {
		return nil, fmt.Errorf("parse PDF.js's output: %w", err)
	}
	if len(d.Pages) != d.NumPages {
		return nil, fmt.Errorf("parse PDF.js's output: %d pages of %d", len(d.Pages), d.NumPages)
	}
	return &d, nil
}

// Text is the page's text in reading order, a line break where PDF.js
// ends a line.
func (p Page) Text() string {
	var b strings.Builder
	for _, it := range p.Items {
		b.WriteString(it.Str)
		if it.HasEOL {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// Text is the whole document's text, each page's followed by a form
// feed.
func (d *Doc) Text() string {
	var b strings.Builder
	for _, p := range d.Pages {
		b.WriteString(p.Text())
		b.WriteByte('\f')
	}
	return b.String()
}

// Walk calls f on n and each node below it, depth first, in order.
func (n *Node) Walk(f func(*Node)) {
	if n == nil {
		return
	}
	f(n)
	for i := range n.Children {
		n.Children[i].Walk(f)
	}
}
