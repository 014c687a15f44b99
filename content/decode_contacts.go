package content

import (
	"gopkg.in/yaml.v3"

	"guidepress/internal/source"
)

// contacts reads contacts.yaml: health board areas, then contacts.
func (l *loader) contacts(g *Guide) {
	n, r := l.parse("contacts.yaml", nil, nil)
	defer l.done(r)
	if n == nil {
		return
	}
	fields := map[string]func(*yaml.Node){
		"areas":    func(v *yaml.Node) { l.areas(r, v, g) },
		"contacts": func(v *yaml.Node) { r.List(v, "contacts", func(c *yaml.Node) { l.contact(r, c, g) }) },
	}
	r.Fields(n, "contacts.yaml", fields, "contacts")
}

// areas reads the list of health board areas.
func (l *loader) areas(r *source.Reader, n *yaml.Node, g *Guide) {
	r.List(n, "areas", func(item *yaml.Node) {
		a := &Area{Pos: r.Pos(item)}
		fields := map[string]func(*yaml.Node){
			"id":   func(v *yaml.Node) { a.ID = l.id(r, v, "area id") },
			"name": func(v *yaml.Node) { a.Name = l.text(r, v, "area name") },
		}
		if r.Fields(item, "area", fields, "id", "name") {
			g.Areas = append(g.Areas, a)
		}
	})
}

// contact reads one contact.
func (l *loader) contact(r *source.Reader, n *yaml.Node, g *Guide) {
	c := &Contact{Pos: r.Pos(n)}
	fields := map[string]func(*yaml.Node){
		"id":          func(v *yaml.Node) { c.ID = l.id(r, v, "contact id") },
		"name":        func(v *yaml.Node) { c.Name = l.text(r, v, "contact name") },
		"description": func(v *yaml.Node) { c.Description = l.text(r, v, "description") },
		"phone":       func(v *yaml.Node) { c.Phone = l.phone(r, v, "phone") },
		"phone_note":  func(v *yaml.Node) { c.PhoneNote = l.text(r, v, "phone_note") },
		"text":        func(v *yaml.Node) { c.TextNumber = l.phone(r, v, "text") },
		"text_note":   func(v *yaml.Node) { c.TextNote = l.text(r, v, "text_note") },
		"email":       func(v *yaml.Node) { c.Email = l.email(r, v) },
		"web":         func(v *yaml.Node) { c.Web = l.web(r, v) },
		"address":     func(v *yaml.Node) { c.Address = l.text(r, v, "address") },
		"hours":       func(v *yaml.Node) { c.Hours = l.text(r, v, "hours") },
		"crisis":      func(v *yaml.Node) { c.Crisis, _ = r.Bool(v, "crisis") },
		"stages":      func(v *yaml.Node) { c.AllStages, c.Stages = l.allOrIDs(r, v, "stages", "stage") },
		"areas":       func(v *yaml.Node) { c.AllAreas, c.Areas = l.allOrIDs(r, v, "areas", "area") },
		"verified":    func(v *yaml.Node) { c.Verified, _ = r.Date(v, "verified") },
	}
	if !r.Fields(n, "contact", fields, "id", "name", "description", "stages", "areas", "verified") {
		return
	}
	if c.Phone == "" && c.TextNumber == "" && c.Email == "" && c.Web == "" && !c.Address.Has() {
		r.Errorf(n, "contact %q gives no way to reach it: add a phone, text, email, web or address", c.ID)
	}
	g.Contacts = append(g.Contacts, c)
}

// allOrIDs reads either the word "all" or a list of ids.
func (l *loader) allOrIDs(r *source.Reader, n *yaml.Node, what, kind string) (bool, []string) {
	if n.Kind == yaml.ScalarNode && n.Value == "all" {
		return true, nil
	}
	if n.Kind != yaml.SequenceNode {
		r.Errorf(n, "%s must be \"all\" or a list of %s ids", what, kind)
		return false, nil
	}
	ids := l.idList(r, n, what, kind)
	if len(n.Content) == 0 {
		r.Errorf(n, "%s must not be empty: write \"all\" or list %s ids", what, kind)
	}
	return false, ids
}
