package content

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"maps"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"guidepress/internal/source"
)

// LockFile is the name of the translation lock file in a content folder.
const LockFile = "translations.lock"

// SourceLanguage is the language translations are made from.
const SourceLanguage = "en"

// Lock records, for each translation language and field id, the hash of
// the English text that the translation was confirmed against.
type Lock struct {
	// Hashes maps language → field id → a LockEntry of the English text.
	Hashes map[string]map[string]string
}

// LockEntry is what the lock records of a source text: its SourceHash,
// followed, for text of several paragraphs, by a short hash of each
// paragraph, so that a warning can point at the paragraph that changed.
func LockEntry(text string) string {
	paras := paragraphs(text)
	if len(paras) < 2 {
		return SourceHash(text)
	}
	parts := []string{SourceHash(text)}
	for _, p := range paras {
		parts = append(parts, SourceHash(p.text)[:8])
	}
	return strings.Join(parts, " ")
}

// paragraph is a run of non-blank lines and its line offset in the text.
type paragraph struct {
	line int
	text string
}

func paragraphs(text string) []paragraph {
	var out []paragraph
	var cur []string
	start := 0
	for i, line := range strings.Split(text, "\n") {
		if strings.TrimSpace(line) == "" {
			if cur != nil {
				out = append(out, paragraph{start, strings.Join(cur, "\n")})
				cur = nil
			}
			continue
		}
		if cur == nil {
			start = i
		}
		cur = append(cur, line)
	}
	if cur != nil {
		out = append(out, paragraph{start, strings.Join(cur, "\n")})
	}
	return out
}

// changedLine returns the line offset, within text, of the first paragraph
// whose hash the lock entry does not record (0 when none can be told).
func changedLine(entry, text string) int {
	known := strings.Fields(entry)
	for _, p := range paragraphs(text) {
		if !slices.Contains(known[1:], SourceHash(p.text)[:8]) {
			return p.line
		}
	}
	return 0
}

// SourceHash is the short hash of a source text recorded in the lock.
func SourceHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:8])
}

// Status is where one field's translation into one language stands.
type Status int

const (
	// Current means the translation was confirmed against today's English.
	Current Status = iota
	// Missing means the field has no text in the language.
	Missing
	// Unconfirmed means nobody has confirmed the translation.
	Unconfirmed
	// Stale means the English changed after the translation was confirmed.
	Stale
)

// TranslationStatus says where field f stands in lang. With no lock file,
// every present translation counts as current.
func (g *Guide) TranslationStatus(f Field, lang string) Status {
	if strings.TrimSpace(f.Text.Get(lang)) == "" {
		return Missing
	}
	if g.Lock == nil {
		return Current
	}
	entry, ok := g.Lock.Hashes[lang][f.ID]
	switch {
	case !ok:
		return Unconfirmed
	case strings.Fields(entry + " ")[0] != SourceHash(f.Text.Get(SourceLanguage)):
		return Stale
	}
	return Current
}

// Confirm records the current English of every field that has text in
// lang as the source of its translation, or only of the fields in ids
// when ids is not empty. It returns how many fields it confirmed.
func (g *Guide) Confirm(lang string, ids []string) int {
	if g.Lock == nil {
		g.Lock = &Lock{Hashes: map[string]map[string]string{}}
	}
	if g.Lock.Hashes[lang] == nil {
		g.Lock.Hashes[lang] = map[string]string{}
	}
	n := 0
	for _, f := range g.Fields() {
		if (len(ids) > 0 && !slices.Contains(ids, f.ID)) || f.Text.Get(lang) == "" {
			continue
		}
		g.Lock.Hashes[lang][f.ID] = LockEntry(f.Text.Get(SourceLanguage))
		n++
	}
	return n
}

// Encode writes the lock file's contents: languages and field ids sorted,
// so the file changes only where a confirmation changed.
func (l *Lock) Encode() []byte {
	var b strings.Builder
	b.WriteString("# Translation lock, written by `guidepress translations confirm`.\n")
	b.WriteString("# For each language, the hash of the English text each field's\n")
	b.WriteString("# translation was confirmed against. Do not edit by hand.\n")
	for _, lang := range slices.Sorted(maps.Keys(l.Hashes)) {
		fmt.Fprintf(&b, "%s:\n", lang)
		for _, id := range slices.Sorted(maps.Keys(l.Hashes[lang])) {
			fmt.Fprintf(&b, "  %q: %q\n", id, l.Hashes[lang][id])
		}
	}
	return []byte(b.String())
}

// lock reads translations.lock when the folder has one.
func (l *loader) lock(g *Guide) {
	if _, err := fs.Stat(l.fsys, LockFile); err != nil {
		return
	}
	n, r := l.parse(LockFile, nil, nil)
	defer l.done(r)
	if n == nil {
		return
	}
	lk := &Lock{Hashes: map[string]map[string]string{}}
	fields := map[string]func(*yaml.Node){}
	for _, lang := range g.Languages {
		if lang == SourceLanguage {
			continue
		}
		fields[lang] = func(v *yaml.Node) { lk.Hashes[lang] = l.lockHashes(r, v) }
	}
	if r.Fields(n, LockFile, fields) {
		g.Lock = lk
	}
}

// lockHashes reads one language's mapping of field id to hash.
func (l *loader) lockHashes(r *source.Reader, n *yaml.Node) map[string]string {
	out := map[string]string{}
	if n.Kind != yaml.MappingNode {
		r.Errorf(n, "each language in %s must map field ids to hashes", LockFile)
		return out
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		out[n.Content[i].Value] = n.Content[i+1].Value
	}
	return out
}

// checkTranslations warns, at the field's position, about every
// translation that is stale or unconfirmed, when the guide has a lock.
func checkTranslations(g *Guide) Problems {
	if g.Lock == nil {
		return nil
	}
	var ps Problems
	for _, f := range g.Fields() {
		for _, lang := range g.Languages {
			if lang == SourceLanguage {
				continue
			}
			switch g.TranslationStatus(f, lang) {
			case Stale:
				ps = append(ps, Problem{Pos: stalePos(g, f, lang), Severity: Warning, Message: fmt.Sprintf(
					"the English of %s changed after its %s was confirmed: update the %s, then run guidepress translations confirm",
					f.ID, LanguageName(lang), LanguageName(lang))})
			case Unconfirmed:
				ps = append(ps, Problem{Pos: f.Text.TextPos(lang), Severity: Warning, Message: fmt.Sprintf(
					"the %s of %s is not confirmed against the English: check it, then run guidepress translations confirm",
					LanguageName(lang), f.ID)})
			}
		}
	}
	return ps
}

// stalePos is where to point at changed English: the first changed
// paragraph of a block of text, else the field's text.
func stalePos(g *Guide, f Field, lang string) Position {
	p := f.Text.TextPos(SourceLanguage)
	if _, block := f.Text.Indent[SourceLanguage]; block {
		p.Line += changedLine(g.Lock.Hashes[lang][f.ID], f.Text.Get(SourceLanguage))
	}
	return p
}
