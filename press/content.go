// Package press is the library behind the command line: each command is one
// call here that a test can make. It wires content loading, styles, fonts,
// rendering and output together, in that one direction.
package press

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"guidepress/content"
	"guidepress/fonts"
)

// ErrUsage marks errors in how a command was called (exit code 2).
var ErrUsage = errors.New("usage")

// LoadContent loads the guide in dir, or the default guide when dir is "",
// checking its characters against fam (the default fonts when nil). It
// returns the guide and every problem; callers must not use the guide when
// the problems hold an error.
func LoadContent(dir string, fam *fonts.Family) (*content.Guide, content.Problems) {
	if fam == nil {
		fam = fonts.Default()
	}
	return load(dir, fam.Covers)
}

// load loads the guide in dir (the default guide when "") with covers as
// the font check.
func load(dir string, covers func(rune) bool) (*content.Guide, content.Problems) {
	opts := content.Options{Covers: covers}
	if dir == "" {
		return content.Load(content.DefaultFS(), content.DefaultLabel, opts)
	}
	return content.LoadDir(dir, opts)
}

// Init writes an editable copy of the default guide into dir, which must
// not exist or be empty.
func Init(dir string) error {
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return fmt.Errorf("init: %s is not empty; choose a new or empty folder", dir)
	} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("init: reading %s: %w", dir, err)
	}
	src := content.DefaultFS()
	return fs.WalkDir(src, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return fmt.Errorf("init: %w", err)
		}
		dst := filepath.Join(dir, filepath.FromSlash(path))
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		data, err := fs.ReadFile(src, path)
		if err != nil {
			return fmt.Errorf("init: reading default %s: %w", path, err)
		}
		if err := os.WriteFile(dst, data, 0o644); err != nil {
			return fmt.Errorf("init: writing %s: %w", dst, err)
		}
		return nil
	})
}
