package press

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"guidepress/content"
	"guidepress/layout"
	"guidepress/output"
	"guidepress/styles"
)

// DefaultStyles are the styles build writes when none is named.
var DefaultStyles = []string{"standard", "large-print"}

// BuildOptions say what to build and where.
type BuildOptions struct {
	// ContentDir is the guide's folder; "" is the default guide.
	ContentDir string
	// OutDir is the output folder.
	OutDir string
	// Langs are the editions' languages; empty is every guide language.
	Langs []string
	// Styles are preset names or style files; empty is DefaultStyles.
	Styles []string
	// NoLeaflets builds the booklets only.
	NoLeaflets bool
	// Force renders every product, even those whose inputs are unchanged.
	Force bool
	// Area makes area editions of the booklets and leaflets: their
	// contacts limited to one health board area (an id or a name), the
	// area's name on a booklet's cover, and file names that end with the
	// area's id. "" keeps every area's contacts.
	Area string
	// Print adds an imposed file (kind "imposed") for every booklet and
	// leaflet with A5 pages: two pages to a side of A4 in saddle-stitch
	// order, for duplex printing. See PrintReport.
	Print bool
	// CropMarks adds fold marks to the imposed files; it needs Print.
	CropMarks bool
	// Bilingual builds bilingual editions in this layout ("columns" or
	// "tete-beche") of the two languages in Langs (the guide's two when
	// Langs is empty), the first first, instead of an edition per
	// language. Styles default to ColumnStyles for columns.
	Bilingual string
	// Greyscale turns every colour grey (see styles.Style.Greyscale); the
	// files' names end with "-grey.pdf" and their style with "+grey".
	Greyscale bool
	// Progress, when not nil, is told how far the rendering has got.
	Progress Progress
}

// BuildResult says what a build wrote.
type BuildResult struct {
	// Written are the files this build wrote, in order.
	Written []output.Entry
	// Skipped are the files left as they were because their inputs did
	// not change since they were written.
	Skipped []output.Entry
	// Warnings are content problems that did not stop the build.
	Warnings content.Problems
	// Print says how to print the imposed files, when opts.Print is set.
	Print PrintReport
}

// edition is one language in one style.
type edition struct {
	lang string
	st   *styles.Style
}

// Build renders every product for opts (the booklet in each style and
// language and, unless opts.NoLeaflets, every stage's a5-fold leaflet in
// each of them) and writes them to opts.OutDir with the manifest. Products
// whose inputs are unchanged since the last build into the same folder are
// skipped (unless opts.Force); the rest are rendered in parallel. Every
// product is rendered before anything is written, so a failure leaves the
// earlier outputs untouched.
func Build(opts BuildOptions) (res BuildResult, err error) {
	defer guard("build", &err)
	opts.Styles = buildStyleNames(opts)
	sts, err := buildStyles(opts)
	if err != nil {
		return res, err
	}
	g, ps := loadForStyles(opts.ContentDir, sts)
	res.Warnings = ps.Warnings()
	if ps.HasErrors() {
		return res, ps.Errors()
	}
	langs, err := chooseLangs(g, opts.Langs)
	if err != nil {
		return res, err
	}
	area, err := chooseArea(g, opts.Area)
	if err != nil {
		return res, err
	}
	pp := newPrintPlan(opts, sts)
	base, err := buildJobs(g, opts, sts, langs, area)
	if err != nil {
		return res, err
	}
	jobs := pp.jobs(base)
	todo, skipped, err := changedJobs(opts, jobs)
	if err != nil {
		return res, err
	}
	res.Skipped = skipped
	products, err := runJobs(todo, opts.Progress)
	if err != nil {
		return res, err
	}
	res.Print = pp.done(skipped)
	if _, err := output.Write(opts.OutDir, products); err != nil {
		return res, fmt.Errorf("build: writing into %s: %w", opts.OutDir, plainError(err))
	}
	for _, p := range products {
		res.Written = append(res.Written, p.Entry)
	}
	return res, nil
}

// booklet renders one booklet into a product named for its edition.
func booklet(g *content.Guide, ed edition, area string) (output.Product, error) {
	defer hold(g, nil, ed.lang)()
	data, pages, err := drawn(layout.AreaBooklet(g, ed.lang, ed.st, area))
	if err != nil {
		return output.Product{}, fmt.Errorf("building the %s booklet in style %s: %w", content.LanguageName(ed.lang), ed.st.Name, err)
	}
	e := bookletEntry(g, ed, area)
	e.Pages = pages
	return output.NewProduct(e, data), nil
}

