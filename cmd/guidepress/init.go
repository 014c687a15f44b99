package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"guidepress/press"
)

func newInit() *cobra.Command {
	return &cobra.Command{
		Use:     "init DIR",
		Short:   "Write an editable copy of the sample guide into a new or empty folder",
		Example: "  guidepress init my-guide && cd my-guide && guidepress build",
		Args:    exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := press.Init(args[0]); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "wrote the sample guide to %s: edit its YAML files, then inside it run guidepress validate and guidepress build (or pass --content %s)\n", args[0], args[0])
			return nil
		},
	}
}
