package memlimit

import (
	"math"
	"runtime/debug"
	"testing"
)

func TestLimitScalesWithText(t *testing.T) {
	b := Measured
	if got := b.Limit(0); got != 48<<20 {
		t.Errorf("limit with nothing in progress = %d MiB, want the 48 MiB floor", got>>20)
	}
	// The synthetic booklets of bench/genguide: 1,000 pages lay out
	// 886,276 bytes of text and their live heap peaks near 31 MiB; 3,000
	// pages, 2,659,755 bytes and 93 MiB. The limit must leave the
	// collector room above the live heap (half as much again) and keep
	// the process (about 10 MiB more than the limit) under 64 and 160 MiB.
	for _, c := range []struct {
		bytes         int64
		live, process int64
	}{{886_276, 31 << 20, 64 << 20}, {2_659_755, 93 << 20, 160 << 20}} {
		got := b.Limit(c.bytes)
		if got < c.live*3/2 || got+10<<20 > c.process {
			t.Errorf("limit for %d bytes of text = %d MiB, want between %d and %d", c.bytes, got>>20, c.live*3/2>>20, (c.process-10<<20)>>20)
		}
	}
}

func TestHoldSetsAndReleases(t *testing.T) {
	old := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(old)
	t.Cleanup(func() { mu.Lock(); enabled, held = false, 0; mu.Unlock() })
	Enable(Budget{Floor: 10 << 20, Base: 8 << 20, PerByte: 10})
	if got := debug.SetMemoryLimit(-1); got != 10<<20 {
		t.Fatalf("after Enable the limit is %d, want the floor %d", got, 10<<20)
	}
	r1 := Hold(1 << 20)
	r2 := Hold(1 << 20)
	if got := debug.SetMemoryLimit(-1); got != 8<<20+20<<20 {
		t.Errorf("two products held: limit %d MiB, want 28", got>>20)
	}
	r1()
	r1() // a second call gives nothing back twice
	if got := debug.SetMemoryLimit(-1); got != 8<<20+10<<20 {
		t.Errorf("one released: limit %d MiB, want 18", got>>20)
	}
	r2()
	if got := debug.SetMemoryLimit(-1); got != 10<<20 {
		t.Errorf("all released: limit %d MiB, want the floor", got>>20)
	}
}

func TestDisabledLeavesRuntimeAlone(t *testing.T) {
	old := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(old)
	debug.SetMemoryLimit(math.MaxInt64)
	Hold(1 << 30)()
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("Hold without Enable changed the limit to %d", got)
	}
}
