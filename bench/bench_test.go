// Package bench holds the benchmarks of the pipeline's stages (loading,
// planning, drawing) on synthetic guides of 10, 100 and 1,000 pages, the
// generator of those guides (package synth) and the timing script run.sh.
package bench

import (
	"fmt"
	"path/filepath"
	"testing"

	"guidepress/bench/synth"
	"guidepress/content"
	"guidepress/fonts"
	"guidepress/layout"
	"guidepress/pdf"
	"guidepress/press"
	"guidepress/styles"
)

var sizes = []int{10, 100, 1000}

// guideDir writes a synthetic guide of about pages pages, once per run.
func guideDir(b *testing.B, pages int) string {
	b.Helper()
	dir := filepath.Join(b.TempDir(), "guide")
	if err := synth.Write(dir, pages); err != nil {
		b.Fatal(err)
	}
	return dir
}

func load(b *testing.B, dir string) *content.Guide {
	b.Helper()
	g, ps := content.LoadDir(dir, content.Options{Covers: fonts.Default().Covers})
	if ps.HasErrors() {
		b.Fatal(ps.Errors())
	}
	return g
}

func standard(b *testing.B) *styles.Style {
	st, err := styles.Preset("standard")
	if err != nil {
		b.Fatal(err)
	}
	return st
}

// BenchmarkLoad measures reading and validating a guide.
func BenchmarkLoad(b *testing.B) {
	for _, n := range sizes {
		b.Run(fmt.Sprintf("pages=%d", n), func(b *testing.B) {
			dir := guideDir(b, n)
			for b.Loop() {
				load(b, dir)
			}
		})
	}
}

// BenchmarkPlan measures laying out the English booklet into a page plan.
func BenchmarkPlan(b *testing.B) {
	for _, n := range sizes {
		b.Run(fmt.Sprintf("pages=%d", n), func(b *testing.B) {
			g, st := load(b, guideDir(b, n)), standard(b)
			var pages int
			for b.Loop() {
				p, err := layout.Booklet(g, "en", st)
				if err != nil {
					b.Fatal(err)
				}
				pages = len(p.Pages)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*pages), "ns/page")
		})
	}
}

// BenchmarkDraw measures drawing a laid-out booklet to PDF bytes.
func BenchmarkDraw(b *testing.B) {
	for _, n := range sizes {
		b.Run(fmt.Sprintf("pages=%d", n), func(b *testing.B) {
			g, st := load(b, guideDir(b, n)), standard(b)
			p, err := layout.Booklet(g, "en", st)
			if err != nil {
				b.Fatal(err)
			}
			var size int
			for b.Loop() {
				out, err := pdf.Write(p)
				if err != nil {
					b.Fatal(err)
				}
				size = len(out)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(p.Pages)), "ns/page")
			b.ReportMetric(float64(size), "bytes")
		})
	}
}

// BenchmarkRebuildNoChange measures a build of the default guide into a
// folder that already holds every product made from the same inputs: it
// loads and checks the content, finds nothing to do and writes nothing.
func BenchmarkRebuildNoChange(b *testing.B) {
	out := b.TempDir()
	if _, err := press.Build(press.BuildOptions{OutDir: out}); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		res, err := press.Build(press.BuildOptions{OutDir: out})
		if err != nil || len(res.Written) != 0 {
			b.Fatalf("rebuilt %d files: %v", len(res.Written), err)
		}
	}
}
