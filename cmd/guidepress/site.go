package main

import (
	"fmt"
	"path/filepath"

	"github.com/spf13/cobra"

	"guidepress/press"
)

func newSite() *cobra.Command {
	var opts press.SiteOptions
	cmd := &cobra.Command{
		Use:   "site [--out DIR]",
		Short: "Write the guide as a static web site in every language, beside the built PDFs",
		Long: `Write the guide as a static web site into the output folder (out/ unless --out
names another): for each language a folder (en/, cy/) with a home page, a page
per chapter, the key contacts (all, and one page per area), the recovery
diagrams as inline SVG and a page of the PDFs to download; index.html at the
top lets a reader choose a language. Every page links to the same page in the
other languages. No scripts, no cookies, nothing from other sites; the same
guide gives the same bytes.

The downloads are the booklets and leaflets that guidepress build wrote into
the same folder (as its manifest.json lists them): run build first to offer
them. Open out/index.html in a browser, or copy the folder to a web server.`,
		Example: `  guidepress build && guidepress site     # PDFs and site into out/
  guidepress site --content my-guide --out public`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if _, err := press.CheckOutDir(opts.OutDir); err != nil {
				return err
			}
			names, warnings, err := press.WriteSite(opts)
			for _, w := range warnings {
				fmt.Fprintln(cmd.ErrOrStderr(), w.String())
			}
			if err != nil || quiet(cmd) {
				return err
			}
			out := cmd.OutOrStdout()
			if verbose(cmd) {
				for _, n := range names {
					fmt.Fprintf(out, "wrote %s\n", filepath.Join(opts.OutDir, filepath.FromSlash(n)))
				}
			}
			fmt.Fprintf(out, "wrote the site, %d files, into %s: open %s\n", len(names), opts.OutDir, filepath.Join(opts.OutDir, "index.html"))
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.ContentDir, "content", "", contentHelp)
	f.StringVarP(&opts.OutDir, "out", "o", "out", "output folder (created if missing)")
	return cmd
}
