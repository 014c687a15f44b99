package main

import (
	"fmt"
	"path/filepath"

	"github.com/spf13/cobra"

	"guidepress/press"
)

// findContent sets the --content of a command that reads a guide, when it
// was not given, to the current folder or the nearest one above it that
// holds guide.yaml; when there is none, the command uses the built-in
// sample and says so on stderr in one line.
func findContent(cmd *cobra.Command, _ []string) error {
	f := cmd.Flags().Lookup("content")
	if f == nil {
		return nil
	}
	dir, sample, err := contentDir(cmd)
	if err != nil {
		return err
	}
	if sample {
		fmt.Fprintln(cmd.ErrOrStderr(), press.SampleNotice)
		return nil
	}
	return f.Value.Set(dir)
}

// contentDir is the guide folder cmd reads: --content, else the folder
// found from the working directory (relative to it when inside it), else
// "" with sample set.
func contentDir(cmd *cobra.Command) (dir string, sample bool, err error) {
	flag := ""
	if f := cmd.Flags().Lookup("content"); f != nil {
		flag = f.Value.String()
	}
	wd, err := getwd()
	if err != nil {
		return "", false, fmt.Errorf("finding the guide: %w", err)
	}
	dir, sample, err = press.FindContent(flag, wd)
	if err != nil || sample || flag != "" {
		return dir, sample, err
	}
	if rel, err := filepath.Rel(wd, dir); err == nil {
		dir = rel
	}
	return dir, false, nil
}
