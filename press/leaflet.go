package press

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"guidepress/compose"
	"guidepress/content"
	"guidepress/layout"
	"guidepress/output"
	"guidepress/styles"
)

// LeafletOptions say which leaflet to write where.
type LeafletOptions struct {
	// ContentDir is the guide's folder; "" is the default guide.
	ContentDir string
	// Stage is the stage's id, such as "police".
	Stage string
	// Lang is the leaflet's language; "" is the guide's first language.
	// With Bilingual it is two languages, the first first: "cy,en".
	Lang string
	// Bilingual is a bilingual layout, "columns" or "tete-beche" (see
	// layout.Layout); "" for one language. A tete-beche leaflet must be
	// a5-fold; a columns leaflet's style defaults to a4 in both formats.
	Bilingual string
	// Format is "a5-fold" (the default) or "a4".
	Format string
	// Style is a preset name or style file; "" is "standard" for the
	// a5-fold format and "a4" for the a4 format.
	Style string
	// Area limits the contacts to one health board area (id or name).
	Area string
	// Output is the PDF file to write; "-" is Stdout.
	Output string
	// Greyscale turns every colour grey.
	Greyscale bool
	// Stdout receives the PDF when Output is "-" (os.Stdout when nil).
	Stdout io.Writer
}

// WriteLeaflet renders one stage's leaflet and writes it atomically to
// opts.Output. It returns what it wrote (path, language, stage, style and
// page count) and any content warnings. An unknown stage, area, format or
// language, or the a4 format with a style that is not A4, is a usage
// error; a stage too long for the a4 format is an error that suggests
// a5-fold.
func WriteLeaflet(opts LeafletOptions) (output.Entry, content.Problems, error) {
	if err := CheckOutputFile(opts.Output); err != nil {
		return output.Entry{}, nil, err
	}
	format, err := layout.ParseFormat(opts.Format)
	if err != nil {
		return output.Entry{}, nil, fmt.Errorf("%w: %w", ErrUsage, err)
	}
	style := opts.Style
	if style == "" {
		style = styleFor("", opts.Bilingual, map[layout.Format]string{layout.FoldedA5: "standard", layout.SheetA4: "a4"}[format])
	}
	sts, err := buildStyles(BuildOptions{Styles: []string{style}, Greyscale: opts.Greyscale})
	if err != nil {
		return output.Entry{}, nil, err
	}
	g, ps := loadForStyles(opts.ContentDir, sts)
	if ps.HasErrors() {
		return output.Entry{}, ps.Warnings(), ps.Errors()
	}
	p, err := oneLeaflet(g, opts, edition{opts.Lang, sts[0]}, format)
	if err != nil {
		return output.Entry{}, ps.Warnings(), err
	}
	if err := writeOutput(opts.Output, p.Data, opts.Stdout); err != nil {
		return output.Entry{}, ps.Warnings(), err
	}
	p.Path = opts.Output
	return p.Entry, ps.Warnings(), nil
}

// oneLeaflet checks the stage, language and area asked for and renders
// the leaflet.
func oneLeaflet(g *content.Guide, opts LeafletOptions, ed edition, format layout.Format) (output.Product, error) {
	if err := chooseStage(g, opts.Stage); err != nil {
		return output.Product{}, err
	}
	lang, bi, err := langsOf(g, ed.lang, opts.Bilingual)
	if err != nil {
		return output.Product{}, err
	}
	if bi == nil {
		if ed.lang = lang; ed.lang == "" {
			ed.lang = g.Languages[0]
		}
		if _, err := chooseLangs(g, []string{ed.lang}); err != nil {
			return output.Product{}, err
		}
	}
	area, err := chooseArea(g, opts.Area)
	if err != nil {
		return output.Product{}, err
	}
	lo := layout.LeafletOptions{Format: format, Area: area}
	if bi != nil {
		if err := checkColumns(*bi, []*styles.Style{ed.st}); err != nil {
			return output.Product{}, err
		}
		return bilingualLeaflet(g, *bi, ed.st, opts.Stage, lo)
	}
	return leaflet(g, ed, opts.Stage, lo)
}

// leaflet renders one stage's leaflet into a product named for it:
// <guide>-leaflet-<stage>-<lang>-<style>[-<area>].pdf.
func leaflet(g *content.Guide, ed edition, stage string, opts layout.LeafletOptions) (output.Product, error) {
	defer hold(g, []string{stage}, ed.lang)()
	data, pages, err := drawn(layout.Leaflet(g, stage, ed.lang, ed.st, opts))
	if errors.Is(err, layout.ErrNotA4) {
		return output.Product{}, fmt.Errorf("%w: %w (use --style a4 or large-print, or the a5-fold format)", ErrUsage, err)
	}
	if err != nil {
		return output.Product{}, fmt.Errorf("building the %s %s leaflet in style %s: %w", content.LanguageName(ed.lang), stage, ed.st.Name, err)
	}
	e := leafletEntry(g, ed, stage, opts.Area)
	e.Pages = pages
	return output.NewProduct(e, data), nil
}

// leafletEntry names a stage's leaflet in the manifest:
// <guide>-leaflet-<stage>-<lang>-<style>[-<area>].pdf.
func leafletEntry(g *content.Guide, ed edition, stage, area string) output.Entry {
	path := fmt.Sprintf("%s-leaflet-%s-%s-%s", g.ID, stage, ed.lang, ed.st.Name)
	if area != "" {
		path += "-" + area
	}
	return output.Entry{Path: path + ".pdf", Kind: "leaflet", Language: ed.lang, Stage: stage, Style: ed.st.Name}
}

// chooseStage checks that id is one of the guide's stages; an unknown id
// is a usage error that lists them.
func chooseStage(g *content.Guide, id string) error {
	ids := make([]string, len(g.Stages))
	for i, s := range g.Stages {
		if s.ID == id {
			return nil
		}
		ids[i] = s.ID
	}
	return fmt.Errorf("%w: unknown stage %q; the guide's stages are: %s", ErrUsage, id, strings.Join(ids, ", "))
}

// chooseArea returns the id of the area named name ("" for none); an
// unknown area is a usage error that lists the guide's areas.
func chooseArea(g *content.Guide, name string) (string, error) {
	if name == "" {
		return "", nil
	}
	a, err := compose.FindArea(g, name)
	if err != nil {
		return "", fmt.Errorf("%w: %w", ErrUsage, err)
	}
	return a.ID, nil
}
