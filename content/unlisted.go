package content

import (
	"fmt"
	"io/fs"
	"path"
	"strings"

	"gopkg.in/yaml.v3"
)

// unlisted warns about each file in stages/ that no product will print:
// a stage file whose id guide.yaml lists neither in stages nor as intro,
// or a file named .yml, which is never read (stage files are
// stages/<id>.yaml). Without the warning a chapter an editor wrote would
// silently be left out of every booklet. Hidden files and folders are
// passed over.
func (l *loader) unlisted(intro *yaml.Node, ids []*yaml.Node) {
	entries, err := fs.ReadDir(l.fsys, "stages")
	if err != nil {
		return // no stages folder: each listed stage reports its missing file
	}
	listed := map[string]bool{}
	for _, n := range append([]*yaml.Node{intro}, ids...) {
		if n != nil {
			listed[n.Value] = true
		}
	}
	for _, e := range entries {
		name := e.Name()
		ext := path.Ext(name)
		id := strings.TrimSuffix(name, ext)
		if e.IsDir() || strings.HasPrefix(name, ".") || (ext != ".yaml" && ext != ".yml") {
			continue
		}
		var msg string
		switch {
		case ext == ".yml":
			msg = fmt.Sprintf("stages/%s is never read: stage files are named stages/<id>.yaml; rename it to stages/%s.yaml and list %q in guide.yaml's stages", name, id, id)
		case !listed[id]:
			msg = fmt.Sprintf("stages/%s is not listed in guide.yaml, so no booklet, leaflet or pack prints it: add %q to stages in guide.yaml, or remove the file", name, id)
		default:
			continue
		}
		l.probs = append(l.probs, Problem{Pos: Position{Filename: l.name("stages/" + name), Line: 1, Column: 1}, Severity: Warning, Message: msg})
	}
}
