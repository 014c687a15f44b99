package styles

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"guidepress/fonts"
	"guidepress/internal/source"
)

func TestPresets(t *testing.T) {
	if got, want := Names(), []string{"a4", "large-print", "standard"}; !slices.Equal(got, want) {
		t.Fatalf("Names() = %v, want %v", got, want)
	}
	std, err := Preset("standard")
	if err != nil {
		t.Fatal(err)
	}
	if std.PageWidth != 148 || std.PageHeight != 210 || std.BodySize != 12 {
		t.Errorf("standard = %gx%g mm body %gpt, want A5 148x210 body 12pt", std.PageWidth, std.PageHeight, std.BodySize)
	}
	if std.LineHeight < 1.35 || std.Margins.Left < 14 {
		t.Errorf("standard line height %g margins %+v: want generous", std.LineHeight, std.Margins)
	}
	lp, _ := Preset("large-print")
	if lp.PageWidth != 210 || lp.BodySize < 16 || lp.MinSize < 14 || lp.Headings.Section <= lp.BodySize {
		t.Errorf("large-print = %+v", lp)
	}
	a4, _ := Preset("a4")
	if a4.PageWidth != 210 || a4.PageHeight != 297 || a4.BodySize < 12 || a4.BodySize > 13 {
		t.Errorf("a4 = %+v", a4)
	}
	for _, n := range Names() {
		st, _ := Preset(n)
		if st.Name != n || st.File != "" {
			t.Errorf("preset %s: Name %q File %q", n, st.Name, st.File)
		}
		if f, err := st.Family(); err != nil || f != fonts.Default() {
			t.Errorf("preset %s family: %v", n, err)
		}
	}
}

func TestPresetIsACopy(t *testing.T) {
	a, _ := Preset("standard")
	a.BodySize = 99
	b, _ := Preset("standard")
	if b.BodySize == 99 {
		t.Error("changing a preset's copy changed the preset")
	}
	if _, err := Preset("tiny"); err == nil || err.Error() != `unknown style "tiny" (presets: a4, large-print, standard)` {
		t.Errorf("Preset(tiny) error = %v", err)
	}
}

