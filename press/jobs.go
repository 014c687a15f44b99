package press

import (
	"runtime"
	"sync"

	"guidepress/content"
	"guidepress/layout"
	"guidepress/output"
	"guidepress/styles"
)

// job is one product of a build: its manifest entry (path, kind, language,
// stage, style) known before rendering, what else it depends on, and how to
// render it.
type job struct {
	entry output.Entry
	// key holds the options the product depends on beyond its entry.
	key string
	// files are the content files the product reads; nil means all.
	files []string
	make  func() (output.Product, error)
}

// planJobs lists a build's products: the booklet of every style and
// language, then, when leaflets is set, the a5-fold leaflet of every stage
// in each of them; all for area when it is not "" (area editions).
func planJobs(g *content.Guide, sts []*styles.Style, langs []string, leaflets bool, area string) []job {
	var jobs []job
	for _, st := range sts {
		for _, lang := range langs {
			ed := edition{lang, st}
			jobs = append(jobs, job{entry: bookletEntry(g, ed, area), key: styleKey(st) + areaSuffix(area),
				make: func() (output.Product, error) { return booklet(g, ed, area) }})
		}
	}
	if !leaflets {
		return jobs
	}
	opts := layout.LeafletOptions{Format: layout.FoldedA5, Area: area}
	for _, st := range sts {
		for _, lang := range langs {
			ed := edition{lang, st}
			for _, s := range g.Stages {
				jobs = append(jobs, job{entry: leafletEntry(g, ed, s.ID, area), key: styleKey(st) + " a5-fold " + area,
					files: leafletFiles(g, s.ID),
					make:  func() (output.Product, error) { return leaflet(g, ed, s.ID, opts) }})
			}
		}
	}
	return jobs
}

// Progress is told, as a build renders, how many of its products are
// done out of how many, and the path of the product it is rendering or
// has just finished. Calls come one at a time.
type Progress func(done, total int, current string)

// runJobs renders jobs in parallel, one per core, and returns their
// products in the jobs' order, or the first job's error in that order.
// Fonts are parsed once per process and shared; each job has its own PDF.
// progress, when not nil, is told as each job starts and ends.
func runJobs(jobs []job, progress Progress) ([]output.Product, error) {
	products := make([]output.Product, len(jobs))
	errs := make([]error, len(jobs))
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	tell := func(finished bool, path string) {
		if progress == nil {
			return
		}
		mu.Lock()
		defer mu.Unlock()
		if finished {
			done++
		}
		progress(done, len(jobs), path)
	}
	for i, j := range jobs {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			tell(false, j.entry.Path)
			p, err := j.make()
			p.InputHash = j.entry.InputHash
			products[i], errs[i] = p, err
			tell(true, j.entry.Path)
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return products, nil
}

// leafletFiles are the content files a stage's leaflet is made from: the
// guide's metadata and labels, the contacts, the recovery model (for
// diagrams), the logo's files, the stage itself and the images its
// bodies show; other stages do not change it.
func leafletFiles(g *content.Guide, stage string) []string {
	files := append([]string{"contacts.yaml", "guide.yaml", "recovery.yaml", "stages/" + stage + ".yaml"}, g.Logo.Files()...)
	if s := g.StageByID(stage); s != nil {
		files = append(files, s.ImageFiles()...)
	}
	return files
}
