package press

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing/fstest"

	"guidepress/content"
	"guidepress/output"
)

// TranslationReport lists, for one language, the fields whose translation
// is missing, stale (English changed since it was confirmed) or
// unconfirmed.
type TranslationReport struct {
	Lang                        string
	Fields                      int
	Missing, Stale, Unconfirmed []content.Field
}

// Translations reports where every translation of the guide in dir stands.
func Translations(dir string) ([]TranslationReport, content.Problems) {
	g, ps := LoadContent(dir, nil)
	if ps.HasErrors() {
		return nil, ps.Errors()
	}
	var out []TranslationReport
	for _, lang := range g.Languages {
		if lang == content.SourceLanguage {
			continue
		}
		r := TranslationReport{Lang: lang}
		for _, f := range g.Fields() {
			r.Fields++
			switch g.TranslationStatus(f, lang) {
			case content.Missing:
				r.Missing = append(r.Missing, f)
			case content.Stale:
				r.Stale = append(r.Stale, f)
			case content.Unconfirmed:
				r.Unconfirmed = append(r.Unconfirmed, f)
			}
		}
		out = append(out, r)
	}
	return out, nil
}

// errDefaultReadOnly is returned when a command would change the embedded
// default guide.
var errDefaultReadOnly = fmt.Errorf("%w: the default guide is built in and cannot be changed: make an editable copy with guidepress init DIR, then pass --content DIR", ErrUsage)

// ConfirmTranslations records the current English of the fields in ids (of
// every field when ids is empty) as the source of their lang translation
// ("" is the guide's first translation language), in dir's
// translations.lock. An id that names no field is a usage error and
// nothing is confirmed. It returns how many fields it confirmed, and in
// which language.
func ConfirmTranslations(dir, lang string, ids []string) (int, string, error) {
	if dir == "" {
		return 0, "", errDefaultReadOnly
	}
	g, ps := LoadContent(dir, nil)
	if ps.HasErrors() {
		return 0, "", ps.Errors()
	}
	lang, err := translationLang(g, lang)
	if err != nil {
		return 0, "", err
	}
	if err := knownFields(g, ids); err != nil {
		return 0, "", err
	}
	n := g.Confirm(lang, ids)
	lock := filepath.Join(dir, content.LockFile)
	if err := output.WriteFile(lock, g.Lock.Encode()); err != nil {
		return 0, "", fmt.Errorf("confirm translations: writing %s: %w", lock, plainError(err))
	}
	return n, lang, nil
}

// translationLang checks that lang is one the guide is translated into;
// "" is the first of them in the guide's order.
func translationLang(g *content.Guide, lang string) (string, error) {
	for _, l := range g.Languages {
		if (l == lang || lang == "") && l != content.SourceLanguage {
			return l, nil
		}
	}
	return "", fmt.Errorf("%w: %q is not a translation language of this guide", ErrUsage, lang)
}

// knownFields refuses, as a usage error, ids that name no field of g.
func knownFields(g *content.Guide, ids []string) error {
	known := map[string]bool{}
	for _, f := range g.Fields() {
		known[f.ID] = true
	}
	var unknown []string
	for _, id := range ids {
		if !known[id] {
			unknown = append(unknown, fmt.Sprintf("%q", id))
		}
	}
	if len(unknown) == 0 {
		return nil
	}
	return fmt.Errorf("%w: no field has the id %s; nothing was confirmed. List the ids with: guidepress translations --list",
		ErrUsage, strings.Join(unknown, ", "))
}

// FieldIDs lists the id of every translatable field of the guide in dir,
// in the guide's order, for translations confirm.
func FieldIDs(dir string) ([]string, content.Problems) {
	g, ps := LoadContent(dir, nil)
	if ps.HasErrors() {
		return nil, ps.Errors()
	}
	var ids []string
	for _, f := range g.Fields() {
		ids = append(ids, f.ID)
	}
	return ids, nil
}

// ExportTranslations writes the text to translate into lang as a PO file.
func ExportTranslations(dir, lang, file string) (int, error) {
	g, ps := LoadContent(dir, nil)
	if ps.HasErrors() {
		return 0, ps.Errors()
	}
	lang, err := translationLang(g, lang)
	if err != nil {
		return 0, err
	}
	if err := WriteOutput(file, g.ExportPO(lang), nil); err != nil {
		return 0, fmt.Errorf("export translations: %w", err)
	}
	return len(g.Fields()), nil
}

