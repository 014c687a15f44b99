// Command tagcheck checks the tagging of PDF files for screen readers and
// read-aloud tools (see package guidepress/internal/tagcheck):
//
//	go run ./internal/tagcheck/tagcheck [-tree] FILE.pdf...
//
// It prints each file's problems, one a line, and with -tree its
// structure tree. It exits 1 when any file has a problem or cannot be
// read, 2 when called wrongly.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"guidepress/internal/tagcheck"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run checks the files args names and returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("tagcheck", flag.ContinueOnError)
	fs.SetOutput(stderr)
	tree := fs.Bool("tree", false, "print the structure tree of each file")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: tagcheck [-tree] FILE.pdf...")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	code := 0
	for _, path := range fs.Args() {
		data, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintf(stderr, "tagcheck: %v\n", err)
			code = 1
			continue
		}
		rep, err := tagcheck.Check(data)
		if err != nil {
			fmt.Fprintf(stderr, "tagcheck: %s: %v\n", path, err)
			code = 1
			continue
		}
		if *tree {
			fmt.Fprintf(stdout, "%s: structure tree\n%s", path, rep.Tree())
		}
		for _, p := range rep.Problems {
			fmt.Fprintf(stdout, "%s: %s\n", path, p)
		}
		fmt.Fprintf(stdout, "%s: %d problems in %d pages, %d structure elements\n", path, len(rep.Problems), rep.Pages, len(rep.Elements))
		if !rep.OK() {
			code = 1
		}
	}
	return code
}
