package obligation_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/personvern/dpa/obligation"
	"golang.org/x/text/language"
)

// auditRules are Nortelecom's audit terms (seed 002, clauses 9.7, 9.8 and
// 9.12) written directly as rules.
var auditRules = []obligation.Rule{
	{On: obligation.AuditRequested, Debtor: obligation.Processor, Creditor: obligation.Controller,
		Action: obligation.AllowAudit, Anchor: obligation.AtEffective, Limit: obligation.Limit{Times: 1, Per: obligation.Years(1), Window: obligation.CalendarPeriod}, Clause: "9.7",
		Cost: obligation.Cost{Kind: obligation.RequesterPays}},
	{On: obligation.AuditRequested, Debtor: obligation.Controller, Creditor: obligation.Processor,
		Action: obligation.SubmitAuditPlan, Due: obligation.Weeks(4), Anchor: obligation.BeforeEffective, Clause: "9.8"},
	{On: obligation.LastUse, Debtor: obligation.Processor, Creditor: obligation.Controller,
		Action: obligation.DeleteData, Due: obligation.Months(12), Clause: "5"},
	{On: obligation.DataSubjectRequest, Debtor: obligation.Processor, Creditor: obligation.Controller,
		Action: obligation.Notify, Due: obligation.Unquantified(obligation.AsSoonAsPossible), Clause: "4.6"},
	{On: obligation.DataSubjectRequest, Debtor: obligation.Processor, Creditor: obligation.Controller,
		Action: obligation.SeekApproval, Clause: "4.6"},
}

