package web

import (
	"strings"

	"guidepress/compose"
)

// contactPages writes the key contacts as the booklet lists them (crisis
// lines, services for every area, then each area's), and one page per
// area as an area edition lists them (crisis lines, every area's, that
// area's): the area filter, which needs no script. Each page lists the
// areas to choose from.
func (s *site) contactPages(pt *compose.Part, add func(string, []byte, error) error) error {
	if err := add(contactsPage, s.contactsPage(pt, contactsPage, ""), nil); err != nil {
		return err
	}
	for _, a := range s.g.Areas {
		p, err := compose.AreaBooklet(s.g, s.lang, a.ID)
		if err != nil {
			return add(areaPage(a.ID), nil, err)
		}
		title := label(s.lang, "in_area", "title", pt.Title, "area", a.Name.Get(s.lang))
		if err := add(areaPage(a.ID), s.contactsPage(p.Part(compose.Contacts), areaPage(a.ID), title), nil); err != nil {
			return err
		}
	}
	return nil
}

// areaPage is the name of an area's contacts page.
func areaPage(id string) string { return "contacts-" + id + ".html" }

// contactsPage writes a Key contacts part as the page file, titled title
// (the part's own title when "").
func (s *site) contactsPage(pt *compose.Part, file, title string) []byte {
	if title == "" {
		title = pt.Title
	}
	return s.page(file, title, func(w *writer) {
		w.heading(1, "", title)
		s.areaFilter(w, file)
		for _, g := range pt.Blocks {
			if g.Kind == compose.ContactGroup {
				s.contactGroup(w, &g)
			}
		}
	})
}

// areaFilter writes the list of areas, each a link to its page, the
// current one marked.
func (s *site) areaFilter(w *writer, file string) {
	if len(s.g.Areas) == 0 {
		return
	}
	w.markup("<nav class=\"areas\" aria-labelledby=\"choose-area\">\n<h2 id=\"choose-area\">", label(s.lang, "choose_area"), "</h2>\n<ul>\n")
	link := func(f, text string) {
		current := ""
		if f == file {
			current = " aria-current=\"page\""
		}
		w.markup("<li><a href=\"", f, "\""+current+">", text, "</a></li>\n")
	}
	link(contactsPage, label(s.lang, "all_areas"))
	for _, a := range s.g.Areas {
		link(areaPage(a.ID), a.Name.Get(s.lang))
	}
	w.WriteString("</ul>\n</nav>\n")
}

// contactGroup writes a group of contacts under its heading.
func (s *site) contactGroup(w *writer, g *compose.Block) {
	w.markup("<section class=\"contact-group\" id=\"", g.ID, "\">\n")
	level := 3
	if g.Text != "" {
		w.heading(2, "", g.Text)
	} else {
		level = 2
	}
	for _, c := range g.Children {
		if c.Contact != nil {
			contact(w, c.Contact, level)
		}
	}
	w.WriteString("</section>\n")
}

// contact writes one contact: its name as a heading, what it does, each
// way to reach it (phone numbers, addresses and email as links), and when
// its details were checked.
func contact(w *writer, e *compose.ContactEntry, level int) {
	w.WriteString("<div class=\"contact\">\n")
	w.heading(level, "", e.Name)
	w.markup("<p>", e.Description, "</p>\n<dl>\n")
	for _, way := range e.Ways {
		w.markup("<dt>", way.Label, "</dt>\n<dd>")
		if way.Link != "" {
			w.link(way.Link, way.Value)
		} else {
			for i, line := range strings.Split(strings.TrimSpace(way.Value), "\n") {
				if i > 0 {
					w.WriteString("<br>")
				}
				w.text(line)
			}
		}
		if way.Note != "" {
			w.markup(" ", way.Note, "")
		}
		w.WriteString("</dd>\n")
	}
	w.markup("</dl>\n<p class=\"checked\">", e.Checked, "</p>\n</div>\n")
}
