package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"guidepress/press"
)

func newBooklet() *cobra.Command {
	var opts press.BookletOptions
	cmd := &cobra.Command{
		Use:   "booklet --lang LANG -o FILE",
		Short: "Write the full booklet in one language and style to one file",
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if opts.Lang == "" || opts.Output == "" {
				return usageError(errors.New("booklet needs --lang and -o FILE"))
			}
			pages, warnings, err := press.WriteBooklet(opts)
			for _, w := range warnings {
				fmt.Fprintln(cmd.ErrOrStderr(), w.String())
			}
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "wrote %s (%d pages)\n", opts.Output, pages)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.ContentDir, "content", "", "content folder (default: the embedded default guide)")
	f.StringVar(&opts.Lang, "lang", "", "the edition's language: en or cy")
	f.StringVar(&opts.Style, "style", "standard", "style preset or style file")
	f.StringVarP(&opts.Output, "output", "o", "", "the PDF file to write")
	return cmd
}
