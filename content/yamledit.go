package content

import (
	"errors"
	"fmt"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"
)

// SetText returns data, a YAML content file, with the lang value of the
// translatable field at path (such as "sections.rights.body") set to value.
// It edits only the lines of that value, so comments and layout elsewhere
// stay as they were, and re-reads the result to make sure the value came
// out right. A value it cannot edit in place is an error, never a rewrite
// of the whole file.
func SetText(data []byte, path, lang, value string) ([]byte, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil || len(doc.Content) == 0 {
		return nil, fmt.Errorf("set %s: file does not parse", path)
	}
	m, err := findPath(doc.Content[0], path)
	if err != nil {
		return nil, err
	}
	if m.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("set %s: not a translatable field", path)
	}
	lines := strings.SplitAfter(string(data), "\n")
	out, err := splice(lines, m, lang, value)
	if err != nil {
		return nil, fmt.Errorf("set %s (%s): %w", path, lang, err)
	}
	if got, err := readBack([]byte(out), path, lang); err != nil || got != value {
		return nil, fmt.Errorf("set %s (%s): cannot edit this value in place; edit the file by hand", path, lang)
	}
	return []byte(out), nil
}

// findPath walks mappings by key and lists by their items' ids.
func findPath(n *yaml.Node, path string) (*yaml.Node, error) {
	for _, seg := range strings.Split(path, ".") {
		next := childNode(n, seg)
		if next == nil {
			return nil, fmt.Errorf("no %q in %s", seg, path)
		}
		n = next
	}
	return n, nil
}

func childNode(n *yaml.Node, seg string) *yaml.Node {
	switch n.Kind {
	case yaml.MappingNode:
		return findKey(n, seg)
	case yaml.SequenceNode:
		for _, item := range n.Content {
			if id := findKey(item, "id"); id != nil && id.Value == seg {
				return item
			}
		}
	}
	return nil
}

func readBack(data []byte, path, lang string) (string, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil || len(doc.Content) == 0 {
		return "", errors.New("result does not parse")
	}
	m, err := findPath(doc.Content[0], path)
	if err != nil {
		return "", err
	}
	v := findKey(m, lang)
	if v == nil {
		return "", errors.New("value missing")
	}
	return v.Value, nil
}

// splice replaces (or, in a block mapping, adds) the lang value of m.
func splice(lines []string, m *yaml.Node, lang, value string) (string, error) {
	flow := m.Style&yaml.FlowStyle != 0
	var key, v *yaml.Node
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == lang {
			key, v = m.Content[i], m.Content[i+1]
		}
	}
	if v == nil {
		if flow || len(m.Content) == 0 {
			return "", errors.New("the field has no value in this language to replace; add it by hand")
		}
		return addKey(lines, m, lang, value), nil
	}
	first, last, head, tail, err := extent(lines, key, v)
	if err != nil {
		return "", err
	}
	text := head + render(value, flow, key.Column-1) + tail
	return strings.Join(lines[:first], "") + text + strings.Join(lines[last+1:], ""), nil
}

// extent finds the lines a value spans (first..last, 0-based) and the text
// before and after it on those lines.
func extent(lines []string, key, v *yaml.Node) (first, last int, head, tail string, err error) {
	first = v.Line - 1
	line := []rune(lines[first])
	col := v.Column - 1
	if col > len(line) {
		return 0, 0, "", "", errors.New("position out of range")
	}
	head = string(line[:col])
	if v.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
		last = blockEnd(lines, first, key.Column-1)
		return first, last, head, "\n", nil
	}
	if strings.Contains(v.Value, "\n") {
		return 0, 0, "", "", errors.New("multi-line values that are not | or > blocks are not edited in place")
	}
	n, ok := scalarLen(line[col:], v)
	if !ok {
		return 0, 0, "", "", errors.New("cannot find the end of the value")
	}
	return first, first, head, string(line[col+n:]), nil
}

// blockEnd returns the last line of a block scalar whose header is on line
// first and whose key is indented keyIndent: the last non-blank line
// indented more than the key.
func blockEnd(lines []string, first, keyIndent int) int {
	last := first
	for i := first + 1; i < len(lines); i++ {
		s := strings.TrimRight(lines[i], "\r\n")
		if strings.TrimSpace(s) == "" {
			continue
		}
		if len(s)-len(strings.TrimLeft(s, " ")) <= keyIndent {
			break
		}
		last = i
	}
	return last
}

// scalarLen returns how many runes of rest the one-line scalar v takes.
func scalarLen(rest []rune, v *yaml.Node) (int, bool) {
	switch {
	case v.Style&yaml.DoubleQuotedStyle != 0:
		for i := 1; i < len(rest); i++ {
			switch rest[i] {
			case '\\':
				i++
			case '"':
				return i + 1, true
			}
		}
	case v.Style&yaml.SingleQuotedStyle != 0:
		for i := 1; i < len(rest); i++ {
			if rest[i] == '\'' {
				if i+1 < len(rest) && rest[i+1] == '\'' {
					i++
					continue
				}
				return i + 1, true
			}
		}
	default:
		if strings.HasPrefix(string(rest), v.Value) {
			return len([]rune(v.Value)), true
		}
	}
	return 0, false
}

// addKey adds "lang: value" after the last value of block mapping m.
func addKey(lines []string, m *yaml.Node, lang, value string) string {
	lastKey := m.Content[len(m.Content)-2]
	lastVal := m.Content[len(m.Content)-1]
	end := lastVal.Line - 1
	if lastVal.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
		end = blockEnd(lines, end, lastKey.Column-1)
	}
	indent := strings.Repeat(" ", lastKey.Column-1)
	text := indent + lang + ": " + render(value, false, lastKey.Column-1) + "\n"
	return strings.Join(lines[:end+1], "") + text + strings.Join(lines[end+1:], "")
}

// plainSafe matches one-line text YAML reads back unchanged without quotes.
var plainSafe = regexp.MustCompile(`^[\p{L}\p{N}(][^:#{}\[\],&*!|>'"%@` + "`" + `]*$`)

// render writes value as YAML: a literal block for several lines in block
// context, plain text when safe, else a double-quoted string.
func render(value string, flow bool, keyIndent int) string {
	if strings.Contains(value, "\n") && !flow {
		chomp := "|-"
		if strings.HasSuffix(value, "\n") {
			chomp = "|"
		}
		pad := strings.Repeat(" ", keyIndent+2)
		body := strings.TrimSuffix(value, "\n")
		var b strings.Builder
		b.WriteString(chomp)
		for _, l := range strings.Split(body, "\n") {
			b.WriteString("\n")
			if l != "" {
				b.WriteString(pad + l)
			}
		}
		return b.String()
	}
	if plainSafe.MatchString(value) && strings.TrimSpace(value) == value && !looksTyped(value) {
		return value
	}
	return quote(value)
}

// looksTyped reports whether YAML would read plain value as something other
// than text: a number, a boolean or null.
func looksTyped(value string) bool {
	var v any
	if err := yaml.Unmarshal([]byte(value), &v); err != nil {
		return true
	}
	_, isString := v.(string)
	return !isString
}

// quote writes value as a YAML double-quoted string.
func quote(value string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range value {
		switch r {
		case '"', '\\':
			b.WriteRune('\\')
			b.WriteRune(r)
		case '\n':
			b.WriteString(`\n`)
		case '\t':
			b.WriteString(`\t`)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
