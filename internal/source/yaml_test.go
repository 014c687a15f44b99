package source

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

func TestParseRefusesHugeFile(t *testing.T) {
	data := bytes.Repeat([]byte("# padding line\n"), 50<<20/15) // about 50 MB
	n, r := Parse("big.yaml", data)
	want := fmt.Sprintf("big.yaml:1:1: file is %d bytes; the limit is %d bytes", len(data), MaxFileBytes)
	if n != nil || len(r.Problems) != 1 || r.Problems[0].String() != want {
		t.Fatalf("got %v, want %q", r.Problems, want)
	}
}

// TestResolveStopsAliasBomb walks a list of more aliases than allowed: the
// walk stops with one error instead of expanding them all.
func TestResolveStopsAliasBomb(t *testing.T) {
	var b strings.Builder
	b.WriteString("a: &a [x]\nb: [")
	for i := 0; i < MaxAliases+50; i++ {
		b.WriteString("*a, ")
	}
	b.WriteString("*a]\n")
	n, r := Parse("bomb.yaml", []byte(b.String()))
	items := 0
	r.Fields(n, "bomb", map[string]func(n *yaml.Node){
		"a": func(*yaml.Node) {},
		"b": func(v *yaml.Node) { r.List(v, "b", func(*yaml.Node) { items++ }) },
	})
	if items != MaxAliases {
		t.Errorf("walked %d aliased items, want the limit %d", items, MaxAliases)
	}
	want := "bomb.yaml:2:"
	if len(r.Problems) != 1 || !strings.HasPrefix(r.Problems[0].String(), want) ||
		!strings.HasSuffix(r.Problems[0].String(), fmt.Sprintf("too many YAML aliases (more than %d)", MaxAliases)) {
		t.Errorf("problems = %v", r.Problems)
	}
}

func TestCheckBytes(t *testing.T) {
	cases := map[string]string{
		"a: b\nc: \x01d\n":  "f.yaml:2:4: control character U+0001 is not allowed",
		"a: \xc3\x28\n":     "f.yaml:1:4: invalid UTF-8 byte 0xC3 (save the file as UTF-8)",
		"\uFEFFa: ŵ\tŷ\r\n": "",
	}
	for in, want := range cases {
		_, r := Parse("f.yaml", []byte(in))
		got := ""
		if len(r.Problems) > 0 {
			got = r.Problems[0].String()
		}
		if got != want {
			t.Errorf("%q: got %q, want %q", in, got, want)
		}
	}
}
