// Command guidepress turns a guide written as YAML with Markdown bodies into
// printable PDFs. Each subcommand is a thin layer over package press.
package main

import (
	"errors"
	"fmt"
	"guidepress/internal/memlimit"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"guidepress/content"
	"guidepress/press"
)

// Exit codes: 0 success (warnings allowed), 1 content errors or a failed
// build, 2 a usage error.
const (
	exitOK      = 0
	exitContent = 1
	exitUsage   = 2
)

func main() {
	// Laying out and drawing a product holds memory in proportion to its
	// text. The soft memory limit grows with the text in progress
	// (memlimit.Measured), so small builds run at full speed and a
	// 1,000-page booklet stays near 64 MiB (docs/performance.md). GOGC
	// and GOMEMLIMIT still override it.
	if os.Getenv("GOGC") == "" && os.Getenv("GOMEMLIMIT") == "" {
		memlimit.Enable(memlimit.Measured)
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run executes the command line args and returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	root := newRoot()
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.Execute()
	if err != nil && strings.HasPrefix(err.Error(), "unknown command") {
		err = usageError(err)
	}
	return report(err, stderr)
}

// report prints err to stderr and chooses the exit code.
func report(err error, stderr io.Writer) int {
	if err == nil {
		return exitOK
	}
	var ps content.Problems
	if errors.As(err, &ps) {
		for _, p := range ps {
			fmt.Fprintln(stderr, p.String())
		}
		return exitContent
	}
	fmt.Fprintln(stderr, "guidepress:", err)
	if errors.Is(err, press.ErrUsage) {
		return exitUsage
	}
	return exitContent
}

// usageError marks err as a usage error.
func usageError(err error) error {
	return fmt.Errorf("%w (%w; see guidepress --help)", err, press.ErrUsage)
}

func newRoot() *cobra.Command {
	root := &cobra.Command{
		Use:           "guidepress",
		Short:         "Turn a guide in YAML and Markdown into printable PDFs",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError(err) })
	root.AddCommand(newBuild(), newBooklet(), newLeaflet(), newValidate(), newStages(), newInit(), newVersion(), newDiagram())
	root.AddCommand(newTranslations())
	root.AddCommand(newPack())
	return root
}

// exactArgs is cobra.ExactArgs with a usage error.
func exactArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := cobra.ExactArgs(n)(cmd, args); err != nil {
			return usageError(err)
		}
		return nil
	}
}
