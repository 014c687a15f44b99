package content

import (
	"gopkg.in/yaml.v3"

	"guidepress/internal/source"
)

// knownDiagrams are the diagrams a stage may show.
var knownDiagrams = []string{"recovery", "wheel"}

// stageFile reads stages/<id>.yaml for the id in node from (of guide.yaml).
func (l *loader) stageFile(from *source.Reader, idNode *yaml.Node) *Stage {
	id := l.id(from, idNode, "stage id")
	if id == "" {
		return nil
	}
	file := "stages/" + id + ".yaml"
	n, r := l.parse(file, from, idNode)
	defer l.done(r)
	if n == nil {
		return nil
	}
	s := &Stage{Pos: r.Pos(n)}
	fields := map[string]func(*yaml.Node){
		"id":          func(v *yaml.Node) { s.ID = l.stageID(r, v, id) },
		"title":       func(v *yaml.Node) { s.Title = l.text(r, v, "stage title") },
		"short_title": func(v *yaml.Node) { s.ShortTitle = l.text(r, v, "short_title") },
		"summary":     func(v *yaml.Node) { s.Summary = l.text(r, v, "summary") },
		"sections":    func(v *yaml.Node) { l.sections(r, v, s) },
		"at_a_glance": func(v *yaml.Node) { s.AtAGlance = l.text(r, v, "at_a_glance") },
		"contacts":    func(v *yaml.Node) { s.Contacts = l.idList(r, v, "contacts", "contact") },
		"diagrams":    func(v *yaml.Node) { s.Diagrams = l.diagrams(r, v) },
	}
	if !r.Fields(n, "stage", fields, "id", "title", "summary", "sections") {
		return nil
	}
	return s
}

// stageID reads a stage's id, which must match its file name.
func (l *loader) stageID(r *source.Reader, n *yaml.Node, want string) string {
	id := l.id(r, n, "stage id")
	if id != "" && id != want {
		r.Errorf(n, "stage id %q does not match its file name (stages/%s.yaml)", id, want)
	}
	return want
}

// sections reads a stage's list of sections; ids are unique in the stage.
func (l *loader) sections(r *source.Reader, n *yaml.Node, s *Stage) {
	seen := map[string]bool{}
	r.List(n, "sections", func(item *yaml.Node) {
		sec := &Section{Pos: r.Pos(item)}
		var idNode *yaml.Node
		fields := map[string]func(*yaml.Node){
			"id":      func(v *yaml.Node) { idNode = v; sec.ID = l.id(r, v, "section id") },
			"heading": func(v *yaml.Node) { sec.Heading = l.text(r, v, "heading") },
			"body":    func(v *yaml.Node) { sec.Body = l.text(r, v, "body") },
			"advice":  func(v *yaml.Node) { sec.Advice = l.text(r, v, "advice") },
		}
		if !r.Fields(item, "section", fields, "id", "heading", "body") {
			return
		}
		if sec.ID != "" && seen[sec.ID] {
			r.Errorf(idNode, "section id %q is used twice in this stage", sec.ID)
		}
		seen[sec.ID] = true
		s.Sections = append(s.Sections, sec)
	})
	if n.Kind == yaml.SequenceNode && len(n.Content) == 0 {
		r.Errorf(n, "stage %q has no sections: a stage needs at least one", s.ID)
	}
}

// idList reads a list of ids of kind ("contact", "stage", "area"), noting
// each for the check that it names something that exists.
func (l *loader) idList(r *source.Reader, n *yaml.Node, what, kind string) []string {
	var ids []string
	r.List(n, what, func(item *yaml.Node) {
		if id := l.id(r, item, kind+" id"); id != "" {
			ids = append(ids, id)
			l.refs = append(l.refs, ref{pos: r.Pos(item), kind: kind, id: id})
		}
	})
	return ids
}

// diagrams reads the diagrams a stage shows.
func (l *loader) diagrams(r *source.Reader, n *yaml.Node) []string {
	var out []string
	vals, nodes := r.StringList(n, "diagrams")
	for i, d := range vals {
		if d != knownDiagrams[0] && d != knownDiagrams[1] {
			r.Errorf(nodes[i], "unknown diagram %q (known: recovery, wheel)", d)
			continue
		}
		out = append(out, d)
	}
	return out
}
