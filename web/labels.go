package web

import "strings"

// webLabels are the words of the site's own furniture, which the guide's
// labels do not hold, in English and Welsh; other languages fall back to
// English.
var webLabels = map[string]map[string]string{
	"skip":        {"en": "Skip to main content", "cy": "Neidio i’r prif gynnwys"},
	"home":        {"en": "Home", "cy": "Hafan"},
	"menu":        {"en": "Guide", "cy": "Canllaw"},
	"downloads":   {"en": "Download the guide", "cy": "Lawrlwytho’r canllaw"},
	"choose_area": {"en": "Choose your area", "cy": "Dewiswch eich ardal"},
	"all_areas":   {"en": "All areas", "cy": "Pob ardal"},
	"booklet":     {"en": "The whole guide", "cy": "Y canllaw cyfan"},
	"leaflets":    {"en": "Leaflets, one for each stage", "cy": "Taflenni, un ar gyfer pob cam"},
	"bilingual":   {"en": "In Welsh and English", "cy": "Yn Gymraeg ac yn Saesneg"},
	"standard":    {"en": "standard print", "cy": "print safonol"},
	"large-print": {"en": "large print", "cy": "print bras"},
	"columns":     {"en": "side by side", "cy": "ochr yn ochr"},
	"tete-beche":  {"en": "back to back", "cy": "cefn wrth gefn"},
	"pdf":         {"en": "PDF, {size}, {pages} pages", "cy": "PDF, {size}, {pages} tudalen"},
	"pdf_one":     {"en": "PDF, {size}, 1 page", "cy": "PDF, {size}, 1 tudalen"},
	"leaflet_of":  {"en": "This stage as a leaflet to print", "cy": "Y cam hwn fel taflen i’w hargraffu"},
	"in_area":     {"en": "{title}: {area}", "cy": "{title}: {area}"},
	"choose_lang": {"en": "Choose your language", "cy": "Dewiswch eich iaith"},
	"other_lang":  {"en": "This page in another language", "cy": "Y dudalen hon mewn iaith arall"},
}

// languageNames are each language's name in itself, as the link to a
// page in that language shows it.
var languageNames = map[string]string{"cy": "Cymraeg", "en": "English"}

// languageName is lang's name in itself, or its code when unknown.
func languageName(lang string) string {
	if n, ok := languageNames[lang]; ok {
		return n
	}
	return lang
}

// label is the site's label key in lang, with {name} variables filled
// from vars (pairs of name and value).
func label(lang, key string, vars ...string) string {
	l := webLabels[key]
	s, ok := l[lang]
	if !ok {
		s = l["en"]
	}
	for i := 0; i+1 < len(vars); i += 2 {
		s = strings.ReplaceAll(s, "{"+vars[i]+"}", vars[i+1])
	}
	return s
}
