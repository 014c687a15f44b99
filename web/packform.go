package web

import (
	"slices"
	"strings"

	"guidepress/content"
)

// PackForm is what the pack builder's form shows: the choices made and
// the text typed (kept when the form comes back with problems), and the
// problem with each field.
type PackForm struct {
	// Stages are the ids of the stages ticked.
	Stages []string
	// Area is the area id chosen ("" for every area); Lang a language or
	// two joined by a comma ("cy,en"); Layout single, columns or
	// tete-beche; Style standard or large-print; Name and Date as typed.
	Area, Lang, Layout, Style, Name, Date string
	// Errors maps a field (one of the Field constants) to the label key
	// of its problem (one of the Err constants).
	Errors map[string]string
}

// The pack builder's fields, as the form posts them.
const (
	FieldStage  = "stage"
	FieldArea   = "area"
	FieldLang   = "lang"
	FieldLayout = "layout"
	FieldStyle  = "style"
	FieldName   = "name"
	FieldDate   = "date"
)

// The problems a field can have, each a label in every language.
const (
	ErrNoStage      = "err_no_stage"
	ErrStage        = "err_stage"
	ErrArea         = "err_area"
	ErrLang         = "err_lang"
	ErrLayoutSingle = "err_layout_single"
	ErrLayoutPair   = "err_layout_pair"
	ErrStyle        = "err_style"
	ErrNameLong     = "err_name_long"
	ErrNameChars    = "err_name_chars"
	ErrDate         = "err_date"
	ErrMissing      = "err_missing"
)

// Layouts are the pack builder's layouts; Styles its styles.
var (
	Layouts = []string{"single", "columns", "tete-beche"}
	Styles  = []string{"standard", "large-print"}
)

// PackLanguages are the languages a pack can be in: each of the guide's,
// then each pair of two of them, either first.
func PackLanguages(g *content.Guide) []string {
	out := slices.Clone(g.Languages)
	for _, a := range g.Languages {
		for _, b := range g.Languages {
			if a != b {
				out = append(out, a+","+b)
			}
		}
	}
	return out
}

// PackPage writes the pack builder's page in lang with the form f (its
// choices and problems), for a served site.
func PackPage(g *content.Guide, lang string, o Options, f PackForm) ([]byte, error) {
	o.Served = true
	s, err := newSite(g, lang, o)
	if err != nil {
		return nil, err
	}
	return s.packPage(f), nil
}

// packPage writes the pack builder: a form posted to the server, every
// control labelled, each problem beside its field and listed at the top.
func (s *site) packPage(f PackForm) []byte {
	title := label(s.lang, "pack")
	return s.page(packPage, title, func(w *writer) {
		w.heading(1, "", title)
		w.markup("<p>", label(s.lang, "pack_intro"), "</p>\n")
		s.formErrors(w, f)
		w.markup("<form method=\"post\" action=\"", packPage, "\" novalidate>\n")
		s.stageField(w, f)
		s.areaField(w, f)
		s.choiceField(w, f, FieldLang, PackLanguages(s.g), f.Lang, s.langName)
		s.choiceField(w, f, FieldLayout, Layouts, orDefault(f.Layout, Layouts[0]), s.layoutName)
		s.choiceField(w, f, FieldStyle, Styles, orDefault(f.Style, Styles[0]), func(v string) string { return label(s.lang, "style_"+v) })
		s.textField(w, f, FieldName, "text", f.Name)
		s.textField(w, f, FieldDate, "date", f.Date)
		w.markup("<p><button type=\"submit\">", label(s.lang, "pack_submit"), "</button></p>\n</form>\n")
	})
}

// orDefault is v, or def when v is "".
func orDefault(v, def string) string {
	if v == "" {
		return def
	}
	return v
}

// formErrors lists the form's problems, each linking to its field.
func (s *site) formErrors(w *writer, f PackForm) {
	if len(f.Errors) == 0 {
		return
	}
	w.markup("<div class=\"problems\" role=\"alert\" aria-labelledby=\"problems\">\n<h2 id=\"problems\">", label(s.lang, "problems"), "</h2>\n<ul>\n")
	for _, field := range []string{FieldStage, FieldArea, FieldLang, FieldLayout, FieldStyle, FieldName, FieldDate} {
		if key, ok := f.Errors[field]; ok {
			w.markup("<li><a href=\"#", fieldID(field), "\">", label(s.lang, "field_"+field)+": "+label(s.lang, key), "</a></li>\n")
		}
	}
	w.WriteString("</ul>\n</div>\n")
}

// fieldID is the id of a field's first control.
func fieldID(field string) string { return "f-" + field }

