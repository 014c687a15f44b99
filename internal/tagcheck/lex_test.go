package tagcheck

import (
	"reflect"
	"testing"
)

// ops lexes s into its operators.
func ops(s string) ([]op, *lexer) {
	lx := &lexer{b: []byte(s)}
	var out []op
	var o op
	for lx.next(&o) {
		out = append(out, op{name: o.name, operands: append([]any(nil), o.operands...), offset: o.offset})
	}
	return out, lx
}

// TestLexerOperands: each kind of operand is read with its value, and
// each operator with its offset.
func TestLexerOperands(t *testing.T) {
	in := "% a comment\n/P <</MCID 3 /Alt (a \\(b\\) \\\\ (nested) \\101\\n) /Lang <636 9>>> BDC\n" +
		"[(Hi) -12.5 /N#20x <0a>] TJ\n1 0 0 1 +2 .5 cm"
	got, lx := ops(in)
	if lx.err != nil {
		t.Fatal(lx.err)
	}
	want := []op{
		{"BDC", []any{name("P"), map[string]any{"MCID": 3.0, "Alt": []byte("a (b) \\ (nested) A\n"), "Lang": []byte("ci")}}, 12},
		{"TJ", []any{[]any{[]byte("Hi"), -12.5, name("N x"), []byte{10}}}, 79},
		{"cm", []any{1.0, 0.0, 0.0, 1.0, 2.0, 0.5}, 107},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("lexed\n%#v\nwant\n%#v", got, want)
	}
}

// TestLexerInlineImage: an inline image's binary data, even holding
// operators and unbalanced parentheses, is skipped, and the image
// counts as painted at its EI.
func TestLexerInlineImage(t *testing.T) {
	got, lx := ops("BI /W 2 /H 1 /BPC 8 /CS /G ID \x00( BT EMC\xff EI Q")
	if lx.err != nil {
		t.Fatal(lx.err)
	}
	var names []string
	for _, o := range got {
		names = append(names, o.name)
	}
	if !reflect.DeepEqual(names, []string{"BI", "EI", "Q"}) {
		t.Errorf("operators %v, want [BI EI Q]", names)
	}
}

// TestLexerErrors: malformed streams stop the lexer with an error that
// says where, and never panic.
func TestLexerErrors(t *testing.T) {
	for in, at := range map[string]int{
		"BT (open Tj":         3,
		"<</MCID 1 BDC":       10,
		"[1 2 Tj":             0,
		"<12 zz> Tj":          4,
		"q ) Q":               2,
		"BI /W 1 ID \x00\x01": 11,
		"<</A>> BDC":          4,
	} {
		_, lx := ops(in)
		if lx.err == nil || lx.errAt != at {
			t.Errorf("%q: error %v at %d, want one at %d", in, lx.err, lx.errAt, at)
		}
	}
	deep := ""
	for range 100 {
		deep += "["
	}
	if _, lx := ops(deep + " Tj"); lx.err == nil {
		t.Error("100 nested arrays read without error")
	}
}
