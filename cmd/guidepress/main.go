// Command guidepress turns a guide written as YAML with Markdown bodies into
// printable PDFs. Each subcommand is a thin layer over package press.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"guidepress/content"
	"guidepress/internal/memlimit"
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
	return runContext(context.Background(), args, stdout, stderr)
}

// runContext executes the command line args under ctx (whose end, like
// Ctrl-C, stops build --watch) and returns the exit code.
func runContext(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	root := newRoot()
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if err != nil && strings.HasPrefix(err.Error(), "unknown command") && !errors.Is(err, press.ErrUsage) {
		err = usageError(flattenSuggestions(err))
	}
	return report(err, stderr)
}

// report prints err to stderr and chooses the exit code. Content
// problems are printed one a line as file:line:col: message, each
// followed, on a terminal, by its source line and a caret.
func report(err error, stderr io.Writer) int {
	if err == nil {
		return exitOK
	}
	var ps content.Problems
	if errors.As(err, &ps) {
		printProblems(stderr, ps)
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

// flattenSuggestions puts cobra's "Did you mean this?" list on the error's
// own line: "unknown command "biuld" for "guidepress"; did you mean build?".
func flattenSuggestions(err error) error {
	msg := err.Error()
	head, tail, ok := strings.Cut(msg, "\n\nDid you mean this?\n")
	if !ok {
		return errors.New(strings.TrimSpace(msg))
	}
	var names []string
	for _, l := range strings.Split(tail, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			names = append(names, l)
		}
	}
	return fmt.Errorf("%s; did you mean %s?", head, strings.Join(names, " or "))
}

func newRoot() *cobra.Command {
	root := &cobra.Command{
		Use:   "guidepress",
		Short: "Turn a guide in YAML and Markdown into printable PDFs",
		Long: `Turn a guide in YAML and Markdown into printable PDFs: booklets, leaflets and
discharge packs, in English, Welsh or both.

The guide is the folder given with --content; else the current folder or the
nearest folder above it that holds guide.yaml; else the built-in sample guide,
which every command then says on stderr. Start your own with guidepress init.`,
		Example: `  guidepress init my-guide && cd my-guide
  guidepress validate
  guidepress build                  # every PDF into out/
  guidepress booklet --lang cy -o guide-cy.pdf`,
		Version:           versionString(),
		SilenceUsage:      true,
		SilenceErrors:     true,
		PersistentPreRunE: findContent,
	}
	root.SetVersionTemplate("guidepress {{.Version}}\n")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError(err) })
	root.PersistentFlags().BoolP("quiet", "q", false, "print only warnings and errors")
	root.PersistentFlags().BoolP("verbose", "v", false, "list every file written")
	root.AddCommand(newBuild(), newBooklet(), newLeaflet(), newValidate(), newStages(), newInit(), newVersion(), newDiagram())
	root.AddCommand(newTranslations(), newAreas(), newStyles())
	root.AddCommand(newPack(), newSite(), newServe())
	return root
}

// quiet reports whether -q was given: print only warnings and errors.
func quiet(cmd *cobra.Command) bool {
	q, _ := cmd.Flags().GetBool("quiet")
	return q
}

// verbose reports whether -v was given: list every file.
func verbose(cmd *cobra.Command) bool {
	v, _ := cmd.Flags().GetBool("verbose")
	return v
}

// exactArgs is cobra.ExactArgs with a usage error. A command with
// subcommands given an unknown one says so, with the nearest names.
func exactArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if cmd.HasAvailableSubCommands() && len(args) > n {
			return unknownSubcommand(cmd, args[0])
		}
		if err := cobra.ExactArgs(n)(cmd, args); err != nil {
			return usageError(err)
		}
		return nil
	}
}

// unknownSubcommand is the usage error for a subcommand cmd does not
// have, suggesting those whose names are close to name.
func unknownSubcommand(cmd *cobra.Command, name string) error {
	msg := fmt.Sprintf("unknown command %q for %q", name, cmd.CommandPath())
	if cmd.SuggestionsMinimumDistance <= 0 {
		cmd.SuggestionsMinimumDistance = 2
	}
	if s := cmd.SuggestionsFor(name); len(s) > 0 {
		msg += "; did you mean " + strings.Join(s, " or ") + "?"
	} else {
		msg += fmt.Sprintf("; see %s --help", cmd.CommandPath())
	}
	return fmt.Errorf("%s (%w)", msg, press.ErrUsage)
}
