package content

import (
	"maps"
	"slices"
)

// Field is one translatable field of a guide, named by a stable id: the
// file it lives in and its key path, with list items named by their ids,
// such as "stages/police.yaml#sections.rights.body".
type Field struct {
	// ID is the field's stable name.
	ID string
	// File is the file, relative to the content folder.
	File string
	// Path is the key path inside File, dot-separated.
	Path string
	// Text is the field's value in every language.
	Text Text
}

// fieldList collects fields in a fixed order.
type fieldList []Field

func (fs *fieldList) add(file, path string, t Text) {
	if len(t.Values) == 0 && len(t.LangPos) == 0 {
		return // an optional field the guide does not give
	}
	*fs = append(*fs, Field{ID: file + "#" + path, File: file, Path: path, Text: t})
}

// Fields lists every translatable field the guide gives, in file order:
// guide.yaml, the stages, contacts.yaml, recovery.yaml.
func (g *Guide) Fields() []Field {
	var fs fieldList
	fs.add("guide.yaml", "title", g.Title)
	fs.add("guide.yaml", "subtitle", g.Subtitle)
	fs.add("guide.yaml", "short_title", g.ShortTitle)
	fs.add("guide.yaml", "organisation", g.Organisation)
	fs.add("guide.yaml", "short_name", g.ShortName)
	fs.add("guide.yaml", "review_notice", g.ReviewNotice)
	for _, key := range sortedKeys(g.Labels) {
		fs.add("guide.yaml", "labels."+key, g.Labels[key])
	}
	for _, s := range g.allStages() {
		stageFields(&fs, s)
	}
	for _, a := range g.Areas {
		fs.add("contacts.yaml", "areas."+a.ID+".name", a.Name)
	}
	for _, c := range g.Contacts {
		contactFields(&fs, c)
	}
	recoveryFields(&fs, &g.Recovery)
	return fs
}

func stageFields(fs *fieldList, s *Stage) {
	file := "stages/" + s.ID + ".yaml"
	fs.add(file, "title", s.Title)
	fs.add(file, "short_title", s.ShortTitle)
	fs.add(file, "summary", s.Summary)
	fs.add(file, "at_a_glance", s.AtAGlance)
	for _, sec := range s.Sections {
		p := "sections." + sec.ID + "."
		fs.add(file, p+"heading", sec.Heading)
		fs.add(file, p+"body", sec.Body)
		fs.add(file, p+"advice", sec.Advice)
	}
}

func contactFields(fs *fieldList, c *Contact) {
	p := "contacts." + c.ID + "."
	fs.add("contacts.yaml", p+"name", c.Name)
	fs.add("contacts.yaml", p+"description", c.Description)
	fs.add("contacts.yaml", p+"phone_note", c.PhoneNote)
	fs.add("contacts.yaml", p+"text_note", c.TextNote)
	fs.add("contacts.yaml", p+"address", c.Address)
	fs.add("contacts.yaml", p+"hours", c.Hours)
}

func recoveryFields(fs *fieldList, r *Recovery) {
	fs.add("recovery.yaml", "title", r.Title)
	for _, c := range r.Components {
		fs.add("recovery.yaml", "components."+c.ID+".title", c.Title)
		fs.add("recovery.yaml", "components."+c.ID+".text", c.Text)
	}
	fs.add("recovery.yaml", "wheel_centre", r.WheelCentre)
	for _, a := range r.LifeAreas {
		fs.add("recovery.yaml", "life_areas."+a.ID+".title", a.Title)
		fs.add("recovery.yaml", "life_areas."+a.ID+".text", a.Text)
	}
}

func sortedKeys(m map[string]Text) []string {
	return slices.Sorted(maps.Keys(m))
}
