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

// TestValidateUnknownEnums: a value no table names is a problem at its
// path, the zero value where one is required too, and a known one is not.
func TestValidateUnknownEnums(t *testing.T) {
	a := Agreement{Term: Term{Basis: 200}, Termination: Termination{By: 200, Rights: []TerminationRight{
		{By: 200, Ground: 0}, {By: Terminator(1), Ground: Ground(1)},
	}}, Audit: Audit{Auditor: 200}}
	a.Duties.Controller.Duties = []ControllerDuty{{Kind: 200, Clause: "1"}, {Kind: DutyKind(1), Clause: "2"}}
	a.Assistance.Scope.Tasks = []Assist{{Task: 200}, {Task: Task(1)}}
	msg := a.Validate().Error()
	for _, want := range []string{
		"term.basis: unknown term basis", "termination.by: unknown terminator", "audit.auditor: unknown auditor",
		"termination.rights[0].by: missing or unknown party", "termination.rights[0].ground: missing or unknown ground",
		"duties.controller.duties[0].kind: missing or unknown duty kind", "assistance.scope.tasks[0].task: missing or unknown task",
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("no %q in:\n%s", want, msg)
		}
	}
	for _, not := range []string{"termination.rights[1].by", "termination.rights[1].ground", "duties.controller.duties[1].kind", "assistance.scope.tasks[1]"} {
		if strings.Contains(msg, not) {
			t.Errorf("a problem at %s, a known value, in:\n%s", not, msg)
		}
	}
}
