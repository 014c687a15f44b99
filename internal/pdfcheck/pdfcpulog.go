package pdfcheck

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/pdfcpu/pdfcpu/pkg/log"
)

// pdfcpu reports what it repaired while reading a file ("pdfcpu repaired:
// bookmarks") only through its loggers, which are global: one listener at
// a time.
var listening sync.Mutex

// topics are the kinds of pdfcpu message that mean the file needed help.
var topics = []string{"pdfcpu repaired:", "pdfcpu skipped:", "pdfcpu digested:"}

// listener collects pdfcpu's repair messages.
type listener struct {
	mu    sync.Mutex
	lines []string
}

// listen points pdfcpu's read and validate loggers at a new listener;
// stop puts them back.
func listen() *listener {
	listening.Lock()
	c := &listener{}
	log.SetReadLogger(c)
	log.SetValidateLogger(c)
	return c
}

// stop disables pdfcpu's loggers again (their state when tests start).
func (c *listener) stop() {
	log.SetReadLogger(nil)
	log.SetValidateLogger(nil)
	listening.Unlock()
}

// notes returns the repair messages heard, each once, in order.
func (c *listener) notes() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return slices.Compact(slices.Clone(c.lines))
}

func (c *listener) add(s string) {
	for _, t := range topics {
		if i := strings.Index(s, t); i >= 0 {
			c.mu.Lock()
			c.lines = append(c.lines, strings.TrimSpace(s[i+len("pdfcpu "):]))
			c.mu.Unlock()
			return
		}
	}
}

// Printf is part of pdfcpu's log.Logger.
func (c *listener) Printf(format string, args ...any) { c.add(fmt.Sprintf(format, args...)) }

// Println is part of pdfcpu's log.Logger.
func (c *listener) Println(args ...any) { c.add(fmt.Sprintln(args...)) }

// Fatalf is part of pdfcpu's log.Logger; pdfcpu does not call it while
// reading.
func (c *listener) Fatalf(format string, args ...any) { c.add(fmt.Sprintf(format, args...)) }

// Fatalln is part of pdfcpu's log.Logger.
func (c *listener) Fatalln(args ...any) { c.add(fmt.Sprintln(args...)) }
