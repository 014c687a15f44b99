package impose

import "fmt"

// guard turns a panic inside pdfcpu into an error wrapped with op, so that
// a malformed PDF never crashes the command. Use it deferred at every
// exported entry point: defer guard("impose booklet", &err).
func guard(op string, err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("%s: internal error in pdfcpu: %v", op, r)
	}
}
