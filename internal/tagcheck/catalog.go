package tagcheck

import (
	"bytes"
	"strings"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// checkCatalog checks what the document as a whole must declare: its
// language, that it is tagged, its title (in XMP metadata, shown as the
// window's title) and a structure tree.
func (c *checker) checkCatalog(cat types.Dict) {
	switch lang := c.text(cat["Lang"]); {
	case strings.TrimSpace(lang) == "":
		c.addf(0, KindLang, "the catalog has no /Lang (or an empty one): a screen reader cannot tell which language to speak")
	case !languageTag(lang):
		c.addf(0, KindLang, "the catalog's /Lang (%s) is not a language tag such as en-GB or cy", lang)
	}
	mi := c.dict(cat["MarkInfo"])
	if b, ok := c.deref(mi["Marked"]).(types.Boolean); !ok || !bool(b) {
		c.addf(0, KindMarkInfo, "the catalog has no /MarkInfo <</Marked true>>: readers will not treat the file as tagged")
	}
	if c.dict(cat["StructTreeRoot"]) == nil {
		c.addf(0, KindNoStructTree, "no StructTreeRoot: the file is not tagged, so a screen reader gets only the order text was drawn in")
	}
	c.checkMetadata(cat)
	vp := c.dict(cat["ViewerPreferences"])
	if b, ok := c.deref(vp["DisplayDocTitle"]).(types.Boolean); !ok || !bool(b) {
		c.addf(0, KindDisplayDocTitle, "/ViewerPreferences /DisplayDocTitle is not true: viewers will show the file name, not the title")
	}
}

// checkMetadata checks the catalog's XMP stream for a title and a
// language.
func (c *checker) checkMetadata(cat types.Dict) {
	sd, ok := c.deref(cat["Metadata"]).(types.StreamDict)
	if !ok {
		c.addf(0, KindMetadata, "the catalog has no /Metadata stream: no XMP title or language")
		return
	}
	if _, err := guard(func() (struct{}, error) { return struct{}{}, sd.Decode() }); err != nil {
		c.addf(0, KindMetadata, "the XMP metadata cannot be decoded: %v", err)
		return
	}
	for _, el := range []string{"dc:title", "dc:language"} {
		if !hasXMLElement(sd.Content, el) {
			c.addf(0, KindMetadata, "the XMP metadata has no %s", el)
		}
	}
}

// hasXMLElement reports whether xml holds an element named el with
// something in it ("<dc:title>", "<dc:title xml:lang=...>"), not only
// an empty one.
func hasXMLElement(xml []byte, el string) bool {
	open := []byte("<" + el)
	for i := bytes.Index(xml, open); i >= 0; {
		rest := xml[i+len(open):]
		if len(rest) > 0 && rest[0] == '>' {
			return true
		}
		if len(rest) > 0 && (rest[0] == ' ' || rest[0] == '\n' || rest[0] == '\t' || rest[0] == '\r') {
			end := bytes.IndexByte(rest, '>')
			if end > 0 && rest[end-1] != '/' {
				return true
			}
		}
		j := bytes.Index(rest, open)
		if j < 0 {
			return false
		}
		i += len(open) + j
	}
	return false
}

// languageTag reports whether s has the shape of a BCP 47 language tag
// (RFC 5646): subtags of 1 to 8 letters or digits joined by hyphens, the
// first letters only. It does not check the registry: a well-shaped tag
// that names no language passes; "en_GB" and "Welsh language" fail.
func languageTag(s string) bool {
	for i, sub := range strings.Split(s, "-") {
		if len(sub) < 1 || len(sub) > 8 {
			return false
		}
		for _, r := range sub {
			letter := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
			if !letter && (i == 0 || r < '0' || r > '9') {
				return false
			}
		}
	}
	return true
}
