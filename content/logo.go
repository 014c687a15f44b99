package content

import (
	"bytes"
	"fmt"
	"image"
	_ "image/jpeg" // registers JPEG for image.Decode
	_ "image/png"  // registers PNG for image.Decode
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"guidepress/internal/source"
)

// Limits on an image file, checked before it is decoded.
const (
	// MaxImageBytes is the largest image file a guide may use (20 MB).
	MaxImageBytes = 20 << 20
	// MaxImageSide is the most pixels an image may have on either side.
	MaxImageSide = 10000
)

// Image is a PNG or JPEG file of the guide, read and checked at load.
type Image struct {
	// Path is the file's path relative to the content folder, with /.
	Path string
	// Data is the file's bytes as they are on disk.
	Data []byte
	// Format is "png" or "jpeg", from the file's own bytes.
	Format string
	// Width and Height are the image's size in pixels.
	Width, Height int
	// Pos is where the guide names the file.
	Pos Position
}

// Logo is the organisation's logo in each language: the same file for
// every language, or one each.
type Logo map[string]*Image

// Get returns lang's logo, or nil when the guide has none.
func (l Logo) Get(lang string) *Image { return l[lang] }

// urlPattern matches a scheme such as https: or data: at the start.
var urlPattern = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]+:`)

// logo reads guide.yaml's logo: a path for every language, or a map
// giving one path for each language of the guide.
func (l *loader) logo(r *source.Reader, n *yaml.Node, g *Guide) {
	n = r.Resolve(n)
	g.Logo = Logo{}
	if n.Kind != yaml.MappingNode {
		img := l.image(r, n, "logo")
		for _, lang := range l.langs {
			if img != nil {
				g.Logo[lang] = img
			}
		}
		return
	}
	fields := map[string]func(*yaml.Node){}
	for _, lang := range l.langs {
		fields[lang] = func(v *yaml.Node) {
			if img := l.image(r, v, "logo"); img != nil {
				g.Logo[lang] = img
			}
		}
	}
	r.Fields(n, "logo", fields, l.langs...)
}

// image reads and checks the image file that node n names.
func (l *loader) image(r *source.Reader, n *yaml.Node, what string) *Image {
	p, ok := r.String(n, what)
	if !ok {
		return nil
	}
	clean, msg := imagePath(p, "images/logo.png")
	if msg != "" {
		r.Errorf(n, "%s %q %s", what, p, msg)
		return nil
	}
	img, err := l.readImage(clean)
	if err != nil {
		r.Errorf(n, "%s file %s %v", what, clean, err)
		return nil
	}
	img.Pos = r.Pos(n)
	return img
}

// imagePath cleans p, a path relative to the content folder, or says
// why it cannot name a file there, giving example as a path that would.
func imagePath(p, example string) (string, string) {
	switch {
	case strings.TrimSpace(p) == "":
		return "", "is empty: give a PNG or JPEG file in the content folder, such as " + example
	case urlPattern.MatchString(p):
		return "", "is a URL: copy the file into the content folder and give its path, such as " + example
	case strings.HasPrefix(p, "/") || strings.HasPrefix(p, `\`) || len(p) > 1 && p[1] == ':':
		return "", "is an absolute path: give a path relative to the content folder, such as " + example
	case strings.Contains(p, `\`):
		return "", "uses \\: separate folders with /, such as " + example
	}
	clean := path.Clean(p)
	if clean == ".." || strings.HasPrefix(clean, "../") || !fs.ValidPath(clean) {
		return "", "leaves the content folder: keep images inside it, such as " + example
	}
	return clean, ""
}

// imageMagic are the first bytes of each format.
var imageMagic = map[string][]byte{
	"png":  []byte("\x89PNG\r\n\x1a\n"),
	"jpeg": {0xFF, 0xD8, 0xFF},
}

// readImage reads file and checks that it is a whole PNG or JPEG image
// within the limits.
func (l *loader) readImage(file string) (*Image, error) {
	info, err := fs.Stat(l.fsys, file)
	if err != nil {
		return nil, fmt.Errorf("cannot be read: %s", describe(err))
	}
	if info.IsDir() {
		return nil, fmt.Errorf("is a folder, not a PNG or JPEG file")
	}
	if info.Size() > MaxImageBytes {
		return nil, fmt.Errorf("is %.1f MB; the limit is %d MB (save it smaller, 300 pixels per inch at its printed size is plenty)", float64(info.Size())/(1<<20), MaxImageBytes>>20)
	}
	data, err := fs.ReadFile(l.fsys, file)
	if err != nil {
		return nil, fmt.Errorf("cannot be read: %s", describe(err))
	}
	format := ""
	for _, f := range []string{"png", "jpeg"} {
		if bytes.HasPrefix(data, imageMagic[f]) {
			format = f
		}
	}
	if format == "" {
		return nil, fmt.Errorf("is not a PNG or JPEG image (its first bytes are not a PNG's or a JPEG's, whatever its name)")
	}
	cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("is not a readable %s image: %v", strings.ToUpper(format), err)
	}
	if cfg.Width > MaxImageSide || cfg.Height > MaxImageSide {
		return nil, fmt.Errorf("is %d × %d pixels; the limit is 10,000 pixels a side", cfg.Width, cfg.Height)
	}
	if cfg.Width < 1 || cfg.Height < 1 {
		return nil, fmt.Errorf("has no pixels")
	}
	if _, _, err := image.Decode(bytes.NewReader(data)); err != nil {
		return nil, fmt.Errorf("is a damaged %s image (is the file complete?): %v", strings.ToUpper(format), err)
	}
	return &Image{Path: file, Data: data, Format: format, Width: cfg.Width, Height: cfg.Height}, nil
}

// Files returns the content-folder paths of the logo's files, each once,
// sorted.
func (l Logo) Files() []string {
	var fs []string
	for _, img := range l {
		if !slices.Contains(fs, img.Path) {
			fs = append(fs, img.Path)
		}
	}
	slices.Sort(fs)
	return fs
}
