package subprocessor_test

import (
	"testing"
	"time"

	"github.com/personvern/dpa/obligation"
	"github.com/personvern/dpa/subprocessor"
)

// TestStartBeforeObjectionCloses: a 30-day notice and a 30-day objection
// window, both from a notice given on Thursday 16 April 2026. The notice
// period's last day is Saturday 16 May, so the subprocessor may start on
// Sunday 17 May (a waiting period does not move); the objection window's
// last day is the same Saturday, which rolls past Sunday 17 May (a public
// holiday too) to Monday 18 May (Regulation 1182/71 Art. 3(4)). The start
// comes first, and the assessment says so.
func TestStartBeforeObjectionCloses(t *testing.T) {
	cal := obligation.Norway()
	notice := time.Date(2026, 4, 16, 10, 0, 0, 0, cal.Location())
	p := subprocessor.Policy{
		Notice:    subprocessor.Notice{Provision: obligation.At("1"), Period: obligation.Days(30)},
		Objection: subprocessor.Objection{Provision: obligation.At("2"), Period: obligation.Days(30), Anchor: subprocessor.FromNotice},
	}
	a, err := p.Assess(subprocessor.Change{Kind: subprocessor.Add, Name: "X", Noticed: notice}, notice, cal)
	if err != nil {
		t.Fatal(err)
	}
	if want := obligation.NewDate(2026, 5, 17); a.EarliestStart != want {
		t.Errorf("EarliestStart = %v, want %v", a.EarliestStart, want)
	}
	if want := time.Date(2026, 5, 18, 23, 59, 59, 999999999, cal.Location()); !a.ObjectionBy.Equal(want) {
		t.Errorf("ObjectionBy = %v, want %v", a.ObjectionBy, want)
	}
	if !a.StartsBeforeObjectionCloses {
		t.Error("the start on 17 May comes before the objection window closes on 18 May, and the assessment does not say so")
	}
	// A 35-day notice lets the subprocessor start on Friday 22 May, after
	// the window closed.
	p.Notice.Period = obligation.Days(35)
	if a, err = p.Assess(subprocessor.Change{Kind: subprocessor.Add, Name: "X", Noticed: notice}, notice, cal); err != nil {
		t.Fatal(err)
	}
	if want := obligation.NewDate(2026, 5, 22); a.EarliestStart != want || a.StartsBeforeObjectionCloses {
		t.Errorf("35 days: EarliestStart = %v (want %v), StartsBeforeObjectionCloses = %v (want false)", a.EarliestStart, want, a.StartsBeforeObjectionCloses)
	}
}
