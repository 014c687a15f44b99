package web

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// downloads are the PDFs for readers of the language: its booklets and
// leaflets, and the bilingual ones that include it, in a fixed order
// (booklets first, then leaflets in the guide's order; standard print
// before large print).
func (s *site) downloads() []Download {
	var out []Download
	for _, d := range s.o.Downloads {
		if (d.Kind == "booklet" || d.Kind == "leaflet") && slices.Contains(strings.Split(d.Language, ","), s.lang) {
			out = append(out, d)
		}
	}
	slices.SortStableFunc(out, func(a, b Download) int {
		if c := strings.Compare(a.Kind, b.Kind); c != 0 {
			return c
		}
		if c := s.stageIndex(a.Stage) - s.stageIndex(b.Stage); c != 0 {
			return c
		}
		if c := strings.Compare(a.Layout, b.Layout); c != 0 {
			return c
		}
		if c := styleRank(a.Style) - styleRank(b.Style); c != 0 {
			return c
		}
		return strings.Compare(a.Path, b.Path)
	})
	return out
}

// styleRank puts standard print first, then large print, then the rest.
func styleRank(name string) int {
	switch name {
	case "standard":
		return 0
	case "large-print":
		return 1
	}
	return 2
}

// stageIndex is the place of stage id in the guide's order.
func (s *site) stageIndex(id string) int {
	for i, st := range s.g.Stages {
		if st.ID == id {
			return i
		}
	}
	return -1
}

// downloadsPage writes the list of PDFs: the whole guide, then the
// leaflets, then the bilingual editions, each with its size and page
// count.
func (s *site) downloadsPage() []byte {
	title := label(s.lang, "downloads")
	return s.page(downloadsPage, title, func(w *writer) {
		w.heading(1, "", title)
		groups := []struct {
			key  string
			keep func(Download) bool
		}{
			{"booklet", func(d Download) bool { return d.Kind == "booklet" && d.Layout == "" }},
			{"leaflets", func(d Download) bool { return d.Kind == "leaflet" && d.Layout == "" }},
			{"bilingual", func(d Download) bool { return d.Layout != "" }},
		}
		for _, g := range groups {
			var ds []Download
			for _, d := range s.downloads() {
				if g.keep(d) {
					ds = append(ds, d)
				}
			}
			if len(ds) == 0 {
				continue
			}
			w.heading(2, "", label(s.lang, g.key))
			s.downloadList(w, ds)
		}
	})
}

// downloadList writes a list of links to PDFs.
func (s *site) downloadList(w *writer, ds []Download) {
	w.WriteString("<ul class=\"downloads\">\n")
	for _, d := range ds {
		w.markup("<li><a href=\"", "../"+d.Path, "\" type=\"application/pdf\">", s.downloadName(d), "</a> (", s.pdfFacts(d), ")</li>\n")
	}
	w.WriteString("</ul>\n")
}

// downloadName names a PDF: its stage's title (a leaflet) or the
// guide's, then its print size and, for a bilingual edition, its layout.
func (s *site) downloadName(d Download) string {
	name := s.g.Title.Get(s.lang)
	if st := s.g.StageByID(d.Stage); st != nil {
		name = st.Title.Get(s.lang)
	}
	style := d.Style
	if l := label(s.lang, d.Style); l != "" {
		style = l
	}
	name += ", " + style
	if d.Layout != "" {
		name += ", " + label(s.lang, d.Layout)
	}
	return name
}

// pdfFacts says "PDF, 1.2 MB, 24 pages" in the language.
func (s *site) pdfFacts(d Download) string {
	key := "pdf"
	if d.Pages == 1 {
		key = "pdf_one"
	}
	return label(s.lang, key, "size", size(s.lang, d.Bytes), "pages", strconv.Itoa(d.Pages))
}

// size writes a byte count as kB or MB, with the language's decimal
// point (both English and Welsh use a full stop).
func size(_ string, n int) string {
	if n < 1000*1000 {
		return fmt.Sprintf("%d kB", (n+999)/1000)
	}
	return fmt.Sprintf("%.1f MB", float64(n)/1e6)
}

// leafletLinks writes the leaflets of a stage to download, when there
// are any.
func (s *site) leafletLinks(w *writer, stage string) {
	var ds []Download
	for _, d := range s.downloads() {
		if d.Kind == "leaflet" && d.Stage == stage && d.Layout == "" {
			ds = append(ds, d)
		}
	}
	if len(ds) == 0 {
		return
	}
	w.markup("<section class=\"leaflet\">\n<h2>", label(s.lang, "leaflet_of"), "</h2>\n")
	s.downloadList(w, ds)
	w.WriteString("</section>\n")
}
