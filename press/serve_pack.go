package press

import (
	"errors"
	"fmt"
	"net/http"
	"os"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"guidepress/compose"
	"guidepress/content"
	"guidepress/layout"
	"guidepress/web"
)

// maxName is the most characters a pack's name may have.
const maxName = 100

// servePack reads the pack builder's form posted to lang's pack.html and
// answers with the pack as a PDF download, or with the form again, its
// problems beside their fields and what was typed kept (400). The name
// goes into the PDF's cover only: not into the file's name, a log or
// an error.
func (s *Server) servePack(w http.ResponseWriter, r *http.Request, lang string) {
	s.mu.RLock()
	g, problems, version := s.guide, s.problems, strconv.Itoa(s.version)
	s.mu.RUnlock()
	if problems != nil || g == nil {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusInternalServerError)
		_, _ = w.Write(web.ProblemsPage(problems.Errors(), version))
		return
	}
	if !slices.Contains(g.Languages, lang) {
		http.NotFound(w, nil)
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxBody)
	if err := r.ParseForm(); err != nil {
		http.Error(w, "the form could not be read", http.StatusRequestEntityTooLarge)
		return
	}
	f := readPackForm(g, r)
	if len(f.Errors) == 0 {
		data, err := s.renderPack(r, g, &f)
		if err == nil {
			w.Header().Set("Content-Type", "application/pdf")
			w.Header().Set("Content-Disposition", `attachment; filename="`+packFileName(g, f)+`"`)
			_, _ = w.Write(data)
			return
		}
		if len(f.Errors) == 0 {
			fmt.Fprintf(os.Stderr, "guidepress: serve: %v\n", err) // never holds the name (see WritePack)
			http.Error(w, "the pack could not be made", http.StatusInternalServerError)
			return
		}
	}
	page, err := web.PackPage(g, lang, web.Options{Style: s.st, Fonts: s.fam, Version: version}, f)
	if err != nil {
		http.Error(w, "the page could not be made", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusBadRequest)
	_, _ = w.Write(page)
}

// readPackForm reads and checks the form's fields; each problem is
// recorded against its field.
func readPackForm(g *content.Guide, r *http.Request) web.PackForm {
	f := web.PackForm{Stages: r.PostForm[web.FieldStage], Errors: map[string]string{}}
	one := func(field string, valid []string) string {
		v := r.PostFormValue(field)
		if _, sent := r.PostForm[field]; !sent {
			f.Errors[field] = web.ErrMissing
		} else if valid != nil && !slices.Contains(valid, v) {
			f.Errors[field] = "bad"
		}
		return v
	}
	f.Lang = one(web.FieldLang, web.PackLanguages(g))
	f.Layout = one(web.FieldLayout, web.Layouts)
	f.Style = one(web.FieldStyle, web.Styles)
	f.Area, f.Name, f.Date = r.PostFormValue(web.FieldArea), r.PostFormValue(web.FieldName), strings.TrimSpace(r.PostFormValue(web.FieldDate))
	bad := map[string]string{web.FieldLang: web.ErrLang, web.FieldLayout: web.ErrLayoutPair, web.FieldStyle: web.ErrStyle}
	for field, key := range bad {
		if f.Errors[field] == "bad" {
			f.Errors[field] = key
		}
	}
	checkStages(g, &f)
	if f.Area != "" {
		if _, err := compose.FindArea(g, f.Area); err != nil {
			f.Errors[web.FieldArea] = web.ErrArea
		}
	}
	if _, ok := f.Errors[web.FieldLayout]; !ok && f.Errors[web.FieldLang] == "" {
		pair := strings.Contains(f.Lang, ",")
		if pair && f.Layout == "single" {
			f.Errors[web.FieldLayout] = web.ErrLayoutSingle
		} else if !pair && f.Layout != "single" {
			f.Errors[web.FieldLayout] = web.ErrLayoutPair
		}
	}
	checkName(&f)
	if _, err := packDate(f.Date); err != nil {
		f.Errors[web.FieldDate] = web.ErrDate
	}
	return f
}

// checkStages records a form with no stage, or one the guide lacks.
func checkStages(g *content.Guide, f *web.PackForm) {
	if len(f.Stages) == 0 {
		f.Errors[web.FieldStage] = web.ErrNoStage
	}
	for _, id := range f.Stages {
		if g.StageByID(id) == nil || g.Intro != nil && id == g.Intro.ID {
			f.Errors[web.FieldStage] = web.ErrStage
		}
	}
}

// checkName records a name too long, or with characters that are not
// text (control characters; those the fonts lack are found when the
// pack is laid out).
func checkName(f *web.PackForm) {
	f.Name = strings.TrimSpace(f.Name)
	if utf8.RuneCountInString(f.Name) > maxName {
		f.Errors[web.FieldName] = web.ErrNameLong
		return
	}
	for _, r := range f.Name {
		if !utf8.ValidRune(r) || r == utf8.RuneError || unicode.IsControl(r) || r > 0xFFFF {
			f.Errors[web.FieldName] = web.ErrNameChars
			return
		}
	}
}

// renderPack renders the pack f asks for, waiting for one of the
// server's render slots (or the client's going away). A name the fonts
// cannot print is recorded against the name field.
func (s *Server) renderPack(r *http.Request, g *content.Guide, f *web.PackForm) ([]byte, error) {
	select {
	case s.sem <- struct{}{}:
		defer func() { <-s.sem }()
	case <-r.Context().Done():
		return nil, r.Context().Err()
	}
	opts := PackOptions{Lang: f.Lang, Stages: f.Stages, Area: f.Area, Name: f.Name, Date: f.Date, Output: "pack.pdf"}
	if f.Layout != "single" {
		opts.Bilingual = f.Layout
	}
	style := f.Style
	if style == "standard" && opts.Bilingual == string(layout.Columns) {
		style = "a4"
	}
	sts, err := resolveStyles([]string{style})
	if err != nil {
		return nil, err
	}
	date, _ := packDate(f.Date)
	p, err := pack(g, edition{f.Lang, sts[0]}, opts, date)
	switch {
	case errors.Is(err, layout.ErrName):
		f.Errors[web.FieldName] = web.ErrNameChars
	case errors.Is(err, ErrUsage):
		f.Errors[web.FieldLayout] = web.ErrLayoutPair
	}
	if err != nil {
		return nil, err
	}
	return p.Data, nil
}

// packFileName names a pack by the guide, its stages and its languages,
// never by the person: <guide>-pack-<stages>-<langs>.pdf.
func packFileName(g *content.Guide, f web.PackForm) string {
	name := g.ID + "-pack-" + strings.Join(f.Stages, "-") + "-" + strings.ReplaceAll(f.Lang, ",", "-")
	if f.Layout != "single" {
		name += "-" + f.Layout
	}
	if f.Style != "standard" {
		name += "-" + f.Style
	}
	return name + ".pdf"
}
