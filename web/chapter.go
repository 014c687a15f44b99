package web

import (
	"guidepress/compose"
)

// home writes the language's home page: the guide's title and subtitle,
// then its chapters in reading order, each with its summary, then the
// key contacts and the downloads.
func (s *site) home() []byte {
	title := s.g.Title.Get(s.lang)
	return s.page(homePage, title, func(w *writer) {
		w.heading(1, "", title)
		if cover := s.booklet.Part(compose.Cover); cover != nil {
			for _, b := range cover.Blocks {
				if b.Kind == compose.Paragraph {
					w.markup("<p class=\"", string(b.Role), "\">", b.Text, "</p>\n")
				}
			}
		}
		w.heading(2, "", s.booklet.Label("contents", nil))
		w.WriteString("<ul class=\"chapters\">\n")
		for _, pt := range s.booklet.Parts {
			if pt.Kind != compose.Chapter && pt.Kind != compose.Contacts {
				continue
			}
			file := pt.ID + ".html"
			if pt.Kind == compose.Contacts {
				file = contactsPage
			}
			w.markup("<li><a href=\"", file, "\">", pt.Title, "</a>")
			if sum := summary(pt); sum != "" {
				w.markup("<p>", sum, "</p>")
			}
			w.WriteString("</li>\n")
		}
		if len(s.downloads()) > 0 {
			w.markup("<li><a href=\"", downloadsPage, "\">", label(s.lang, "downloads"), "</a></li>\n")
		}
		w.WriteString("</ul>\n")
	})
}

// summary is a part's one-line summary, or "".
func summary(pt *compose.Part) string {
	for _, b := range pt.Blocks {
		if b.Role == compose.Summary {
			return b.Text
		}
	}
	return ""
}

// chapter writes a chapter's page: its blocks as the booklet holds them
// (title, summary, sections, figures), then its leaflet to download.
func (s *site) chapter(pt *compose.Part) ([]byte, error) {
	var err error
	data := s.page(pt.ID+".html", pt.Title, func(w *writer) {
		if err = s.blocks(w, pt.Blocks, 0); err != nil {
			return
		}
		s.leafletLinks(w, pt.ID)
	})
	return data, err
}
