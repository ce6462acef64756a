package breach_test

import (
	"testing"
	"time"

	"github.com/personvern/dpa/breach"
	"github.com/personvern/dpa/obligation"
)

// TestAssessAllOrderFarFuture: the order holds for instants Unix
// nanoseconds cannot hold (after 2262-04-11 23:47:16 UTC). A one-hour
// deadline is due after an "immediately" notice, which is due from the
// moment the clock starts.
func TestAssessAllOrderFarFuture(t *testing.T) {
	ts := []breach.Terms{
		{Deadline: breach.Deadline{Provision: obligation.At("1"), Period: obligation.Hours(1)}},
		{Deadline: breach.Deadline{Provision: obligation.At("1"), Period: obligation.Unquantified(obligation.Immediately)}},
	}
	for _, aware := range []time.Time{
		time.Date(2026, 5, 16, 22, 40, 0, 0, time.UTC),
		time.Date(2262, 4, 11, 23, 0, 0, 0, time.UTC),
		time.Date(1677, 9, 21, 0, 0, 0, 0, time.UTC), // before Unix nanoseconds start
		time.Date(9999, 6, 1, 0, 0, 0, 0, time.UTC),
	} {
		owed := breach.AssessAll(ts, breach.Incident{Discovered: aware, Aware: aware}, aware)
		if len(owed) != 2 || owed[0].Index != 1 || owed[1].Index != 0 {
			t.Errorf("aware %v: order %v, want the immediate notice (1) before the one-hour one (0)", aware, owed)
		}
	}
}

// TestAssessBeyondCalendar: a deadline the calendar cannot count (it ends
// after year 9999) is not dropped silently: the assessment says Beyond,
// for days and for hours alike, and AssessAll puts it after every
// countable deadline.
func TestAssessBeyondCalendar(t *testing.T) {
	late := time.Date(9999, 12, 30, 12, 0, 0, 0, breach.Oslo())
	for _, p := range []obligation.Period{obligation.Days(3), obligation.Hours(72)} {
		terms := breach.Terms{Provision: obligation.At("1"), Deadline: breach.Deadline{Provision: obligation.At("1"), Period: p}}
		a := terms.Assess(breach.Incident{Discovered: late, Aware: late}, late)
		if !a.Processor.Owed || !a.Processor.Beyond || !a.Processor.Due.IsZero() || a.Overdue {
			t.Errorf("%v from %v: owed %v, beyond %v, due %v, overdue %v; want owed, beyond, no instant, not overdue",
				p, late, a.Processor.Owed, a.Processor.Beyond, a.Processor.Due, a.Overdue)
		}
	}
	// One day from 30 December 9999 12:00 still ends on 31 December.
	terms := breach.Terms{Provision: obligation.At("1"), Deadline: breach.Deadline{Provision: obligation.At("1"), Period: obligation.Hours(24)}}
	a := terms.Assess(breach.Incident{Discovered: late, Aware: late}, late)
	if a.Processor.Beyond || !a.Processor.Due.Equal(late.Add(24*time.Hour)) {
		t.Errorf("24 hours from %v: beyond %v, due %v; want 9999-12-31 12:00", late, a.Processor.Beyond, a.Processor.Due)
	}
	ts := []breach.Terms{
		{Deadline: breach.Deadline{Provision: obligation.At("1"), Period: obligation.Days(3)}},
		{Deadline: breach.Deadline{Provision: obligation.At("1"), Period: obligation.Hours(24)}},
	}
	owed := breach.AssessAll(ts, breach.Incident{Discovered: late, Aware: late}, late)
	if len(owed) != 2 || owed[0].Index != 1 || !owed[1].Deadline.Beyond {
		t.Errorf("AssessAll = %+v, want the countable deadline first and the beyond one last", owed)
	}
}

// TestSetStrings: the zero sets and bits outside them print readably.
func TestSetStrings(t *testing.T) {
	for _, tt := range []struct{ got, want string }{
		{breach.Effects(0).String(), "unknown"},
		{(breach.Confidentiality | 1<<5).String(), "confidentiality+Effects(0x20)"},
		{breach.Items(0).String(), "none"},
		{breach.ItemsOf(breach.Nature).String(), "nature"},
	} {
		if tt.got != tt.want {
			t.Errorf("String() = %q, want %q", tt.got, tt.want)
		}
	}
}
