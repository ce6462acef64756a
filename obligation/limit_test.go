package obligation_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/personvern/dpa/obligation"
	"golang.org/x/text/language"
)

// TestLimitWindows: the same earlier audit counts against a new one or not
// depending on whether the year is the calendar year or any twelve months.
func TestLimitWindows(t *testing.T) {
	year := obligation.Years(1)
	prev := []time.Time{osloTime("2026-11-02 09:00")}
	tests := []struct {
		name   string
		limit  obligation.Limit
		at     string
		want   bool
		reason string
	}{
		{"calendar year, next January", obligation.Limit{Times: 1, Per: year, Window: obligation.CalendarPeriod}, "2027-01-15 09:00", false,
			"«en gang per kalenderår»: January 2027 is a new calendar year"},
		{"any twelve months, next January", obligation.Limit{Times: 1, Per: year, Window: obligation.AnyPeriod}, "2027-01-15 09:00", true,
			"2 November 2026 is within the twelve months before 15 January 2027"},
		{"any twelve months, a year and a day later", obligation.Limit{Times: 1, Per: year, Window: obligation.AnyPeriod}, "2027-11-03 09:00", false,
			"2 November 2026 is more than twelve months before 3 November 2027"},
		{"any twelve months, exactly a year later", obligation.Limit{Times: 1, Per: year, Window: obligation.AnyPeriod}, "2027-11-02 09:00", false,
			"an instant exactly one year before is outside the year ending at the event"},
		{"year unstated, next January", obligation.Limit{Times: 1, Per: year}, "2027-01-15 09:00", false,
			"«inntil én gang per år» does not say which year: refused only when every reading refuses, and the calendar reading allows it"},
		{"year unstated, same calendar year", obligation.Limit{Times: 1, Per: year}, "2026-12-01 09:00", true,
			"both readings refuse a second audit in November and December 2026"},
		{"calendar month", obligation.Limit{Times: 1, Per: obligation.Months(1), Window: obligation.CalendarPeriod}, "2026-11-30 09:00", true,
			"2 and 30 November are in the same calendar month"},
		{"two per calendar year", obligation.Limit{Times: 2, Per: year, Window: obligation.CalendarPeriod}, "2026-12-01 09:00", false,
			"one earlier audit leaves room for a second"},
		{"standard only", obligation.Limit{Standard: obligation.AtReasonableIntervals}, "2026-11-03 09:00", false,
			"«at reasonable intervals» sets no count; whether an interval is reasonable is a judgment"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.limit.Validate(); err != nil {
				t.Fatal(err)
			}
			if got := tt.limit.Reached(osloTime(tt.at), prev, oslo); got != tt.want {
				t.Errorf("Reached = %v, want %v (%s)", got, tt.want, tt.reason)
			}
		})
	}
}

// TestLimitExceptions: Sporløs 9, «muliggjør revisjon … med rimelig varsel,
// inntil én gang per år eller ved mistanke om brudd». A second audit in the
// same year may be refused unless there is suspicion of a breach; with the
// suspicion unknown the refused duty names the fact that would lift it.
func TestLimitExceptions(t *testing.T) {
	rule := obligation.Rule{On: obligation.AuditRequested, Debtor: obligation.Processor, Creditor: obligation.Controller,
		Action: obligation.AllowAudit, Anchor: obligation.AtEffective, Clause: "9",
		Limit: obligation.Limit{Times: 1, Per: obligation.Years(1), Unless: obligation.NonCompliance,
			Words: "inntil én gang per år eller ved mistanke om brudd"}}
	ev := obligation.Event{Kind: obligation.AuditRequested, At: osloTime("2027-05-03 10:00"), Effective: osloTime("2027-06-01 09:00"),
		Previous: []time.Time{osloTime("2027-02-01 09:00")}}
	base := obligation.Duty{Event: obligation.AuditRequested, Since: ev.At, Debtor: obligation.Processor, Creditor: obligation.Controller,
		Action: obligation.AllowAudit, Clause: "9"}
	due := base
	due.Due = obligation.Due{At: osloTime("2027-06-01 09:00")}
	tests := []struct {
		name  string
		facts obligation.Facts
		want  obligation.Duty
	}{
		{"suspicion unknown", obligation.Facts{}, func() obligation.Duty {
			d := base
			d.Refused, d.Lifts = true, obligation.NonCompliance
			return d
		}()},
		{"no suspicion", obligation.Facts{False: obligation.NonCompliance}, func() obligation.Duty { d := base; d.Refused = true; return d }()},
		{"suspicion of a breach", obligation.Facts{True: obligation.NonCompliance}, func() obligation.Duty {
			d := due
			d.Lifts = obligation.NonCompliance
			return d
		}()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := ev
			e.Facts = tt.facts
			got, err := rule.AppendDuty(nil, e, obligation.Norway())
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff([]obligation.Duty{tt.want}, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
	// The first audit of the year is owed on the day asked for.
	e := ev
	e.Previous = []time.Time{osloTime("2026-06-01 09:00")}
	got, err := rule.AppendDuty(nil, e, obligation.Norway())
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]obligation.Duty{due}, got); diff != "" {
		t.Errorf("first audit of 2027: mismatch (-want +got):\n%s", diff)
	}
}

func TestLimitLabelAndJSON(t *testing.T) {
	l := obligation.Limit{Times: 1, Per: obligation.Years(1), Window: obligation.CalendarPeriod, Unless: obligation.NonCompliance}
	for tag, want := range map[language.Tag]string{
		language.English:   "1 per calendar year, or if there are indications of non-compliance",
		language.Norwegian: "1 per kalenderår, eller dersom det er tegn på brudd på avtalen",
	} {
		if got := l.Label(tag); got != want {
			t.Errorf("Label(%v) = %q, want %q", tag, got, want)
		}
	}
	b, err := json.Marshal(l)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"times":1,"per":"P1Y","window":"calendar","unless":"non-compliance"}`; string(b) != want {
		t.Errorf("JSON = %s, want %s", b, want)
	}
	var back obligation.Limit
	if err := json.Unmarshal(b, &back); err != nil || back != l {
		t.Errorf("round trip: %+v, %v", back, err)
	}
	for _, bad := range []obligation.Limit{
		{Times: 1, Per: obligation.Days(30)},
		{Times: -1},
		{Per: obligation.Years(1)},
		{Window: obligation.AnyPeriod},
		{Standard: obligation.AsFarAsPossible},
	} {
		if bad.Validate() == nil {
			t.Errorf("Validate(%+v) = nil, want an error", bad)
		}
	}
}
