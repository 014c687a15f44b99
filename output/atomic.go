// Package output writes finished products to disk: each file atomically
// (a temporary file renamed into place), and a manifest describing them.
// A failed build leaves every earlier output untouched.
package output

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

// WriteFile writes data to path atomically: it writes a temporary file in
// the same folder, syncs it and renames it over path, so readers see either
// the old file or the whole new one, never part of it.
func WriteFile(path string, data []byte) error {
	tmp, err := stage(path, data)
	if err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

// stage writes data to a synced temporary file beside path and returns its
// name; on failure nothing is left behind.
func stage(path string, data []byte) (name string, err error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("writing %s: %w", path, err)
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return "", fmt.Errorf("writing %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err == nil {
		if err = tmp.Sync(); err == nil {
			if err = tmp.Close(); err == nil {
				err = os.Chmod(tmp.Name(), 0o644)
			}
		}
	}
	if err != nil {
		return "", fmt.Errorf("writing %s: %w", path, err)
	}
	return tmp.Name(), nil
}

// WriteFiles writes several files into dir all or nothing: each is staged
// to a temporary file first, and only when all are staged are they renamed
// into place. names are relative to dir, with forward slashes.
func WriteFiles(dir string, files map[string][]byte) error {
	list := make([]Product, 0, len(files))
	for _, name := range sortedNames(files) {
		list = append(list, Product{Entry: Entry{Path: name}, Data: files[name]})
	}
	return commit(dir, list)
}

func sortedNames(files map[string][]byte) []string {
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
