package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"guidepress/press"
)

func newStages() *cobra.Command {
	var dir string
	cmd := &cobra.Command{
		Use:   "stages",
		Short: "List the guide's stages: id and title in each language",
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			g, ps := press.LoadContent(dir, nil)
			if ps.HasErrors() {
				return ps.Errors()
			}
			out := cmd.OutOrStdout()
			for _, s := range g.Stages {
				titles := make([]string, len(g.Languages))
				for i, lang := range g.Languages {
					titles[i] = lang + ": " + s.Title.Get(lang)
				}
				fmt.Fprintf(out, "%-12s %s\n", s.ID, strings.Join(titles, " | "))
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&dir, "content", "", "content folder (default: the embedded default guide)")
	return cmd
}
