package web

import (
	"fmt"

	"guidepress/compose"
	"guidepress/content"
	"guidepress/fonts"
	"guidepress/styles"
)

// Options are what a site is written with besides the guide.
type Options struct {
	// Style gives the site its colours and the diagrams their sizes.
	Style *styles.Style
	// Fonts measure the diagrams' labels.
	Fonts *fonts.Family
	// Downloads are the PDFs in the site's folder that its pages offer.
	Downloads []Download
	// Served marks a site that guidepress serve serves: its menu offers
	// the pack builder (pack.html, a form posted to the server).
	Served bool
	// Version, when set, makes every page but the pack builder reload
	// itself once the server's /_version answers something else (the
	// only script; every page reads without it).
	Version string
}

// Download is a PDF in the site's folder, as a build's manifest lists it.
type Download struct {
	// Path is the file's path from the site's root, with forward slashes.
	Path string
	// Kind is booklet or leaflet; Language "en", "cy" or "cy,en";
	// Layout a bilingual edition's layout; Stage a leaflet's stage; Style
	// the style's name.
	Kind, Language, Layout, Stage, Style string
	// Pages and Bytes are its page count and size.
	Pages, Bytes int
}

// Page names of the pages that are not chapters.
const (
	homePage      = "index.html"
	contactsPage  = "contacts.html"
	downloadsPage = "downloads.html"
	packPage      = "pack.html"
	stylesheet    = "site.css"
)

// Site writes the site of g: for each language a folder named by its
// code holding its pages, a language chooser at the root (index.html)
// and the stylesheet (site.css). Names are relative to the site's root,
// with forward slashes.
func Site(g *content.Guide, o Options) (map[string][]byte, error) {
	if o.Style == nil || o.Fonts == nil {
		return nil, fmt.Errorf("write the site: no style or fonts given")
	}
	files := map[string][]byte{stylesheet: css(o.Style)}
	for _, lang := range g.Languages {
		if img := g.Logo.Get(lang); img != nil {
			files[img.Path] = img.Data // the pages' footers show it
		}
	}
	for _, img := range g.Images() {
		files[img.Path] = img.Data // the chapters' figures show it
	}
	var chapters []string
	for _, lang := range g.Languages {
		s, err := newSite(g, lang, o)
		if err != nil {
			return nil, err
		}
		if err := s.pages(files); err != nil {
			return nil, err
		}
		chapters = s.chapterFiles()
	}
	if err := checkNames(chapters); err != nil {
		return nil, err
	}
	files[homePage] = chooser(g)
	return files, nil
}

// checkNames refuses a chapter whose page would overwrite another page.
func checkNames(chapters []string) error {
	for _, c := range chapters {
		switch c {
		case homePage, contactsPage, downloadsPage, packPage:
			return fmt.Errorf("write the site: a chapter's page %s would overwrite the page of that name; give the stage another id", c)
		}
	}
	return nil
}

// site is the site's pages in one language.
type site struct {
	g       *content.Guide
	lang    string
	o       Options
	booklet *compose.Product
	// nav are the pages the menu lists, in reading order.
	nav []navEntry
}

// navEntry is a page as the menu lists it.
type navEntry struct{ file, title string }

// newSite composes the booklet in lang and plans the menu from it.
func newSite(g *content.Guide, lang string, o Options) (*site, error) {
	p, err := compose.Booklet(g, lang)
	if err != nil {
		return nil, fmt.Errorf("write the %s site: %w", lang, err)
	}
	s := &site{g: g, lang: lang, o: o, booklet: p}
	s.nav = append(s.nav, navEntry{homePage, label(lang, "home")})
	for _, pt := range p.Parts {
		switch pt.Kind {
		case compose.Chapter:
			s.nav = append(s.nav, navEntry{pt.ID + ".html", pt.Title})
		case compose.Contacts:
			s.nav = append(s.nav, navEntry{contactsPage, pt.Title})
		}
	}
	if len(s.downloads()) > 0 {
		s.nav = append(s.nav, navEntry{downloadsPage, label(lang, "downloads")})
	}
	if o.Served {
		s.nav = append(s.nav, navEntry{packPage, label(lang, "pack")})
	}
	return s, nil
}

// chapterFiles are the file names of the chapters' pages.
func (s *site) chapterFiles() []string {
	var out []string
	for _, pt := range s.booklet.Parts {
		if pt.Kind == compose.Chapter {
			out = append(out, pt.ID+".html")
		}
	}
	return out
}

// pages writes every page of the language into files.
func (s *site) pages(files map[string][]byte) error {
	add := func(name string, data []byte, err error) error {
		if err != nil {
			return fmt.Errorf("write the %s site's %s: %w", s.lang, name, err)
		}
		files[s.lang+"/"+name] = data
		return nil
	}
	if err := add(homePage, s.home(), nil); err != nil {
		return err
	}
	for _, pt := range s.booklet.Parts {
		switch pt.Kind {
		case compose.Chapter:
			data, err := s.chapter(pt)
			if err := add(pt.ID+".html", data, err); err != nil {
				return err
			}
		case compose.Contacts:
			if err := s.contactPages(pt, add); err != nil {
				return err
			}
		}
	}
	if len(s.downloads()) > 0 {
		if err := add(downloadsPage, s.downloadsPage(), nil); err != nil {
			return err
		}
	}
	if s.o.Served {
		return add(packPage, s.packPage(PackForm{Lang: s.lang}), nil)
	}
	return nil
}
