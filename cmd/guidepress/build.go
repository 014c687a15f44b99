package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"guidepress/press"
)

func newBuild() *cobra.Command {
	var opts press.BuildOptions
	var watch bool
	cmd := &cobra.Command{
		Use:   "build",
		Short: "Build every product of the guide into the output folder, with manifest.json",
		Long: `Build every product of the guide into the output folder (out/ unless --out or
-o names another), with manifest.json: the booklet and every stage's leaflet,
in each language and style. Files whose inputs did not change are not
rebuilt. The build ends with one line: files written and unchanged, the
output folder and the time taken; -v lists every file, -q prints only
warnings and errors. --watch rebuilds on every save until Ctrl-C.`,
		Example: `  guidepress build
  guidepress build -o print --style standard --print
  guidepress build --lang cy,en --bilingual columns
  guidepress build --watch`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if watch {
				return watchBuild(cmd, opts)
			}
			_, err := buildOnce(cmd, opts)
			return err
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.ContentDir, "content", "", contentHelp)
	f.StringVarP(&opts.OutDir, "out", "o", "out", "output folder (created if missing)")
	f.StringSliceVar(&opts.Langs, "lang", nil, "languages to build, such as en,cy (default: all the guide's languages); with --bilingual, the two languages in order, such as cy,en")
	f.StringVar(&opts.Bilingual, "bilingual", "", "build bilingual editions instead, laid out as columns (side by side, first language left; default styles a4,large-print) or tete-beche (second language from the back cover, upside down)")
	f.StringSliceVar(&opts.Styles, "style", nil, "style presets or style files (default: standard,large-print)")
	f.BoolVar(&opts.NoLeaflets, "no-leaflets", false, "build the booklets only, not every stage's leaflet")
	f.BoolVar(&opts.Force, "force", false, "rebuild every file, even those whose inputs did not change")
	f.StringVar(&opts.Area, "area", "", "area editions: the booklets' and leaflets' contacts limited to this health board area's and every area's (id or name), its name on the booklet covers")
	f.BoolVar(&opts.Print, "print", false, "also write each A5 booklet and leaflet imposed two-up on A4 for duplex printing (<name>-imposed.pdf)")
	f.BoolVar(&opts.CropMarks, "crop-marks", false, "draw fold marks on the imposed files (needs --print)")
	f.BoolVar(&opts.Greyscale, "greyscale", false, "print every colour as grey; file names end with -grey.pdf")
	f.BoolVar(&watch, "watch", false, "build, then rebuild what changed each time a content file is saved, until Ctrl-C")
	completeFlags(cmd)
	return cmd
}

// buildOnce runs one build and reports it: content warnings on stderr,
// progress on a terminal, then (unless -q) the summary line. It returns
// the build's result for --watch.
func buildOnce(cmd *cobra.Command, opts press.BuildOptions) (press.BuildResult, error) {
	missing, err := press.CheckOutDir(opts.OutDir)
	if err != nil {
		return press.BuildResult{}, err
	}
	start := time.Now()
	stderr := cmd.ErrOrStderr()
	var prog *progressLine
	if !quiet(cmd) && isTerminal(stderr) {
		prog = startProgress(stderr)
		opts.Progress = prog.update
	}
	res, err := press.Build(opts)
	if prog != nil {
		prog.end()
	}
	for _, w := range res.Warnings {
		fmt.Fprintln(stderr, w.String())
	}
	if err != nil {
		return res, err
	}
	if quiet(cmd) {
		return res, nil
	}
	out := cmd.OutOrStdout()
	abs, err := filepath.Abs(opts.OutDir)
	if err != nil {
		abs = opts.OutDir
	}
	if missing {
		fmt.Fprintf(out, "created the output folder %s\n", abs)
	}
	if verbose(cmd) {
		listBuild(out, opts, res)
	}
	printFilesReport(out, res.Print)
	if note := press.HowToPrint(opts.Bilingual); note != "" {
		fmt.Fprintln(out, note)
	}
	fmt.Fprintln(out, summary(res, abs, time.Since(start)))
	return res, nil
}

// summary is the line every build ends with: what it wrote and left
// unchanged, where, and how long it took.
func summary(res press.BuildResult, abs string, took time.Duration) string {
	return fmt.Sprintf("built %s, %d unchanged, in %s (%s)",
		plural(len(res.Written), "file"), len(res.Skipped), abs, took.Round(100*time.Millisecond))
}

// plural is "1 file" or "n files".
func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// listBuild lists every file the build wrote, as -v asks.
func listBuild(out io.Writer, opts press.BuildOptions, res press.BuildResult) {
	for _, e := range res.Written {
		kind := e.Kind
		if e.Stage != "" {
			kind = e.Stage + " " + kind
		}
		if e.Layout != "" {
			kind = e.Layout + " " + kind
		}
		size := fmt.Sprintf("%d pages", e.Pages)
		if e.Kind == "imposed" {
			size = fmt.Sprintf("%d sheets printed on both sides", e.Pages/2)
		}
		fmt.Fprintf(out, "wrote %s (%s, %s, %s, %s)\n", filepath.Join(opts.OutDir, e.Path), kind, e.Language, e.Style, size)
	}
	if n := len(res.Skipped); n > 0 {
		fmt.Fprintf(out, "unchanged, not rebuilt: %d files (their content, style and options are as when they were written; --force rebuilds them)\n", n)
	}
	fmt.Fprintf(out, "wrote %s\n", filepath.Join(opts.OutDir, "manifest.json"))
}

// printFilesReport tells the print coordinator how to print the imposed files
// and which files were not imposed.
func printFilesReport(out io.Writer, r press.PrintReport) {
	if r.Duplex != "" {
		fmt.Fprintf(out, "imposed files: %s\n", r.Duplex)
	}
	if len(r.NotImposed) > 0 {
		fmt.Fprintf(out, "not imposed: files in style %s, whose pages are not A5 (two pages side by side would need A3 paper)\n",
			strings.Join(r.NotImposed, ", "))
	}
}
