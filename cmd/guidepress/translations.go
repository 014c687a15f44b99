package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"guidepress/content"
	"guidepress/press"
)

func newTranslations() *cobra.Command {
	var dir string
	var list bool
	cmd := &cobra.Command{
		Use:   "translations",
		Short: "Report missing, stale and unconfirmed translations; confirm, export and import them",
		Example: `  guidepress translations
  guidepress translations --list
  guidepress translations confirm stages/police.yaml#sections.rights-in-custody.body
  guidepress translations export -o cy.po`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if list {
				ids, ps := press.FieldIDs(dir)
				if ps.HasErrors() {
					return ps
				}
				for _, id := range ids {
					fmt.Fprintln(cmd.OutOrStdout(), id)
				}
				return nil
			}
			reports, ps := press.Translations(dir)
			if ps.HasErrors() {
				return ps
			}
			for _, r := range reports {
				printReport(cmd.OutOrStdout(), r)
			}
			return nil
		},
	}
	cmd.PersistentFlags().StringVar(&dir, "content", "", contentHelp)
	cmd.Flags().BoolVar(&list, "list", false, "print the id of every translatable field, for translations confirm")
	cmd.AddCommand(newConfirm(&dir), newExport(&dir), newImport(&dir))
	return cmd
}

func printReport(w io.Writer, r press.TranslationReport) {
	name := content.LanguageName(r.Lang)
	fmt.Fprintf(w, "%s (%s): %d fields, %d missing, %d stale, %d unconfirmed\n",
		name, r.Lang, r.Fields, len(r.Missing), len(r.Stale), len(r.Unconfirmed))
	list := func(what string, fs []content.Field, lang string) {
		for _, f := range fs {
			fmt.Fprintf(w, "  %s: %s: %s\n", f.Text.TextPos(lang), what, f.ID)
		}
	}
	list("missing", r.Missing, content.SourceLanguage)
	list("stale (English changed)", r.Stale, content.SourceLanguage)
	list("unconfirmed", r.Unconfirmed, r.Lang)
}

func newConfirm(dir *string) *cobra.Command {
	var lang string
	return withLang(&cobra.Command{
		Use:   "confirm [FIELD-ID...]",
		Short: "Record that the translation of the given fields (all when none given) matches today's English",
		Long: `Record that the translation of the given fields (all when none given) matches
today's English, in translations.lock. Field ids are listed by
guidepress translations --list; an id that names no field is refused and
nothing is confirmed.`,
		Example: `  guidepress translations confirm stages/police.yaml#sections.rights-in-custody.body
  guidepress translations confirm            # every field`,
		RunE: func(cmd *cobra.Command, ids []string) error {
			n, lang, err := press.ConfirmTranslations(*dir, lang, ids)
			if err != nil {
				return err
			}
			if !quiet(cmd) {
				fmt.Fprintf(cmd.OutOrStdout(), "confirmed %d %s fields in %s\n", n, content.LanguageName(lang), content.LockFile)
			}
			return nil
		},
	}, &lang)
}

func newExport(dir *string) *cobra.Command {
	var lang, out string
	cmd := withLang(&cobra.Command{
		Use:     "export -o FILE.po",
		Short:   "Write the text to translate, with the English and current translation, as a PO file",
		Example: "  guidepress translations export --lang cy -o cy.po",
		Args:    exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if out == "" {
				return usageError(errors.New("export needs -o FILE.po"))
			}
			n, err := press.ExportTranslations(*dir, lang, out)
			if err != nil {
				return err
			}
			if !quiet(cmd) && out != press.Stdout {
				fmt.Fprintf(cmd.OutOrStdout(), "wrote %s (%d fields)\n", out, n)
			}
			return nil
		},
	}, &lang)
	cmd.Flags().StringVarP(&out, "output", "o", "", "the PO file to write; - writes it to standard output")
	return cmd
}

func newImport(dir *string) *cobra.Command {
	return &cobra.Command{
		Use:     "import FILE.po",
		Short:   "Write the translations of a PO file into the YAML files and confirm them",
		Example: "  guidepress translations import cy.po",
		Args:    exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			n, warnings, err := press.ImportTranslations(*dir, args[0])
			for _, w := range warnings {
				fmt.Fprintln(cmd.ErrOrStderr(), w.String())
			}
			if err != nil {
				return err
			}
			if !quiet(cmd) {
				fmt.Fprintf(cmd.OutOrStdout(), "imported %d translations from %s (%d not imported)\n", n, args[0], len(warnings))
			}
			return nil
		},
	}
}

// withLang adds the --lang flag, defaulting to the guide's first
// translation language, with completion.
func withLang(cmd *cobra.Command, lang *string) *cobra.Command {
	cmd.Flags().StringVar(lang, "lang", "", "the translation's language (default: the guide's first language other than English)")
	completeFlags(cmd)
	return cmd
}
