package annex

import (
	"bytes"
	"encoding/json/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// decodeStrict decodes like the library's strict decoders: unknown fields
// are errors.
func decodeStrict(data []byte, v any) error {
	return json.Unmarshal(data, v, json.RejectUnknownMembers(true))
}

// FuzzKindText: every identifier UnmarshalText accepts marshals back to
// itself, for every enumeration.
func FuzzKindText(f *testing.F) {
	for _, s := range []string{"health", "other", "event-logging", "persons-under-18", "stated", "unstated", "", "Health"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		in := []byte(s)
		check := func(name string, unmarshal func([]byte) error, marshal func() ([]byte, error)) {
			if unmarshal(in) != nil {
				return
			}
			out, err := marshal()
			if err != nil || !bytes.Equal(out, in) {
				t.Errorf("%s: %q decoded but re-encodes as %q, %v", name, s, out, err)
			}
		}
		var (
			p  PurposeKind
			su SubjectKind
			da DataKind
			sp SpecialKind
			op OperationKind
			ne NeedKind
			me MeasureKind
			ls ListStatus
			an Answer
		)
		check("PurposeKind", p.UnmarshalText, func() ([]byte, error) { return p.MarshalText() })
		check("SubjectKind", su.UnmarshalText, func() ([]byte, error) { return su.MarshalText() })
		check("DataKind", da.UnmarshalText, func() ([]byte, error) { return da.MarshalText() })
		check("SpecialKind", sp.UnmarshalText, func() ([]byte, error) { return sp.MarshalText() })
		check("OperationKind", op.UnmarshalText, func() ([]byte, error) { return op.MarshalText() })
		check("NeedKind", ne.UnmarshalText, func() ([]byte, error) { return ne.MarshalText() })
		check("MeasureKind", me.UnmarshalText, func() ([]byte, error) { return me.MarshalText() })
		check("ListStatus", ls.UnmarshalText, func() ([]byte, error) { return ls.MarshalText() })
		check("Answer", an.UnmarshalText, func() ([]byte, error) { return an.MarshalText() })
	})
}

// FuzzDescriptionJSON: whatever decodes strictly re-encodes and decodes to
// an equal value, checks and renders without panicking.
func FuzzDescriptionJSON(f *testing.F) {
	seed, err := json.Marshal(sample())
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed)
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"dataCategories":{"status":"blank","clause":"1"}}`))
	f.Add([]byte(`{"purposes":{"status":"stated","items":["service-delivery",{"kind":"other","text":"x"}]}}`))
	f.Add([]byte(`{"children":{"answer":"no"},"specialCategories":{"status":"none"}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var d Description
		if decodeStrict(data, &d) != nil {
			return
		}
		d.Check(func(string, string) {})
		_ = d.AppendForm(nil, nb, Markdown)
		_ = d.ProcessesChildren()
		_ = d.ProcessesSpecialCategories()
		out, err := json.Marshal(d)
		if err != nil {
			// Values the decoder accepts are always encodable.
			t.Fatalf("decoded %s but cannot re-encode: %v", data, err)
		}
		var back Description
		if err := decodeStrict(out, &back); err != nil {
			t.Fatalf("re-encoded %s does not decode: %v", out, err)
		}
		if diff := cmp.Diff(d, back); diff != "" {
			t.Fatalf("round trip mismatch (-first +second):\n%s", diff)
		}
	})
}
