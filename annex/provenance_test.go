package annex_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/personvern/dpa/annex"
	"golang.org/x/text/language"
)

// An inferred list (the subjects read from a definition, not listed by the
// text) is shown as inferred, never as a ticked box, and keeps its reason.
func TestInferredListIsNotTicked(t *testing.T) {
	d := annex.Description{
		DataSubjects: annex.InferredAt("1", "read from the definition of \"End Users\"",
			annex.DataSubject{Kind: annex.SubjectEmployees}),
		SecurityMeasures: annex.ElsewhereIn[annex.MeasureKind]("Security Practices Summary", "4.1"),
	}
	form := string(d.AppendForm(nil, language.English, annex.PlainText))
	if !strings.Contains(form, "≈ "+annex.SubjectEmployees.Label(language.English)) {
		t.Errorf("form does not mark the inferred subject with ≈:\n%s", form)
	}
	if strings.Contains(form, "☒") {
		t.Errorf("form ticks a box though nothing is listed by the text:\n%s", form)
	}
	for _, want := range []string{"read from the definition of \"End Users\"", "Security Practices Summary"} {
		if !strings.Contains(form, want) {
			t.Errorf("form lacks %q:\n%s", want, form)
		}
	}
	var problems []string
	d.Check(func(path, msg string) { problems = append(problems, path+": "+msg) })
	if len(problems) > 0 {
		t.Errorf("Check: %v", problems)
	}
	data, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	var back annex.Description
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatalf("decoding %s: %v", data, err)
	}
	if diff := cmp.Diff(d, back); diff != "" {
		t.Errorf("round trip mismatch (-want +got):\n%s", diff)
	}
}

func TestListProvenanceProblems(t *testing.T) {
	tests := []struct {
		name string
		l    annex.List[annex.PurposeKind]
		want []string
	}{
		{"inferred without reason", annex.List[annex.PurposeKind]{Status: annex.ListInferred, Clause: "1",
			Items: []annex.Purpose{{Kind: annex.PurposeOther, Text: "x"}}}, []string{"purposes.reason"}},
		{"inferred without items", annex.InferredAt[annex.PurposeKind]("1", "r"), []string{"purposes.items"}},
		{"elsewhere without document", annex.List[annex.PurposeKind]{Status: annex.ListElsewhere}, []string{"purposes.document"}},
		{"not seen", annex.List[annex.PurposeKind]{Status: annex.ListNotSeen}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			annex.Description{Purposes: tt.l}.Check(func(path, msg string) { got = append(got, path) })
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
			if tt.l.Reviewable() != (tt.l.Status != annex.ListNotSeen && tt.l.Status != annex.ListElsewhere) {
				t.Error("Reviewable disagrees with the status")
			}
		})
	}
}
