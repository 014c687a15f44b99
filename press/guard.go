package press

import "fmt"

// guard turns a panic in op into an error naming the operation, so that no
// panic escapes the library: a bug must not cost a user the earlier
// outputs or a readable message. Use it as `defer guard("build", &err)`.
func guard(op string, err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("%s: internal error (please report it): %v", op, r)
	}
}
