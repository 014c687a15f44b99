package press

import (
	"fmt"
	"os"
	"path/filepath"
)

// GuideFile is the file that marks a folder as a guide.
const GuideFile = "guide.yaml"

// SampleNotice is the one line every command prints on stderr when it
// uses the built-in sample guide, so that nobody prints it by mistake.
const SampleNotice = "guidepress: using the built-in sample guide (no guide.yaml in this folder or any folder above it); " +
	"start your own with: guidepress init my-guide, then run guidepress inside my-guide or pass --content my-guide"

// FindContent chooses the guide a command works on, as people expect: the
// folder given (flag, from --content) if any; else wd or the nearest
// folder above it that holds guide.yaml; else the built-in sample, which
// is dir "" with sample set.
func FindContent(flag, wd string) (dir string, sample bool, err error) {
	if flag != "" {
		return flag, false, nil
	}
	abs, err := filepath.Abs(wd)
	if err != nil {
		return "", false, fmt.Errorf("finding the guide: %w", err)
	}
	for d := abs; ; {
		if fi, err := os.Stat(filepath.Join(d, GuideFile)); err == nil && !fi.IsDir() {
			return d, false, nil
		}
		up := filepath.Dir(d)
		if up == d {
			return "", true, nil
		}
		d = up
	}
}
