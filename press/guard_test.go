package press

import (
	"strings"
	"testing"
)

func TestGuardTurnsPanicIntoError(t *testing.T) {
	run := func() (err error) {
		defer guard("build", &err)
		var m map[string]int
		m["x"]++ // a nil map write panics
		return nil
	}
	err := run()
	if err == nil || !strings.HasPrefix(err.Error(), "build: internal error (please report it): ") {
		t.Fatalf("err = %v", err)
	}
}
