package examples_test

import (
	"testing"
	"time"

	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/examples"
	"github.com/personvern/dpa/obligation"
)

// allowAudit returns the allow-audit duty of a's agenda for an audit asked
// for on Monday 3 May 2027 to start on Tuesday 1 June 2027 at 09:00, after
// the earlier audits given, with the facts given.
func allowAudit(t *testing.T, a agreement.Agreement, previous []time.Time, fs obligation.Facts) obligation.Duty {
	t.Helper()
	ev := obligation.Event{Kind: obligation.AuditRequested, At: oslo(2027, time.May, 3, 10, 0),
		Effective: oslo(2027, time.June, 1, 9, 0), Previous: previous, Facts: fs}
	duties, err := a.Agenda(ev, obligation.Norway())
	if err != nil {
		t.Fatalf("%s: %v", a.ID, err)
	}
	for _, d := range duties {
		if d.Action == obligation.AllowAudit {
			return d
		}
	}
	t.Fatalf("%s: no allow-audit duty in %v", a.ID, duties)
	return obligation.Duty{}
}

// TestAuditLimits pins how often each text lets the controller audit, from
// its words, and what the agenda makes of an audit request given the
// earlier audits and what is known of signs of a breach.
func TestAuditLimits(t *testing.T) {
	start := oslo(2027, time.June, 1, 9, 0)
	feb := []time.Time{oslo(2027, time.February, 1, 9, 0)} // the same calendar year
	nov := []time.Time{oslo(2026, time.November, 2, 9, 0)} // the year before, within twelve months
	sp, nt := examples.Sporlos(), examples.Nortelecom()
	tests := []struct {
		name    string
		got     obligation.Duty
		refused bool
		lifts   obligation.Fact
		due     time.Time
		quality obligation.Qualifier
		reason  string
	}{
		{"Sporløs, second audit of the year, suspicion unknown", allowAudit(t, sp, feb, obligation.Facts{}), true, obligation.NonCompliance, time.Time{}, 0,
			"9: «inntil én gang per år eller ved mistanke om brudd»: a second audit may be refused, unless a breach is suspected"},
		{"Sporløs, second audit of the year, no suspicion", allowAudit(t, sp, feb, obligation.Facts{False: obligation.NonCompliance}), true, 0, time.Time{}, 0,
			"with no suspicion of a breach, nothing lifts «inntil én gang per år»"},
		{"Sporløs, second audit of the year, breach suspected", allowAudit(t, sp, feb, obligation.Facts{True: obligation.NonCompliance}), false, obligation.NonCompliance, start, 0,
			"«eller ved mistanke om brudd»: on suspicion the audit is owed on the day asked for"},
		{"Sporløs, previous audit in November 2026", allowAudit(t, sp, nov, obligation.Facts{}), false, 0, start, 0,
			"«per år» does not say which year: the calendar reading allows an audit in 2027, so it is not refused"},
		{"Nortelecom, previous audit in November 2026", allowAudit(t, nt, nov, obligation.Facts{}), false, 0, start, 0,
			"9.7: «en gang per kalenderår»: 2027 is a new calendar year"},
		{"Nortelecom, second audit of 2027", allowAudit(t, nt, feb, obligation.Facts{True: obligation.NonCompliance}), true, 0, time.Time{}, 0,
			"9.7 has no exception: even signs of non-compliance do not lift the limit"},
		{"Aptible", allowAudit(t, examples.Aptible(), feb, obligation.Facts{}), false, 0, start, obligation.AtReasonableIntervals,
			"Exhibit A, Clause 8.9(c): «at reasonable intervals or if there are indications of non-compliance», no number"},
		{"Cradl", allowAudit(t, examples.Cradl(), feb, obligation.Facts{}), false, 0, start, obligation.Regularly,
			"10: «entitled to conduct audits and inspections regularly», no number"},
	}
	for _, tt := range tests {
		d := tt.got
		if d.Refused != tt.refused || d.Lifts != tt.lifts || !d.Due.At.Equal(tt.due) || d.Qualifier != tt.quality {
			t.Errorf("%s: refused %v, lifts %q, due %v, qualifier %v; want %v, %q, %v, %v (%s)",
				tt.name, d.Refused, d.Lifts, d.Due.At, d.Qualifier, tt.refused, tt.lifts, tt.due, tt.quality, tt.reason)
		}
	}
	if l := sp.Audit.Limit; l.Times != 1 || l.Per != obligation.Years(1) || l.Window != 0 || l.Unless != obligation.NonCompliance || l.Clause != "9" {
		t.Errorf("Sporløs 9: limit %+v, want once per year (window unstated) unless non-compliance, clause 9", l)
	}
}

// TestRefusableAssistance: Cradl 11, «The Data Processor may also refuse,
// unless the Data Processor’s assistance is necessary in order to be able to
// fulfill the Data Controller’s obligations.»
func TestRefusableAssistance(t *testing.T) {
	a := examples.Cradl()
	assist := func(fs obligation.Facts) (obligation.Duty, bool) {
		ev := obligation.Event{Kind: obligation.DataSubjectRequest, At: oslo(2026, time.March, 2, 10, 0), Facts: fs}
		ds, err := a.Agenda(ev, obligation.Norway())
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range ds {
			if d.Action == obligation.Assist {
				return d, true
			}
		}
		return obligation.Duty{}, false
	}
	if d, ok := assist(obligation.Facts{}); !ok || d.Assumes.When != obligation.AssistanceNecessary || d.Cost.Kind != obligation.Billed {
		t.Errorf("necessity unknown: %+v (present %v), want the assistance, billed, assuming it is necessary", d, ok)
	}
	if _, ok := assist(obligation.Facts{False: obligation.AssistanceNecessary}); ok {
		t.Errorf("assistance not necessary: the processor may refuse, yet the agenda owes it")
	}
	if d, ok := assist(obligation.Facts{True: obligation.AssistanceNecessary}); !ok || !d.Assumes.IsZero() || d.Clause != "11" {
		t.Errorf("assistance necessary: %+v (present %v), want it owed under 11 with nothing assumed", d, ok)
	}
}