// fieldError writes a field's problem, if any, and returns the
// aria-describedby attribute that ties it to the control.
func (s *site) fieldError(w *writer, f PackForm, field string) string {
	key, ok := f.Errors[field]
	if !ok {
		return ""
	}
	w.markup("<p class=\"error\" id=\"e-", field, "\">", label(s.lang, key), "</p>\n")
	return " aria-describedby=\"e-" + field + "\" aria-invalid=\"true\""
}

// stageField writes a box to tick for each stage.
func (s *site) stageField(w *writer, f PackForm) {
	w.markup("<fieldset id=\"", fieldID(FieldStage), "\" tabindex=\"-1\">\n<legend>", label(s.lang, "field_stage"), "</legend>\n")
	desc := s.fieldError(w, f, FieldStage)
	for _, st := range s.g.Stages {
		checked := ""
		if slices.Contains(f.Stages, st.ID) {
			checked = " checked"
		}
		id := "stage-" + st.ID
		w.markup("<div class=\"choice\"><input type=\"checkbox\" name=\""+FieldStage+"\" id=\"", id, "\" value=\"", st.ID, "\""+checked+desc+">"+
			"<label for=\"", id, "\">", s.g.Plain(st.Title, s.lang), "</label></div>\n")
	}
	w.WriteString("</fieldset>\n")
}

// areaField writes the list of areas, every area first.
func (s *site) areaField(w *writer, f PackForm) {
	if len(s.g.Areas) == 0 {
		return
	}
	w.markup("<div class=\"field\">\n<label for=\"", fieldID(FieldArea), "\">", label(s.lang, "field_area"), "</label>\n")
	desc := s.fieldError(w, f, FieldArea)
	w.markup("<select id=\"", fieldID(FieldArea), "\" name=\""+FieldArea+"\""+desc+">\n")
	option := func(value, text string) {
		sel := ""
		if value == f.Area {
			sel = " selected"
		}
		w.markup("<option value=\"", value, "\""+sel+">", text, "</option>\n")
	}
	option("", label(s.lang, "all_areas"))
	for _, a := range s.g.Areas {
		option(a.ID, s.g.Plain(a.Name, s.lang))
	}
	w.WriteString("</select>\n</div>\n")
}

// choiceField writes a group of radio buttons, one per value, named by
// name(value), with chosen checked.
func (s *site) choiceField(w *writer, f PackForm, field string, values []string, chosen string, name func(string) string) {
	w.markup("<fieldset id=\"", fieldID(field), "\" tabindex=\"-1\">\n<legend>", label(s.lang, "field_"+field), "</legend>\n")
	desc := s.fieldError(w, f, field)
	for i, v := range values {
		checked := ""
		if v == chosen {
			checked = " checked"
		}
		id := fieldID(field) + "-" + string(rune('a'+i))
		w.markup("<div class=\"choice\"><input type=\"radio\" name=\""+field+"\" id=\"", id, "\" value=\"", v, "\""+checked+desc+">"+
			"<label for=\"", id, "\">")
		w.WriteString(name(v))
		w.WriteString("</label></div>\n")
	}
	w.WriteString("</fieldset>\n")
}

// langName is the HTML naming a language, or a pair, each language's
// name in itself with its lang.
func (s *site) langName(v string) string {
	var w writer
	for i, l := range strings.Split(v, ",") {
		if i > 0 {
			w.markup(" ", label(s.lang, "and"), " ")
		}
		w.markup("<span lang=\"", l, "\">", languageName(l), "</span>")
	}
	if first, _, pair := strings.Cut(v, ","); pair {
		before, after, _ := strings.Cut(label(s.lang, "first"), "{lang}")
		w.markup(" (", before, "<span lang=\""+first+"\">", languageName(first), "</span>", after, ")")
	}
	return w.String()
}

// layoutName is the HTML naming a layout, with what it means.
func (s *site) layoutName(v string) string {
	var w writer
	w.text(label(s.lang, "layout_"+v))
	return w.String()
}

// textField writes a labelled input of type kind, with its hint.
func (s *site) textField(w *writer, f PackForm, field, kind, value string) {
	w.markup("<div class=\"field\">\n<label for=\"", fieldID(field), "\">", label(s.lang, "field_"+field), "</label>\n"+
		"<p class=\"hint\" id=\"h-", field, "\">", label(s.lang, "hint_"+field), "</p>\n")
	desc := s.fieldError(w, f, field)
	if desc == "" {
		desc = " aria-describedby=\"h-" + field + "\""
	} else {
		desc = strings.Replace(desc, "aria-describedby=\"", "aria-describedby=\"h-"+field+" ", 1)
	}
	w.markup("<input type=\""+kind+"\" id=\"", fieldID(field), "\" name=\""+field+"\" value=\"", value, "\" autocomplete=\"off\""+desc+">\n</div>\n")
}
