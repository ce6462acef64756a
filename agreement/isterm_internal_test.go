package agreement

import (
	"reflect"
	"strings"
	"testing"
)

// TestIsTermAgreesWithTermAt holds the type-only path check Validate uses
// to the walk the readings apply: for every term path of an agreement and
// for paths that are not terms, both give the same answer.
func TestIsTermAgreesWithTermAt(t *testing.T) {
	var paths []string
	for term := range (Agreement{}).Provisions {
		paths = append(paths, term.Path)
	}
	if len(paths) < 50 {
		t.Fatalf("only %d term paths: the walk found too little to test with", len(paths))
	}
	paths = append(paths, "", ".", "subprocessorPolicy.", ".subprocessorPolicy", "subprocessorPolicy.nope",
		"SubprocessorPolicy", "subprocessorPolicy.notice.clause.x", "id.x", "readings", "processing.description.purposes[0]")
	base := reflect.ValueOf(Agreement{})
	for _, p := range paths {
		_, want := termAt(base, p)
		if got := isTerm(p); got != want {
			t.Errorf("isTerm(%q) = %v, termAt finds %v", p, got, want)
		}
	}
	for _, p := range []string{"subprocessorPolicy.notice", "processing.description.purposes", "breach.deadline"} {
		if !isTerm(p) {
			t.Errorf("isTerm(%q) = false for a term of the model", p)
		}
	}
}

// TestValidateReadingTerm: a reading or an option whose term is not the
// JSON path of a field is a problem at its own path; one that is, is not.
func TestValidateReadingTerm(t *testing.T) {
	a := Agreement{
		Readings: []Reading{
			{Term: "subprocessorPolicy.notice", Document: "DPA", Clause: "4", Value: &Agreement{}},
			{Term: "subprocessorPolicy.nope", Document: "DPA", Clause: "4", Value: &Agreement{}},
		},
		Choices: []Choice{{Clause: "7.7(a)", Options: []Option{
			{Name: "one", Terms: []Reading{{Term: "subprocessorPolicy.notice", Value: &Agreement{}}}},
			{Name: "two", Terms: []Reading{{Term: "notice.nope", Value: &Agreement{}}}},
		}}},
	}
	msg := a.Validate().Error()
	for _, want := range []string{"readings[1].term", "choices[0].options[1].terms[0]"} {
		if !strings.Contains(msg, want) {
			t.Errorf("no problem at %s in:\n%s", want, msg)
		}
	}
	for _, not := range []string{"readings[0].term", "choices[0].options[0].terms[0]"} {
		if strings.Contains(msg, not) {
			t.Errorf("a problem at %s, a term of the model, in:\n%s", not, msg)
		}
	}
}