func write(t *testing.T, name, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const full = `name: mine
page: {width: 148, height: 210}
margins: {top: 15, bottom: 15, left: 15, right: 15}
body_size: 14
line_height: 1.5
min_size: 11
headings: {cover: 28, chapter: 22, section: 16, sub: 14}
colours: {text: "#111111", muted: "#222222", tint: "#EEEEEE", rule: "#000000"}
`

func TestLoadFull(t *testing.T) {
	p := write(t, "mine.yaml", full)
	st, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	want := Style{Name: "mine", File: p, PageWidth: 148, PageHeight: 210,
		Margins: Margins{15, 15, 15, 15}, BodySize: 14, LineHeight: 1.5, MinSize: 11,
		Headings:   Headings{28, 22, 16, 14},
		Colours:    Colours{Colour{0x11, 0x11, 0x11}, Colour{0x22, 0x22, 0x22}, Colour{0xEE, 0xEE, 0xEE}, Colour{}},
		LogoHeight: DefaultLogoHeight}
	if *st != want {
		t.Errorf("Load = %+v\nwant %+v", *st, want)
	}
}

func TestBasedOnAndFonts(t *testing.T) {
	p := write(t, "big.yaml", "based_on: standard\nbody_size: 13\nfonts: {regular: f/r.ttf}\n")
	st, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	if st.Name != "big" || st.BodySize != 13 || st.PageWidth != 148 {
		t.Errorf("based_on: %+v", st)
	}
	if want := filepath.Join(filepath.Dir(p), "f", "r.ttf"); st.Fonts.Regular != want {
		t.Errorf("font path %q, want %q", st.Fonts.Regular, want)
	}
	if _, err := st.Family(); err == nil || !strings.Contains(err.Error(), "r.ttf") {
		t.Errorf("Family() with a missing file: %v", err)
	}
}

func TestLoadErrors(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"unknown key", "based_on: standard\nbody_sise: 14\n",
			`F:2:1: unknown key "body_sise" in style (expected one of: based_on, body_size, colours, fonts, headings, line_height, logo_height, margins, min_size, name, page)`},
		{"wrong type", "based_on: standard\nbody_size: big\n",
			`F:2:12: body_size must be a number, not the value "big"`},
		{"small body", "based_on: standard\nbody_size: 11\n",
			`F:2:12: body_size 11pt is below the 12pt minimum for clear print`},
		{"margin", "based_on: a4\nmargins: {top: 15, bottom: 15, left: 3, right: 15}\n",
			`F:2:38: margins.left 3 mm is less than the 5 mm that printers and copiers need`},
		{"impossible margins", "based_on: standard\nmargins: {top: 15, bottom: 15, left: 50, right: 50}\n",
			`F:2:10: margins leave a text area of 48 × 180 mm on a 148 × 210 mm page; at least 60 × 80 mm is needed`},
		{"page", "based_on: standard\npage: B5\n",
			`F:2:7: unknown page size "B5" (expected A3, A4, A5, A6, letter or {width: mm, height: mm})`},
		{"light text", "based_on: standard\ncolours: {text: \"#999999\"}\n",
			`F:2:17: colours.text #999999 has a contrast of 2.8:1 with white paper; at least 7:1 is needed to survive black-and-white copying`},
		{"bad colour", "based_on: standard\ncolours: {rule: red}\n",
			`F:2:17: colours.rule must be a colour written #RRGGBB, not "red"`},
		{"missing keys", "name: x\npage: A5\n",
			"F:1:1: style is missing required key \"margins\"\nF:1:1: style is missing required key \"body_size\"\n" +
				"F:1:1: style is missing required key \"line_height\"\nF:1:1: style is missing required key \"min_size\"\n" +
				"F:1:1: style is missing required key \"headings\"\nF:1:1: style is missing required key \"colours\""},
		{"based on unknown", "based_on: huge\n",
			`F:1:11: based_on "huge" is not a preset (expected one of: a4, large-print, standard)`},
		{"line height and headings", "based_on: standard\nline_height: 1\nheadings: {sub: 10}\n",
			"F:2:14: line_height 1 must be between 1.2 and 2 (times the text size)\nF:3:17: headings.sub 10pt is smaller than body_size 12pt"},
		{"inherited", "based_on: standard\nbody_size: 14\n",
			`F:1:11: headings.sub 13pt is smaller than body_size 14pt (headings.sub comes from preset standard)`},
		{"empty", "", "F:1:1: style file is empty"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := write(t, "s.yaml", c.text)
			_, err := Load(p)
			if err == nil {
				t.Fatal("no error")
			}
			if _, ok := err.(source.Problems); !ok {
				t.Errorf("error is %T, want source.Problems", err)
			}
			got := strings.ReplaceAll(err.Error(), p, "F")
			if got != c.want {
				t.Errorf("got\n%s\nwant\n%s", got, c.want)
			}
		})
	}
}

func TestResolve(t *testing.T) {
	st, err := Resolve("large-print")
	if err != nil || st.Name != "large-print" {
		t.Errorf("Resolve(large-print) = %v, %v", st, err)
	}
	p := write(t, "x.yaml", full)
	if st, err := Resolve(p); err != nil || st.Name != "mine" {
		t.Errorf("Resolve(file) = %v, %v", st, err)
	}
	_, err = Resolve("nope")
	if err == nil || err.Error() != `unknown style "nope": not a preset (a4, large-print, standard) and not a readable file` {
		t.Errorf("Resolve(nope) error = %v", err)
	}
}

// TestLogoHeight: a style file's logo_height is kept, and one too small
// or too tall for the page is refused at its position.
func TestLogoHeight(t *testing.T) {
	st, err := Load(write(t, "mine.yaml", full+"logo_height: 30\n"))
	if err != nil || st.LogoHeight != 30 {
		t.Fatalf("logo_height 30: %v, %v", st, err)
	}
	for _, h := range []string{"2", "61"} {
		_, err := Load(write(t, "mine.yaml", full+"logo_height: "+h+"\n"))
		if err == nil || !strings.Contains(err.Error(), ":9:14: logo_height "+h+"mm must be between 8 and 60mm") {
			t.Errorf("logo_height %s: %v", h, err)
		}
	}
}
