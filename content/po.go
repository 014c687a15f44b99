package content

import (
	"bufio"
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// ExportPO writes the guide's translatable text for translation into lang
// as a gettext PO file, which common translation tools open: one entry a
// field, msgctxt its id, msgid the English, msgstr the current translation.
// Stale translations are marked fuzzy. Each entry records the hashes of the
// English and of the translation as exported, so that an import can tell
// what changed in the YAML meanwhile.
func (g *Guide) ExportPO(lang string) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# %s: %s text for translation, exported by guidepress.\n", g.Title.Get(SourceLanguage), LanguageName(lang))
	b.WriteString("# Translate each msgstr and keep msgctxt as it is. Import with\n")
	b.WriteString("# guidepress translations import FILE --content DIR\n")
	b.WriteString("msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n")
	fmt.Fprintf(&b, "\"Language: %s\\n\"\n\"X-Generator: guidepress\\n\"\n", lang)
	for _, f := range g.Fields() {
		src := f.Text.Get(SourceLanguage)
		if src == "" {
			continue
		}
		pos := f.Text.TextPos(SourceLanguage)
		fmt.Fprintf(&b, "\n#: %s:%d\n", f.File, pos.Line)
		fmt.Fprintf(&b, "#. source-hash %s translation-hash %s\n", SourceHash(src), SourceHash(f.Text.Get(lang)))
		if s := g.TranslationStatus(f, lang); s == Stale || s == Unconfirmed {
			b.WriteString("#, fuzzy\n")
		}
		writePOString(&b, "msgctxt", f.ID)
		writePOString(&b, "msgid", src)
		writePOString(&b, "msgstr", f.Text.Get(lang))
	}
	return b.Bytes()
}

// writePOString writes keyword and s as a PO string, one quoted line per
// line of s.
func writePOString(b *bytes.Buffer, keyword, s string) {
	if !strings.Contains(strings.TrimSuffix(s, "\n"), "\n") {
		fmt.Fprintf(b, "%s %s\n", keyword, poQuote(s))
		return
	}
	fmt.Fprintf(b, "%s \"\"\n", keyword)
	for _, line := range strings.SplitAfter(s, "\n") {
		if line != "" {
			fmt.Fprintf(b, "%s\n", poQuote(line))
		}
	}
}

func poQuote(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\t", `\t`)
	return `"` + r.Replace(s) + `"`
}

// POEntry is one translated field read from a PO file.
type POEntry struct {
	// Line is the entry's msgctxt line in the PO file.
	Line int
	// ID is the field id (msgctxt).
	ID string
	// Translation is msgstr, normalised to NFC.
	Translation string
	// SourceHash and TranslationHash are the hashes recorded at export.
	SourceHash, TranslationHash string
}

// ParsePO reads the entries of a PO file written by ExportPO (and edited by
// a translation tool). name is used in error positions.
func ParsePO(name string, data []byte) ([]POEntry, Problems) {
	var entries []POEntry
	var ps Problems
	var cur POEntry
	var field *string
	flush := func() {
		if cur.ID != "" {
			cur.Translation = norm.NFC.String(cur.Translation)
			entries = append(entries, cur)
		}
		cur, field = POEntry{}, nil
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if err := poLine(line, n, &cur, &field, flush); err != "" {
			ps = append(ps, Problem{Pos: Position{Filename: name, Line: n, Column: 1}, Message: err})
		}
	}
	flush()
	return entries, ps
}

// poLine reads one line of a PO file into the entry being built.
func poLine(line string, n int, cur *POEntry, field **string, flush func()) string {
	var ignored string
	switch {
	case line == "":
		flush()
	case strings.HasPrefix(line, "#. source-hash "):
		parts := strings.Fields(line)
		if len(parts) == 5 {
			cur.SourceHash, cur.TranslationHash = parts[2], parts[4]
		}
	case strings.HasPrefix(line, "#"):
	case strings.HasPrefix(line, "msgctxt "):
		cur.Line, *field = n, &cur.ID
		return appendPO(*field, strings.TrimPrefix(line, "msgctxt "))
	case strings.HasPrefix(line, "msgid "):
		*field = &ignored
	case strings.HasPrefix(line, "msgstr "):
		*field = &cur.Translation
		return appendPO(*field, strings.TrimPrefix(line, "msgstr "))
	case strings.HasPrefix(line, `"`):
		if *field != nil {
			return appendPO(*field, line)
		}
	default:
		return fmt.Sprintf("cannot read PO line %q", line)
	}
	return ""
}

func appendPO(dst *string, quoted string) string {
	s, err := strconv.Unquote(quoted)
	if err != nil {
		return fmt.Sprintf("malformed PO string %s", quoted)
	}
	*dst += s
	return ""
}
