package styles

import (
	"path/filepath"
	"regexp"
	"strconv"

	"gopkg.in/yaml.v3"

	"guidepress/internal/source"
)

// pageSizes are the named page sizes a style may give, in millimetres.
var pageSizes = map[string][2]float64{
	"A3":     {297, 420},
	"A4":     {210, 297},
	"A5":     {148, 210},
	"A6":     {105, 148},
	"letter": {215.9, 279.4},
}

// decoder reads one style file into a Style, recording the nodes that
// validation needs for positions.
type decoder struct {
	r     *source.Reader
	st    *Style
	based bool   // the file says based_on: all keys are optional
	base  string // the preset it is based on, once found
	dir   string
	nodes map[string]*yaml.Node
	root  *yaml.Node
}

// decode reads a style from YAML data named file. presets resolves
// based_on; it is nil while presets themselves are read.
func decode(file string, data []byte, presets func(string) (*Style, bool)) (*Style, source.Problems) {
	root, r := source.Parse(file, data)
	if root == nil {
		if len(r.Problems) == 0 {
			r.Problems = append(r.Problems, source.Problem{Pos: source.Position{Filename: file, Line: 1, Column: 1}, Message: "style file is empty"})
		}
		return nil, r.Problems
	}
	d := &decoder{r: r, st: &Style{}, dir: filepath.Dir(file), nodes: map[string]*yaml.Node{}}
	d.basedOn(root, presets)
	d.top(root)
	if !r.Problems.HasErrors() {
		d.validate(root)
	}
	if r.Problems.HasErrors() {
		return nil, r.Problems
	}
	return d.st, nil
}

// basedOn starts the style from a preset when the file says based_on.
func (d *decoder) basedOn(root *yaml.Node, presets func(string) (*Style, bool)) {
	if root.Kind != yaml.MappingNode {
		return
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		if root.Content[i].Value != "based_on" {
			continue
		}
		v := root.Content[i+1]
		d.based = true // required keys are not asked for again
		d.nodes["based_on"] = v
		name, ok := d.r.String(v, "based_on")
		if !ok {
			return
		}
		var base *Style
		if presets != nil {
			base, ok = presets(name)
		}
		if !ok {
			d.r.Errorf(v, "based_on %q is not a preset (expected one of: %s)", name, joinNames())
			return
		}
		*d.st = *base
		d.st.Fonts, d.st.Name = FontFiles{}, ""
		d.base = name
	}
}

// need lists keys that are required unless the style is based on a preset.
func (d *decoder) need(keys ...string) []string {
	if d.based {
		return nil
	}
	return keys
}

func (d *decoder) top(root *yaml.Node) {
	d.r.Fields(root, "style", map[string]func(*yaml.Node){
		"name":        func(n *yaml.Node) { d.text(n, "name", &d.st.Name) },
		"based_on":    func(*yaml.Node) {},
		"page":        d.page,
		"margins":     d.margins,
		"body_size":   func(n *yaml.Node) { d.num(n, "body_size", &d.st.BodySize) },
		"line_height": func(n *yaml.Node) { d.num(n, "line_height", &d.st.LineHeight) },
		"min_size":    func(n *yaml.Node) { d.num(n, "min_size", &d.st.MinSize) },
		"headings":    d.headings,
		"colours":     d.colours,
		"fonts":       d.fonts,
		"logo_height": func(n *yaml.Node) { d.num(n, "logo_height", &d.st.LogoHeight) },
	}, d.need("page", "margins", "body_size", "line_height", "min_size", "headings", "colours")...)
}

func (d *decoder) text(n *yaml.Node, what string, dst *string) {
	if s, ok := d.r.String(n, what); ok {
		*dst = s
	}
}

func (d *decoder) num(n *yaml.Node, what string, dst *float64) {
	if f, ok := d.r.Float(n, what); ok {
		*dst = f
		d.nodes[what] = n
	}
}

