package examples_test

import (
	"testing"
	"time"

	"github.com/personvern/dpa/examples"
	"github.com/personvern/dpa/obligation"
	"golang.org/x/text/language"
)

// TestStimmaDefaultChoice: 16.1 gives the controller the choice between
// return and deletion, 16.3 says it is made «senast vid Avtalets
// upphörande», and that without a choice the processor deletes.
func TestStimmaDefaultChoice(t *testing.T) {
	a := examples.Stimma()
	end := oslo(2026, time.June, 30, 12, 0)
	// No choice made in time: the deletion branch, as if chosen.
	got := endDuties(t, a, end, obligation.Facts{NoChoice: true})
	for _, k := range []string{"delete-data 16.1 b", "confirm-deletion 16.2"} {
		if d, ok := got[k]; !ok {
			t.Errorf("no choice made: no duty %q; got %v", k, keys(got))
		} else if d.Assumes.Choice != 0 {
			t.Errorf("no choice made: %q still assumes a choice (%v)", k, d.Assumes)
		}
	}
	for _, k := range []string{"return-data 16.1 a", "delete-data 5.1 g"} {
		if _, ok := got[k]; ok {
			t.Errorf("no choice made: duty %q of the return branch", k)
		}
	}
	// The choice unknown: the deletion's branch says it is also the
	// default, the return's does not.
	got = endDuties(t, a, end, obligation.Facts{})
	if d := got["delete-data 16.1 b"]; d.Assumes.Default != obligation.Delete || d.Assumes.Choice != obligation.Delete {
		t.Errorf("choice unknown: the deletion assumes %+v, want the delete branch with delete as its default", d.Assumes)
	}
	if l := got["delete-data 16.1 b"].Assumes.Label(language.English); l != "if the controller chooses to delete, or makes no choice in time; unless the law requires the data to be kept" {
		t.Errorf("choice unknown: the deletion's label %q", l)
	}
	// The choice itself falls due when the agreement ends: an end on
	// Tuesday 30 June 2026 at noon.
	if d, ok := got["choose 16.3"]; !ok || !d.Due.At.Equal(end) || d.Debtor != obligation.Controller {
		t.Errorf("the choice of 16.3: %+v (present %v), want the controller's, due at the end %v", d, ok, end)
	}
	// A choice made overrides the default.
	got = endDuties(t, a, end, obligation.Facts{Chosen: obligation.Return})
	if _, ok := got["delete-data 16.1 b"]; ok {
		t.Errorf("return chosen: the default deletion of 16.1 b is still given")
	}
}

// TestSporlosEndConditions: 8 ¶2, «Avsluttes kundeforholdet uten at Kunden
// har slettet selv, slettes dataene innen 90 dager etter at avtaleforholdet
// er avsluttet … Kunden kan laste ned sine data som CSV før det.»
func TestSporlosEndConditions(t *testing.T) {
	a := examples.Sporlos()
	// An end on Sunday 27 December 2026: day 90 is Saturday 27 March 2027,
	// Easter Day and Easter Monday follow, so the period ends on Tuesday
	// 30 March 2027; the CSV window can stay open until then at the
	// latest.
	end := oslo(2026, time.December, 27, 12, 0)
	last := time.Date(2027, time.March, 30, 23, 59, 59, 999999999, osloLoc)
	got := endDuties(t, a, end, obligation.Facts{})
	del, exp := got["delete-data 8 ¶2"], got["export-data 8 ¶2"]
	if !del.Due.At.Equal(last) || !exp.Due.At.Equal(last) {
		t.Errorf("deletion due %v, export window closing %v; want both %v", del.Due.At, exp.Due.At, last)
	}
	if !del.Assumes.Unless.Has(obligation.ControllerDeleted) || !exp.Assumes.Unless.Has(obligation.ControllerDeleted) {
		t.Errorf("with nothing known, the deletion assumes %v and the export %v; want both «uten at Kunden har slettet selv»",
			del.Assumes, exp.Assumes)
	}
	// The customer deleted the data itself: neither the deletion nor the
	// export follows.
	got = endDuties(t, a, end, obligation.Facts{True: obligation.ControllerDeleted})
	for _, k := range []string{"delete-data 8 ¶2", "export-data 8 ¶2"} {
		if _, ok := got[k]; ok {
			t.Errorf("the customer deleted the data itself, yet the agenda gives %q", k)
		}
	}
	// It did not, and no law requires storage: both, with nothing assumed.
	got = endDuties(t, a, end, obligation.Facts{False: obligation.ControllerDeleted | obligation.RetentionRequired})
	if d := got["delete-data 8 ¶2"]; !d.Assumes.IsZero() || !d.Due.At.Equal(last) {
		t.Errorf("the customer did not delete: deletion %+v, want due %v with nothing assumed", d, last)
	}
}
