package agreement_test

import (
	"errors"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/personvern/dpa/agreement"
)

// TestDecodeStrictNames: a member given twice, or again in another letter
// case, is an error at its path at any depth; neither value silently wins.
// The reliability probe's case: "CAPS": [] after the caps would remove
// MailMojo's 25 000 NOK cap (clause 4) if it were read as "caps".
func TestDecodeStrictNames(t *testing.T) {
	const cap = `{"status":"stated","clause":"4","kind":"fixed-amount","amount":"25000 NOK","period":"calendar-year"}`
	tests := []struct {
		name, in, wantPath, wantText string
	}{
		{"key in another case after the caps", `{"liability":{"status":"stated","clause":"4","caps":[` + cap + `],"CAPS":[]}}`,
			"liability.CAPS", `unknown field "CAPS" (nearest "caps"; want one of`},
		{"top-level key in another case", `{"id":"first","ID":"second"}`, "ID", `unknown field "ID" (nearest "id"`},
		{"top-level key twice", `{"id":"first","id":"second"}`, "id", "member given twice"},
		{"key twice inside a list element", `{"liability":{"status":"stated","clause":"4","caps":[{"status":"stated","clause":"4","clause":"5"}]}}`,
			"liability.caps[0].clause", "member given twice"},
		{"key twice inside an annex item", `{"processing":{"description":{"purposes":{"status":"stated","items":[{"kind":"other","text":"a","text":"b"}]}}}}`,
			"processing.description.purposes.items[0].text", "member given twice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := agreement.Decode([]byte(tt.in))
			var pe *agreement.PathError
			if !errors.As(err, &pe) || pe.Path != tt.wantPath || !strings.Contains(pe.Err.Error(), tt.wantText) {
				t.Errorf("Decode = %v; want path %q and %q", err, tt.wantPath, tt.wantText)
			}
		})
	}
}

