package impose

import (
	"bufio"
	"bytes"
	"fmt"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/validate"
)

// The three calls below are what pdfcpu's pkg/api does for ReadAndValidate,
// Validate and Write, made with its lower-level packages. pkg/api imports
// pdfcpu's form package, whose go-runewidth dependency builds tables of
// two million entries when the program starts (about 50 ms); guidepress
// starts without it. Panics inside pdfcpu are turned into errors by each
// exported function's guard.

// readValidated reads a PDF into a context and validates it (pdfcpu's
// api.ReadAndValidate, without signature removal, which guidepress never
// asks for).
func readValidated(pdf []byte, conf *model.Configuration) (*model.Context, error) {
	ctx, err := pdfcpu.Read(bytes.NewReader(pdf), conf)
	if err != nil {
		return nil, fmt.Errorf("read context: %w", err)
	}
	if err := validate.XRefTable(ctx); err != nil {
		return nil, fmt.Errorf("validation: %w", err)
	}
	return ctx, nil
}

// writeContext serialises ctx into buf (pdfcpu's api.Write).
func writeContext(ctx *model.Context, buf *bytes.Buffer) error {
	ctx.Write.Writer = bufio.NewWriter(buf)
	if err := pdfcpu.WriteContext(ctx); err != nil {
		return err
	}
	return ctx.Write.Flush()
}
