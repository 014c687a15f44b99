package content

import (
	"gopkg.in/yaml.v3"

	"guidepress/internal/source"
)

// Counts the recovery model fixes: three components, eight areas of life.
const (
	RecoveryComponents = 3
	LifeAreas          = 8
)

// recovery reads recovery.yaml.
func (l *loader) recovery(g *Guide) {
	n, r := l.parse("recovery.yaml", nil, nil)
	defer l.done(r)
	if n == nil {
		return
	}
	rec := &g.Recovery
	rec.Pos = r.Pos(n)
	var compNode, areaNode *yaml.Node
	fields := map[string]func(*yaml.Node){
		"title":        func(v *yaml.Node) { rec.Title = l.text(r, v, "title") },
		"components":   func(v *yaml.Node) { compNode = v; rec.Components = l.components(r, v, "component") },
		"wheel_centre": func(v *yaml.Node) { rec.WheelCentre = l.text(r, v, "wheel_centre") },
		"life_areas":   func(v *yaml.Node) { areaNode = v; rec.LifeAreas = l.components(r, v, "life area") },
	}
	if !r.Fields(n, "recovery.yaml", fields, "title", "components", "wheel_centre", "life_areas") {
		return
	}
	if compNode != nil && compNode.Kind == yaml.SequenceNode && len(compNode.Content) != RecoveryComponents {
		r.Errorf(compNode, "components must list exactly %d components of recovery, not %d", RecoveryComponents, len(compNode.Content))
	}
	if areaNode != nil && areaNode.Kind == yaml.SequenceNode && len(areaNode.Content) != LifeAreas {
		r.Errorf(areaNode, "life_areas must list exactly %d areas of life, not %d", LifeAreas, len(areaNode.Content))
	}
}

// components reads a list of labelled diagram parts with unique ids.
func (l *loader) components(r *source.Reader, n *yaml.Node, what string) []*Component {
	var out []*Component
	seen := map[string]bool{}
	r.List(n, what+"s", func(item *yaml.Node) {
		c := &Component{Pos: r.Pos(item)}
		var idNode *yaml.Node
		fields := map[string]func(*yaml.Node){
			"id":    func(v *yaml.Node) { idNode = v; c.ID = l.id(r, v, what+" id") },
			"title": func(v *yaml.Node) { c.Title = l.text(r, v, what+" title") },
			"text":  func(v *yaml.Node) { c.Text = l.text(r, v, what+" text") },
		}
		if !r.Fields(item, what, fields, "id", "title") {
			return
		}
		if c.ID != "" && seen[c.ID] {
			r.Errorf(idNode, "%s id %q is used twice", what, c.ID)
		}
		seen[c.ID] = true
		out = append(out, c)
	})
	return out
}
