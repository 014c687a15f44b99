package main

import (
	"fmt"
	"path/filepath"

	"github.com/spf13/cobra"

	"guidepress/press"
)

func newValidate() *cobra.Command {
	var dir string
	cmd := &cobra.Command{
		Use:     "validate",
		Short:   "Check a guide's content and report every problem with file:line:col",
		Example: "  guidepress validate\n  guidepress validate --content my-guide",
		Args:    exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			g, ps := press.LoadContent(dir, nil)
			for _, w := range ps.Warnings() {
				fmt.Fprintln(cmd.ErrOrStderr(), w.String())
			}
			if ps.HasErrors() {
				return ps.Errors()
			}
			where := g.Source
			if dir != "" {
				if abs, err := filepath.Abs(dir); err == nil {
					where = abs
				}
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s: valid (%d stages, %d contacts, languages %v, %d warnings)\n",
				where, len(g.Stages), len(g.Contacts), g.Languages, len(ps.Warnings()))
			return nil
		},
	}
	cmd.Flags().StringVar(&dir, "content", "", contentHelp)
	return cmd
}