// bookletEntry names the booklet of an edition in the manifest:
// <guide>-booklet-<lang>-<style>[-<area>].pdf.
func bookletEntry(g *content.Guide, ed edition, area string) output.Entry {
	return output.Entry{
		Path:     fmt.Sprintf("%s-booklet-%s-%s%s.pdf", g.ID, ed.lang, ed.st.Name, areaSuffix(area)),
		Kind:     "booklet",
		Language: ed.lang,
		Style:    ed.st.Name,
	}
}

// resolveStyles turns style names or files into styles; an unknown name is
// a usage error.
func resolveStyles(names []string) ([]*styles.Style, error) {
	if len(names) == 0 {
		names = DefaultStyles
	}
	var out []*styles.Style
	for _, n := range names {
		st, err := styles.Resolve(n)
		if err != nil {
			var ps content.Problems
			if asProblems(err, &ps) {
				return nil, ps
			}
			return nil, fmt.Errorf("%w: %w", ErrUsage, err)
		}
		out = append(out, st)
	}
	return out, nil
}

// loadForStyles loads the guide, checking its characters against the fonts
// of every style it will be printed in.
func loadForStyles(dir string, sts []*styles.Style) (*content.Guide, content.Problems) {
	var covers []func(rune) bool
	for _, st := range sts {
		fam, err := st.Family()
		if err != nil {
			return nil, content.Problems{{Pos: content.Position{Filename: st.File}, Message: err.Error()}}
		}
		covers = append(covers, fam.Covers)
	}
	return load(dir, func(r rune) bool {
		for _, c := range covers {
			if !c(r) {
				return false
			}
		}
		return true
	})
}

// chooseLangs checks the requested languages against the guide's.
func chooseLangs(g *content.Guide, want []string) ([]string, error) {
	if len(want) == 0 {
		return g.Languages, nil
	}
	for _, l := range want {
		if !slices.Contains(g.Languages, l) {
			return nil, fmt.Errorf("%w: language %q is not one of the guide's languages (%s)", ErrUsage, l, strings.Join(g.Languages, ", "))
		}
	}
	return want, nil
}

// BookletOptions say which booklet to write where. Lang "" is the guide's
// first language; Output "-" is Stdout.
type BookletOptions struct {
	ContentDir, Style, Output string
	// Lang is the booklet's language, or with Bilingual its two
	// languages, the first first: "cy,en".
	Lang string
	// Bilingual is a bilingual layout, "columns" or "tete-beche" (see
	// layout.Layout); "" for one language. Style "" is "a4" for columns,
	// else "standard".
	Bilingual string
	// Greyscale turns every colour grey.
	Greyscale bool
	// Stdout receives the PDF when Output is "-" (os.Stdout when nil).
	Stdout io.Writer
	// Area makes an area edition (an area's id or name): that area's
	// contacts only, its name on the cover; "" keeps every area's.
	Area string
}

// areaSuffix ends the file name of an area edition: "-" and the area's
// id, or "" for every area.
func areaSuffix(area string) string {
	if area == "" {
		return ""
	}
	return "-" + area
}

// WriteBooklet renders one booklet and writes it atomically to
// opts.Output. It returns the page count and any content warnings.
func WriteBooklet(opts BookletOptions) (pages int, warnings content.Problems, err error) {
	defer guard("booklet", &err)
	if err := CheckOutputFile(opts.Output); err != nil {
		return 0, nil, err
	}
	sts, err := buildStyles(BuildOptions{Styles: []string{styleFor(opts.Style, opts.Bilingual, "standard")}, Greyscale: opts.Greyscale})
	if err != nil {
		return 0, nil, err
	}
	g, ps := loadForStyles(opts.ContentDir, sts)
	if ps.HasErrors() {
		return 0, ps.Warnings(), ps.Errors()
	}
	p, err := oneBooklet(g, opts, sts[0])
	if err != nil {
		return 0, ps.Warnings(), err
	}
	if err := writeOutput(opts.Output, p.Data, opts.Stdout); err != nil {
		return 0, ps.Warnings(), err
	}
	return p.Pages, ps.Warnings(), nil
}
