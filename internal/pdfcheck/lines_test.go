package pdfcheck

import (
	"strings"
	"testing"
)

// bboxSample is pdftotext -bbox-layout's output for a page of two lines,
// the second overlapping the first and running past the right margin.
const bboxSample = `<doc>
  <page width="419.530000" height="595.280000">
    <flow><block>
        <line xMin="45.35" yMin="41.17" xMax="345.16" yMax="52.71">
          <word xMin="45.35" yMin="41.17" xMax="80" yMax="52.71">Gŵr</word>
          <word xMin="82" yMin="41.17" xMax="345.16" yMax="52.71">&amp; tŷ</word>
        </line>
        <line xMin="45.35" yMin="50.00" xMax="400.00" yMax="61.54">
          <word xMin="45.35" yMin="50.00" xMax="400.00" yMax="61.54">wide</word>
        </line>
    </block></flow>
  </page>
</doc>`

func TestParseLines(t *testing.T) {
	pages := ParseLines(bboxSample)
	if len(pages) != 1 || pages[0].W != 419.53 || len(pages[0].Lines) != 2 {
		t.Fatalf("got %+v, want one 419.53pt-wide page of two lines", pages)
	}
	if got := pages[0].Lines[0].Text; got != "Gŵr & tŷ" {
		t.Errorf("first line reads %q, want %q (entities resolved, Welsh letters kept)", got, "Gŵr & tŷ")
	}
}

func TestGeometryFindsOverlapAndMargins(t *testing.T) {
	pages := ParseLines(bboxSample)
	probs := Geometry(pages, MarginBox(148, 210, 14, 16, 14, 16))
	joined := strings.Join(probs, "\n")
	if len(probs) != 2 || !strings.Contains(joined, `"wide" at`) || !strings.Contains(joined, "overlap") {
		t.Errorf("got %d problems, want the wide line outside the margins and the overlap:\n%s", len(probs), joined)
	}
	pages[0].Lines = pages[0].Lines[:1]
	if probs := Geometry(pages, MarginBox(148, 210, 14, 16, 14, 16)); len(probs) != 0 {
		t.Errorf("a line inside the margins: %v", probs)
	}
}
