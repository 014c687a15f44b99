package impose

import (
	"errors"
	"fmt"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

// check reads the written booklet (of layout l) back (with relaxed validation) and
// verifies, from the page /Rotate entries and the tile matrices in the
// content streams, that every sheet holds the pages of Order(pages) where
// a reader expects them. padded pages (blank, no tile) are those inserted
// before the last page. It returns the flip the file needs: short edge if
// front and back sides display the same way up, long edge if the backs
// display upside down relative to the fronts. A booklet whose back sides
// are all blank prints the same either way; then it returns want.
func check(out []byte, l layout, pages, padded int, want Flip) (Flip, error) {
	ctx, err := readValidated(out, Configuration(model.VALIDATE))
	if err != nil {
		return 0, fmt.Errorf("check output: read: %w", err)
	}
	sheets := Order(pages)
	if ctx.PageCount != 2*len(sheets) {
		return 0, fmt.Errorf("check output: %d sheet sides, want %d", ctx.PageCount, 2*len(sheets))
	}
	blank := func(n int) bool { return n >= pages-padded && n < pages }
	var down [2][]bool // displayed upside down, for fronts [0] and backs [1]
	for i, sh := range sheets {
		for j, want := range [2][2]int{sh.Front, sh.Back} {
			s, err := readSide(ctx, 2*i+j+1, l.page)
			if err != nil {
				return 0, fmt.Errorf("check output: %w", err)
			}
			if err := samePages(s.held(l.sheet), want, blank); err != nil {
				return 0, fmt.Errorf("check output: sheet %d %s: %w", i+1, [2]string{"front", "back"}[j], err)
			}
			d, ok, err := s.upsideDown()
			if err != nil {
				return 0, fmt.Errorf("check output: sheet %d: %w", i+1, err)
			}
			if ok {
				down[j] = append(down[j], d)
			}
		}
	}
	return flipOf(down, want)
}

// samePages compares the pages seen on a side with those Order expects;
// a blank page draws nothing, so it may be seen as 0.
func samePages(got, want [2]int, blank func(int) bool) error {
	for k := range got {
		if got[k] != want[k] && (got[k] != 0 || !blank(want[k])) {
			return fmt.Errorf("holds pages %v, want %v", got, want)
		}
	}
	return nil
}

// flipOf derives the duplex flip from which sides display upside down.
func flipOf(down [2][]bool, want Flip) (Flip, error) {
	all := func(v []bool, x bool) bool {
		for _, b := range v {
			if b != x {
				return false
			}
		}
		return true
	}
	if len(down[0]) == 0 {
		return 0, errors.New("check output: no front side has content")
	}
	front := down[0][0]
	if !all(down[0], front) {
		return 0, errors.New("check output: front sides are not all the same way up")
	}
	switch {
	case len(down[1]) == 0:
		return want, nil
	case all(down[1], front):
		return ShortEdge, nil
	case all(down[1], !front):
		return LongEdge, nil
	}
	return 0, errors.New("check output: back sides are not all the same way up")
}
