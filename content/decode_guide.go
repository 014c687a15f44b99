package content

import (
	"regexp"
	"slices"

	"gopkg.in/yaml.v3"

	"guidepress/internal/source"
)

// idPattern is the form of every id; it also keeps stage file paths inside
// the content folder.
var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// supportedLanguages are the languages with built-in labels.
var supportedLanguages = []string{"cy", "en"}

// guide reads guide.yaml and then every file it leads to.
func (l *loader) guide() *Guide {
	n, r := l.parse("guide.yaml", nil, nil)
	defer l.done(r)
	if n == nil {
		return nil
	}
	g := &Guide{Source: l.label, Pos: r.Pos(n), Labels: map[string]Text{}}
	// Languages come first: every translatable field is checked against them.
	if langs := findKey(n, "languages"); langs != nil {
		l.languages(r, langs, g)
	}
	var intro *yaml.Node
	var stageIDs []*yaml.Node
	fields := map[string]func(*yaml.Node){
		"id":             func(v *yaml.Node) { g.ID = l.id(r, v, "guide id") },
		"title":          func(v *yaml.Node) { g.Title = l.text(r, v, "title") },
		"subtitle":       func(v *yaml.Node) { g.Subtitle = l.text(r, v, "subtitle") },
		"short_title":    func(v *yaml.Node) { g.ShortTitle = l.text(r, v, "short_title") },
		"organisation":   func(v *yaml.Node) { g.Organisation = l.text(r, v, "organisation") },
		"short_name":     func(v *yaml.Node) { g.ShortName = l.text(r, v, "short_name") },
		"charity_number": func(v *yaml.Node) { g.CharityNumber, _ = r.String(v, "charity_number") },
		"edition":        func(v *yaml.Node) { g.Edition, _ = r.Date(v, "edition") },
		"languages":      func(*yaml.Node) {},
		"review_notice":  func(v *yaml.Node) { g.ReviewNotice = l.text(r, v, "review_notice") },
		"intro":          func(v *yaml.Node) { intro = v },
		"stages":         func(v *yaml.Node) { _, stageIDs = r.StringList(v, "stages") },
		"labels":         func(v *yaml.Node) { l.labels(r, v, g) },
		"logo":           func(v *yaml.Node) { l.logo(r, v, g) },
	}
	if !r.Fields(n, "guide.yaml", fields, "id", "title", "organisation", "short_name", "edition", "languages", "review_notice", "stages") {
		return nil
	}
	if intro != nil {
		g.Intro = l.stageFile(r, intro)
	}
	l.stages(r, n, stageIDs, g)
	if !r.Problems.HasErrors() && !l.probs.HasErrors() {
		// Once the stage list is wrong, which files it leaves out says nothing.
		l.unlisted(intro, stageIDs)
	}
	l.contacts(g)
	l.recovery(g)
	l.lock(g)
	return g
}

// findKey returns the value of key in mapping n, or nil.
func findKey(n *yaml.Node, key string) *yaml.Node {
	if n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

// languages reads the guide's language list: known codes, no repeats.
func (l *loader) languages(r *source.Reader, n *yaml.Node, g *Guide) {
	vals, nodes := r.StringList(n, "languages")
	for i, code := range vals {
		switch {
		case !slices.Contains(supportedLanguages, code):
			r.Errorf(nodes[i], "language %q is not supported (supported: cy, en)", code)
		case slices.Contains(g.Languages, code):
			r.Errorf(nodes[i], "language %q is listed twice", code)
		default:
			g.Languages = append(g.Languages, code)
		}
	}
	if len(vals) == 0 && n.Kind == yaml.SequenceNode {
		r.Errorf(n, "languages must list at least one language")
	}
	l.langs = g.Languages
}

// labels reads the guide's overrides of built-in labels.
func (l *loader) labels(r *source.Reader, n *yaml.Node, g *Guide) {
	fields := map[string]func(*yaml.Node){}
	for _, key := range LabelKeys() {
		fields[key] = func(v *yaml.Node) { g.Labels[key] = l.text(r, v, "label "+key) }
	}
	r.Fields(n, "labels", fields)
}

// id reads an id and checks its form.
func (l *loader) id(r *source.Reader, n *yaml.Node, what string) string {
	s, ok := r.String(n, what)
	if ok && !idPattern.MatchString(s) {
		r.Errorf(n, "%s %q must be lower-case letters, digits and single hyphens", what, s)
		return ""
	}
	return s
}

// stages reads every stage file named in guide.yaml, in order.
func (l *loader) stages(r *source.Reader, top *yaml.Node, ids []*yaml.Node, g *Guide) {
	seen := map[string]bool{}
	if g.Intro != nil {
		seen[g.Intro.ID] = true
	}
	for _, n := range ids {
		if seen[n.Value] {
			r.Errorf(n, "stage %q is listed twice", n.Value)
			continue
		}
		seen[n.Value] = true
		if s := l.stageFile(r, n); s != nil {
			g.Stages = append(g.Stages, s)
		}
	}
	if n := findKey(top, "stages"); n != nil && n.Kind == yaml.SequenceNode && len(n.Content) == 0 {
		r.Errorf(n, "stages must list at least one stage")
	}
}
