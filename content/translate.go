package content

import "fmt"

// Change is one translation an import will write.
type Change struct {
	Field Field
	Lang  string
	Value string
}

// PlanImport compares imported PO entries for lang with the guide as it is
// now. It returns the translations to write, and a problem (at the PO
// entry's line) for each entry it will not write: a field that no longer
// exists, a translation changed in the YAML since the export (not
// overwritten), or English changed since the export (the translation was
// made from old text). Empty and unchanged translations are passed over.
func (g *Guide) PlanImport(poName string, entries []POEntry, lang string) ([]Change, Problems) {
	byID := map[string]Field{}
	for _, f := range g.Fields() {
		byID[f.ID] = f
	}
	var changes []Change
	var ps Problems
	for _, e := range entries {
		at := Position{Filename: poName, Line: e.Line, Column: 1}
		f, ok := byID[e.ID]
		if !ok {
			ps = append(ps, Problem{Pos: at, Message: fmt.Sprintf("%s is not a field of the guide any more; not imported", e.ID)})
			continue
		}
		cur := f.Text.Get(lang)
		switch {
		case e.Translation == "" || e.Translation == cur:
		case e.TranslationHash != "" && e.TranslationHash != SourceHash(cur):
			ps = append(ps, Problem{Pos: at, Message: fmt.Sprintf("the %s of %s changed in %s since the export; not overwritten", LanguageName(lang), e.ID, f.File)})
		case e.SourceHash != "" && e.SourceHash != SourceHash(f.Text.Get(SourceLanguage)):
			ps = append(ps, Problem{Pos: at, Message: fmt.Sprintf("the English of %s changed since the export; translate the new text and import again", e.ID)})
		default:
			changes = append(changes, Change{Field: f, Lang: lang, Value: e.Translation})
		}
	}
	return changes, ps
}
