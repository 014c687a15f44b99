package diagram

// Parts cuts the diagram into the figure and one part per legend entry,
// each a diagram of its own with its own height, so that a page layout can
// keep the figure whole and let the legend run on to the next page between
// entries. A diagram without a legend is one part.
func (geo *Geometry) Parts() []*Geometry {
	cuts := append([]float64{0}, geo.LegendTops...)
	parts := make([]*Geometry, len(cuts))
	for k := range parts {
		parts[k] = geo.part()
		end := geo.Height
		if k+1 < len(cuts) {
			end = cuts[k+1]
		}
		parts[k].Height = end - cuts[k]
	}
	which := func(y float64) int {
		k := 0
		for k+1 < len(cuts) && y >= cuts[k+1] {
			k++
		}
		return k
	}
	moved := map[int]int{} // shape index in geo → index in its part
	for i, s := range geo.Shapes {
		k := which(s.Y)
		moved[i] = len(parts[k].Shapes)
		parts[k].Shapes = append(parts[k].Shapes, s.shifted(-cuts[k]))
	}
	for _, l := range geo.Labels {
		k := which(l.Box.Y)
		l = l.shifted(-cuts[k])
		if l.Shape >= 0 {
			l.Shape = moved[l.Shape]
		}
		parts[k].Labels = append(parts[k].Labels, l)
	}
	return parts
}

// part is an empty diagram with geo's kind, language and text settings.
func (geo *Geometry) part() *Geometry {
	return &Geometry{Kind: geo.Kind, Lang: geo.Lang, Title: geo.Title, Width: geo.Width,
		Ascent: geo.Ascent, Descent: geo.Descent, Text: geo.Text}
}

// shifted returns the shape moved down by dy.
func (s Shape) shifted(dy float64) Shape {
	s.Y += dy
	if s.Kind == Line {
		s.Y2 += dy
	}
	return s
}

// shifted returns the label moved down by dy.
func (l Label) shifted(dy float64) Label {
	l.Box.Y += dy
	lines := make([]TextLine, len(l.Lines))
	for i, t := range l.Lines {
		t.Y += dy
		lines[i] = t
	}
	l.Lines = lines
	return l
}
