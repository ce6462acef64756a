package subprocessor_test

import (
	"testing"
	"time"

	"github.com/personvern/dpa/subprocessor"
)

// TestDiffScalesLinearly: with every entry leaving and a new one with a new
// purpose arriving, sixteen times the entries take about sixteen times as
// long, a few times that on a loaded machine (the fastest of three runs
// each); a quadratic pairing takes 256 times as long. It also checks the result: every entry is a removal or
// an addition, none a replacement.
func TestDiffScalesLinearly(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	fastest := func(n int) time.Duration {
		old, new := turnover(n)
		best := time.Duration(1<<63 - 1)
		for range 3 {
			start := time.Now()
			d := subprocessor.Diff(old, new)
			best = min(best, time.Since(start))
			if len(d) != 2*n {
				t.Fatalf("Diff of %d leaving and %d arriving: %d differences", n, n, len(d))
			}
			for _, x := range d {
				if x.Kind == subprocessor.Replace {
					t.Fatalf("%s: a replacement, but no purposes match", x.Path)
				}
			}
		}
		return best
	}
	// Sixteen times the entries: near-linear work takes about 16–25× the
	// time, quadratic work about 256×. A busy machine can slow one
	// measurement and not the other, so a ratio above 100 is measured again,
	// and only a ratio above 100 in every one of three tries fails.
	var small, large time.Duration
	for try := 0; try < 3; try++ {
		small, large = fastest(4000), fastest(64000)
		if float64(large)/float64(small) <= 100 {
			return
		}
	}
	t.Errorf("Diff at 64 000 entries took %v, %.0f× the %v at 4 000, in three tries: not near-linear", large, float64(large)/float64(small), small)
}
