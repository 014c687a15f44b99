// Package memlimit scales the Go runtime's soft memory limit with the work
// in hand. Laying out and drawing a product keeps memory in proportion to
// its text (the plan, and fpdf's page buffers until the file is written),
// so a fixed limit either wastes memory on small jobs or, on big ones,
// sits below the live heap and makes the collector run without pause.
// Each product in progress holds a share of the limit in proportion to
// the bytes of text it lays out, and gives it back when it is written.
//
// Nothing changes until a program calls Enable: a library user keeps the
// runtime's own settings.
package memlimit

import (
	"runtime/debug"
	"sync"
)

// Budget is how the limit is made from the text in progress.
type Budget struct {
	// Floor is the limit when little or nothing is in progress.
	Floor int64
	// Base is memory that does not grow with the text: the program,
	// fonts, the guide.
	Base int64
	// PerByte is the memory one byte of text in progress needs at its
	// peak, with room for the collector to work.
	PerByte int64
}

// Measured is the budget measured for guidepress (docs/performance.md):
// the live heap of a tagged booklet peaks at about 37 bytes for each
// byte of its text (31 MiB for the 1,000-page synthetic booklet's
// 0.89 MB of text, 93 MiB for 3,000 pages and 2.66 MB), with only the
// booklet's language's Markdown kept (content.Guide.KeepParsed). The
// limit leaves about half as much again, which the collector needs not
// to run without pause (at 54 bytes a byte of text, the 1,000-page
// booklet took a third more cpu), while the whole process stays under
// 64 MiB at 1,000 pages and 160 MiB at 3,000; it never goes below what
// builds of the default guide need to run at full speed.
var Measured = Budget{Floor: 48 << 20, Base: 4 << 20, PerByte: 57}

var (
	mu      sync.Mutex
	enabled bool
	budget  Budget
	held    int64
)

// Enable makes Hold set the runtime's soft memory limit from b.
func Enable(b Budget) {
	mu.Lock()
	defer mu.Unlock()
	enabled, budget = true, b
	apply()
}

// Limit is the limit b gives for bytes of text in progress.
func (b Budget) Limit(bytes int64) int64 {
	return max(b.Floor, b.Base+b.PerByte*bytes)
}

// Hold counts bytes of text as in progress until the returned function
// is called.
func Hold(bytes int64) (release func()) {
	mu.Lock()
	defer mu.Unlock()
	held += bytes
	apply()
	var once sync.Once
	return func() {
		once.Do(func() {
			mu.Lock()
			defer mu.Unlock()
			held -= bytes
			apply()
		})
	}
}

// apply sets the runtime's limit from what is held; mu is held.
func apply() {
	if enabled {
		debug.SetMemoryLimit(budget.Limit(held))
	}
}
