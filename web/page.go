package web

import (
	"html"
	"strconv"
	"strings"
	"unicode/utf8"

	"guidepress/compose"
)

// writer accumulates a page's HTML.
type writer struct{ strings.Builder }

// text writes s escaped for HTML text and attribute values.
func (w *writer) text(s string) { w.WriteString(html.EscapeString(s)) }

// markup writes parts: odd ones (the second, fourth, ...) escaped, the
// others as markup.
func (w *writer) markup(parts ...string) {
	for i, p := range parts {
		if i%2 == 1 {
			w.text(p)
		} else {
			w.WriteString(p)
		}
	}
}

// page writes a whole page of the language: file is its name in the
// language's folder, title its title (its h1, which main writes; the
// browser's title adds the guide's short title), main the content of its
// <main>.
func (s *site) page(file, title string, main func(w *writer)) []byte {
	var w writer
	full := browserTitle(title, s.g.FooterTitle(s.lang), s.g.Title.Get(s.lang))
	w.markup("<!DOCTYPE html>\n<html lang=\"", s.lang, "\">\n<head>\n<meta charset=\"utf-8\">\n"+
		"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>", full, "</title>\n"+
		"<link rel=\"stylesheet\" href=\"../"+stylesheet+"\">\n")
	for _, lang := range s.g.Languages {
		w.markup("<link rel=\"alternate\" hreflang=\"", lang, "\" href=\"", "../"+lang+"/"+file, "\">\n")
	}
	w.markup("</head>\n<body>\n<a class=\"skip\" href=\"#main\">", label(s.lang, "skip"), "</a>\n")
	s.header(&w, file)
	w.WriteString("<main id=\"main\" tabindex=\"-1\">\n")
	main(&w)
	w.WriteString("</main>\n")
	s.footer(&w)
	if s.o.Version != "" && file != packPage {
		w.WriteString(reloadScript(s.o.Version))
	}
	w.WriteString("</body>\n</html>\n")
	return []byte(w.String())
}

// maxTitle is the most characters of a browser's title: a tab or a
// search result shows no more.
const maxTitle = 70

// browserTitle is a page's title as the browser shows it: the page's
// title, then the guide's (short) title when both fit in maxTitle
// characters; a title still too long is cut after a word, with "…".
func browserTitle(title, short, full string) string {
	if short != "" && title != full && title != short {
		if both := title + " – " + short; utf8.RuneCountInString(both) <= maxTitle {
			return both
		}
	}
	if utf8.RuneCountInString(title) <= maxTitle {
		return title
	}
	cut := []rune(title)[:maxTitle-1]
	if i := strings.LastIndex(string(cut), " "); i > 0 {
		return strings.TrimRight(string(cut)[:i], " ,;:–-") + "…"
	}
	return string(cut) + "…"
}

// header writes the banner (the guide's title, the links to this page in
// the other languages) and the menu, the current page marked.
func (s *site) header(w *writer, file string) {
	w.markup("<header>\n<p class=\"site-title\"><a href=\"", homePage, "\">", s.g.Title.Get(s.lang), "</a></p>\n")
	w.markup("<nav class=\"languages\" aria-label=\"", label(s.lang, "other_lang"), "\">\n<ul>\n")
	for _, lang := range s.g.Languages {
		if lang != s.lang {
			w.markup("<li><a href=\"", "../"+lang+"/"+file, "\" hreflang=\"", lang, "\" lang=\"", lang, "\">", languageName(lang), "</a></li>\n")
		}
	}
	w.markup("</ul>\n</nav>\n</header>\n<nav class=\"menu\" aria-label=\"", label(s.lang, "menu"), "\">\n<ul>\n")
	for _, e := range s.nav {
		current := ""
		if e.file == file {
			current = " aria-current=\"page\""
		}
		w.markup("<li><a href=\"", e.file, "\""+current+">", e.title, "</a></li>\n")
	}
	w.WriteString("</ul>\n</nav>\n")
}

// footer writes the organisation's logo and details, as the booklet's
// back cover holds them; the logo's file is one of the site's (see
// Site).
func (s *site) footer(w *writer) {
	w.WriteString("<footer>\n")
	if pt := s.booklet.Part(compose.BackCover); pt != nil {
		for _, b := range pt.Blocks {
			if b.Kind == compose.Logo {
				w.markup("<p class=\"logo\"><img src=\"", "../"+b.Image.Path, "\" alt=\"", b.Alt,
					"\" width=\"", strconv.Itoa(b.Image.Width), "\" height=\"", strconv.Itoa(b.Image.Height), "\"></p>\n")
				continue
			}
			w.markup("<p class=\"", string(b.Role), "\">", b.Text, "</p>\n")
		}
	}
	w.WriteString("</footer>\n")
}

// heading writes a heading of level (1 to 6) with an optional id.
func (w *writer) heading(level int, id, text string) {
	n := string(rune('0' + min(max(level, 1), 6)))
	if id != "" {
		w.markup("<h"+n+" id=\"", id, "\">", text, "</h"+n+">\n")
		return
	}
	w.markup("<h"+n+">", text, "</h"+n+">\n")
}
