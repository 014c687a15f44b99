// Command typst is the Typst side of the benchmarks: it writes the booklet
// of a guide (the parts and blocks guidepress composes for
// `guidepress booklet`) as a Typst document, on A5 pages with the margins,
// sizes and Go fonts of the standard style, and writes those fonts as TTF
// files for the Typst compiler. bench/typst.sh compiles it with
// compile.mjs and times that against guidepress.
//
//	go run ./bench/typst -content DIR [-lang en] -o FILE.typ -fonts DIR
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"guidepress/compose"
	"guidepress/content"
	"guidepress/fonts"
	"guidepress/styles"
)

func main() {
	dir := flag.String("content", "", "content folder (the default guide when empty)")
	lang := flag.String("lang", "en", "language of the booklet")
	out := flag.String("o", "booklet.typ", "Typst file to write")
	fontDir := flag.String("fonts", "", "folder to write the Go fonts' TTF files into (none when empty)")
	flag.Parse()
	if err := run(*dir, *lang, *out, *fontDir); err != nil {
		log.Fatal("typst: ", err)
	}
}

func run(dir, lang, out, fontDir string) error {
	g, err := load(dir)
	if err != nil {
		return err
	}
	p, err := compose.Booklet(g, lang)
	if err != nil {
		return fmt.Errorf("composing the %s booklet: %w", lang, err)
	}
	st, err := styles.Preset("standard")
	if err != nil {
		return fmt.Errorf("reading the standard style: %w", err)
	}
	if err := os.WriteFile(out, []byte(Document(p, st)), 0o644); err != nil {
		return fmt.Errorf("writing the Typst file: %w", err)
	}
	if fontDir != "" {
		return writeFonts(fontDir)
	}
	return nil
}

// load reads the guide in dir, or the default guide when dir is "".
func load(dir string) (*content.Guide, error) {
	if dir == "" {
		return content.LoadDefault()
	}
	g, ps := content.LoadDir(dir, content.Options{Covers: fonts.Default().Covers})
	if ps.HasErrors() {
		return nil, fmt.Errorf("loading %s: %w", dir, ps.Errors())
	}
	return g, nil
}

// writeFonts writes the four faces of the Go family guidepress embeds, so
// that Typst sets the same glyphs.
func writeFonts(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("making the fonts folder: %w", err)
	}
	fam := fonts.Default()
	names := [...]string{"Go-Regular.ttf", "Go-Bold.ttf", "Go-Italic.ttf", "Go-BoldItalic.ttf"}
	for _, face := range fonts.Faces {
		if err := os.WriteFile(filepath.Join(dir, names[face]), fam.Bytes(face), 0o644); err != nil {
			return fmt.Errorf("writing the %s font: %w", names[face], err)
		}
	}
	return nil
}
