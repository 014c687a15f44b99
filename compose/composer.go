package compose

import (
	"errors"
	"fmt"
	"strings"

	"guidepress/content"
	"guidepress/markup"
)

// composer composes the products of one guide in one language.
type composer struct {
	g    *content.Guide
	lang string
}

func newComposer(g *content.Guide, lang, what string) (*composer, error) {
	switch {
	case g == nil:
		return nil, fmt.Errorf("lay out %s: no guide", what)
	case !g.Title.Has() || g.Title.Get(lang) == "":
		return nil, fmt.Errorf("lay out %s: the guide has no title in language %q", what, lang)
	}
	return &composer{g: g, lang: lang}, nil
}

func (c *composer) label(key string, vars map[string]string) string {
	return c.g.Label(c.lang, key, vars)
}

// product starts a product of kind k.
func (c *composer) product(k Kind, footer string) *Product {
	return &Product{Kind: k, Lang: c.lang, Guide: c.g, Meta: c.meta(), Footer: footer}
}

// meta is the guide's document information: its title, organisation and
// subtitle (or title) as the subject, dated with the edition.
func (c *composer) meta() Meta {
	subject := c.plain(c.g.Subtitle)
	if subject == "" {
		subject = c.plain(c.g.Title)
	}
	return Meta{Title: c.plain(c.g.Title), Author: c.plain(c.g.Organisation), Subject: subject, Date: c.g.Edition}
}

// plain is the product's language's text of field t as a reader sees
// it, its inline Markdown resolved (see content.Guide.Plain).
func (c *composer) plain(t content.Text) string { return c.g.Plain(t, c.lang) }

// field is a paragraph of field t in role r: its plain text and its
// styled runs; nothing when t has no text in the product's language.
func (c *composer) field(r Role, t content.Text) []Block {
	runs := c.g.Inline(t, c.lang)
	if len(runs) == 0 {
		return nil
	}
	return []Block{{Kind: Paragraph, Role: r, Text: markup.PlainText(runs), Runs: runs, Pos: t.TextPos(c.lang)}}
}

// title is a heading of field t at level: its plain text (for the
// bookmarks and running heads) and its styled runs.
func (c *composer) title(t content.Text, level int, r Role) Block {
	runs := c.g.Inline(t, c.lang)
	return Block{Kind: Heading, Level: level, Role: r, Text: markup.PlainText(runs), Runs: runs, Bookmark: true, Pos: t.TextPos(c.lang)}
}

// text is a paragraph of plain text in role r, or nothing when s is "".
func text(r Role, s string) []Block {
	if s == "" {
		return nil
	}
	return []Block{{Kind: Paragraph, Role: r, Text: s}}
}

// imprint are the organisation's details: its name, charity number,
// edition date and the review notice.
func (c *composer) imprint() []Block {
	return c.org(false)
}

// logo is the organisation's logo in the product's language, as a block
// list of one, or nil when the guide has none.
func (c *composer) logo() []Block {
	img := c.g.Logo.Get(c.lang)
	if img == nil {
		return nil
	}
	return []Block{{Kind: Logo, Image: img, Alt: c.g.Organisation.Get(c.lang), Pos: img.Pos}}
}

// backCover is a booklet's back cover: the logo over the organisation's
// details.
func (c *composer) backCover() []Block {
	return c.org(true)
}

// org is the organisation's details, under its logo when logo is set.
func (c *composer) org(logo bool) []Block {
	var bs []Block
	if logo {
		bs = c.logo()
	}
	bs = append(bs, c.field(Organisation, c.g.Organisation)...)
	if n := c.g.CharityNumber; n != "" {
		bs = append(bs, text(Charity, c.label("charity", map[string]string{"number": n}))...)
	}
	bs = append(bs, text(Edition, c.edition())...)
	return append(bs, c.field(Notice, c.g.ReviewNotice)...)
}

// edition is the "Edition: <date>" line.
func (c *composer) edition() string {
	return c.label("edition", map[string]string{"date": content.FormatDate(c.lang, c.g.Edition)})
}

// findStage returns the stage stageID of g.
func findStage(g *content.Guide, stageID string) (*content.Stage, error) {
	s := g.StageByID(stageID)
	if s == nil {
		return nil, fmt.Errorf("the guide has no stage %q", stageID)
	}
	return s, nil
}

// areaID resolves an area's id or name ("" for every area).
func areaID(g *content.Guide, area string) (string, error) {
	if area == "" {
		return "", nil
	}
	a, err := FindArea(g, area)
	if err != nil {
		return "", err
	}
	return a.ID, nil
}

// optionalArea resolves an area's id or name; "" is no area (nil).
func optionalArea(g *content.Guide, area string) (*content.Area, error) {
	if area == "" {
		return nil, nil
	}
	return FindArea(g, area)
}

// Stages returns the stages of g named by ids, in the guide's order and
// each once. No ids, or an unknown one, is an error that lists the
// guide's stages.
func Stages(g *content.Guide, ids []string) ([]*content.Stage, error) {
	known := make([]string, len(g.Stages))
	want := map[string]bool{}
	for _, id := range ids {
		want[id] = true
	}
	var out []*content.Stage
	for i, s := range g.Stages {
		known[i] = s.ID
		if want[s.ID] {
			out = append(out, s)
			delete(want, s.ID)
		}
	}
	for _, id := range ids {
		if want[id] {
			return nil, fmt.Errorf("unknown stage %q; the guide's stages are: %s", id, strings.Join(known, ", "))
		}
	}
	if len(out) == 0 {
		return nil, errors.New("no stages chosen; the guide's stages are: " + strings.Join(known, ", "))
	}
	return out, nil
}
