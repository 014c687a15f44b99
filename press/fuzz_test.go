package press_test

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"guidepress/content"
	"guidepress/fonts"
	"guidepress/internal/testguide"
	"guidepress/layout"
	"guidepress/pdf"
	"guidepress/styles"
)

// fuzzGuide returns a copy of base (the minimal guide in memory) with the
// English body of the Police section replaced by body, written as a YAML
// literal block.
func fuzzGuide(base fstest.MapFS, body string) fstest.MapFS {
	fsys := fstest.MapFS{}
	for k, v := range base {
		fsys[k] = v
	}
	police := string(fsys["stages/police.yaml"].Data)
	start := strings.Index(police, "      en: |\n        You can ask")
	end := strings.Index(police, "      cy: |\n        Gallwch")
	var b strings.Builder
	b.WriteString("      en: |\n")
	for _, line := range strings.Split(body, "\n") {
		b.WriteString("        " + line + "\n")
	}
	fsys["stages/police.yaml"] = &fstest.MapFile{Data: []byte(police[:start] + b.String() + police[end:])}
	return fsys
}

var fuzzSeeds = []string{
	"You can ask for a **solicitor**.\n\n- It is free.\n- Ask early.",
	"# Heading\n\n1. one\n   - two\n2. three\n\n> quote\n\n---\n\n[link](https://example.org) `code` *it*",
	strings.Repeat("Cymraeg", 60),
	"> > > deep\n\n- a\n  - b\n    - c",
	"Text with &amp; entities, \\*escapes\\* and “quotes” – ŵ ŷ Ŵ Ŷ ẁ ẃ ẅ ỳ",
}

// fuzzRender loads the fuzzed guide and, when it is valid, hands it to fn.
// What validates must render: fn must neither panic nor return an error.
func fuzzRender(f *testing.F, fn func(*content.Guide, *styles.Style) error) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	st, err := styles.Preset("standard")
	if err != nil {
		f.Fatal(err)
	}
	covers := fonts.Default().Covers
	base := testguide.MapFS(f, filepath.Join("..", "content", "testdata", "minimal"))
	f.Fuzz(func(t *testing.T, body string) {
		g, ps := content.Load(fuzzGuide(base, body), "g", content.Options{Covers: covers})
		if ps.HasErrors() {
			return // rejected with positions: the loader's fuzz target covers that
		}
		if err := fn(g, st); err != nil {
			t.Fatalf("valid content failed to render: %v", err)
		}
	})
}

// FuzzMarkdownToPlan lays out fuzzed Markdown into a page plan: it must
// never panic, and every placed item must lie on its page.
func FuzzMarkdownToPlan(f *testing.F) {
	fuzzRender(f, func(g *content.Guide, st *styles.Style) error {
		p, err := layout.Booklet(g, "en", st)
		if err != nil {
			return err
		}
		for _, pg := range p.Pages {
			for _, it := range pg.Items {
				if it.X < 0 || it.Y < 0 || it.X+it.W > st.PageWidth+0.01 || it.Y+it.H > st.PageHeight+0.01 {
					return fmt.Errorf("page %d: item %q at (%.1f, %.1f) size %.1f×%.1f is off the page", pg.Number, it.Text(), it.X, it.Y, it.W, it.H)
				}
			}
		}
		return nil
	})
}

// FuzzPipelineToPDF renders fuzzed Markdown all the way to PDF bytes.
func FuzzPipelineToPDF(f *testing.F) {
	fuzzRender(f, func(g *content.Guide, st *styles.Style) error {
		p, err := layout.Booklet(g, "en", st)
		if err != nil {
			return err
		}
		out, err := pdf.Write(p)
		if err == nil && !strings.HasPrefix(string(out), "%PDF-") {
			return errors.New("output is not a PDF")
		}
		return err
	})
}
