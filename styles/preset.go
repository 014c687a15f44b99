package styles

import (
	"embed"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
)

//go:embed presets/*.yaml
var presetFiles embed.FS

var (
	presetOnce sync.Once
	presets    map[string]*Style
	presetErr  error
)

// loadPresets decodes every embedded preset once.
func loadPresets() {
	presets = map[string]*Style{}
	entries, _ := presetFiles.ReadDir("presets")
	for _, e := range entries {
		data, _ := presetFiles.ReadFile("presets/" + e.Name())
		name := strings.TrimSuffix(e.Name(), ".yaml")
		st, probs := decode("presets/"+e.Name(), data, nil)
		if probs.HasErrors() {
			presetErr = fmt.Errorf("embedded style %s: %w", name, probs)
			return
		}
		st.Name = name
		presets[name] = st
	}
}

func preset(name string) (*Style, bool) {
	presetOnce.Do(loadPresets)
	if presetErr != nil {
		panic(presetErr.Error())
	}
	st, ok := presets[name]
	return st, ok
}

// Names returns the preset names, sorted.
func Names() []string {
	presetOnce.Do(loadPresets)
	names := make([]string, 0, len(presets))
	for n := range presets {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// Preset returns a copy of the embedded preset called name.
func Preset(name string) (*Style, error) {
	st, ok := preset(name)
	if !ok {
		return nil, fmt.Errorf("unknown style %q (presets: %s)", name, strings.Join(Names(), ", "))
	}
	c := *st
	return &c, nil
}

// Load reads and validates the style file at path. Its problems are
// returned together as source.Problems, each at file:line:col.
func Load(path string) (*Style, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load style: %w", err)
	}
	st, probs := decode(path, data, preset)
	if probs.HasErrors() {
		return nil, probs
	}
	if st.Name == "" {
		st.Name = strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	}
	st.File = path
	return st, nil
}

// Resolve returns the preset called nameOrFile, or else loads it as a
// style file.
func Resolve(nameOrFile string) (*Style, error) {
	if _, ok := preset(nameOrFile); ok {
		return Preset(nameOrFile)
	}
	if _, err := os.Stat(nameOrFile); err != nil {
		return nil, fmt.Errorf("unknown style %q: not a preset (%s) and not a readable file", nameOrFile, strings.Join(Names(), ", "))
	}
	return Load(nameOrFile)
}
