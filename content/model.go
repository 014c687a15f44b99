// Package content holds the model of a guide (metadata, stages, contacts, the
// recovery model and labels), loads it from YAML files with the position of
// every value, and validates it. It knows nothing of PDF.
package content

import (
	"time"

	"guidepress/markup"

	"guidepress/internal/source"
)

// Position is a place in a content file (file, line, column).
type Position = source.Position

// Problem is one thing wrong with the content, at a position.
type Problem = source.Problem

// Problems is every problem one load found.
type Problems = source.Problems

// Guide is a whole guide in every language it declares.
type Guide struct {
	// Source names where the guide was loaded from (a folder, or "default").
	Source string
	// ID is a short machine name for the guide, used in output file names.
	ID string
	// Title, Subtitle and Organisation appear on the cover.
	Title, Subtitle, Organisation Text
	// ShortTitle is an optional shorter title for page footers.
	ShortTitle Text
	// ShortName is the organisation's short name, used in advice headings.
	ShortName Text
	// CharityNumber is printed on the back cover.
	CharityNumber string
	// Edition is the edition date; it also fixes the PDF's dates.
	Edition time.Time
	// Languages lists the language codes the guide is written in, in the
	// order a bilingual edition places them (Welsh first by convention).
	Languages []string
	// ReviewNotice says what must be checked before real printing.
	ReviewNotice Text
	// Intro is the "How to use this guide" chapter (a stage in form only).
	Intro *Stage
	// Stages are the chapters in reading order.
	Stages []*Stage
	// Contacts are every contact the guide knows, in file order.
	Contacts []*Contact
	// Areas are the health board areas contacts may be limited to.
	Areas []*Area
	// Recovery holds the recovery diagram and the areas of life.
	Recovery Recovery
	// Logo is the organisation's logo in each language; empty when the
	// guide has none.
	Logo Logo
	// Labels are the guide's overrides of built-in labels, by label key.
	Labels map[string]Text
	// Lock records which English each translation was confirmed against;
	// nil when the content folder has no translations.lock.
	Lock *Lock
	// Pos is where the guide's metadata file starts.
	Pos Position
	// parsed holds the Markdown blocks validation parsed (see Markdown).
	// It is written while the guide loads and only read after.
	parsed map[parsedKey][]markup.Block
	// images are the image files the bodies show, by path (see Image).
	images map[string]*Image
	// inline holds the runs of the inline fields validation parsed (see
	// Inline), written and read as parsed is.
	inline map[fieldKey][]markup.Run
}

// Stage is one chapter of the guide, such as Police or Prison.
type Stage struct {
	ID    string
	Title Text
	// ShortTitle is an optional shorter title for running headers and
	// footers.
	ShortTitle Text
	Summary    Text
	// AtAGlance is a short Markdown text for the stage's one-sheet (a4)
	// leaflet: what happens and what to ask. Optional; the a4 format
	// needs it.
	AtAGlance Markdown
	Sections  []*Section
	// Contacts are the ids of contacts appended to this stage's leaflet,
	// besides those tagged for this stage or for every stage.
	Contacts []string
	// Diagrams names the diagrams this stage shows ("recovery", "wheel").
	Diagrams []string
	Pos      Position
	// images are the paths of the image files its bodies show.
	images []string
}

// Section is a headed part of a stage with a Markdown body and an optional
// advice call-out.
type Section struct {
	ID      string
	Heading Text
	Body    Markdown
	Advice  Markdown
	Pos     Position
}

// Markdown is translatable Markdown text with the position of each
// language's first line, so render errors can name a line in the YAML file.
type Markdown = Text

// Contact is a person or service a reader can reach.
type Contact struct {
	ID          string
	Name        Text
	Description Text
	Phone       string
	// PhoneNote is said after the number, such as "then press 2".
	PhoneNote Text
	// TextNumber is a number to send text messages to.
	TextNumber string
	// TextNote says what to send, such as `text "help"`.
	TextNote Text
	Email    string
	Web      string
	Address  Text
	Hours    Text
	// Crisis marks lines to call in a crisis; they are listed first.
	Crisis bool
	// AllStages is true when the contact belongs to every stage.
	AllStages bool
	Stages    []string
	// AllAreas is true when the contact serves all of Wales.
	AllAreas bool
	Areas    []string
	// Verified is the date the details were last checked.
	Verified time.Time
	Pos      Position
}

// Area is a health board area that contacts may be limited to.
type Area struct {
	ID   string
	Name Text
	Pos  Position
}

// Recovery is the recovery model: three components and eight areas of life.
type Recovery struct {
	// Title heads the recovery diagram ("The road to recovery").
	Title Text
	// Components are the parts of recovery, drawn in the recovery diagram.
	Components []*Component
	// WheelCentre is the label in the middle of the areas-of-life wheel.
	WheelCentre Text
	// LifeAreas are the areas of life, drawn around the wheel.
	LifeAreas []*Component
	Pos       Position
}

// Component is one labelled part of a diagram with a short explanation.
type Component struct {
	ID    string
	Title Text
	Text  Text
	Pos   Position
}

// Text is a translatable value: one string per language code, with where
// each came from.
type Text struct {
	Values map[string]string
	// Pos is the position of the whole field (the map, or its key).
	Pos Position
	// LangPos is the position of each language's value.
	LangPos map[string]Position
	// Indent is, for a literal or folded YAML block, the column (0-based)
	// where each language's text starts on the line after LangPos; it is
	// absent for other scalars.
	Indent map[string]int
}

// FooterTitle is the title a page footer shows in lang: the short title
// when the guide gives one, else the title.
func (g *Guide) FooterTitle(lang string) string {
	if s := g.Plain(g.ShortTitle, lang); s != "" {
		return s
	}
	return g.Plain(g.Title, lang)
}

// RunningTitle is the title running headers and footers show in lang:
// the short title when the stage gives one, else the title, as written
// (its inline Markdown not resolved: products use Guide.Plain).
func (s *Stage) RunningTitle(lang string) string {
	if t := s.ShortTitle.Get(lang); t != "" {
		return t
	}
	return s.Title.Get(lang)
}

// Get returns the text in lang, or "" when it is missing.
func (t Text) Get(lang string) string { return t.Values[lang] }

// Has reports whether any language has text.
func (t Text) Has() bool {
	for _, v := range t.Values {
		if v != "" {
			return true
		}
	}
	return false
}

// TextPos returns the position of the first character of lang's text: for
// a YAML block scalar, on the line after its indicator.
func (t Text) TextPos(lang string) Position {
	p, ok := t.LangPos[lang]
	if !ok {
		return t.Pos
	}
	if in, block := t.Indent[lang]; block {
		p.Line++
		p.Column = in + 1
	}
	return p
}

// StageByID returns the stage (or the intro) with id, or nil.
func (g *Guide) StageByID(id string) *Stage {
	if g.Intro != nil && g.Intro.ID == id {
		return g.Intro
	}
	for _, s := range g.Stages {
		if s.ID == id {
			return s
		}
	}
	return nil
}

// ContactByID returns the contact with id, or nil.
func (g *Guide) ContactByID(id string) *Contact {
	for _, c := range g.Contacts {
		if c.ID == id {
			return c
		}
	}
	return nil
}

// Severities of a Problem.
const (
	// Error stops a build.
	Error = source.Error
	// Warning is printed but does not stop a build.
	Warning = source.Warning
)
