package content

import (
	"strings"
	"testing"
)

const editSource = `# A stage file with comments that must survive.
id: police
title: {en: Police, cy: Heddlu}   # short titles
summary:
  en: If the police are involved.
  cy: "Os yw’r heddlu’n rhan o bethau."
sections:
  - id: rights
    heading: {en: Your rights, cy: 'Eich hawliau'}
    body:
      en: |
        First line.

        Second paragraph.
      cy: |
        Llinell gyntaf.

        Ail baragraff.

  # a comment between sections
  - id: next
    heading:
      en: Next
    body: {en: Text., cy: Testun.}
`

func TestSetText(t *testing.T) {
	cases := []struct {
		path, lang, value string
		changed           string // the line(s) expected in the result
	}{
		{"title", "cy", "Yr Heddlu", "title: {en: Police, cy: Yr Heddlu}   # short titles\n"},
		{"summary", "cy", "Pan fydd yr heddlu’n dod: beth i’w wneud", "  cy: \"Pan fydd yr heddlu’n dod: beth i’w wneud\"\n"},
		{"sections.rights.heading", "cy", "Eich hawliau chi", "heading: {en: Your rights, cy: Eich hawliau chi}\n"},
		{"sections.rights.body", "cy", "Un llinell, siŵr.\n\n- ŵ ŷ\n", "      cy: |\n        Un llinell, siŵr.\n\n        - ŵ ŷ\n\n  # a comment"},
		{"sections.next.heading", "cy", "Nesaf", "      en: Next\n      cy: Nesaf\n    body:"},
		{"sections.next.body", "cy", "true", "body: {en: Text., cy: \"true\"}\n"},
	}
	for _, c := range cases {
		t.Run(c.path, func(t *testing.T) {
			out, err := SetText([]byte(editSource), c.path, c.lang, c.value)
			if err != nil {
				t.Fatal(err)
			}
			s := string(out)
			if !strings.Contains(s, c.changed) {
				t.Errorf("result lacks %q:\n%s", c.changed, s)
			}
			for _, keep := range []string{"# A stage file with comments that must survive.", "# a comment between sections", "        First line.\n\n        Second paragraph.\n"} {
				if !strings.Contains(s, keep) {
					t.Errorf("lost %q", keep)
				}
			}
			if diff := strings.Count(s, "\n") - strings.Count(editSource, "\n"); diff < -2 || diff > 2 {
				t.Errorf("line count changed by %d", diff)
			}
		})
	}
}

func TestSetTextRefusesWhatItCannotEdit(t *testing.T) {
	if _, err := SetText([]byte(editSource), "sections.nope.body", "cy", "x"); err == nil || !strings.Contains(err.Error(), `no "nope"`) {
		t.Errorf("unknown path: %v", err)
	}
	src := "title: {en: Police}\n"
	if _, err := SetText([]byte(src), "title", "cy", "Heddlu"); err == nil || !strings.Contains(err.Error(), "add it by hand") {
		t.Errorf("missing key in a flow mapping: %v", err)
	}
}