var poLanguage = regexp.MustCompile(`"Language: ([a-z]+)\\n"`)

// ImportTranslations reads a PO file made by ExportTranslations and writes
// its translations into the YAML files of dir, confirming each in the
// lock. Entries that cannot be imported are returned as warnings; nothing
// is written unless the changed guide still validates.
func ImportTranslations(dir, file string) (int, content.Problems, error) {
	if dir == "" {
		return 0, nil, errDefaultReadOnly
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return 0, nil, fmt.Errorf("import translations: %w", err)
	}
	m := poLanguage.FindSubmatch(data)
	if m == nil {
		return 0, nil, fmt.Errorf("import translations: %s has no \"Language: …\" header", file)
	}
	lang := string(m[1])
	g, ps := LoadContent(dir, nil)
	if ps.HasErrors() {
		return 0, nil, ps.Errors()
	}
	if _, err := translationLang(g, lang); err != nil {
		return 0, nil, err
	}
	entries, ps := content.ParsePO(file, data)
	if ps.HasErrors() {
		return 0, nil, ps
	}
	changes, skipped := g.PlanImport(file, entries, lang)
	files, ids, failed := applyChanges(dir, file, entries, changes)
	warnings := asWarnings(append(skipped, failed...))
	if len(ids) == 0 {
		return 0, warnings, nil
	}
	return len(ids), warnings, commitImport(dir, files, lang, ids)
}

// applyChanges edits the YAML files in memory, returning the new files,
// the ids written and a problem for each change that could not be made.
func applyChanges(dir, poName string, entries []content.POEntry, changes []content.Change) (map[string][]byte, []string, content.Problems) {
	files := map[string][]byte{}
	var ids []string
	var ps content.Problems
	for _, c := range changes {
		data, ok := files[c.Field.File]
		if !ok {
			var err error
			if data, err = os.ReadFile(filepath.Join(dir, filepath.FromSlash(c.Field.File))); err != nil {
				ps = append(ps, content.Problem{Pos: content.Position{Filename: poName}, Message: err.Error()})
				continue
			}
		}
		out, err := content.SetText(data, c.Field.Path, c.Lang, c.Value)
		if err != nil {
			ps = append(ps, content.Problem{Pos: poLine(poName, entries, c.Field.ID), Message: fmt.Sprintf("%s: %v", c.Field.ID, err)})
			continue
		}
		files[c.Field.File] = out
		ids = append(ids, c.Field.ID)
	}
	return files, ids, ps
}

func poLine(name string, entries []content.POEntry, id string) content.Position {
	for _, e := range entries {
		if e.ID == id {
			return content.Position{Filename: name, Line: e.Line, Column: 1}
		}
	}
	return content.Position{Filename: name}
}

func asWarnings(ps content.Problems) content.Problems {
	for i := range ps {
		ps[i].Severity = content.Warning
	}
	return ps
}

// commitImport validates the guide with the changed files, confirms the
// imported translations, and writes the files and the lock all or nothing.
func commitImport(dir string, files map[string][]byte, lang string, ids []string) error {
	g, ps := content.Load(overlay{files: files, base: os.DirFS(dir)}, filepath.Clean(dir), content.Options{})
	if ps.HasErrors() {
		return fmt.Errorf("import translations: the imported text does not validate, nothing written:\n%w", ps.Errors())
	}
	g.Confirm(lang, ids)
	files[content.LockFile] = g.Lock.Encode()
	if err := output.WriteFiles(dir, files); err != nil {
		return fmt.Errorf("import translations: writing into %s: %w", dir, plainError(err))
	}
	return nil
}

// overlay is a file system that shows changed files over a folder.
type overlay struct {
	files map[string][]byte
	base  fs.FS
}

// Open opens name from the changed files, else from the folder.
func (o overlay) Open(name string) (fs.File, error) {
	if data, ok := o.files[name]; ok {
		return fstest.MapFS{name: {Data: data, Mode: 0o644}}.Open(name)
	}
	return o.base.Open(name)
}
