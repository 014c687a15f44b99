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
	if strings.TrimSpace(c.text(cat["Lang"])) == "" {
		c.addf(0, KindLang, "the catalog has no /Lang (or an empty one): a screen reader cannot tell which language to speak")
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