func TestAgenda(t *testing.T) {
	cal := obligation.Norway()
	tests := []struct {
		name string
		ev   obligation.Event
		want []obligation.Duty
	}{
		{
			name: "first audit of 2026",
			ev: obligation.Event{Kind: obligation.AuditRequested, At: osloTime("2026-01-10 10:00"),
				Effective: osloTime("2026-03-03 09:00")},
			want: []obligation.Duty{
				{Event: obligation.AuditRequested, Debtor: obligation.Controller, Creditor: obligation.Processor,
					Action: obligation.SubmitAuditPlan, Due: obligation.Due{At: endOf("2026-02-02"), Period: obligation.Weeks(4), Before: true},
					Clause: "9.8"},
				{Event: obligation.AuditRequested, Debtor: obligation.Processor, Creditor: obligation.Controller,
					Action: obligation.AllowAudit, Due: obligation.Due{At: osloTime("2026-03-03 09:00")},
					Cost: obligation.Cost{Kind: obligation.RequesterPays}, Clause: "9.7"},
			},
		},
		{
			name: "second audit of 2026 is refused",
			ev: obligation.Event{Kind: obligation.AuditRequested, At: osloTime("2026-06-01 10:00"),
				Effective: osloTime("2026-09-01 09:00"), Previous: []time.Time{osloTime("2025-10-01 09:00"), osloTime("2026-03-03 09:00")}},
			want: []obligation.Duty{
				{Event: obligation.AuditRequested, Debtor: obligation.Controller, Creditor: obligation.Processor,
					Action: obligation.SubmitAuditPlan, Due: obligation.Due{At: endOf("2026-08-03"), Period: obligation.Weeks(4), Before: true},
					Clause: "9.8"},
				{Event: obligation.AuditRequested, Debtor: obligation.Processor, Creditor: obligation.Controller,
					Action: obligation.AllowAudit, Refused: true, Cost: obligation.Cost{Kind: obligation.RequesterPays}, Clause: "9.7"},
			},
		},
		{
			name: "last use",
			ev:   obligation.Event{Kind: obligation.LastUse, At: osloTime("2026-03-31 15:00")},
			want: []obligation.Duty{
				{Event: obligation.LastUse, Debtor: obligation.Processor, Creditor: obligation.Controller,
					Action: obligation.DeleteData, Due: obligation.Due{At: endOf("2027-03-31"), Period: obligation.Months(12)}, Clause: "5"},
			},
		},
		{
			name: "unquantified at the event's instant, no period after",
			ev:   obligation.Event{Kind: obligation.DataSubjectRequest, At: osloTime("2026-03-31 15:00")},
			want: []obligation.Duty{
				{Event: obligation.DataSubjectRequest, Debtor: obligation.Processor, Creditor: obligation.Controller,
					Action: obligation.Notify, Due: obligation.Due{Period: obligation.Unquantified(obligation.AsSoonAsPossible)}, Clause: "4.6"},
				{Event: obligation.DataSubjectRequest, Debtor: obligation.Processor, Creditor: obligation.Controller,
					Action: obligation.SeekApproval, Clause: "4.6"},
			},
		},
		{
			name: "no rule for the event",
			ev:   obligation.Event{Kind: obligation.InvoiceIssued, At: osloTime("2026-03-31 15:00")},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := obligation.Agenda(auditRules, tt.ev, cal)
			if err != nil {
				t.Fatal(err)
			}
			for i := range tt.want {
				tt.want[i].Since = tt.ev.At // every duty records its event's instant
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Agenda mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestAgendaErrors(t *testing.T) {
	cal := obligation.Norway()
	ev := obligation.Event{Kind: obligation.LastUse, At: osloTime("2026-03-31 15:00")}
	bad := []obligation.Rule{
		{On: obligation.LastUse, Debtor: obligation.Processor, Action: obligation.DeleteData, Due: obligation.Days(-1), Clause: "5"},
		{On: obligation.LastUse, Debtor: 99, Action: obligation.DeleteData, Clause: "5"},
		{On: obligation.LastUse, Debtor: obligation.Processor, Action: 0, Clause: "5"},
		{On: obligation.LastUse, Debtor: obligation.Processor, Action: obligation.DeleteData, Anchor: 9},
	}
	for _, r := range bad {
		if _, err := obligation.Agenda([]obligation.Rule{r}, ev, cal); err == nil {
			t.Errorf("Agenda with %+v: want an error", r)
		}
	}
	far := obligation.Event{Kind: obligation.LastUse, At: time.Date(9999, 12, 1, 0, 0, 0, 0, oslo)}
	_, err := obligation.Agenda(auditRules, far, cal)
	if !errors.Is(err, obligation.ErrOutOfRange) || !strings.Contains(err.Error(), "clause 5") {
		t.Errorf("Agenda past 9999: error = %v, want ErrOutOfRange naming clause 5", err)
	}
}

func TestJSONRoundTrip(t *testing.T) {
	ev := obligation.Event{Kind: obligation.AuditRequested, At: osloTime("2026-01-10 10:00"),
		Effective: osloTime("2026-03-03 09:00"), Previous: []time.Time{osloTime("2025-03-03 09:00")}, Ref: "REQ-1"}
	duties, err := obligation.Agenda(auditRules, ev, obligation.Norway())
	if err != nil {
		t.Fatal(err)
	}
	billed := obligation.Rule{On: obligation.DataSubjectRequest, Debtor: obligation.Processor, Creditor: obligation.Controller,
		Action: obligation.Assist, Cost: obligation.Cost{Kind: obligation.Billed, Rate: obligation.MustParseMoney("1100 NOK"), Per: obligation.Hour},
		Survives: true, Clause: "4", Note: "kr 1 100 eks. mva. per time"}
	type doc struct {
		Event  obligation.Event
		Duties []obligation.Duty
		Rules  []obligation.Rule
	}
	in := doc{ev, duties, append([]obligation.Rule{billed}, auditRules...)}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"kind":"audit-requested"`, `"action":"submit-audit-plan"`, `"period":"P4W"`, `"rate":"1100 NOK"`,
		`"per":"hour"`, `"anchor":"before-effective"`, `"kind":"requester-pays"`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("JSON %s lacks %s", b, want)
		}
	}
	var out doc
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(in, out); diff != "" {
		t.Errorf("round trip mismatch (-want +got):\n%s", diff)
	}
	for _, bad := range []string{`{"kind":"audit"}`, `{"kind":"audit-requested","at":"2026-01-01T00:00:00Z","x":1}`} {
		var e obligation.Event
		d := json.NewDecoder(strings.NewReader(bad))
		d.DisallowUnknownFields()
		if err := d.Decode(&e); err == nil {
			t.Errorf("decoding %s: want an error", bad)
		}
	}
}

func TestEnumText(t *testing.T) {
	type texter interface {
		String() string
		MarshalText() ([]byte, error)
		Label(language.Tag) string
	}
	for _, tt := range []struct {
		v      texter
		id, nb string
	}{
		{obligation.Processor, "processor", "databehandler"},
		{obligation.DataSubject, "data-subject", "den registrerte"},
		{obligation.ConfirmDeletion, "confirm-deletion", "bekrefte slettingen skriftlig"},
		{obligation.TerminationNotice, "termination-notice", "oppsigelse"},
		{obligation.DocumentedExtraCosts, "documented-extra-costs", "dokumenterte merkostnader dekkes"},
		{obligation.BeforeEffective, "before-effective", "regnet bakover fra virkningstidspunktet"},
		{obligation.RollDomstolloven, "domstolloven-149", "forskyves etter domstolloven § 149"},
		{obligation.HoursFromNextHour, "from-next-hour", "regnes fra neste hele time"},
		{obligation.ClearDays, "clear-days", "hele dager imellom"},
	} {
		b, err := tt.v.MarshalText()
		if tt.v.String() != tt.id || string(b) != tt.id || err != nil || tt.v.Label(language.Norwegian) != tt.nb {
			t.Errorf("%T: String %q, MarshalText %q %v, Label %q; want %q, %q", tt.v, tt.v.String(), b, err, tt.v.Label(language.Norwegian), tt.id, tt.nb)
		}
	}
	var p obligation.Party
	if err := p.UnmarshalText([]byte("Processor")); err == nil {
		t.Error("Party.UnmarshalText(Processor): want an error (identifiers are lower case)")
	}
	if s := obligation.Party(42).String(); s != "Party(42)" {
		t.Errorf("Party(42).String() = %q", s)
	}
	if _, err := obligation.Action(200).MarshalText(); err == nil {
		t.Error("Action(200).MarshalText: want an error")
	}
	var u obligation.Unit
	if err := u.UnmarshalText([]byte("business-day")); err != nil || u != obligation.BusinessDay {
		t.Errorf("Unit.UnmarshalText(business-day) = %v, %v", u, err)
	}
}

func TestDueOnTime(t *testing.T) {
	due := obligation.Due{At: endOf("2026-02-02")}
	if !due.OnTime(endOf("2026-02-02")) || due.OnTime(osloTime("2026-02-03 00:00")) {
		t.Error("OnTime: the last instant is on time, the next day is not")
	}
	if !(obligation.Due{Period: obligation.Unquantified(obligation.Immediately)}).OnTime(osloTime("2030-01-01 00:00")) {
		t.Error("OnTime without a fixed instant: want true")
	}
}

// Agenda allocates only the slice it returns, sized once; AppendAgenda
// into a large enough buffer does not allocate.
func TestAgendaAllocs(t *testing.T) {
	cal := obligation.Norway()
	ev := obligation.Event{Kind: obligation.AuditRequested, At: osloTime("2026-01-10 10:00"), Effective: osloTime("2026-03-03 09:00")}
	if n := testing.AllocsPerRun(100, func() { _, _ = obligation.Agenda(auditRules, ev, cal) }); n != 1 {
		t.Errorf("Agenda allocates %v times, want 1", n)
	}
	buf := make([]obligation.Duty, 0, 8)
	if n := testing.AllocsPerRun(100, func() { buf, _ = obligation.AppendAgenda(buf[:0], auditRules, ev, cal) }); n != 0 {
		t.Errorf("AppendAgenda allocates %v times, want 0", n)
	}
}

func BenchmarkAgenda(b *testing.B) {
	cal := obligation.Norway()
	ev := obligation.Event{Kind: obligation.AuditRequested, At: osloTime("2026-01-10 10:00"), Effective: osloTime("2026-03-03 09:00")}
	rules := append(append([]obligation.Rule{}, auditRules...), auditRules...)
	b.Run("Agenda", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := obligation.Agenda(rules, ev, cal); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("AppendAgenda", func(b *testing.B) {
		b.ReportAllocs()
		buf := make([]obligation.Duty, 0, 16)
		for b.Loop() {
			var err error
			if buf, err = obligation.AppendAgenda(buf[:0], rules, ev, cal); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func TestRuleResponseOnWorkingDays(t *testing.T) {
	// Assistert Selvhjelp's support: 24 hours on working days within
	// 09:00–16:00; a request on Friday afternoon is answered by Monday.
	rules := []obligation.Rule{{On: obligation.SupportRequest, Debtor: obligation.Processor, Creditor: obligation.Controller,
		Action: obligation.Respond, Due: obligation.Hours(24), OnWorkingDays: true,
		Hours: obligation.BusinessHours{Open: 9 * time.Hour, Close: 16 * time.Hour}, Clause: "Support"}}
	ev := obligation.Event{Kind: obligation.SupportRequest, At: osloTime("2026-03-13 15:30")}
	got, err := obligation.Agenda(rules, ev, obligation.Norway())
	if err != nil || len(got) != 1 || !got[0].Due.At.Equal(osloTime("2026-03-16 15:30")) {
		t.Fatalf("Agenda = %+v, %v; want one duty due 2026-03-16 15:30", got, err)
	}
	// Without OnWorkingDays the 24 hours are elapsed time and end on Saturday.
	rules[0].OnWorkingDays = false
	got, err = obligation.Agenda(rules, ev, obligation.Norway())
	if err != nil || !got[0].Due.At.Equal(osloTime("2026-03-14 15:30")) {
		t.Errorf("elapsed 24 hours: %+v, %v", got, err)
	}
	bad := rules[0]
	bad.OnWorkingDays, bad.Due = true, obligation.Days(2)
	if err := bad.Validate(); err == nil {
		t.Error("a working-day response time in days: want an error")
	}
}

func TestOnRequestAndSurvives(t *testing.T) {
	rules := []obligation.Rule{
		{On: obligation.AgreementEnds, Debtor: obligation.Processor, Action: obligation.ConfirmDeletion, OnRequest: true, Clause: "x"},
		{On: obligation.AgreementEnds, Debtor: obligation.Processor, Action: obligation.KeepConfidential, Survives: true, Clause: "y"},
	}
	got, err := obligation.Agenda(rules, obligation.Event{Kind: obligation.AgreementEnds, At: osloTime("2026-06-30 12:00")}, obligation.Norway())
	if err != nil || len(got) != 2 || !got[0].OnRequest || !got[1].Survives || got[0].Due.IsFixed() {
		t.Errorf("Agenda = %+v, %v", got, err)
	}
}

func TestBusinessHoursText(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want obligation.BusinessHours
	}{
		{"09:00-16:00", obligation.BusinessHours{Open: 9 * time.Hour, Close: 16 * time.Hour}},
		{"08:30-24:00", obligation.BusinessHours{Open: 8*time.Hour + 30*time.Minute, Close: 24 * time.Hour}},
		{"", obligation.BusinessHours{}},
	} {
		var b obligation.BusinessHours
		if err := b.UnmarshalText([]byte(tt.in)); err != nil || b != tt.want {
			t.Errorf("UnmarshalText(%q) = %v, %v", tt.in, b, err)
		}
		out, err := b.MarshalText()
		if err != nil || string(out) != tt.in {
			t.Errorf("MarshalText(%v) = %q, %v; want %q", b, out, err, tt.in)
		}
	}
	for _, bad := range []string{"9:00-16:00", "16:00-09:00", "09:00-24:01", "09:60-10:00", "09:00–16:00", "09:00 16:00", "25:00-26:00"} {
		var b obligation.BusinessHours
		if err := b.UnmarshalText([]byte(bad)); err == nil {
			t.Errorf("UnmarshalText(%q) = %v, want an error", bad, b)
		}
	}
}

func FuzzBusinessHoursText(f *testing.F) {
	for _, s := range []string{"09:00-16:00", "", "00:00-24:00", "16:00-09:00", "24:00-24:00", "9:00-16:00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var b obligation.BusinessHours
		if err := b.UnmarshalText([]byte(s)); err != nil {
			return
		}
		out, err := b.MarshalText()
		if err != nil || string(out) != s {
			t.Fatalf("round trip of %q: %q, %v", s, out, err)
		}
	})
}
