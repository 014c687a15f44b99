package web

import "guidepress/content"

// chooser is the site's root page: the guide's title in each language,
// each with a link to that language's home page. Each language's words
// carry their own lang, and the page's is the guide's first language.
func chooser(g *content.Guide) []byte {
	var w writer
	first := g.Languages[0]
	w.markup("<!DOCTYPE html>\n<html lang=\"", first, "\">\n<head>\n<meta charset=\"utf-8\">\n"+
		"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>", g.Title.Get(first), "</title>\n"+
		"<link rel=\"stylesheet\" href=\""+stylesheet+"\">\n")
	for _, lang := range g.Languages {
		w.markup("<link rel=\"alternate\" hreflang=\"", lang, "\" href=\"", lang+"/"+homePage, "\">\n")
	}
	w.markup("</head>\n<body>\n<a class=\"skip\" href=\"#main\">", label(first, "skip"), "</a>\n<main id=\"main\" tabindex=\"-1\">\n")
	w.markup("<h1>", g.Title.Get(first), "</h1>\n<nav aria-label=\"", label(first, "choose_lang"), "\">\n<ul class=\"chapters\">\n")
	for _, lang := range g.Languages {
		w.markup("<li><a href=\"", lang+"/"+homePage, "\" hreflang=\"", lang, "\" lang=\"", lang, "\">", languageName(lang), "</a>")
		w.markup("<p lang=\"", lang, "\">", g.Title.Get(lang), "</p></li>\n")
	}
	w.WriteString("</ul>\n</nav>\n</main>\n</body>\n</html>\n")
	return []byte(w.String())
}
