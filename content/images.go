package content

import (
	"fmt"
	"maps"
	"slices"

	"guidepress/markup"
)

// SharpWidth is the width in mm an image may print at most, so that it
// is printed at no fewer than 150 pixels per inch: its pixels wide times
// SharpWidth.
const SharpWidth = 25.4 / 150

// NarrowImageMM is the printed width under which a body's image is
// warned about: at 150 pixels per inch it would print narrower than
// this (a third of an A5 page's text column and less).
const NarrowImageMM = 40

// bodyImages reads and checks the image file of every Image block among
// blocks, each file once per guide, and notes it as one of stage s's. A
// path is checked as the logo's is (inside the content folder, no URL,
// a whole PNG or JPEG within the limits); the problems are placed at the
// image in the Markdown. An image so small that it would print narrower
// than NarrowImageMM is a warning naming the file.
func (l *loader) bodyImages(g *Guide, s *Stage, blocks []markup.Block) Problems {
	var ps Problems
	for _, b := range blocks {
		if b.Kind != markup.Image {
			continue
		}
		clean, msg := imagePath(b.Src, "images/map.png")
		if msg != "" {
			ps = append(ps, Problem{Pos: b.Pos, Message: fmt.Sprintf("image %q %s", b.Src, msg)})
			continue
		}
		img, ok := g.images[clean]
		if !ok {
			var err error
			img, err = l.readImage(clean)
			if err != nil {
				ps = append(ps, Problem{Pos: b.Pos, Message: fmt.Sprintf("image file %s %v", clean, err)})
				continue
			}
			img.Pos = b.Pos
			if g.images == nil {
				g.images = map[string]*Image{}
			}
			g.images[clean] = img
			if w := float64(img.Width) * SharpWidth; w < NarrowImageMM {
				ps = append(ps, Problem{Pos: b.Pos, Severity: Warning, Message: fmt.Sprintf(
					"image file %s is %d pixels wide, so it prints at most %.0f mm wide (at fewer than 150 pixels per inch it would look blurred); 600 pixels print 100 mm wide",
					clean, img.Width, w)})
			}
		}
		if !slices.Contains(s.images, clean) {
			s.images = append(s.images, clean)
		}
	}
	return ps
}

// Image returns the image file at path (as a body writes it), read and
// checked when the guide loaded, or nil when no body names it.
func (g *Guide) Image(path string) *Image {
	clean, msg := imagePath(path, "")
	if msg != "" {
		return nil
	}
	return g.images[clean]
}

// ImageFiles returns the paths of the image files stage s's bodies show,
// sorted, each once.
func (s *Stage) ImageFiles() []string {
	return slices.Sorted(slices.Values(s.images))
}

// Images returns every image file the guide's bodies show, sorted by
// path.
func (g *Guide) Images() []*Image {
	paths := slices.Sorted(maps.Keys(g.images))
	out := make([]*Image, len(paths))
	for i, p := range paths {
		out[i] = g.images[p]
	}
	return out
}
