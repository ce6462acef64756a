package obligation_test

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/personvern/dpa/obligation"
	"golang.org/x/text/language"
)

func TestClauseParagraph(t *testing.T) {
	tests := []struct {
		name    string
		c       obligation.Clause
		heading string
		n       int
		ok      bool
	}{
		{"heading and paragraph", obligation.Paragraph("Bruk av underleverandører", 5), "Bruk av underleverandører", 5, true},
		{"opening text", obligation.Opening(2), "", 2, true},
		{"clause number", "2.7", "", 0, false},
		{"annex clause", "Vedlegg 3.3 §4.3", "", 0, false},
		{"no number after the mark", "Avvik ¶", "", 0, false},
		{"empty", "", "", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, n, ok := tt.c.Paragraph()
			if h != tt.heading || n != tt.n || ok != tt.ok {
				t.Errorf("%q.Paragraph() = %q, %d, %v; want %q, %d, %v", tt.c, h, n, ok, tt.heading, tt.n, tt.ok)
			}
		})
	}
	if got := obligation.Paragraph("Bruk av underleverandører", 5); got != "Bruk av underleverandører ¶5" {
		t.Errorf("Paragraph = %q", got)
	}
	if got := obligation.Opening(1).Label(language.English); got != "opening text ¶1" {
		t.Errorf("Opening(1).Label(en) = %q", got)
	}
	if got := obligation.Opening(1).Label(language.MustParse("nb")); got != "innledningen ¶1" {
		t.Errorf("Opening(1).Label(nb) = %q", got)
	}
	if got := obligation.Clause("5.3").Label(language.English); got != "5.3" {
		t.Errorf("Label of a number = %q", got)
	}
}

func TestProvenance(t *testing.T) {
	tests := []struct {
		name       string
		p          obligation.Provision
		hasValue   bool
		reviewable bool
		problems   []string
		reason     string
	}{
		{name: "stated", p: obligation.At("5.3"), hasValue: true, reviewable: true},
		{name: "stated in another document", p: obligation.At("9(a)").From("Standard Contractual Clauses"), hasValue: true, reviewable: true,
			reason: "a clause of incorporated standard clauses keeps its own numbering"},
		{name: "opening paragraph", p: obligation.At(obligation.Opening(1)), hasValue: true, reviewable: true,
			reason: "an unnumbered opening paragraph is a valid reference, no invented heading needed"},
		{name: "not seen", p: obligation.Unseen(), reviewable: false},
		{name: "elsewhere", p: obligation.In("Security Practices Summary", "4.1"), reviewable: false,
			reason: "a DPA that points to a web page for its security measures"},
		{name: "inferred", p: obligation.InferredAt("Annex I.B", "read from the definition of Customer Data"), hasValue: true, reviewable: true},
		{name: "blank", p: obligation.BlankAt("7.7(a)"), reviewable: true},
		{name: "absent", reviewable: true},
		{name: "stated without clause", p: obligation.Provision{Status: obligation.Stated}, hasValue: true, reviewable: true,
			problems: []string{"clause"}},
		{name: "elsewhere without document", p: obligation.Provision{Status: obligation.Elsewhere, Clause: "4.1"}, reviewable: false,
			problems: []string{"document"}},
		{name: "inferred without reason", p: obligation.Provision{Status: obligation.Inferred, Clause: "1"}, hasValue: true, reviewable: true,
			problems: []string{"reason"}},
		{name: "reason on a stated term", p: obligation.Provision{Status: obligation.Stated, Clause: "1", Reason: "x"}, hasValue: true, reviewable: true,
			problems: []string{"reason"}},
		{name: "unknown status", p: obligation.Provision{Status: 99}, reviewable: true, problems: []string{"status"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.p.HasValue(); got != tt.hasValue {
				t.Errorf("HasValue = %v, want %v", got, tt.hasValue)
			}
			if got := tt.p.Reviewable(); got != tt.reviewable {
				t.Errorf("Reviewable = %v, want %v", got, tt.reviewable)
			}
			var got []string
			tt.p.Check(func(field, msg string) { got = append(got, field) })
			if diff := cmp.Diff(tt.problems, got); diff != "" {
				t.Errorf("Check fields mismatch (-want +got):\n%s", diff)
			}
			if tt.p.IsValid() != (len(tt.problems) == 0) {
				t.Errorf("IsValid = %v with problems %v", tt.p.IsValid(), got)
			}
			if len(tt.problems) > 0 {
				return
			}
			data, err := json.Marshal(tt.p)
			if err != nil {
				t.Fatal(err)
			}
			var back obligation.Provision
			if err := json.Unmarshal(data, &back); err != nil {
				t.Fatalf("decoding %s: %v", data, err)
			}
			if back != tt.p {
				t.Errorf("round trip of %s = %+v, want %+v", data, back, tt.p)
			}
		})
	}
}

func TestStatusLabels(t *testing.T) {
	for s := obligation.Absent; s <= obligation.Inferred; s++ {
		if s.Label(language.English) == s.Label(language.MustParse("nb")) {
			t.Errorf("%s has the same label in both languages", s)
		}
	}
	if got := obligation.Status(99).String(); got != "Status(99)" {
		t.Errorf("String of an unknown status = %q", got)
	}
}
