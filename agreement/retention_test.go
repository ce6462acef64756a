package agreement_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/obligation"
)

// retentionSchedule is a schedule of the shapes real agreements use:
// categories kept 90, 180 and 365 days from the record's creation, and
// personnel data kept until the end of the employment plus five years,
// only where the law requires it.
var retentionSchedule = agreement.Retention{
	Provision: obligation.At("6"),
	Schedule: []agreement.RetentionTerm{
		{Provision: obligation.At("6.1"), Category: "call logs", Keep: obligation.Days(90), From: obligation.RecordCreated},
		{Provision: obligation.At("6.1"), Category: "recordings", Keep: obligation.Days(180), From: obligation.RecordCreated},
		{Provision: obligation.At("6.1"), Category: "tickets", Keep: obligation.Days(365), From: obligation.RecordCreated},
		{Provision: obligation.At("6.2"), Category: "personnel files", Keep: obligation.Years(5), From: obligation.RelationshipEnds,
			If: obligation.Condition{When: obligation.RetentionRequired, Words: "only where the law requires retention"}},
		{Provision: obligation.At("6.3"), Category: "history", Keep: obligation.Unquantified(obligation.ReasonableTime), From: obligation.RecordCreated},
	},
}

func TestRetentionDeleteBy(t *testing.T) {
	cal := obligation.Norway()
	loc := cal.Location()
	end := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 23, 59, 59, 999999999, loc) }
	created := time.Date(2026, 2, 3, 10, 0, 0, 0, loc) // Tuesday 3 February 2026
	tests := []struct {
		category string
		from     time.Time
		want     time.Time
		reason   string
	}{
		{"call logs", created, end(2026, 5, 4), "25 days to 28 February, 31 to 31 March, 30 to 30 April, 4 more: Monday 4 May"},
		{"recordings", created, end(2026, 8, 3), "180 days end on Sunday 2 August and move to Monday 3 August"},
		{"tickets", created, end(2027, 2, 3), "365 days in a year without 29 February: Wednesday 3 February 2027"},
		{"personnel files", end(2026, 6, 30), end(2031, 6, 30), "employment ends 30 June 2026; five years end on Monday 30 June 2031"},
	}
	for _, tt := range tests {
		got, err := retentionSchedule.DeleteBy(tt.category, tt.from, cal)
		if err != nil {
			t.Errorf("%s: %v", tt.category, err)
			continue
		}
		if !got.Equal(tt.want) {
			t.Errorf("%s: delete by %v, want %v (%s)", tt.category, got, tt.want, tt.reason)
		}
	}
	if _, err := retentionSchedule.DeleteBy("history", created, cal); !errors.Is(err, agreement.ErrNoTerm) {
		t.Errorf("unquantified retention: error %v, want ErrNoTerm", err)
	}
	if _, err := retentionSchedule.DeleteBy("invoices", created, cal); !errors.Is(err, agreement.ErrNoTerm) {
		t.Errorf("a category the schedule does not name: error %v, want ErrNoTerm", err)
	}
}

func TestRetentionAgenda(t *testing.T) {
	cal := obligation.Norway()
	a := agreement.Agreement{Retention: retentionSchedule}
	created := time.Date(2026, 2, 3, 10, 0, 0, 0, cal.Location())
	ds, err := a.Agenda(obligation.Event{Kind: obligation.RecordCreated, At: created}, cal)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range ds {
		got = append(got, d.Note)
	}
	// The one with only a standard sorts at its event, then the three
	// dated deletions in date order; the personnel files run from another
	// event.
	want := []string{"history", "call logs", "recordings", "tickets"}
	if len(got) != len(want) {
		t.Fatalf("agenda notes %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] || ds[i].Action != obligation.DeleteData {
			t.Errorf("duty %d: %s %q, want delete-data %q", i, ds[i].Action, got[i], want[i])
		}
	}
	// The end of an employment, with no fact on whether the law requires
	// retention: the deletion is given with the branch it assumes.
	ds, err = a.Agenda(obligation.Event{Kind: obligation.RelationshipEnds, At: created}, cal)
	if err != nil || len(ds) != 1 || ds[0].Assumes.When != obligation.RetentionRequired {
		t.Errorf("relationship ends: %+v, %v; want one deletion assuming retention-required", ds, err)
	}
	// A term with no event to run from is a validation error at its path.
	a.Retention.Schedule = append(a.Retention.Schedule, agreement.RetentionTerm{Provision: obligation.At("6.4"), Keep: obligation.Days(30)})
	if err := a.Validate(); err == nil || !strings.Contains(err.Error(), "retention.schedule[5].from") {
		t.Errorf("Validate = %v, want a problem at retention.schedule[5].from", err)
	}
}
