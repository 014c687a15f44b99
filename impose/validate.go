package impose

import (
	"fmt"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

// Validate checks pdf with pdfcpu's relaxed validation, the mode that
// accepts the inline link annotations fpdf writes (strict validation
// rejects them with "expected indirect references").
func Validate(pdf []byte) (err error) {
	const op = "impose validate"
	defer guard(op, &err)
	if len(pdf) == 0 {
		return fmt.Errorf("%s: empty input", op)
	}
	if _, err := readValidated(pdf, Configuration(model.VALIDATE)); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	return nil
}
