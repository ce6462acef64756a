package review

import (
	"reflect"
	"testing"

	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/obligation"
	"github.com/personvern/dpa/subprocessor"
)

// A released Pass keeps nothing of its review but its copy of the
// agreement, which the next review overwrites, and the room of its
// slices: every other field, a field added later included, is zero.
func TestReleaseClearsPass(t *testing.T) {
	a := agreement.Agreement{ID: "a", Title: "A"}
	p := newPass(&a, obligation.NewDate(2026, 11, 23))
	p.law = &subprocessor.Law{}
	p.Report(Finding{Code: "x", Args: []Arg{{Text: "y"}}})
	p.sharedFindings(1)
	out := p.out
	p.reset()
	if len(p.out) != 0 || len(p.pool) != 0 {
		t.Errorf("a released Pass holds %d findings and %d shared ones", len(p.out), len(p.pool))
	}
	if out[:1][0].Code != "" {
		t.Error("a released Pass keeps its findings")
	}
	v := reflect.ValueOf(p).Elem()
	for i := range v.NumField() {
		name := v.Type().Field(i).Name
		switch name {
		case "agreement", "out", "pool":
			continue
		}
		if !v.Field(i).IsZero() {
			t.Errorf("a released Pass keeps its %s", name)
		}
	}
}
