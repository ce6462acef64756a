package agreement_test

import (
	"errors"
	"strings"
	"testing"

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
