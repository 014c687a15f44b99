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
	"table":       {"en": "Table", "cy": "Tabl"},
	// The pack builder (guidepress serve).
	"pack":                 {"en": "Make a discharge pack", "cy": "Gwneud pecyn rhyddhau"},
	"pack_intro":           {"en": "Choose what the pack holds, then make it: it comes back as a PDF to save or print. The name is printed on the cover only and is not kept.", "cy": "Dewiswch beth sydd yn y pecyn, yna ei wneud: daw’n ôl fel PDF i’w gadw neu ei argraffu. Caiff yr enw ei argraffu ar y clawr yn unig ac ni chaiff ei gadw."},
	"pack_submit":          {"en": "Make the pack (PDF)", "cy": "Gwneud y pecyn (PDF)"},
	"problems":             {"en": "There is a problem", "cy": "Mae problem"},
	"field_stage":          {"en": "Stages in the pack", "cy": "Camau yn y pecyn"},
	"field_area":           {"en": "Contacts for which area", "cy": "Cysylltiadau ar gyfer pa ardal"},
	"field_lang":           {"en": "Language", "cy": "Iaith"},
	"field_layout":         {"en": "Layout for two languages", "cy": "Cynllun ar gyfer dwy iaith"},
	"field_style":          {"en": "Print size", "cy": "Maint y print"},
	"field_name":           {"en": "Name of the person (optional)", "cy": "Enw’r person (dewisol)"},
	"field_date":           {"en": "Date on the cover (optional)", "cy": "Dyddiad ar y clawr (dewisol)"},
	"hint_name":            {"en": "Printed on the cover only. Leave it empty for a line to write it on.", "cy": "Caiff ei argraffu ar y clawr yn unig. Gadewch yn wag i gael llinell i’w ysgrifennu arni."},
	"hint_date":            {"en": "For example 2026-03-31. Leave it empty for the guide’s edition date.", "cy": "Er enghraifft 2026-03-31. Gadewch yn wag i gael dyddiad argraffiad y canllaw."},
	"and":                  {"en": "and", "cy": "a"},
	"first":                {"en": "{lang} first", "cy": "{lang} yn gyntaf"},
	"layout_single":        {"en": "One language", "cy": "Un iaith"},
	"layout_columns":       {"en": "Both languages side by side (A4)", "cy": "Y ddwy iaith ochr yn ochr (A4)"},
	"layout_tete-beche":    {"en": "Back to back: one language from each cover", "cy": "Cefn wrth gefn: un iaith o bob clawr"},
	"style_standard":       {"en": "Standard print", "cy": "Print safonol"},
	"style_large-print":    {"en": "Large print", "cy": "Print bras"},
	"err_no_stage":         {"en": "Tick at least one stage.", "cy": "Ticiwch o leiaf un cam."},
	"err_stage":            {"en": "This guide has no such stage: tick the stages listed.", "cy": "Nid oes cam o’r fath yn y canllaw hwn: ticiwch y camau a restrir."},
	"err_area":             {"en": "Choose an area from the list.", "cy": "Dewiswch ardal o’r rhestr."},
	"err_lang":             {"en": "Choose a language from the list.", "cy": "Dewiswch iaith o’r rhestr."},
	"err_layout_single":    {"en": "For two languages, choose side by side or back to back.", "cy": "Ar gyfer dwy iaith, dewiswch ochr yn ochr neu gefn wrth gefn."},
	"err_layout_pair":      {"en": "This layout needs two languages: choose two languages, or one language.", "cy": "Mae angen dwy iaith ar gyfer y cynllun hwn: dewiswch ddwy iaith, neu un iaith."},
	"err_style":            {"en": "Choose a print size from the list.", "cy": "Dewiswch faint print o’r rhestr."},
	"err_name_long":        {"en": "The name is too long: use at most 100 characters.", "cy": "Mae’r enw’n rhy hir: defnyddiwch 100 nod ar y mwyaf."},
	"err_name_chars":       {"en": "The name has a character the pack’s fonts cannot print: type it with letters, spaces, hyphens and apostrophes.", "cy": "Mae nod yn yr enw na all ffontiau’r pecyn ei argraffu: teipiwch ef gyda llythrennau, bylchau, cysylltnodau a chollnodau."},
	"err_date":             {"en": "Type the date as year-month-day, for example 2026-03-31.", "cy": "Teipiwch y dyddiad fel blwyddyn-mis-diwrnod, er enghraifft 2026-03-31."},
	"err_missing":          {"en": "This is missing: choose one.", "cy": "Mae hwn ar goll: dewiswch un."},
	"content_errors":       {"en": "The guide has errors", "cy": "Mae gwallau yn y canllaw"},
	"content_errors_intro": {"en": "Fix these in the guide’s files and save: this page then shows the guide again. Until then the last good version is kept.", "cy": "Cywirwch y rhain yn ffeiliau’r canllaw a’u cadw: yna bydd y dudalen hon yn dangos y canllaw eto. Tan hynny, cedwir y fersiwn dda olaf."},
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
