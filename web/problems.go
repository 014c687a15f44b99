package web

import "guidepress/content"

// ProblemsPage is the page a served site shows instead of any page while
// its content has errors: each problem as file:line:col: message. It
// reloads when the version changes (the content fixed). Its words are in
// every language the site has words for, each with its lang.
func ProblemsPage(ps content.Problems, version string) []byte {
	var w writer
	w.WriteString("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n" +
		"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	w.markup("<title>", label("en", "content_errors"), "</title>\n<link rel=\"stylesheet\" href=\"/"+stylesheet+"\">\n</head>\n<body>\n<main id=\"main\">\n")
	w.markup("<h1>", label("en", "content_errors"), " <span lang=\"cy\">(", label("cy", "content_errors"), ")</span></h1>\n")
	w.markup("<p>", label("en", "content_errors_intro"), "</p>\n<p lang=\"cy\">", label("cy", "content_errors_intro"), "</p>\n<ul class=\"problems\">\n")
	for _, p := range ps {
		w.markup("<li><code>", p.String(), "</code></li>\n")
	}
	w.WriteString("</ul>\n</main>\n")
	if version != "" {
		w.WriteString(reloadScript(version))
	}
	w.WriteString("</body>\n</html>\n")
	return []byte(w.String())
}
