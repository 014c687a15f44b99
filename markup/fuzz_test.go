package markup

import (
	"strings"
	"testing"

	"guidepress/internal/source"
)

// FuzzParse checks that Parse never panics, places every problem at or
// after the Markdown's first line, keeps to the nesting it promises, and
// loses no text that goldmark's HTML renderer would show.
func FuzzParse(f *testing.F) {
	for _, tc := range parseCases {
		f.Add(tc.src)
	}
	for _, tc := range errorCases {
		if len(tc.src) < 1000 {
			f.Add(tc.src)
		}
	}
	f.Add("# Heddlu\n\nMae'r *heddlu* -- \"yr heddlu\" -- yn...\n\n1. un\n   - dau\n\n> > tri\n\n***\n\n[ffôn](tel:999) <https://llyw.cymru>")
	f.Add("| Ardal | Ffôn |\n|:--|--:|\n| **Caerdydd** | [029](tel:029) |\n| ŵ | ŷ | extra |\n| only |")
	f.Add("Cyn.\n\n![Cynllun o’r *gell*](images/cy/cell.png \"Y gell\")\n\n> ![map](images/map.png)\n\n- ![](x.png)")
	f.Fuzz(func(t *testing.T, src string) {
		blocks, err := Parse(src, at)
		if err != nil {
			checkProblems(t, src, err)
			return
		}
		for _, b := range blocks {
			if b.Depth > maxListDepth || b.Quote > maxQuoteDepth {
				t.Fatalf("block nested too deep: %+v", b)
			}
			if b.Kind == Image && (b.Alt == "" || b.Depth > 0) {
				t.Fatalf("image without alt text or in a list: %+v", b)
			}
			if b.Pos.Line < at.Line || b.Pos.Column < 1 {
				t.Fatalf("block at %v, before %v", b.Pos, at)
			}
		}
		if got, want := blocksText(blocks), htmlText(t, src); got != want {
			t.Fatalf("text lost:\n got %q\nHTML %q", got, want)
		}
	})
}

// checkProblems checks that err is a non-empty source.Problems of errors,
// each in the right file at or after the Markdown's first line.
func checkProblems(t *testing.T, src string, err error) {
	ps, ok := err.(source.Problems)
	if !ok || len(ps) == 0 {
		t.Fatalf("Parse(%q) error %T %v, want non-empty source.Problems", src, err, err)
	}
	lines := strings.Count(src, "\n")
	for _, p := range ps {
		if p.Severity != source.Error || p.Pos.Filename != at.Filename ||
			p.Pos.Line < at.Line || p.Pos.Line > at.Line+lines || p.Pos.Column < 1 {
			t.Fatalf("Parse(%q): bad problem %v", src, p)
		}
	}
}
