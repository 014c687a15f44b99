package tagcheck

import (
	"os"
	"path/filepath"
	"testing"

	"guidepress/press"
)

// FuzzCheck: no mutation of a tagged file (the fixture, broken ones, a
// guidepress leaflet with its object streams) makes Check panic or hang;
// it returns a report or an error.
func FuzzCheck(f *testing.F) {
	f.Add(goodFixture().pdf(f))
	out := filepath.Join(f.TempDir(), "police.pdf")
	if _, _, err := press.WriteLeaflet(press.LeafletOptions{Stage: "police", Format: "a4", Output: out}); err != nil {
		f.Fatal(err)
	}
	leaflet, err := os.ReadFile(out)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(leaflet)
	for _, b := range breakages[:4] {
		g := goodFixture()
		b.edit(f, g)
		f.Add(g.pdf(f))
	}
	f.Fuzz(func(t *testing.T, pdf []byte) {
		rep, err := Check(pdf)
		if err == nil && rep == nil {
			t.Fatal("no report and no error")
		}
		if err == nil {
			_ = rep.String()
			_ = rep.Tree()
		}
	})
}

// FuzzLexer: no content stream makes the lexer panic or loop.
func FuzzLexer(f *testing.F) {
	f.Add([]byte(page1a + page1b + page2))
	f.Add([]byte("BI /W 1 ID \x00 EI <</A [1 (x\\) <00>]>> BDC"))
	f.Fuzz(func(t *testing.T, data []byte) {
		lx := lexer{b: data}
		var o op
		last := -1
		for lx.next(&o) {
			if lx.pos <= last {
				t.Fatalf("lexer did not move on from offset %d", last)
			}
			last = lx.pos
		}
	})
}