// TestDecodePathsInsideItems: errors inside annex items name the member,
// in the format's words rather than Go type names.
func TestDecodePathsInsideItems(t *testing.T) {
	tests := []struct {
		name, in, wantPath, wantText string
	}{
		{"kind as a number", `{"processing":{"description":{"purposes":{"items":[{"kind":12345}]}}}}`,
			"processing.description.purposes.items[0].kind", "want a string, got a number"},
		{"unknown member of an item", `{"processing":{"description":{"purposes":{"items":[{"kind":"other","text":"x","zzUnknown":1}]}}}}`,
			"processing.description.purposes.items[0].zzUnknown", `unknown field "zzUnknown" (want one of kind, text, clause)`},
		{"unknown kind", `{"processing":{"description":{"purposes":{"items":["newsletter-sending",{"kind":"newsletter-sendng"}]}}}}`,
			"processing.description.purposes.items[1].kind", `unknown PurposeKind "newsletter-sendng"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := agreement.Decode([]byte(tt.in))
			var pe *agreement.PathError
			if !errors.As(err, &pe) || pe.Path != tt.wantPath || !strings.Contains(pe.Err.Error(), tt.wantText) {
				t.Errorf("Decode = %v; want path %q and %q", err, tt.wantPath, tt.wantText)
			}
		})
	}
}

// TestDecodeRejectsBadText: invalid UTF-8 and lone surrogates are errors,
// not silently replaced by U+FFFD.
func TestDecodeRejectsBadText(t *testing.T) {
	for _, in := range []string{"{\"id\":\"a\xff\xfeb\"}", `{"id":"a\udc00b"}`, `{"id":"a\ud800"}`} {
		_, err := agreement.Decode([]byte(in))
		var pe *agreement.PathError
		if !errors.As(err, &pe) || pe.Path != "id" {
			t.Errorf("Decode(%q) = %v, want an error at id", in, err)
		}
	}
}

// TestDecodeRejectsNull: Encode never writes null, so Decode accepts none:
// not for a required enumeration, not as a list element, not as the
// document.
func TestDecodeRejectsNull(t *testing.T) {
	tests := []struct{ in, wantPath string }{
		{`{"parties":[{"role":null,"name":"A"}]}`, "parties[0].role"},
		{`{"parties":[null]}`, "parties[0]"},
		{`{"liability":{"status":"stated","clause":"4","caps":[null]}}`, "liability.caps[0]"},
		{`null`, ""},
		{`{"documents":null}`, "documents"},
	}
	for _, tt := range tests {
		_, err := agreement.Decode([]byte(tt.in))
		var pe *agreement.PathError
		if !errors.As(err, &pe) || pe.Path != tt.wantPath || !strings.Contains(pe.Err.Error(), "got null") {
			t.Errorf("Decode(%s) = %v, want null rejected at %q", tt.in, err, tt.wantPath)
		}
	}
}

// TestDecodeYearZero: a date Encode cannot write is not accepted either.
func TestDecodeYearZero(t *testing.T) {
	_, err := agreement.Decode([]byte(`{"signed":"0000-01-01"}`))
	var pe *agreement.PathError
	if !errors.As(err, &pe) || pe.Path != "signed" {
		t.Errorf("Decode(signed 0000-01-01) = %v, want an error at signed", err)
	}
}

// TestRoundTripEmptyLists: a list written [] stays a present, empty list
// through Decode, Encode and Decode, apart from an absent one.
func TestRoundTripEmptyLists(t *testing.T) {
	for _, in := range []string{
		`{"documents":[]}`,
		`{"laws":{"cited":[]}}`,
		`{"parties":[{"role":"controller","name":"A","contacts":[]}]}`,
		`{"parties":[]}`,
	} {
		a, err := agreement.Decode([]byte(in))
		if err != nil {
			t.Fatalf("Decode(%s): %v", in, err)
		}
		enc, err := agreement.Encode(a)
		if err != nil {
			t.Fatalf("Encode(%s): %v", in, err)
		}
		if !strings.Contains(string(enc), "[]") {
			t.Errorf("Encode(Decode(%s)) = %s, lost the empty list", in, enc)
		}
		b, err := agreement.Decode(enc)
		if err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(a, b); d != "" {
			t.Errorf("%s: round trip mismatch (-first +second):\n%s", in, d)
		}
	}
	a, err := agreement.Decode([]byte(`{"id":"x"}`))
	if err != nil {
		t.Fatal(err)
	}
	if a.Documents != nil || a.Parties != nil {
		t.Errorf("absent lists decode as %v and %v, want nil", a.Documents, a.Parties)
	}
}

// TestEncodeDoesNotEscapeHTML: texts keep "<", ">" and "&" as written.
func TestEncodeDoesNotEscapeHTML(t *testing.T) {
	enc, err := agreement.Encode(agreement.Agreement{ID: "RTO < 4 t & RPO > 1 t"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(enc), `"RTO < 4 t & RPO > 1 t"`) {
		t.Errorf("Encode = %s, want the text as written", enc)
	}
}

// TestDecimalLimits: a decimal is a string of at most 40 digits in plain
// notation, on the way in and out, so no input makes decoding, encoding or
// printing a number slow. (An exponent of 3 000 000 took 14 s to encode
// and decode again; a million digits took 2 s and 2 GB to decode.)
func TestDecimalLimits(t *testing.T) {
	const prefix = `{"liability":{"status":"stated","clause":"4","caps":[{"status":"stated","clause":"4","kind":"fee-based","basis":"annual-fee","multiple":`
	for _, tt := range []struct{ name, value, want string }{
		{"exponent", `"1e3000000"`, "want digits"},
		{"large exponent", `"1e2147483647"`, "want digits"},
		{"a million digits", `"1` + strings.Repeat("0", 1<<20) + `"`, "more than 40 digits"},
		{"a number, not a string", `2`, "want a decimal number as a string"},
		{"leading plus", `"+2"`, "want digits"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			_, err := agreement.Decode([]byte(prefix + tt.value + `}]}}`))
			var pe *agreement.PathError
			if !errors.As(err, &pe) || pe.Path != "liability.caps[0].multiple" || !strings.Contains(pe.Err.Error(), tt.want) || len(err.Error()) > 300 {
				t.Errorf("Decode = %.300v; want a short error at liability.caps[0].multiple containing %q", err, tt.want)
			}
			if d := time.Since(start); d > time.Second {
				t.Errorf("rejecting it took %v", d)
			}
		})
	}
	a, err := agreement.Decode([]byte(prefix + `"1.5"}]}}`))
	if err != nil || !a.Liability.Caps[0].Multiple.Equal(decimal.RequireFromString("1.5")) {
		t.Errorf("Decode(1.5) = %v, %v", a.Liability.Caps, err)
	}
	a.Liability.Caps[0].Multiple = decimal.New(1, 3000000)
	start := time.Now()
	if _, err := agreement.Encode(a); err == nil {
		t.Error("Encode wrote a decimal with an exponent of 3 000 000")
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("refusing it took %v", d)
	}
}

// TestDecodeLargeBadValues: a bad value of megabytes is rejected in time
// and memory proportional to it (eight times the value, eight times the
// memory, not sixty-four), with an error that quotes only its start.
func TestDecodeLargeBadValues(t *testing.T) {
	cases := []struct {
		name string
		in   func(big string) string
		path string
	}{
		{"role", func(big string) string { return `{"parties":[{"role":"` + big + `","name":"A"}]}` }, "parties[0].role"},
		{"period", func(big string) string { return `{"breach":{"deadline":{"period":"` + big + `"}}}` }, "breach.deadline.period"},
		{"unknown key", func(big string) string { return `{"` + big + `":1}` }, `"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"… (`},
		{"signed", func(big string) string { return `{"signed":"` + big + `"}` }, "signed"},
		{"amount", func(big string) string {
			return `{"liability":{"status":"stated","clause":"4","caps":[{"status":"stated","clause":"4","kind":"fixed-amount","amount":"1` + strings.ReplaceAll(big, "a", "0") + ` NOK"}]}}`
		}, "liability.caps[0].amount"},
	}
	decode := func(t *testing.T, in, path string) uint64 {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		_, err := agreement.Decode([]byte(in))
		runtime.ReadMemStats(&after)
		var pe *agreement.PathError
		if !errors.As(err, &pe) || !strings.HasPrefix(pe.Path, path) {
			t.Fatalf("Decode = %.300v, want an error at %.80s", err, path)
		}
		if n := len(err.Error()); n > 600 {
			t.Errorf("the error is %d bytes long: %.300s", n, err)
		}
		return after.TotalAlloc - before.TotalAlloc
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			small := decode(t, tt.in(strings.Repeat("a", 1<<20)), tt.path)
			large := decode(t, tt.in(strings.Repeat("a", 8<<20)), tt.path)
			if ratio := float64(large) / float64(small); ratio > 12 {
				t.Errorf("8 MB allocated %d bytes, %.0f× the %d of 1 MB: not linear", large, ratio, small)
			}
			if large > 16*(8<<20) {
				t.Errorf("8 MB allocated %d bytes", large)
			}
		})
	}
}

func TestAuditorText(t *testing.T) {
	for w := agreement.ControllerOrMandated; w <= agreement.AgreedAuditor; w++ {
		b, err := w.MarshalText()
		if err != nil {
			t.Fatalf("%d: %v", w, err)
		}
		var got agreement.Auditor
		if err := got.UnmarshalText(b); err != nil || got != w {
			t.Errorf("%s: round trip gave %v, %v", b, got, err)
		}
		if w.Label(language.Norwegian) == w.Label(language.English) {
			t.Errorf("%s: one label for both languages", b)
		}
	}
	var w agreement.Auditor
	if err := w.UnmarshalText([]byte("processor")); err == nil {
		t.Error("an unknown auditor was accepted")
	}
	if _, err := agreement.Auditor(0).MarshalText(); err == nil {
		t.Error("the zero auditor (not stated) was encoded")
	}
	if !agreement.ProcessorAppointed.ByProcessor() || !agreement.ProcessorApproved.ByProcessor() ||
		agreement.ControllerOrMandated.ByProcessor() || agreement.IndependentAuditor.ByProcessor() || agreement.AgreedAuditor.ByProcessor() {
		t.Error("ByProcessor must hold for processor-appointed and processor-approved only")
	}
}
