package markup

import "testing"

func TestResolve(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`plain`, `plain`},
		{`\*`, `*`},
		{`\\*`, `\*`},
		{`\a`, `\a`},
		{`a\`, `a\`},
		{`&amp;`, `&`},
		{`&amp`, `&amp`},
		{`&;`, `&;`},
		{`&#;`, `&#;`},
		{`&#x;`, `&#x;`},
		{`&#65;&#x41;&#X41;`, `AAA`},
		{`&#0010;`, "\n"},
		{`&#00000065;`, `&#00000065;`},
		{`&#1234567;`, "\uFFFD"},
		{`&#12345678;`, `&#12345678;`},
		{`&#x10FFFF;`, "\U0010FFFF"},
		{`&#x110000;`, "\uFFFD"},
		{`&#x1234567;`, `&#x1234567;`},
		{`&#38;amp;`, `&amp;`},
		{`\&amp;`, `&amp;`},
		{`&&amp;`, `&&`},
		{`&wcirc;&ycirc;`, `ŵŷ`},
		{"a\x00b", "a\uFFFDb"},
	} {
		if got := resolve([]byte(tc.in)); got != tc.want {
			t.Errorf("resolve(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
