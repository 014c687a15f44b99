package content

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"gopkg.in/yaml.v3"

	"guidepress/internal/source"
)

//go:embed guide
var defaultGuide embed.FS

// DefaultFS returns the embedded default guide as a file system whose root
// holds guide.yaml.
func DefaultFS() fs.FS {
	sub, err := fs.Sub(defaultGuide, "guide")
	if err != nil {
		panic(err) // the embedded folder is fixed at build time
	}
	return sub
}

// DefaultLabel is the name shown in positions for the embedded guide.
const DefaultLabel = "default-guide"

// Options changes what loading checks.
type Options struct {
	// Covers reports whether the fonts that will print the guide have a
	// character; nil skips the font check.
	Covers func(rune) bool
}

// loader holds the state of one load: where files come from, what has been
// found wrong, and the guide's languages once known.
type loader struct {
	fsys  fs.FS
	label string
	opts  Options
	langs []string
	lines map[string][]string
	probs Problems
	refs  []ref
}

// ref is an id that must name a contact, stage or area, noted while
// loading and checked once everything is loaded.
type ref struct {
	pos  Position
	kind string
	id   string
}

// Load reads and validates the guide in fsys, whose root holds guide.yaml.
// label prefixes file names in positions (a folder path, or
// DefaultLabel). It returns the guide and every problem found, sorted; the
// guide must not be used when the problems include an error.
func Load(fsys fs.FS, label string, opts Options) (g *Guide, ps Problems) {
	defer func() {
		if r := recover(); r != nil {
			g, ps = nil, Problems{{Pos: Position{Filename: label}, Message: fmt.Sprintf("internal error while loading (please report it): %v", r)}}
		}
	}()
	l := &loader{fsys: fsys, label: label, opts: opts, lines: map[string][]string{}}
	g = l.guide()
	if g != nil && !l.probs.HasErrors() {
		l.probs = append(l.probs, validate(g, l)...)
	}
	l.probs.Sort()
	return g, l.probs
}

// LoadDir loads the guide in folder dir.
func LoadDir(dir string, opts Options) (*Guide, Problems) {
	info, err := os.Stat(dir)
	if err != nil || !info.IsDir() {
		return nil, Problems{{Pos: Position{Filename: dir}, Message: "content folder not found"}}
	}
	return Load(os.DirFS(dir), filepath.Clean(dir), opts)
}

// LoadDefault loads the embedded default guide. Its error, when not nil, is
// the Problems holding at least one error.
func LoadDefault() (*Guide, error) {
	g, ps := Load(DefaultFS(), DefaultLabel, Options{})
	if ps.HasErrors() {
		return nil, ps.Errors()
	}
	return g, nil
}

// name returns a file's name as shown in positions.
func (l *loader) name(file string) string {
	return path.Join(filepath.ToSlash(l.label), file)
}

// parse reads and parses one file. A missing file is reported at from (the
// place that named it) when given, else at the file itself.
func (l *loader) parse(file string, from *source.Reader, fromNode *yaml.Node) (*yaml.Node, *source.Reader) {
	name := l.name(file)
	data, err := l.read(file)
	if err != nil {
		msg := fmt.Sprintf("cannot read %s: %v", file, describe(err))
		switch {
		case from != nil && fromNode != nil:
			from.Errorf(fromNode, "%s", msg)
		case file == "guide.yaml":
			l.probs = append(l.probs, Problem{Pos: Position{Filename: name}, Message: msg + " (is this a guide's content folder?)"})
		default:
			// Files every guide has are looked for beside guide.yaml.
			l.probs = append(l.probs, Problem{Pos: Position{Filename: l.name("guide.yaml"), Line: 1, Column: 1},
				Message: msg + " (every guide needs " + file + " beside guide.yaml)"})
		}
		return nil, nil
	}
	l.lines[name] = strings.Split(string(data), "\n")
	n, r := source.Parse(name, data)
	if n == nil && len(r.Problems) == 0 {
		r.Problems = append(r.Problems, Problem{Pos: Position{Filename: name, Line: 1, Column: 1}, Message: "file is empty"})
	}
	return n, r
}

// read reads file, refusing one larger than source.MaxFileBytes before
// reading it whole.
func (l *loader) read(file string) ([]byte, error) {
	if info, err := fs.Stat(l.fsys, file); err == nil && info.Size() > source.MaxFileBytes {
		return nil, fmt.Errorf("file is %d bytes; the limit is %d bytes", info.Size(), source.MaxFileBytes)
	}
	return fs.ReadFile(l.fsys, file)
}

func describe(err error) string {
	if errors.Is(err, fs.ErrNotExist) {
		return "no such file"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// done keeps a file's problems.
func (l *loader) done(r *source.Reader) {
	if r != nil {
		l.probs = append(l.probs, r.Problems...)
	}
}
