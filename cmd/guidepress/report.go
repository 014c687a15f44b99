package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"guidepress/content"
	"guidepress/press"
)

// contentHelp is the --content flag's help, the same for every command.
const contentHelp = "content folder (default: this folder or the nearest above it with guide.yaml, else the built-in sample)"

// outputHelp is the -o flag's help for commands that write one PDF.
const outputHelp = "the PDF file to write; - writes it to standard output"

// finish ends a command that wrote one file: it prints the content
// warnings to stderr and, when err is nil and -q was not given, the
// "wrote" line and how to print the file's bilingual layout, if it has
// one. When the PDF went to standard output (-o -), these go to stderr.
func finish(cmd *cobra.Command, output string, warnings content.Problems, err error, wrote, bilingual string) error {
	for _, w := range warnings {
		fmt.Fprintln(cmd.ErrOrStderr(), w.String())
	}
	if err != nil || quiet(cmd) {
		return err
	}
	out := cmd.OutOrStdout()
	if output == press.Stdout {
		out = cmd.ErrOrStderr()
	}
	fmt.Fprintln(out, wrote)
	if note := press.HowToPrint(bilingual); note != "" {
		fmt.Fprintln(out, note)
	}
	return nil
}
