package pdfcheck

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	pdflog "github.com/pdfcpu/pdfcpu/pkg/log"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// strictMu serialises Strict: pdfcpu reports repairs through a global
// logger.
var strictMu sync.Mutex

// msgLog keeps pdfcpu's log lines that report a repair, a skip or a
// digested spec violation.
type msgLog struct{ lines []string }

// repairTopics are the topics of pdfcpu's messages about mending a file.
var repairTopics = []string{"repaired:", "skipped:", "digested:"}

// keep notes s when it reports mending the file, once: pdfcpu writes
// each message to every logger that is set.
func (l *msgLog) keep(s string) {
	s = strings.TrimPrefix(strings.TrimSpace(s), "pdfcpu ")
	for _, topic := range repairTopics {
		if strings.Contains(s, topic) && !slices.Contains(l.lines, s) {
			l.lines = append(l.lines, s)
			return
		}
	}
}

func (l *msgLog) Printf(format string, args ...any) { l.keep(fmt.Sprintf(format, args...)) }
func (l *msgLog) Println(args ...any)               { l.keep(fmt.Sprintln(args...)) }
func (l *msgLog) Fatalf(format string, args ...any) { l.Printf(format, args...) }
func (l *msgLog) Fatalln(args ...any)               { l.Println(args...) }

// Strict validates pdf with pdfcpu in strict mode (PDF 32000-1:2008, and
// only the features the file's declared version allows) and returns its
// error, if any. It also validates pdf in relaxed mode, which goes on
// past what it can mend, and returns every repair, skip or digested spec
// violation pdfcpu reported there: what a reader has to mend to read the
// file. A clean file has neither.
func Strict(pdf []byte) (repairs []string, err error) {
	repairs, _ = validate(pdf, model.ValidationRelaxed)
	_, err = validate(pdf, model.ValidationStrict)
	if err != nil {
		err = fmt.Errorf("pdfcpu strict validation: %w", err)
	}
	return repairs, err
}

// validate runs pdfcpu's validation in mode and returns the repairs it
// logged and its error.
func validate(pdf []byte, mode int) (repairs []string, err error) {
	strictMu.Lock()
	defer strictMu.Unlock()
	log := &msgLog{}
	pdflog.SetValidateLogger(log)
	pdflog.SetReadLogger(log)
	defer pdflog.SetValidateLogger(nil)
	defer pdflog.SetReadLogger(nil)
	conf := &model.Configuration{
		Reader15:                  true,
		ValidationMode:            mode,
		UnsupportedResourcePolicy: model.UnsupportedResourceSkip,
		Eol:                       types.EolLF,
		Limits:                    model.DefaultResourceLimits(),
	}
	err = api.Validate(bytes.NewReader(pdf), conf)
	return log.lines, err
}
