package typeset

import "guidepress/markup"

// Widest is the width in mm of the widest word of runs at size points:
// the narrowest a column can be without breaking a word by force (a
// table's column, say). A phone number's groups count as one word.
func Widest(m *Measurer, runs []markup.Run, size float64) float64 {
	w := 0.0
	for _, wd := range splitWords(runs) {
		x := 0.0
		for _, p := range wd.parts {
			x += m.Width(p.text, p.st.face, size)
		}
		w = max(w, x)
	}
	return w
}