func (d *decoder) page(n *yaml.Node) {
	d.nodes["page"] = n
	if n.Kind == yaml.ScalarNode && n.Tag == "!!str" {
		sz, ok := pageSizes[n.Value]
		if !ok {
			d.r.Errorf(n, "unknown page size %q (expected A3, A4, A5, A6, letter or {width: mm, height: mm})", n.Value)
			return
		}
		d.st.PageWidth, d.st.PageHeight = sz[0], sz[1]
		return
	}
	d.r.Fields(n, "page", map[string]func(*yaml.Node){
		"width":  func(v *yaml.Node) { d.num(v, "page width", &d.st.PageWidth) },
		"height": func(v *yaml.Node) { d.num(v, "page height", &d.st.PageHeight) },
	}, "width", "height")
}

func (d *decoder) margins(n *yaml.Node) {
	d.nodes["margins"] = n
	m := &d.st.Margins
	d.r.Fields(n, "margins", map[string]func(*yaml.Node){
		"top":    func(v *yaml.Node) { d.num(v, "margins.top", &m.Top) },
		"bottom": func(v *yaml.Node) { d.num(v, "margins.bottom", &m.Bottom) },
		"left":   func(v *yaml.Node) { d.num(v, "margins.left", &m.Left) },
		"right":  func(v *yaml.Node) { d.num(v, "margins.right", &m.Right) },
	}, d.need("top", "bottom", "left", "right")...)
}

func (d *decoder) headings(n *yaml.Node) {
	h := &d.st.Headings
	d.r.Fields(n, "headings", map[string]func(*yaml.Node){
		"cover":   func(v *yaml.Node) { d.num(v, "headings.cover", &h.Cover) },
		"chapter": func(v *yaml.Node) { d.num(v, "headings.chapter", &h.Chapter) },
		"section": func(v *yaml.Node) { d.num(v, "headings.section", &h.Section) },
		"sub":     func(v *yaml.Node) { d.num(v, "headings.sub", &h.Sub) },
	}, d.need("cover", "chapter", "section", "sub")...)
}

func (d *decoder) colours(n *yaml.Node) {
	c := &d.st.Colours
	d.r.Fields(n, "colours", map[string]func(*yaml.Node){
		"text":  func(v *yaml.Node) { d.colour(v, "colours.text", &c.Text) },
		"muted": func(v *yaml.Node) { d.colour(v, "colours.muted", &c.Muted) },
		"tint":  func(v *yaml.Node) { d.colour(v, "colours.tint", &c.Tint) },
		"rule":  func(v *yaml.Node) { d.colour(v, "colours.rule", &c.Rule) },
	}, d.need("text", "muted", "tint", "rule")...)
}

var hexRE = regexp.MustCompile(`^#[0-9A-Fa-f]{6}$`)

func (d *decoder) colour(n *yaml.Node, what string, dst *Colour) {
	s, ok := d.r.String(n, what)
	if !ok {
		return
	}
	if !hexRE.MatchString(s) {
		d.r.Errorf(n, "%s must be a colour written #RRGGBB, not %q", what, s)
		return
	}
	v, _ := strconv.ParseUint(s[1:], 16, 32)
	*dst = Colour{uint8(v >> 16), uint8(v >> 8), uint8(v)}
	d.nodes[what] = n
}

func (d *decoder) fonts(n *yaml.Node) {
	f := &d.st.Fonts
	d.r.Fields(n, "fonts", map[string]func(*yaml.Node){
		"regular":     func(v *yaml.Node) { d.path(v, "fonts.regular", &f.Regular) },
		"bold":        func(v *yaml.Node) { d.path(v, "fonts.bold", &f.Bold) },
		"italic":      func(v *yaml.Node) { d.path(v, "fonts.italic", &f.Italic) },
		"bold_italic": func(v *yaml.Node) { d.path(v, "fonts.bold_italic", &f.BoldItalic) },
	}, "regular")
}

// path reads a file path relative to the style file's folder.
func (d *decoder) path(n *yaml.Node, what string, dst *string) {
	s, ok := d.r.String(n, what)
	if !ok {
		return
	}
	if s == "" {
		d.r.Errorf(n, "%s must name a file", what)
		return
	}
	if !filepath.IsAbs(s) {
		s = filepath.Join(d.dir, s)
	}
	*dst = s
}

func joinNames() string {
	s := ""
	for i, n := range Names() {
		if i > 0 {
			s += ", "
		}
		s += n
	}
	return s
}
