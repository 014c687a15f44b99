package main

import (
	"fmt"
	"io"
	"sync"
	"time"
)

// progressAfter is how long a build runs before it shows progress; a
// string so that tests can set it at link time (-X main.progressAfter=0s).
var progressAfter = "1s"

// progressLine shows a build's progress on one terminal line, redrawn in
// place: "[12/48] file.pdf (3s)". Nothing is shown for a build that ends
// before progressAfter.
type progressLine struct {
	w     io.Writer
	start time.Time
	delay time.Duration

	mu          sync.Mutex
	done, total int
	current     string
	shown       bool
	stop        chan struct{}
	stopped     chan struct{}
}

// startProgress starts redrawing the progress line on w every tenth of a
// second, once the build has run for progressAfter.
func startProgress(w io.Writer) *progressLine {
	delay, err := time.ParseDuration(progressAfter)
	if err != nil {
		delay = time.Second
	}
	p := &progressLine{w: w, start: time.Now(), delay: delay, stop: make(chan struct{}), stopped: make(chan struct{})}
	go p.loop()
	return p
}

// update records how far the build has got (a press.Progress).
func (p *progressLine) update(done, total int, current string) {
	p.mu.Lock()
	p.done, p.total, p.current = done, total, current
	p.mu.Unlock()
}

func (p *progressLine) loop() {
	defer close(p.stopped)
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		p.draw()
		select {
		case <-p.stop:
			return
		case <-tick.C:
		}
	}
}

// draw redraws the line, once the delay has passed and rendering began.
func (p *progressLine) draw() {
	p.mu.Lock()
	defer p.mu.Unlock()
	elapsed := time.Since(p.start)
	if elapsed < p.delay || p.total == 0 {
		return
	}
	fmt.Fprintf(p.w, "\r\x1b[K[%d/%d] %s (%ds)", p.done, p.total, p.current, int(elapsed.Seconds()))
	p.shown = true
}

// end stops redrawing and clears the line, so the summary that follows
// starts on a clean line.
func (p *progressLine) end() {
	close(p.stop)
	<-p.stopped
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.shown {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}
