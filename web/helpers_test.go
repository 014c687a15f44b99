package web

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"guidepress/content"
	"guidepress/styles"
)

// build writes the site of g with downloads, failing the test on error.
func build(t testing.TB, g *content.Guide, downloads ...Download) map[string][]byte {
	t.Helper()
	o := options(t)
	o.Downloads = downloads
	files, err := Site(g, o)
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// options are the standard style and its fonts.
func options(t testing.TB) Options {
	t.Helper()
	st, err := styles.Resolve("standard")
	if err != nil {
		t.Fatal(err)
	}
	fam, err := st.Family()
	if err != nil {
		t.Fatal(err)
	}
	return Options{Style: st, Fonts: fam}
}

// htmlNode is a parsed element.
type htmlNode = html.Node

// doc parses a page, failing the test when it is not HTML.
func doc(t testing.TB, name string, data []byte) *html.Node {
	t.Helper()
	n, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return n
}

// all returns the elements under n (n included) for which keep is true,
// in document order.
func all(n *html.Node, keep func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && keep(n) {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

// tag matches elements named one of names.
func tag(names ...string) func(*html.Node) bool {
	return func(n *html.Node) bool {
		for _, name := range names {
			if n.Data == name {
				return true
			}
		}
		return false
	}
}

// attr is n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// hasAttr reports whether n has the attribute key.
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// textOf is the text under n, spaces (no-break spaces too) collapsed.
func textOf(n *html.Node) string {
	return strings.Join(strings.Fields(rawText(n)), " ")
}

// rawText is the text under n as it is.
func rawText(n *html.Node) string {
	var sb strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			sb.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return sb.String()
}

// pages are the HTML files of a site.
func pages(files map[string][]byte) []string {
	var out []string
	for name := range files {
		if strings.HasSuffix(name, ".html") {
			out = append(out, name)
		}
	}
	return out
}
