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
	// The 1,000-page synthetic booklet lays out about 1 MB of text; its
	// live heap peaks near 35 MiB and the whole process must stay under
	// 64 MiB.
	if got := b.Limit(1_000_000); got < 45<<20 || got > 56<<20 {
		t.Errorf("limit for 1 MB of text = %d MiB, want between 45 and 56", got>>20)
	}
	// 3,000 pages: live heap near 77 MiB, process under 160 MiB.
	if got := b.Limit(3_000_000); got < 90<<20 || got > 130<<20 {
		t.Errorf("limit for 3 MB of text = %d MiB, want between 90 and 130", got>>20)
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
