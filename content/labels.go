package content

import (
	"fmt"
	"strings"
	"time"
)

// builtinLabels are the labels every edition needs, in English and Welsh.
// The Welsh page label is marked (check) in the domain notes: it is listed in
// the guide's review notice with the rest of the Welsh.
var builtinLabels = map[string]map[string]string{
	"contents":     {"en": "Contents", "cy": "Cynnwys"},
	"page_of":      {"en": "Page {n} of {m}", "cy": "Tudalen {n} o {m}"},
	"key_contacts": {"en": "Key contacts", "cy": "Cysylltiadau allweddol"},
	"advice":       {"en": "{org}’s advice", "cy": "Cyngor {org}"},
	"notes":        {"en": "Notes", "cy": "Nodiadau"},
	"phone":        {"en": "Phone", "cy": "Ffôn"},
	"text":         {"en": "Text message", "cy": "Neges destun"},
	"email":        {"en": "Email", "cy": "E-bost"},
	"web":          {"en": "Web", "cy": "Gwe"},
	"hours":        {"en": "Open", "cy": "Ar agor"},
	"address":      {"en": "Address", "cy": "Cyfeiriad"},
	"edition":      {"en": "Edition: {date}", "cy": "Argraffiad: {date}"},
	"charity":      {"en": "Registered charity number {number}", "cy": "Rhif elusen gofrestredig {number}"},
	"crisis":       {"en": "In a crisis", "cy": "Mewn argyfwng"},
	"checked":      {"en": "Checked {date}", "cy": "Gwiriwyd {date}"},
	"life_areas":   {"en": "The eight areas of life", "cy": "Wyth maes bywyd"},
	// Key contacts by area.
	"every_area":   {"en": "Services for every area", "cy": "Gwasanaethau ar gyfer pob ardal"},
	"area_edition": {"en": "{area} edition", "cy": "Argraffiad {area}"},
	// Discharge packs.
	"pack_title":       {"en": "Your discharge pack", "cy": "Eich pecyn rhyddhau"},
	"prepared_for":     {"en": "Prepared for", "cy": "Paratowyd ar gyfer"},
	"date":             {"en": "Date", "cy": "Dyddiad"},
	"care_coordinator": {"en": "Care coordinator", "cy": "Cydgysylltydd gofal"},
	"next_appointment": {"en": "Next appointment", "cy": "Apwyntiad nesaf"},
	"gp":               {"en": "GP", "cy": "Meddyg teulu"},
	"in_this_pack":     {"en": "In this pack", "cy": "Yn y pecyn hwn"},
	"my_goals":         {"en": "My goals", "cy": "Fy nodau"},
	"goals_intro": {"en": "Write down what you want to work on in each area of your life. Your care coordinator can help you.",
		"cy": "Ysgrifennwch beth rydych chi eisiau gweithio arno ym mhob maes o’ch bywyd. Gall eich cydgysylltydd gofal eich helpu."},
}

// LabelKeys returns every built-in label key, for validation of overrides.
func LabelKeys() []string {
	keys := make([]string, 0, len(builtinLabels))
	for k := range builtinLabels {
		keys = append(keys, k)
	}
	return keys
}

// Label returns label key in lang, from the guide's overrides or the
// built-in labels, with each {name} replaced by vars[name]. {org} is filled
// with the guide's short name when vars does not give it. An override's
// and the short name's inline Markdown is resolved to plain text (see
// Plain): labels print without styles. An unknown key
// panics: label keys are fixed in code, so that is a programming error.
func (g *Guide) Label(lang, key string, vars map[string]string) string {
	s, ok := g.Labels[key].Values[lang]
	if ok {
		s = g.Plain(g.Labels[key], lang)
	} else {
		b, known := builtinLabels[key]
		if !known {
			panic(fmt.Sprintf("content: unknown label key %q", key))
		}
		s = b[lang]
		if s == "" {
			s = b["en"]
		}
	}
	if _, given := vars["org"]; !given && strings.Contains(s, "{org}") {
		s = strings.ReplaceAll(s, "{org}", g.Plain(g.ShortName, lang))
	}
	for k, v := range vars {
		s = strings.ReplaceAll(s, "{"+k+"}", v)
	}
	return s
}

var welshMonths = [...]string{"Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin",
	"Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"}

// FormatDate writes a date for readers of lang: "23 November 2026" or
// "23 Tachwedd 2026".
func FormatDate(lang string, t time.Time) string {
	if lang == "cy" {
		return fmt.Sprintf("%d %s %d", t.Day(), welshMonths[t.Month()-1], t.Year())
	}
	return t.Format("2 January 2006")
}
