package press

import (
	"crypto/sha256"
	"debug/elf"
	"encoding/hex"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"guidepress/content"
	"guidepress/output"
	"guidepress/styles"
)

// changedJobs sets each job's input hash and splits the jobs into those to
// render and the entries of files already in the output folder that were
// made from the same inputs and are intact (their bytes still match the
// manifest's hash). With opts.Force every job is rendered.
func changedJobs(opts BuildOptions, jobs []job) ([]job, []output.Entry, error) {
	files, err := contentHashes(opts.ContentDir)
	if err != nil {
		return nil, nil, err
	}
	old, err := output.ReadManifest(opts.OutDir)
	if err != nil {
		return nil, nil, err
	}
	byPath := map[string]output.Entry{}
	for _, e := range old.Files {
		byPath[e.Path] = e
	}
	var todo []job
	var skipped []output.Entry
	for _, j := range jobs {
		j.entry.InputHash = jobHash(files, j)
		prev, ok := byPath[j.entry.Path]
		if !opts.Force && ok && prev.InputHash == j.entry.InputHash && intact(opts.OutDir, prev) {
			skipped = append(skipped, prev)
			continue
		}
		todo = append(todo, j)
	}
	return todo, skipped, nil
}

// jobHash hashes what one product is made from: the program,
// SOURCE_DATE_EPOCH, the content files it reads (all of them unless the
// job names its files), and its entry and options.
func jobHash(files map[string]string, j job) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00", programHash(), os.Getenv("SOURCE_DATE_EPOCH"))
	names := j.files
	if names == nil {
		names = slices.Sorted(maps.Keys(files))
	}
	for _, name := range names {
		fmt.Fprintf(h, "%s\x00%s\x00", name, files[name])
	}
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00%s\x00%s\x00%s", j.entry.Path, j.entry.Kind,
		j.entry.Language, j.entry.Stage, j.entry.Style, j.key)
	return hex.EncodeToString(h.Sum(nil))
}

// contentHashes hashes every file of the content folder (the default guide
// when dir is ""), by path.
func contentHashes(dir string) (map[string]string, error) {
	fsys := content.DefaultFS()
	if dir != "" {
		fsys = os.DirFS(dir)
	}
	out := map[string]string{}
	err := fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(fsys, path)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(data)
		out[path] = hex.EncodeToString(sum[:])
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("build: hashing the content: %w", err)
	}
	return out, nil
}

var (
	programOnce sync.Once
	programSum  string
)

// programHash identifies the running program, so that a new version of
// guidepress rebuilds everything. It is the Go build ID stored in the
// program's ELF note: a hash of what the program was built from, the same
// for every `go run` of unchanged code (each of which links a new file
// elsewhere) and cheap to read. Where there is no such note, it is the
// program's path, size and modification time; where the program cannot be
// found, a value that never matches, so nothing is wrongly skipped.
func programHash() string {
	programOnce.Do(func() {
		programSum = fmt.Sprintf("unknown-%d", time.Now().UnixNano())
		exe, err := os.Executable()
		if err != nil {
			return
		}
		if id, ok := elfBuildID(exe); ok {
			programSum = "go-build-id " + id
			return
		}
		if info, err := os.Stat(exe); err == nil {
			programSum = fmt.Sprintf("%s %d %d", exe, info.Size(), info.ModTime().UnixNano())
		}
	})
	return programSum
}

// elfBuildID reads the Go build ID note of an ELF executable.
func elfBuildID(exe string) (string, bool) {
	f, err := elf.Open(exe)
	if err != nil {
		return "", false
	}
	defer f.Close()
	s := f.Section(".note.go.buildid")
	if s == nil {
		return "", false
	}
	data, err := s.Data()
	if err != nil || len(data) == 0 {
		return "", false
	}
	return hex.EncodeToString(data), true
}

// intact reports whether the file e describes still has the bytes the
// manifest recorded.
func intact(dir string, e output.Entry) bool {
	data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(e.Path)))
	if err != nil || len(data) != e.Bytes {
		return false
	}
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:]) == e.SHA256
}

// styleKey describes a style for the input hash: every setting, and the
// bytes of any font files it names.
func styleKey(st *styles.Style) string {
	h := sha256.New()
	fmt.Fprintf(h, "%#v", *st)
	for _, f := range []string{st.Fonts.Regular, st.Fonts.Bold, st.Fonts.Italic, st.Fonts.BoldItalic} {
		if f != "" {
			data, _ := os.ReadFile(f)
			h.Write(data)
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}
