package breach_test

import (
	"encoding/json"
	"testing"
	"time"

	"golang.org/x/text/language"

	"github.com/personvern/dpa/breach"
)

func termsCorpus(f *testing.F) {
	for _, t := range []breach.Terms{nortelecom10, {}} {
		b, err := json.Marshal(t)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"deadline":{"status":"stated","clause":"2.4","period":"immediately","clock":"suspicion"},"scope":{"wide":true}}`))
	f.Add([]byte(`{"deadline":{"period":"PT100000H"}}`))
	f.Add([]byte(`{"contents":{"required":[{"clause":"1","items":["nature","nature"]}]}}`))
}

func incidentCorpus(f *testing.F) {
	b, err := json.Marshal(complete(at(2026, time.May, 16, 22, 40)))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"class":"deviation","discovered":"2026-10-24T22:40:00+02:00","risk":"high","unintelligible":true}`))
	f.Add([]byte(`{"discovered":"9999-12-31T23:59:59Z","subjectCount":9223372036854775807,"measuresTaken":[]}`))
}

// FuzzDecodeTerms checks that decoding never panics, that what decodes
// round-trips through JSON unchanged, and that Assess and Notice never
// panic on it.
func FuzzDecodeTerms(f *testing.F) {
	termsCorpus(f)
	inc := complete(at(2026, time.May, 16, 22, 40))
	f.Fuzz(func(t *testing.T, data []byte) {
		terms, err := breach.DecodeTerms(data)
		if err != nil {
			return
		}
		b, err := json.Marshal(terms)
		if err != nil {
			t.Fatalf("decoded terms do not encode: %v", err)
		}
		again, err := breach.DecodeTerms(b)
		if err != nil {
			t.Fatalf("re-decoding %s: %v", b, err)
		}
		if !again.Equal(terms) {
			t.Fatalf("round trip changed the terms:\n%s", b)
		}
		a := terms.Assess(inc, inc.Discovered)
		_ = a.Notice(language.English)
		_ = a.MissingContents()
		_ = a.Duties()
	})
}

// FuzzDecodeIncident checks the same for incidents, assessed under the
// Nortelecom terms and under silent ones, in both languages.
func FuzzDecodeIncident(f *testing.F) {
	incidentCorpus(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		inc, err := breach.DecodeIncident(data)
		if err != nil {
			return
		}
		b, err := json.Marshal(inc)
		if err != nil {
			t.Fatalf("decoded incident does not encode: %v", err)
		}
		again, err := breach.DecodeIncident(b)
		if err != nil {
			t.Fatalf("re-decoding %s: %v", b, err)
		}
		if !again.Equal(inc) {
			t.Fatalf("round trip changed the incident:\n%s", b)
		}
		for _, terms := range []breach.Terms{nortelecom10, {}} {
			a := terms.Assess(inc, at(2026, time.May, 17, 0, 0))
			_ = a.Notice(language.Make("nb"))
			_ = a.Notice(language.English)
			_ = a.Processor.Check(inc.Notified)
			_ = a.Authority.Check(inc.Notified)
		}
		_ = breach.AssessAll([]breach.Terms{nortelecom10, {}}, inc, time.Time{})
	})
}
