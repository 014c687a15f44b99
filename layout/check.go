package layout

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"guidepress/content"
	"guidepress/fonts"
	"guidepress/internal/source"
)

// checker finds characters that cannot be printed before any reach fpdf,
// which panics on characters above U+FFFF and draws nothing for a glyph
// the font lacks.
type checker struct {
	fam   *fonts.Family
	lang  string
	probs source.Problems
}

// text checks lang's value of t.
func (c *checker) text(t content.Text, what string) {
	s := t.Get(c.lang)
	for off, r := range s {
		if msg := c.problem(r, what); msg != "" {
			c.probs = append(c.probs, source.Problem{Pos: charPos(t, c.lang, s, off), Message: msg})
		}
	}
}

// plain checks a value that is not translatable (a phone number, a label).
func (c *checker) plain(s string, pos source.Position, what string) {
	for _, r := range s {
		if msg := c.problem(r, what); msg != "" {
			c.probs = append(c.probs, source.Problem{Pos: pos, Message: msg})
		}
	}
}

func (c *checker) problem(r rune, what string) string {
	switch {
	case r == '\n' || r == '\t':
		return ""
	case r > 0xFFFF:
		return fmt.Sprintf("character %q (U+%04X) in %s cannot be printed: characters beyond U+FFFF (such as emoji) are not supported", r, r, what)
	case !c.fam.Covers(r):
		return fmt.Sprintf("character %q (U+%04X) in %s is not in the fonts", r, r, what)
	}
	return ""
}

// charPos finds the file position of the character at byte offset off of
// lang's text s in t.
func charPos(t content.Text, lang, s string, off int) source.Position {
	p := t.TextPos(lang)
	before := s[:off]
	nl := strings.LastIndexByte(before, '\n')
	if nl >= 0 {
		p.Line += strings.Count(before, "\n")
		if _, block := t.Indent[lang]; !block {
			p.Column = 1
		}
	}
	p.Column += utf8.RuneCountInString(before[nl+1:])
	return p
}

// checkGuide checks every text of g that a booklet in lang prints.
func checkGuide(g *content.Guide, lang string, fam *fonts.Family) error {
	c := &checker{fam: fam, lang: lang}
	for _, f := range []struct {
		t    content.Text
		what string
	}{{g.Title, "title"}, {g.Subtitle, "subtitle"}, {g.Organisation, "organisation"},
		{g.ShortName, "short_name"}, {g.ReviewNotice, "review_notice"},
		{g.Recovery.Title, "recovery title"}, {g.Recovery.WheelCentre, "wheel_centre"}} {
		c.text(f.t, f.what)
	}
	c.plain(g.CharityNumber, g.Pos, "charity_number")
	for _, s := range append([]*content.Stage{g.Intro}, g.Stages...) {
		c.stage(s)
	}
	for _, ct := range g.Contacts {
		c.contact(ct)
	}
	for _, key := range usedLabels {
		c.plain(g.Label(lang, key, nil), g.Labels[key].Pos, "label "+key)
	}
	if len(c.probs) > 0 {
		c.probs.Sort()
		return c.probs
	}
	return nil
}

func (c *checker) stage(s *content.Stage) {
	if s == nil {
		return
	}
	c.text(s.Title, "title")
	c.text(s.ShortTitle, "short_title")
	c.text(s.Summary, "summary")
	c.text(s.AtAGlance, "at_a_glance")
	for _, sec := range s.Sections {
		c.text(sec.Heading, "heading")
		c.text(sec.Body, "body")
		c.text(sec.Advice, "advice")
	}
}

func (c *checker) contact(ct *content.Contact) {
	for _, f := range []struct {
		t    content.Text
		what string
	}{{ct.Name, "name"}, {ct.Description, "description"}, {ct.PhoneNote, "phone_note"},
		{ct.TextNote, "text_note"}, {ct.Address, "address"}, {ct.Hours, "hours"}} {
		c.text(f.t, f.what)
	}
	for _, s := range []string{ct.Phone, ct.TextNumber, ct.Email, ct.Web} {
		c.plain(s, ct.Pos, "contact "+ct.ID)
	}
}

// LabelKeys returns the label keys a product prints: those of a booklet
// or a leaflet, and with pack set those a discharge pack adds. A test
// uses them to check that no label of one language appears in another's
// half.
func LabelKeys(pack bool) []string {
	if pack {
		return slices.Clone(packLabels)
	}
	return slices.Clone(usedLabels)
}

// usedLabels are the label keys a booklet or a leaflet prints.
var usedLabels = []string{"contents", "page_of", "key_contacts", "advice", "phone", "text",
	"email", "web", "hours", "address", "edition", "charity", "crisis", "checked", "notes", "every_area", "area_edition"}
