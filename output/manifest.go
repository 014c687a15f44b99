package output

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

// ManifestName is the manifest's file name inside the output folder.
const ManifestName = "manifest.json"

// Entry describes one file a build wrote.
type Entry struct {
	// Path is relative to the output folder, with forward slashes.
	Path string `json:"path"`
	// Kind is what the file is: booklet, leaflet, imposed, pack.
	Kind string `json:"kind"`
	// Language is "en", "cy", or "cy,en" for a bilingual edition.
	Language string `json:"language"`
	// Layout is a bilingual edition's layout: "columns" or "tete-beche".
	Layout string `json:"layout,omitempty"`
	// Stage is the stage id of a leaflet, else empty.
	Stage string `json:"stage,omitempty"`
	// Style is the style preset's name, or the style file's name.
	Style  string `json:"style"`
	Pages  int    `json:"pages"`
	Bytes  int    `json:"bytes"`
	SHA256 string `json:"sha256"`
	// Tagged is true for a tagged, accessible PDF (every product but the
	// imposed print files, which are for the printer only and carry no
	// structure: give readers the file each was imposed from).
	Tagged bool `json:"tagged"`
	// InputHash is a hash of everything the file was made from (content,
	// style, options, the program itself), so that a later build can skip
	// it when nothing changed.
	InputHash string `json:"input_hash,omitempty"`
}

// Manifest lists every file in an output folder.
type Manifest struct {
	Files []Entry `json:"files"`
}

// Product is one finished file waiting to be written.
type Product struct {
	Entry
	Data []byte
}

// NewProduct describes data with its size and hash filled in, and
// whether it is tagged: every file guidepress writes is, but the imposed
// print files (kind "imposed").
func NewProduct(e Entry, data []byte) Product {
	e.Tagged = e.Kind != "imposed"
	sum := sha256.Sum256(data)
	e.Bytes = len(data)
	e.SHA256 = hex.EncodeToString(sum[:])
	return Product{Entry: e, Data: data}
}

// ReadManifest reads dir's manifest; a missing one is an empty manifest.
func ReadManifest(dir string) (Manifest, error) {
	var m Manifest
	data, err := os.ReadFile(filepath.Join(dir, ManifestName))
	if os.IsNotExist(err) {
		return m, nil
	}
	if err != nil {
		return m, fmt.Errorf("reading manifest: %w", err)
	}
	if err := json.Unmarshal(data, &m); err != nil {
		return m, fmt.Errorf("reading manifest %s: %w", filepath.Join(dir, ManifestName), err)
	}
	return m, nil
}

// Write writes every product into dir, then the manifest: the entries of
// the earlier manifest for files not rewritten are kept, so building one
// language does not forget the other. Every file is first written to a
// temporary file; only when all are written are they renamed into place,
// the manifest last, so a failure leaves the earlier outputs as they were.
func Write(dir string, products []Product) (Manifest, error) {
	m, err := ReadManifest(dir)
	if err != nil {
		return m, err
	}
	byPath := map[string]Entry{}
	for _, e := range m.Files {
		byPath[e.Path] = e
	}
	for _, p := range products {
		byPath[p.Path] = p.Entry
	}
	m.Files = m.Files[:0]
	for _, e := range byPath {
		m.Files = append(m.Files, e)
	}
	sort.Slice(m.Files, func(i, j int) bool { return m.Files[i].Path < m.Files[j].Path })
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return m, fmt.Errorf("writing manifest: %w", err)
	}
	files := make([]Product, 0, len(products)+1)
	files = append(files, products...)
	files = append(files, Product{Entry: Entry{Path: ManifestName}, Data: append(data, '\n')})
	return m, commit(dir, files)
}

// commit stages every file, then renames them all into place. If staging
// fails, the staged files are removed and nothing in dir changes.
func commit(dir string, files []Product) error {
	tmps := make([]string, 0, len(files))
	for _, f := range files {
		tmp, err := stage(filepath.Join(dir, filepath.FromSlash(f.Path)), f.Data)
		if err != nil {
			for _, t := range tmps {
				os.Remove(t)
			}
			return err
		}
		tmps = append(tmps, tmp)
	}
	for i, f := range files {
		path := filepath.Join(dir, filepath.FromSlash(f.Path))
		if err := os.Rename(tmps[i], path); err != nil {
			for _, t := range tmps[i:] {
				os.Remove(t)
			}
			return fmt.Errorf("writing %s: %w", path, err)
		}
	}
	return nil
}
