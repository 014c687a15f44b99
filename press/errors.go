package press

import (
	"errors"

	"guidepress/content"
)

// asProblems reports whether err is, or wraps, content problems, and sets
// *ps to them.
func asProblems(err error, ps *content.Problems) bool {
	return errors.As(err, ps)
}
