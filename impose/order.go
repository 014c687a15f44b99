package impose

// Sheet is one sheet of a saddle-stitched booklet as it comes out of the
// printer and as a reader holds it, the fold running top to bottom: the page
// numbers on the left and right halves of its front (outside) and of its
// back (inside, seen after turning the sheet over like a book page).
type Sheet struct {
	// Front holds the left and right page numbers of the outside.
	Front [2]int
	// Back holds the left and right page numbers of the inside.
	Back [2]int
}

// Order returns the saddle-stitch order of a booklet of the given number of
// pages, outermost sheet first. For 8 pages: sheet 1 front (8,1), back
// (2,7); sheet 2 front (6,3), back (4,5). Nested and folded, the sheets read
// 1, 2, ... pages. Order returns nil unless pages is a positive multiple of
// 4.
func Order(pages int) []Sheet {
	if pages <= 0 || pages%4 != 0 {
		return nil
	}
	sheets := make([]Sheet, pages/4)
	for i := range sheets {
		sheets[i] = Sheet{
			Front: [2]int{pages - 2*i, 2*i + 1},
			Back:  [2]int{2*i + 2, pages - 2*i - 1},
		}
	}
	return sheets
}
