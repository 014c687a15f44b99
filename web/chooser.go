package web

import "guidepress/content"

// chooser is the site's root page: the guide's title in each language,
// then a link to each language's home page, named in that language. Each
// language's words carry their own lang; the page's is the guide's first
// language.
func chooser(g *content.Guide) []byte {
	var w writer
	first := g.Languages[0]
	w.markup("<!DOCTYPE html>\n<html lang=\"", first, "\">\n<head>\n<meta charset=\"utf-8\">\n"+
		"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>", browserTitle(g.FooterTitle(first), "", ""), "</title>\n"+
		"<link rel=\"stylesheet\" href=\""+stylesheet+"\">\n")
	for _, lang := range g.Languages {
		w.markup("<link rel=\"alternate\" hreflang=\"", lang, "\" href=\"", lang+"/"+homePage, "\">\n")
	}
	w.markup("</head>\n<body>\n<a class=\"skip\" href=\"#main\">", label(first, "skip"), "</a>\n<main id=\"main\" tabindex=\"-1\">\n")
	w.WriteString("<h1>")
	for i, lang := range g.Languages {
		if i > 0 {
			w.WriteString("<br>")
		}
		w.markup("<span lang=\"", lang, "\">", g.Title.Get(lang), "</span>")
	}
	w.markup("</h1>\n<nav aria-label=\"", label(first, "choose_lang"), "\">\n<ul class=\"chapters\">\n")
	for _, lang := range g.Languages {
		w.markup("<li><a href=\"", lang+"/"+homePage, "\" hreflang=\"", lang, "\" lang=\"", lang, "\">", languageName(lang), "</a></li>\n")
	}
	w.WriteString("</ul>\n</nav>\n</main>\n</body>\n</html>\n")
	return []byte(w.String())
}
