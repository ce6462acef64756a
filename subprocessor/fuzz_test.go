package subprocessor_test

import (
	"encoding/json"
	"testing"

	"github.com/personvern/dpa/subprocessor"
)

func FuzzDecodeRegister(f *testing.F) {
	f.Add([]byte(mailMojoJSON))
	f.Add([]byte(`{"source":"referenced","reference":"Personvernerklæringen"}`))
	f.Add([]byte(`{"entries":[{"name":"A","subprocessors":[{"name":"B","access":["third-country"]}]}]}`))
	f.Add([]byte(`{"entries":[{"name":"A","processing":["UK"]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := subprocessor.DecodeRegister(data)
		if err != nil {
			return
		}
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatalf("a decoded register does not encode: %v", err)
		}
		back, err := subprocessor.DecodeRegister(b)
		if err != nil {
			t.Fatalf("the encoding does not decode: %v\n%s", err, b)
		}
		if !back.Equal(r) {
			t.Fatalf("round trip changed the register:\n%s", b)
		}
	})
}

func FuzzDecodePolicy(f *testing.F) {
	f.Add([]byte(`{"authorisation":{"status":"stated","clause":"2.7","kind":"specific"},"notice":{"status":"stated","clause":"2.7","period":"P2M"},"objection":{"period":"P1M","anchor":"notice"},"silence":{"accepts":true}}`))
	f.Add([]byte(`{"remedy":{"effect":"processor-chooses","options":["stop-using","terminate"],"termination":"immediately"},"refund":{"kind":"current-period"}}`))
	f.Add([]byte(`{"transfers":{"locations":["third-country","NO"],"mechanisms":["unnamed-basis"],"accessIsTransfer":true}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := subprocessor.DecodePolicy(data)
		if err != nil {
			return
		}
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatalf("a decoded policy does not encode: %v", err)
		}
		back, err := subprocessor.DecodePolicy(b)
		if err != nil {
			t.Fatalf("the encoding does not decode: %v\n%s", err, b)
		}
		if !back.Equal(p) {
			t.Fatalf("round trip changed the policy:\n%s", b)
		}
		// Any valid policy can be assessed without a panic.
		_, _ = p.Assess(subprocessor.Change{Kind: subprocessor.Add, Start: at(2026, 3, 1, 0, 0)}, at(2026, 1, 5, 9, 0), cal)
	})
}

func FuzzDiff(f *testing.F) {
	f.Add([]byte(mailMojoJSON), []byte(`{"entries":[{"name":"Sendgrid Inc","processing":["US"]}]}`))
	f.Add([]byte(`{"entries":[{"name":"X AS"},{"name":"x as"}]}`), []byte(`{"entries":[{"name":"X"}]}`))
	f.Add([]byte(`{"entries":[{"name":"Æ","purpose":"p","subprocessors":[{"name":"B"}]}]}`), []byte(`{"entries":[{"name":"Ø","purpose":"p"}]}`))
	f.Fuzz(func(t *testing.T, a, b []byte) {
		// Strict decoding only, without validation: Diff must cope with
		// any register a caller can build.
		var ra, rb subprocessor.Register
		if json.Unmarshal(a, &ra) != nil || json.Unmarshal(b, &rb) != nil {
			return
		}
		_ = subprocessor.Diff(ra, rb)
		if d := subprocessor.Diff(ra, ra); len(d) != 0 {
			t.Fatalf("Diff(a, a) = %+v, want empty", d)
		}
		if d := subprocessor.Diff(rb, rb); len(d) != 0 {
			t.Fatalf("Diff(b, b) = %+v, want empty", d)
		}
	})
}
