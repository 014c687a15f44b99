package diagram

import "testing"

// TestParts cuts every diagram into the figure and its legend entries:
// each part passes the layout checks on its own, nothing is lost, and the
// heights add up.
func TestParts(t *testing.T) {
	g := guide(t)
	for _, l := range everyLayout(t, g, styleNames...) {
		t.Run(l.String(), func(t *testing.T) {
			parts := l.geo.Parts()
			want := 1 + len(g.Recovery.Components)
			if l.kind == "wheel" {
				want = 1 + len(g.Recovery.LifeAreas)
			}
			if len(parts) != want {
				t.Fatalf("%d parts, want the figure and %d legend entries", len(parts), want-1)
			}
			var labels, shapes int
			var height float64
			for i, p := range parts {
				if err := p.Check(); err != nil {
					t.Errorf("part %d: %v", i, err)
				}
				labels, shapes, height = labels+len(p.Labels), shapes+len(p.Shapes), height+p.Height
				if i > 0 && (len(p.Labels) == 0 || p.Labels[0].Box.Y < 0) {
					t.Errorf("legend entry %d: %d labels, first at %.1f", i, len(p.Labels), p.Labels[0].Box.Y)
				}
			}
			if labels != len(l.geo.Labels) || shapes != len(l.geo.Shapes) || height < l.geo.Height-1e-9 || height > l.geo.Height+1e-9 {
				t.Errorf("parts hold %d labels, %d shapes, %.2f mm; the whole has %d, %d, %.2f",
					labels, shapes, height, len(l.geo.Labels), len(l.geo.Shapes), l.geo.Height)
			}
		})
	}
}
