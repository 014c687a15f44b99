package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"guidepress/press"
)

func newValidate() *cobra.Command {
	var dir string
	cmd := &cobra.Command{
		Use:   "validate",
		Short: "Check a guide's content and report every problem with file:line:col",
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			g, ps := press.LoadContent(dir, nil)
			for _, w := range ps.Warnings() {
				fmt.Fprintln(cmd.ErrOrStderr(), w.String())
			}
			if ps.HasErrors() {
				return ps.Errors()
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s: valid (%d stages, %d contacts, languages %v, %d warnings)\n",
				g.Source, len(g.Stages), len(g.Contacts), g.Languages, len(ps.Warnings()))
			return nil
		},
	}
	cmd.Flags().StringVar(&dir, "content", "", "content folder (default: the embedded default guide)")
	return cmd
}
