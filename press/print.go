package press

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"

	"guidepress/impose"
	"guidepress/output"
	"guidepress/styles"
)

// PrintReport says what a build with Print set did about print files.
type PrintReport struct {
	// Duplex tells the user how to print the imposed files (the duplex
	// flip), as impose.Info words it; "" when the build has none.
	Duplex string
	// NotImposed are the styles whose pages are not A5, so their files
	// were not imposed (two pages side by side would need A3 or larger).
	NotImposed []string
}

// printPlan adds the print options to a build's jobs: greyscale file
// names, and an imposed job for every A5 booklet and leaflet.
type printPlan struct {
	opts   BuildOptions
	styles map[string]*styles.Style

	mu     sync.Mutex
	report PrintReport
}

// newPrintPlan prepares the print options of opts for the styles sts.
func newPrintPlan(opts BuildOptions, sts []*styles.Style) *printPlan {
	p := &printPlan{opts: opts, styles: map[string]*styles.Style{}}
	for _, st := range sts {
		if _, dup := p.styles[st.Name]; !dup {
			p.styles[st.Name] = st
		}
	}
	return p
}

// buildStyles resolves a build's styles and, with opts.Greyscale, turns
// them grey (see styles.Style.Greyscale). CropMarks without Print is a
// usage error.
func buildStyles(opts BuildOptions) ([]*styles.Style, error) {
	if opts.CropMarks && !opts.Print {
		return nil, fmt.Errorf("%w: crop marks are drawn on imposed files only: add --print", ErrUsage)
	}
	sts, err := resolveStyles(opts.Styles)
	if err != nil || !opts.Greyscale {
		return sts, err
	}
	for i, st := range sts {
		sts[i] = st.Greyscale()
	}
	return sts, nil
}

// jobs renames greyscale products and, with Print, adds an imposed job
// after the jobs for each A5 booklet and leaflet. An imposed job and its
// source share one rendering: whichever runs first renders the source,
// and an imposed job whose source is unchanged (and so skipped) renders
// it itself.
func (p *printPlan) jobs(jobs []job) []job {
	var imposed []job
	for i := range jobs {
		j := &jobs[i]
		if strings.HasSuffix(j.entry.Style, styles.GreySuffix) {
			j.entry = greyEntry(j.entry)
			j.make = renamed(j.make)
		}
		if !p.opts.Print || (j.entry.Kind != "booklet" && j.entry.Kind != "leaflet") {
			continue
		}
		if st := p.styles[j.entry.Style]; st == nil || !isA5(st) {
			p.notImposed(j.entry.Style)
			continue
		}
		j.make = sync.OnceValues(j.make)
		imposed = append(imposed, p.imposedJob(*j))
	}
	return append(jobs, imposed...)
}

// renamed wraps mk so its product carries its greyscale file name.
func renamed(mk func() (output.Product, error)) func() (output.Product, error) {
	return func() (output.Product, error) {
		pr, err := mk()
		pr.Entry = greyEntry(pr.Entry)
		return pr, err
	}
}

// greyEntry names a greyscale product: the style part of its file name
// loses styles.GreySuffix, and "-grey" goes before ".pdf"; the style in
// the manifest keeps the suffix. An entry already renamed is unchanged.
func greyEntry(e output.Entry) output.Entry {
	plain := strings.TrimSuffix(e.Style, styles.GreySuffix)
	if plain == e.Style || !strings.Contains(e.Path, e.Style) {
		return e
	}
	e.Path = strings.Replace(e.Path, e.Style, plain, 1)
	e.Path = strings.TrimSuffix(e.Path, ".pdf") + "-grey.pdf"
	return e
}

// imposedJob is the job that imposes src's product: same content files
// and language, stage and style; kind "imposed"; file name
// <source>-imposed.pdf.
func (p *printPlan) imposedJob(src job) job {
	e := src.entry
	e.Kind = "imposed"
	e.Path = strings.TrimSuffix(e.Path, ".pdf") + "-imposed.pdf"
	opts := impose.Options{CropMarks: p.opts.CropMarks}
	return job{entry: e, files: src.files,
		key: fmt.Sprintf("%s imposed %d %t", src.key, opts.Flip, opts.CropMarks),
		make: func() (output.Product, error) {
			pr, err := src.make()
			if err != nil {
				return output.Product{}, err
			}
			data, info, err := impose.Booklet(pr.Data, opts)
			if err != nil {
				return output.Product{}, fmt.Errorf("imposing %s: %w", pr.Path, err)
			}
			p.setDuplex(info.Duplex)
			e := e
			e.Pages = 2 * info.Sheets
			return output.NewProduct(e, data), nil
		}}
}

// isA5 reports whether st's pages are A5 portrait (148 × 210 mm), the
// pages that impose two-up on A4.
func isA5(st *styles.Style) bool {
	return math.Abs(st.PageWidth-148) < 1.5 && math.Abs(st.PageHeight-210) < 1.5
}

func (p *printPlan) notImposed(style string) {
	if !slices.Contains(p.report.NotImposed, style) {
		p.report.NotImposed = append(p.report.NotImposed, style)
	}
}

func (p *printPlan) setDuplex(s string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.report.Duplex = s
}

// done returns the report once the jobs have run. When every imposed
// file was unchanged (skipped), none was imposed in this build; their
// duplex setting is the default flip, which impose.Booklet verified from
// each file when it was written.
func (p *printPlan) done(skipped []output.Entry) PrintReport {
	p.mu.Lock()
	defer p.mu.Unlock()
	r := p.report
	if r.Duplex == "" && slices.ContainsFunc(skipped, func(e output.Entry) bool { return e.Kind == "imposed" }) {
		r.Duplex = "print double-sided on A4 paper, " + impose.Options{}.Flip.String() +
			" (the back of each sheet looks upside down on screen; that is intended)"
	}
	return r
}
