package agreement_test

import (
	"encoding/json/jsontext"
	"encoding/json/v2"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/personvern/dpa/agreement"
)

// BenchmarkJSONAgainstPlainV2 measures, in one run, the library's Decode
// and Encode of the largest seed against a plain encoding/json/v2
// Unmarshal and Marshal of the same bytes and the same value (the types'
// own methods run in both; the plain Marshal indents as Encode does, so
// both write the same form). Each iteration does all four, interleaved and
// in alternating order, so that a change of load on the machine, and the
// caches one side warms for the other, affect both sides of a ratio alike. It reports each side in µs, the two ratios of the sums, and the
// median of the ratios of single iterations, which a load spike moves
// least.
//
//	go test ./agreement -run '^$' -bench JSONAgainstPlainV2 -benchtime 2000x
func BenchmarkJSONAgainstPlainV2(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("..", "examples", "testdata", "assistert-selvhjelp.json"))
	if err != nil {
		b.Fatal(err)
	}
	a, err := agreement.Decode(data)
	if err != nil {
		b.Fatal(err)
	}
	var dec, plainDec, enc, plainEnc time.Duration
	var decRatios, encRatios []float64
	b.ReportAllocs()
	strictDecode := func() time.Duration {
		t := time.Now()
		if _, err := agreement.Decode(data); err != nil {
			b.Fatal(err)
		}
		return time.Since(t)
	}
	plainDecode := func() time.Duration {
		t := time.Now()
		var p agreement.Agreement
		if err := json.Unmarshal(data, &p); err != nil {
			b.Fatal(err)
		}
		return time.Since(t)
	}
	strictEncode := func() time.Duration {
		t := time.Now()
		if _, err := agreement.Encode(a); err != nil {
			b.Fatal(err)
		}
		return time.Since(t)
	}
	plainEncode := func() time.Duration {
		t := time.Now()
		if _, err := json.Marshal(a, jsontext.WithIndent("  ")); err != nil {
			b.Fatal(err)
		}
		return time.Since(t)
	}
	odd := false
	for b.Loop() {
		// Alternate which side goes first, so neither always finds the
		// caches warmed by the other.
		var d, pd, e, pe time.Duration
		if odd {
			pd, d, pe, e = plainDecode(), strictDecode(), plainEncode(), strictEncode()
		} else {
			d, pd, e, pe = strictDecode(), plainDecode(), strictEncode(), plainEncode()
		}
		odd = !odd
		dec += d
		plainDec += pd
		enc += e
		plainEnc += pe
		decRatios = append(decRatios, float64(d)/float64(pd))
		encRatios = append(encRatios, float64(e)/float64(pe))
	}
	n := float64(b.N)
	b.ReportMetric(float64(dec.Microseconds())/n, "decode-µs")
	b.ReportMetric(float64(plainDec.Microseconds())/n, "plain-decode-µs")
	b.ReportMetric(float64(dec)/float64(plainDec), "decode-ratio")
	b.ReportMetric(median(decRatios), "decode-median-ratio")
	b.ReportMetric(float64(enc.Microseconds())/n, "encode-µs")
	b.ReportMetric(float64(plainEnc.Microseconds())/n, "plain-encode-µs")
	b.ReportMetric(float64(enc)/float64(plainEnc), "encode-ratio")
	b.ReportMetric(median(encRatios), "encode-median-ratio")
}

// median returns the median of xs, which it sorts: the ratio of a typical
// iteration, unmoved by the few that another process on the machine
// interrupted.
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	slices.Sort(xs)
	return xs[len(xs)/2]
}
