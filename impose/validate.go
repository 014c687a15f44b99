package impose

import (
	"fmt"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

// Validate checks pdf with pdfcpu's relaxed validation, the mode that
// accepts what many writers get slightly wrong (and that pdfcpu itself
// defaults to); imposition reads its input this way.
func Validate(pdf []byte) (err error) {
	return validateAs(pdf, model.ValidationRelaxed)
}

// ValidateStrict checks pdf with pdfcpu's strict validation: every entry
// allowed in the version the file declares, every structure as the PDF
// reference describes it. guidepress's own files pass it.
func ValidateStrict(pdf []byte) (err error) {
	return validateAs(pdf, model.ValidationStrict)
}

// validateAs checks pdf in the given mode.
func validateAs(pdf []byte, mode int) (err error) {
	const op = "impose validate"
	defer guard(op, &err)
	if len(pdf) == 0 {
		return fmt.Errorf("%s: empty input", op)
	}
	conf := configuration(model.VALIDATE)
	conf.ValidationMode = mode
	if _, err := readValidated(pdf, conf); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	return nil
}
