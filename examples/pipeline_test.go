package examples_test

import (
	"fmt"
	"runtime"
	"testing"
	"time"

	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/breach"
	"github.com/personvern/dpa/examples"
	"github.com/personvern/dpa/obligation"
	"github.com/personvern/dpa/subprocessor"
)

// storedVariants returns k agreements as a backend would store them: the
// JSON of the example agreements (the seeds, the corpus and the standard
// clauses), each copy with its own identifier and signing date.
func storedVariants(tb testing.TB, k int) [][]byte {
	base := append(append(examples.All(), examples.Corpus()...), examples.StandardClauses())
	out := make([][]byte, k)
	for i := range out {
		a := base[i%len(base)]
		a.ID = fmt.Sprintf("%s-%05d", a.ID, i)
		if !a.Signed.IsZero() {
			a.Signed = a.Signed.AddDays(i % 365)
		}
		data, err := agreement.Encode(a)
		if err != nil {
			tb.Fatal(err)
		}
		out[i] = data
	}
	return out
}

// BenchmarkPipeline is a batch job over stored agreements: decode N of
// them from JSON, then evaluate one breach and one new subprocessor under
// all of them. It reports agreements per second and bytes allocated per
// agreement, the figures to size a batch job by. The N agreements cycle
// through 1 000 stored variants, so the input of N = 100 000 is not held
// in memory a hundred times over; every one is decoded anew.
//
//	go test ./examples -run '^$' -bench Pipeline -benchtime 3x
func BenchmarkPipeline(b *testing.B) {
	stored := storedVariants(b, 1000)
	cal := obligation.Norway()
	oslo := cal.Location()
	discovered := time.Date(2026, 5, 16, 22, 40, 0, 0, oslo)
	inc := breach.Incident{Discovered: discovered}
	noticed := time.Date(2026, 1, 5, 9, 0, 0, 0, oslo)
	change := subprocessor.Change{Kind: subprocessor.Add, Noticed: noticed, Start: time.Date(2026, 3, 1, 0, 0, 0, 0, oslo)}
	for _, n := range []int{1000, 100000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			terms := make([]breach.Terms, n)
			policies := make([]subprocessor.Policy, n)
			owed := make([]breach.Owed, 0, n)
			dues := make([]subprocessor.Due, 0, n)
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			start := time.Now()
			b.ReportAllocs()
			for b.Loop() {
				for i := range n {
					a, err := agreement.Decode(stored[i%len(stored)])
					if err != nil {
						b.Fatal(err)
					}
					terms[i], policies[i] = a.Breach, a.SubprocessorPolicy
				}
				owed = breach.AppendAll(owed[:0], terms, inc, discovered)
				var err error
				if dues, err = subprocessor.Batch(policies, change, noticed, cal, dues[:0]); err != nil {
					b.Fatal(err)
				}
				if len(owed) == 0 {
					b.Fatal("no notice owed")
				}
			}
			elapsed := time.Since(start)
			runtime.ReadMemStats(&after)
			total := float64(n) * float64(b.N)
			b.ReportMetric(total/elapsed.Seconds(), "agreements/s")
			b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/total, "B/agreement")
		})
	}
}
