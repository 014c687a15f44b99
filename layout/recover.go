package layout

import "fmt"

// recoverAs turns a panic inside fpdf (or the layout) into an error that
// names the operation, so a bad input never crashes the program.
func recoverAs(op string, err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("%s: internal error: %v", op, r)
	}
}
