package source

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// MaxFileBytes is the largest YAML file read; a larger one is an error.
const MaxFileBytes = 4 << 20

// MaxAliases is how many alias expansions one file may make.
const MaxAliases = 1000

// Reader walks a parsed YAML file strictly and collects problems with their
// positions. The zero value is not usable; make one with Parse.
type Reader struct {
	// File is the name used in positions.
	File string
	// Problems found so far, in the order found.
	Problems Problems
	aliases  int
}

// Parse reads data as one YAML document named file. It returns the
// document's top node (nil when the file is empty or unreadable) and a
// Reader holding any problems found so far.
func Parse(file string, data []byte) (*yaml.Node, *Reader) {
	r := &Reader{File: file}
	if len(data) > MaxFileBytes {
		r.add(Position{file, 1, 1}, Error, fmt.Sprintf("file is %d bytes; the limit is %d bytes", len(data), MaxFileBytes))
		return nil, r
	}
	if !r.checkBytes(data) {
		return nil, r
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		r.add(syntaxPos(file, err), Error, syntaxMessage(err))
		return nil, r
	}
	if len(doc.Content) == 0 {
		return nil, r
	}
	return doc.Content[0], r
}

// checkBytes reports invalid UTF-8 and control characters with positions,
// since the YAML parser would name neither line nor column.
func (r *Reader) checkBytes(data []byte) bool {
	line, col := 1, 1
	ok := true
	for i := 0; i < len(data); {
		c, size := utf8.DecodeRune(data[i:])
		switch {
		case c == utf8.RuneError && size == 1:
			r.add(Position{r.File, line, col}, Error, fmt.Sprintf("invalid UTF-8 byte 0x%02X (save the file as UTF-8)", data[i]))
			return false
		case c == '\n':
			line, col = line+1, 0
		case c == '\t' || c == '\r' || c == '\uFEFF' && i == 0:
		case c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0):
			r.add(Position{r.File, line, col}, Error, fmt.Sprintf("control character U+%04X is not allowed", c))
			ok = false
		}
		i += size
		col++
	}
	return ok
}

var lineRE = regexp.MustCompile(`line (\d+)`)

// syntaxPos finds the line in a yaml.v3 error; yaml.v3 gives no column.
func syntaxPos(file string, err error) Position {
	m := lineRE.FindStringSubmatch(err.Error())
	line := 1
	if m != nil {
		line, _ = strconv.Atoi(m[1])
	}
	return Position{file, line, 1}
}

func syntaxMessage(err error) string {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	msg = lineRE.ReplaceAllString(msg, "")
	msg = strings.TrimLeft(msg, ": ")
	return "YAML syntax error: " + msg
}

// Pos returns the position of node n.
func (r *Reader) Pos(n *yaml.Node) Position {
	return Position{r.File, n.Line, n.Column}
}

func (r *Reader) add(p Position, s Severity, msg string) {
	r.Problems = append(r.Problems, Problem{Pos: p, Severity: s, Message: msg})
}

// Errorf records an error at node n.
func (r *Reader) Errorf(n *yaml.Node, format string, args ...any) {
	r.add(r.Pos(n), Error, fmt.Sprintf(format, args...))
}

// Warnf records a warning at node n.
func (r *Reader) Warnf(n *yaml.Node, format string, args ...any) {
	r.add(r.Pos(n), Warning, fmt.Sprintf(format, args...))
}

// Resolve follows an alias to the node it names, counting expansions so
// that an alias bomb stops with an error instead of exhausting memory. It
// returns nil when the limit is passed.
func (r *Reader) Resolve(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode {
		r.aliases++
		if r.aliases == MaxAliases+1 {
			r.Errorf(n, "too many YAML aliases (more than %d)", MaxAliases)
		}
		if r.aliases > MaxAliases {
			return nil
		}
		n = n.Alias
	}
	return n
}

// Fields reads mapping n, calling fields[key] with each value. A key not in
// fields, a repeated key and a missing required key are errors. what names
// the mapping in messages ("contact", "section"). It reports false when n
// is not a mapping.
func (r *Reader) Fields(n *yaml.Node, what string, fields map[string]func(*yaml.Node), required ...string) bool {
	if n = r.Resolve(n); n == nil {
		return false
	}
	if n.Kind != yaml.MappingNode {
		r.Errorf(n, "%s must be a mapping of keys to values, not %s", what, kindName(n))
		return false
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		f, ok := fields[k.Value]
		switch {
		case !ok:
			r.Errorf(k, "unknown key %q in %s (expected one of: %s)", k.Value, what, knownKeys(fields))
		case seen[k.Value]:
			r.Errorf(k, "key %q appears twice in %s", k.Value, what)
		default:
			seen[k.Value] = true
			if v = r.Resolve(v); v != nil {
				f(v)
			}
		}
	}
	for _, k := range required {
		if !seen[k] {
			r.Errorf(n, "%s is missing required key %q", what, k)
		}
	}
	return true
}

func knownKeys(fields map[string]func(*yaml.Node)) string {
	keys := make([]string, 0, len(fields))
	for k := range fields {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return strings.Join(keys, ", ")
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.SequenceNode:
		return "a list"
	case yaml.MappingNode:
		return "a mapping"
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return "empty"
		}
		return fmt.Sprintf("the value %q", n.Value)
	}
	return "something else"
}

// String reads a scalar as text. what names the value in messages.
func (r *Reader) String(n *yaml.Node, what string) (string, bool) {
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		r.Errorf(n, "%s must be text, not %s", what, kindName(n))
		return "", false
	}
	return n.Value, true
}

// Bool reads a scalar true or false.
func (r *Reader) Bool(n *yaml.Node, what string) (bool, bool) {
	if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" {
		r.Errorf(n, "%s must be true or false, not %s", what, kindName(n))
		return false, false
	}
	return n.Value == "true", true
}

// Float reads a scalar number.
func (r *Reader) Float(n *yaml.Node, what string) (float64, bool) {
	if n.Kind == yaml.ScalarNode && (n.Tag == "!!int" || n.Tag == "!!float") {
		if f, err := strconv.ParseFloat(n.Value, 64); err == nil {
			return f, true
		}
	}
	r.Errorf(n, "%s must be a number, not %s", what, kindName(n))
	return 0, false
}

// Date reads a scalar date written YYYY-MM-DD.
func (r *Reader) Date(n *yaml.Node, what string) (time.Time, bool) {
	if n.Kind == yaml.ScalarNode {
		if t, err := time.Parse("2006-01-02", n.Value); err == nil {
			return t, true
		}
	}
	r.Errorf(n, "%s must be a date written YYYY-MM-DD, not %s", what, kindName(n))
	return time.Time{}, false
}

// List calls each with every item of sequence n.
func (r *Reader) List(n *yaml.Node, what string, each func(*yaml.Node)) bool {
	if n.Kind != yaml.SequenceNode {
		r.Errorf(n, "%s must be a list, not %s", what, kindName(n))
		return false
	}
	for _, item := range n.Content {
		if item = r.Resolve(item); item != nil {
			each(item)
		}
	}
	return true
}

// StringList reads a sequence of text values, with each item's node.
func (r *Reader) StringList(n *yaml.Node, what string) ([]string, []*yaml.Node) {
	var vals []string
	var nodes []*yaml.Node
	r.List(n, what, func(item *yaml.Node) {
		if s, ok := r.String(item, "each item of "+what); ok {
			vals = append(vals, s)
			nodes = append(nodes, item)
		}
	})
	return vals, nodes
}
