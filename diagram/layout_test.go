package diagram

import (
	"math"
	"slices"
	"strings"
	"testing"

	"guidepress/fonts"
	"guidepress/styles"
)

// TestLabelsFit checks, from the geometry alone, every rule a reader
// relies on, for both diagrams in both languages and every style.
func TestLabelsFit(t *testing.T) {
	g := guide(t)
	fam := fonts.Default()
	asc, desc := fam.Metrics()
	for _, l := range everyLayout(t, g) {
		t.Run(l.String(), func(t *testing.T) {
			geo := l.geo
			if geo.Width != l.st.TextWidth() || geo.Height <= 0 {
				t.Errorf("size %.1f × %.1f mm, want width %.1f", geo.Width, geo.Height, l.st.TextWidth())
			}
			for _, lb := range geo.Labels {
				checkLabel(t, geo, lb, l.st, fam, asc, desc)
			}
			checkNoOverlaps(t, geo)
			checkShapesInside(t, geo)
			if err := geo.Check(); err != nil {
				t.Error(err)
			}
		})
	}
}

// checkLabel re-measures every line of lb and checks that it fits the
// box, that the box fits the label's shape, and that the text is large
// enough and complete.
func checkLabel(t *testing.T, geo *Geometry, lb Label, st *styles.Style, fam *fonts.Family, asc, desc float64) {
	t.Helper()
	if lb.Size < st.MinSize {
		t.Errorf("%s: %gpt is below the style's minimum %gpt", lb.ID, lb.Size, st.MinSize)
	}
	if lb.Shape >= 0 && strings.HasSuffix(lb.ID, "-title") && lb.Size > st.BodySize {
		t.Errorf("%s: %gpt inside a shape is larger than body text %gpt", lb.ID, lb.Size, st.BodySize)
	}
	var joined []string
	mm := lb.Size * styles.PtToMM
	for _, ln := range lb.Lines {
		joined = append(joined, ln.Text)
		w := fam.Width(lb.Face, ln.Text, lb.Size)
		if ln.X < lb.Box.X-1e-6 || ln.X+w > lb.Box.X+lb.Box.W+1e-6 {
			t.Errorf("%s: line %q (%.2f mm at x %.2f) is outside its box %+v", lb.ID, ln.Text, w, ln.X, lb.Box)
		}
		if ln.Y-asc*mm < lb.Box.Y-1e-6 || ln.Y+desc*mm > lb.Box.Y+lb.Box.H+1e-6 {
			t.Errorf("%s: line %q at baseline %.2f is outside its box %+v", lb.ID, ln.Text, ln.Y, lb.Box)
		}
	}
	if got := strings.Join(joined, " "); got != squash(lb.Text) {
		t.Errorf("%s: lines %q do not make up the text %q", lb.ID, got, lb.Text)
	}
	if lb.Shape >= 0 {
		s := geo.Shapes[lb.Shape]
		if !inside(s, lb.Box) {
			t.Errorf("%s: box %+v is not inside %s %s", lb.ID, lb.Box, s.Kind, s.ID)
		}
	}
}

// inside tests box against shape s by sampling points along the box's
// edges, independently of Shape.Holds.
func inside(s Shape, box Rect) bool {
	half := s.Stroke.Width / 2
	for i := 0; i <= 40; i++ {
		f := float64(i) / 40
		for _, p := range [][2]float64{
			{box.X + f*box.W, box.Y}, {box.X + f*box.W, box.Y + box.H},
			{box.X, box.Y + f*box.H}, {box.X + box.W, box.Y + f*box.H},
		} {
			dx, dy := p[0]-s.X, p[1]-s.Y
			d := math.Hypot(dx, dy)
			if d > s.R-half+1e-6 {
				return false
			}
			if s.Kind != Wedge {
				continue
			}
			deg := math.Mod(math.Atan2(dx, -dy)*180/math.Pi+360, 360)
			if d < s.Inner+half-1e-6 || deg < s.From-1e-6 || deg > s.To+1e-6 {
				return false
			}
		}
	}
	return true
}

func checkNoOverlaps(t *testing.T, geo *Geometry) {
	t.Helper()
	for i, a := range geo.Labels {
		for _, b := range geo.Labels[:i] {
			if a.Box.Overlaps(b.Box) {
				t.Errorf("labels %s %+v and %s %+v overlap", a.ID, a.Box, b.ID, b.Box)
			}
		}
	}
}

// checkShapesInside checks every shape, with its outline, lies within the
// diagram.
func checkShapesInside(t *testing.T, geo *Geometry) {
	t.Helper()
	for _, s := range geo.Shapes {
		h := s.Stroke.Width / 2
		x0, y0, x1, y1 := s.X-s.R-h, s.Y-s.R-h, s.X+s.R+h, s.Y+s.R+h
		if s.Kind == Line {
			x0, y0 = min(s.X, s.X2)-h, min(s.Y, s.Y2)-h
			x1, y1 = max(s.X, s.X2)+h, max(s.Y, s.Y2)+h
		}
		if x0 < -1e-6 || y0 < -1e-6 || x1 > geo.Width+1e-6 || y1 > geo.Height+1e-6 {
			t.Errorf("shape %s reaches outside the %.1f × %.1f mm diagram", s.ID, geo.Width, geo.Height)
		}
	}
}

// TestAllTextShown checks each diagram shows every title (and the
// recovery diagram every explanation) in the edition's language, and
// that the recovery diagram's circles are numbered 1 to 3.
func TestAllTextShown(t *testing.T) {
	g := guide(t)
	for _, l := range everyLayout(t, g, "standard") {
		var texts []string
		for _, lb := range l.geo.Labels {
			texts = append(texts, lb.Text)
		}
		for _, want := range wantTexts(g, l.kind, l.lang) {
			if !slices.Contains(texts, squash(want)) {
				t.Errorf("%s: no label reads %q", l, want)
			}
		}
		if l.geo.Lang != l.lang || l.geo.Title == "" {
			t.Errorf("%s: Lang %q, Title %q", l, l.geo.Lang, l.geo.Title)
		}
	}
}

// TestWelshLabelsDiffer guards against drawing English in the Welsh
// edition.
func TestWelshLabelsDiffer(t *testing.T) {
	g := guide(t)
	st := preset(t, "standard")
	geo, err := Wheel(g, "cy", st, fonts.Default(), st.TextWidth())
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, lb := range geo.Labels {
		found = found || lb.Text == "Triniaeth feddygol a mathau eraill o driniaeth gan gynnwys ymyriadau seicolegol"
		if lb.Text == "Finance and money" {
			t.Errorf("the Welsh wheel shows English label %s", lb.ID)
		}
	}
	if !found {
		t.Error("the Welsh wheel lacks the long Welsh treatment label")
	}
}

// TestFitsOnePage checks the diagrams, below a one-line heading, fit a
// page of each style: the booklet places them in the text column.
func TestFitsOnePage(t *testing.T) {
	for _, l := range everyLayout(t, guide(t)) {
		heading := l.st.Leading(l.st.Headings.Chapter) + l.st.Leading(l.st.BodySize)
		if l.geo.Height+heading > l.st.TextHeight() {
			t.Errorf("%s: %.1f mm tall; with a heading it overflows the %.1f mm text height", l, l.geo.Height, l.st.TextHeight())
		}
	}
}
