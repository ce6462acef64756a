package agreement_test

import (
	"encoding/json/jsontext"
	"encoding/json/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/personvern/dpa/agreement"
)

// BenchmarkJSONAgainstPlainV2 measures, in one run, the library's Decode
// and Encode of the largest seed against a plain encoding/json/v2
// Unmarshal and Marshal of the same bytes and the same value (the types'
// own methods run in both; the plain Marshal indents as Encode does, so
// both write the same form). Each iteration does all four, interleaved, so
// that a change of load on the machine affects both sides of a ratio
// alike. It reports each side in µs and the two ratios.
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
	b.ReportAllocs()
	for b.Loop() {
		t0 := time.Now()
		if _, err := agreement.Decode(data); err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		var p agreement.Agreement
		if err := json.Unmarshal(data, &p); err != nil {
			b.Fatal(err)
		}
		t2 := time.Now()
		if _, err := agreement.Encode(a); err != nil {
			b.Fatal(err)
		}
		t3 := time.Now()
		if _, err := json.Marshal(a, jsontext.WithIndent("  ")); err != nil {
			b.Fatal(err)
		}
		t4 := time.Now()
		dec += t1.Sub(t0)
		plainDec += t2.Sub(t1)
		enc += t3.Sub(t2)
		plainEnc += t4.Sub(t3)
	}
	n := float64(b.N)
	b.ReportMetric(float64(dec.Microseconds())/n, "decode-µs")
	b.ReportMetric(float64(plainDec.Microseconds())/n, "plain-decode-µs")
	b.ReportMetric(float64(dec)/float64(plainDec), "decode-ratio")
	b.ReportMetric(float64(enc.Microseconds())/n, "encode-µs")
	b.ReportMetric(float64(plainEnc.Microseconds())/n, "plain-encode-µs")
	b.ReportMetric(float64(enc)/float64(plainEnc), "encode-ratio")
}
