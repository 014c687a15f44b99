package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"guidepress/content"
	"guidepress/press"
)

// finish ends a command that wrote one file: it prints the content
// warnings to stderr and, when err is nil, the "wrote" line and how to
// print the file's bilingual layout, if it has one.
func finish(cmd *cobra.Command, warnings content.Problems, err error, wrote, bilingual string) error {
	for _, w := range warnings {
		fmt.Fprintln(cmd.ErrOrStderr(), w.String())
	}
	if err != nil {
		return err
	}
	fmt.Fprintln(cmd.OutOrStdout(), wrote)
	if note := press.HowToPrint(bilingual); note != "" {
		fmt.Fprintln(cmd.OutOrStdout(), note)
	}
	return nil
}
