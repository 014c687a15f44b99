package fonts

import "golang.org/x/image/font/sfnt"

// layout characters are not drawn as glyphs, so no face needs them.
func isLayout(r rune) bool { return r == '\n' || r == '\t' || r == '\r' }

// Covers reports whether every face of the family has a glyph for r. It is
// false for any rune above U+FFFF, since the PDF writer handles only the
// Basic Multilingual Plane, and for invalid runes.
func (f *Family) Covers(r rune) bool {
	if r < 0 || r > 0xFFFF || (r >= 0xD800 && r <= 0xDFFF) {
		return false
	}
	f.coverageOnce.Do(f.buildCoverage)
	return f.coverage[r/64]&(1<<(r%64)) != 0
}

// buildCoverage fills the coverage bitmap from the faces' character maps,
// so that checking every character of a large guide costs a bit test each.
func (f *Family) buildCoverage() {
	var buf sfnt.Buffer
	for r := rune(0); r <= 0xFFFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		if f.hasGlyph(&buf, r) {
			f.coverage[r/64] |= 1 << (r % 64)
		}
	}
}

func (f *Family) hasGlyph(buf *sfnt.Buffer, r rune) bool {
	for _, ft := range f.fonts {
		i, err := ft.GlyphIndex(buf, r)
		if err != nil || i == 0 {
			return false
		}
	}
	return true
}

// Missing returns the distinct runes of s that the family cannot show, in
// the order they first appear, or nil when it can show them all. Line
// breaks and tabs are layout, not glyphs, and are never missing.
func (f *Family) Missing(s string) []rune {
	var out []rune
	seen := map[rune]bool{}
	for _, r := range s {
		if isLayout(r) || seen[r] {
			continue
		}
		seen[r] = true
		if !f.Covers(r) {
			out = append(out, r)
		}
	}
	return out
}
