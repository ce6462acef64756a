package obligation_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/personvern/dpa/obligation"
	"golang.org/x/text/language"
)

const (
	P = obligation.Processor
	C = obligation.Controller
)

func TestConditionDecide(t *testing.T) {
	audit := obligation.Condition{Unless: obligation.ReportsAccepted, When: obligation.RegulatorRequires | obligation.NonCompliance}
	tests := []struct {
		name    string
		c       obligation.Condition
		fs      obligation.Facts
		holds   bool
		residue obligation.Condition
		reason  string
	}{
		{"zero always holds", obligation.Condition{}, obligation.Facts{}, true, obligation.Condition{}, ""},
		{"unless copy, copy asked", obligation.Condition{Unless: obligation.CopyWanted},
			obligation.Facts{True: obligation.CopyWanted}, false, obligation.Condition{}, ""},
		{"unless copy, none asked", obligation.Condition{Unless: obligation.CopyWanted},
			obligation.Facts{False: obligation.CopyWanted}, true, obligation.Condition{}, ""},
		{"unless copy, unknown", obligation.Condition{Unless: obligation.CopyWanted},
			obligation.Facts{}, true, obligation.Condition{Unless: obligation.CopyWanted}, "the branch is labelled with the fact"},
		{"audit, reports accepted, nothing else known", audit, obligation.Facts{True: obligation.ReportsAccepted}, true,
			obligation.Condition{When: obligation.RegulatorRequires | obligation.NonCompliance},
			"reports replace the audit unless a regulator requires one or there are indications"},
		{"audit, reports accepted, regulator requires", audit,
			obligation.Facts{True: obligation.ReportsAccepted | obligation.RegulatorRequires}, true, obligation.Condition{}, ""},
		{"audit, reports accepted, nothing opens it", audit,
			obligation.Facts{True: obligation.ReportsAccepted, False: obligation.RegulatorRequires | obligation.NonCompliance}, false, obligation.Condition{}, ""},
		{"audit, reports insufficient", audit, obligation.Facts{False: obligation.ReportsAccepted}, true, obligation.Condition{}, ""},
		{"unless A or B: one true", obligation.Condition{Unless: obligation.CopyWanted | obligation.RetentionRequired},
			obligation.Facts{True: obligation.RetentionRequired}, false, obligation.Condition{}, "«unless A or B» fails when either holds"},
		{"unless A or B: one false, other unknown", obligation.Condition{Unless: obligation.CopyWanted | obligation.RetentionRequired},
			obligation.Facts{False: obligation.CopyWanted}, true, obligation.Condition{Unless: obligation.RetentionRequired}, ""},
		{"choice, chosen elsewhere", obligation.Condition{Choice: obligation.Delete | obligation.ReturnThenDelete, By: C},
			obligation.Facts{Chosen: obligation.Return}, false, obligation.Condition{}, ""},
		{"choice, chosen here", obligation.Condition{Choice: obligation.Delete | obligation.ReturnThenDelete, By: C},
			obligation.Facts{Chosen: obligation.ReturnThenDelete}, true, obligation.Condition{}, ""},
		{"choice, unknown", obligation.Condition{Choice: obligation.Delete | obligation.ReturnThenDelete, By: C},
			obligation.Facts{}, true, obligation.Condition{Choice: obligation.Delete | obligation.ReturnThenDelete, By: C}, ""},
		{"default branch, no choice made", obligation.Condition{Choice: obligation.Delete, By: C, Default: obligation.Delete},
			obligation.Facts{NoChoice: true}, true, obligation.Condition{}, "without a choice the processor deletes (a default such as Stimma 16.3)"},
		{"other branch, no choice made", obligation.Condition{Choice: obligation.Return, By: C, Default: obligation.Delete},
			obligation.Facts{NoChoice: true}, false, obligation.Condition{}, "the return needs a choice"},
		{"default branch, choice unknown", obligation.Condition{Choice: obligation.Delete, By: C, Default: obligation.Delete},
			obligation.Facts{}, true, obligation.Condition{Choice: obligation.Delete, By: C, Default: obligation.Delete},
			"labelled as chosen or the default"},
		{"no default, no choice made", obligation.Condition{Choice: obligation.Delete, By: C},
			obligation.Facts{NoChoice: true}, true, obligation.Condition{Choice: obligation.Delete, By: C},
			"a text without a default leaves the branch open"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			holds, residue := tt.c.Decide(tt.fs)
			if holds != tt.holds {
				t.Errorf("holds = %v, want %v (%s)", holds, tt.holds, tt.reason)
			}
			if diff := cmp.Diff(tt.residue, residue.Condition()); diff != "" {
				t.Errorf("residue mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestFactText(t *testing.T) {
	f := obligation.CopyWanted | obligation.ReportsAccepted
	b, err := f.MarshalText()
	if err != nil || string(b) != "copy-wanted|reports-accepted" {
		t.Fatalf("MarshalText = %q, %v", b, err)
	}
	var g obligation.Fact
	if err := g.UnmarshalText(b); err != nil || g != f {
		t.Fatalf("UnmarshalText(%q) = %v, %v", b, g, err)
	}
	if err := g.UnmarshalText([]byte("copy-wanted|nonsense")); err == nil {
		t.Error("an unknown fact decodes")
	}
	if _, err := obligation.Fact(1 << 15).MarshalText(); err == nil {
		t.Error("an invalid fact encodes")
	}
	var a obligation.Alternative
	if err := a.UnmarshalText([]byte("delete|return-then-delete")); err != nil || a != obligation.Delete|obligation.ReturnThenDelete {
		t.Errorf("Alternative = %v, %v", a, err)
	}
	c := obligation.Condition{Unless: obligation.CopyWanted}
	if got, want := c.Label(language.Norwegian), "med mindre behandlingsansvarlig har bedt om kopi"; got != want {
		t.Errorf("nb label = %q, want %q", got, want)
	}
	if got, want := c.Label(language.English), "unless the controller asked for a copy"; got != want {
		t.Errorf("en label = %q, want %q", got, want)
	}
	if err := (obligation.Facts{True: obligation.CopyWanted, False: obligation.CopyWanted}).Validate(); err == nil {
		t.Error("a fact both true and false is valid")
	}
	if err := (obligation.Facts{Chosen: obligation.Delete | obligation.Return}).Validate(); err == nil {
		t.Error("two alternatives chosen is valid")
	}
}

func TestRuleWithConditionJSON(t *testing.T) {
	r := obligation.Rule{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.DeleteData,
		Due: obligation.Months(3), If: obligation.Condition{Unless: obligation.CopyWanted, Words: "dersom ikke kopi er bedt om"},
		Qualifier: obligation.AsFarAsPossible, Clause: "12.2"}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var got obligation.Rule
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatalf("%s: %v", b, err)
	}
	if !got.Equal(r) {
		t.Errorf("round trip of %s gives %+v", b, got)
	}
}

// copyOrDelete is the end of an agreement whose text says: a copy on
// request; "if the controller has not asked for a copy, the data are
// deleted within three months after expiry" (the shape of Nortelecom 12.2).
var copyOrDelete = []obligation.Rule{
	{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.ProvideExport, OnRequest: true,
		If: obligation.Condition{When: obligation.CopyWanted}, Clause: "12.2"},
	{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.DeleteData, Due: obligation.Months(3),
		If: obligation.Condition{Unless: obligation.CopyWanted}, Clause: "12.2"},
}

func TestAgendaCopyOrDelete(t *testing.T) {
	cal := obligation.Norway()
	end := endOf("2026-06-30")
	copyDuty := obligation.Duty{Event: obligation.AgreementEnds, Since: end, Debtor: P, Creditor: C,
		Action: obligation.ProvideExport, OnRequest: true, If: copyOrDelete[0].If, Clause: "12.2"}
	// 30 June + 3 months = 30 September 2026, a Wednesday.
	deleteDuty := obligation.Duty{Event: obligation.AgreementEnds, Since: end, Debtor: P, Creditor: C,
		Action: obligation.DeleteData, Due: obligation.Due{At: endOf("2026-09-30"), Period: obligation.Months(3)},
		If: copyOrDelete[1].If, Clause: "12.2"}
	withAssumes := func(d obligation.Duty, a obligation.Assumption) obligation.Duty { d.Assumes = a; return d }
	tests := []struct {
		name  string
		facts obligation.Facts
		want  []obligation.Duty
	}{
		{"a copy was asked for", obligation.Facts{True: obligation.CopyWanted}, []obligation.Duty{copyDuty}},
		{"no copy was asked for", obligation.Facts{False: obligation.CopyWanted}, []obligation.Duty{deleteDuty}},
		{"not known", obligation.Facts{}, []obligation.Duty{
			withAssumes(deleteDuty, obligation.Assumption{Unless: obligation.CopyWanted}),
			withAssumes(copyDuty, obligation.Assumption{When: obligation.CopyWanted}),
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := obligation.Agenda(copyOrDelete, obligation.Event{Kind: obligation.AgreementEnds, At: end, Facts: tt.facts}, cal)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestAgendaChoice(t *testing.T) {
	// "Ved opphør skal databehandler, etter behandlingsansvarliges valg,
	// slette eller tilbakelevere personopplysningene" (the 2021/915
	// template's clause 7.1(d) in Norwegian wording): one branch per
	// choice, 30 days each.
	del := obligation.Condition{Choice: obligation.Delete, By: C}
	ret := obligation.Condition{Choice: obligation.Return | obligation.ReturnThenDelete, By: C}
	thenDel := obligation.Condition{Choice: obligation.ReturnThenDelete, By: C}
	rules := []obligation.Rule{
		{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.DeleteData, Due: obligation.Days(30), If: del, Clause: "7.1"},
		{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.ReturnData, Due: obligation.Days(30), If: ret, Clause: "7.1"},
		{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.DeleteData, Due: obligation.Days(30),
			Anchor: obligation.AfterPrevious, If: thenDel, Clause: "7.1"},
	}
	cal := obligation.Norway()
	end := endOf("2026-03-31")
	// 31 March + 30 days = 30 April 2026, a Thursday; 30 April + 30 days =
	// 30 May 2026, a Saturday, so 1 June (Monday).
	first, second := endOf("2026-04-30"), endOf("2026-06-01")
	got := func(chosen obligation.Alternative) []obligation.Action {
		ds, err := obligation.Agenda(rules, obligation.Event{Kind: obligation.AgreementEnds, At: end, Facts: obligation.Facts{Chosen: chosen}}, cal)
		if err != nil {
			t.Fatal(err)
		}
		var as []obligation.Action
		for _, d := range ds {
			as = append(as, d.Action)
			if d.Action == obligation.DeleteData && d.Due.AfterPrevious && !d.Due.At.Equal(second) {
				t.Errorf("%v: deletion after return due %v, want %v", chosen, d.Due.At, second)
			} else if !d.Due.AfterPrevious && !d.Due.At.Equal(first) {
				t.Errorf("%v: %v due %v, want %v", chosen, d.Action, d.Due.At, first)
			}
			if chosen != 0 && !d.Assumes.IsZero() {
				t.Errorf("%v: %v assumes %+v with the choice known", chosen, d.Action, d.Assumes)
			}
		}
		return as
	}
	for _, tt := range []struct {
		chosen obligation.Alternative
		want   []obligation.Action
	}{
		{obligation.Delete, []obligation.Action{obligation.DeleteData}},
		{obligation.Return, []obligation.Action{obligation.ReturnData}},
		{obligation.ReturnThenDelete, []obligation.Action{obligation.ReturnData, obligation.DeleteData}},
		{0, []obligation.Action{obligation.DeleteData, obligation.ReturnData, obligation.DeleteData}},
	} {
		if diff := cmp.Diff(tt.want, got(tt.chosen)); diff != "" {
			t.Errorf("chosen %v: mismatch (-want +got):\n%s", tt.chosen, diff)
		}
	}
	// With the choice unknown each duty names the choices that select it.
	ds, _ := obligation.Agenda(rules, obligation.Event{Kind: obligation.AgreementEnds, At: end}, cal)
	for _, d := range ds {
		if d.Assumes.Choice == 0 || d.Assumes.By != C {
			t.Errorf("%v: no branch label: %+v", d.Action, d.Assumes)
		}
	}
}

// norwegianHolidays20262027 are the public holidays from the end of 2025
// to mid-2027, written out by hand (helligdagsloven § 1 and the 1 and 17
// May days, Easter 2026 on 5 April and 2027 on 28 March).
var norwegianHolidays20262027 = map[string]bool{
	"2026-01-01": true, "2026-03-29": true, "2026-04-02": true, "2026-04-03": true, "2026-04-05": true, "2026-04-06": true,
	"2026-05-01": true, "2026-05-14": true, "2026-05-17": true, "2026-05-24": true, "2026-05-25": true,
	"2026-12-25": true, "2026-12-26": true,
	"2027-01-01": true, "2027-03-21": true, "2027-03-25": true, "2027-03-26": true, "2027-03-28": true, "2027-03-29": true,
	"2027-05-01": true, "2027-05-06": true, "2027-05-16": true, "2027-05-17": true,
}

// rollToWorkingDay is the direct count's roll: a last day on a Saturday,
// Sunday or public holiday moves to the next working day (Regulation
// 1182/71 Art. 3(4)).
func rollToWorkingDay(d time.Time) time.Time {
	for d.Weekday() == time.Saturday || d.Weekday() == time.Sunday || norwegianHolidays20262027[d.Format(time.DateOnly)] {
		d = d.AddDate(0, 0, 1)
	}
	return d
}

// TestChainEvery2026EndDate pins a three-stage chain: export within 14
// days of the end, deletion 45 days after the export window closes,
// backups 35 days after the deletion, then a certificate, for every end
// date of 2026 against a count done here day by day.
func TestChainEvery2026EndDate(t *testing.T) {
	rules := []obligation.Rule{
		{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.ProvideExport, Due: obligation.Days(14), Clause: "1"},
		{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.DeleteData, Due: obligation.Days(45), Anchor: obligation.AfterPrevious, Clause: "2"},
		{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.DeleteBackups, Due: obligation.Days(35), Anchor: obligation.AfterPrevious, Clause: "3"},
		{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.ConfirmDeletion, Anchor: obligation.AfterPrevious, Clause: "4"},
	}
	cal := obligation.Norway()
	day := func(t time.Time) string { return t.Format(time.DateOnly) }
	for end := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC); end.Year() == 2026; end = end.AddDate(0, 0, 1) {
		export := rollToWorkingDay(end.AddDate(0, 0, 14))
		deletion := rollToWorkingDay(export.AddDate(0, 0, 45))
		backups := rollToWorkingDay(deletion.AddDate(0, 0, 35))
		ev := obligation.Event{Kind: obligation.AgreementEnds, At: endOf(day(end))}
		ds, err := obligation.Agenda(rules, ev, cal)
		if err != nil {
			t.Fatalf("%s: %v", day(end), err)
		}
		if len(ds) != 4 {
			t.Fatalf("%s: %d duties, want 4", day(end), len(ds))
		}
		for i, want := range []time.Time{export, deletion, backups} {
			if got := ds[i].Due.At; !got.Equal(endOf(day(want))) {
				t.Errorf("end %s: step %s (%v) due %v, want end of %s", day(end), ds[i].Clause, ds[i].Action, got, day(want))
			}
		}
		if c := ds[3]; c.Action != obligation.ConfirmDeletion || c.Due.IsFixed() || !c.Due.AfterPrevious || c.Pending != 0 {
			t.Errorf("end %s: certificate %+v, want one after the backups with no period of its own", day(end), c)
		}
	}
}

func TestAgendaPending(t *testing.T) {
	// MailMojo 5: deletion 12 months after the last use, which has not
	// happened: the duty is shown, waiting for its event.
	rules := []obligation.Rule{{On: obligation.LastUse, Debtor: P, Creditor: C, Action: obligation.DeleteData, Due: obligation.Months(12), Clause: "5"}}
	ds, err := obligation.Agenda(rules, obligation.Event{Kind: obligation.LastUse}, obligation.Norway())
	if err != nil {
		t.Fatal(err)
	}
	want := []obligation.Duty{{Event: obligation.LastUse, Debtor: P, Creditor: C, Action: obligation.DeleteData,
		Due: obligation.Due{Period: obligation.Months(12)}, Pending: obligation.AwaitingEvent, Clause: "5"}}
	if diff := cmp.Diff(want, ds); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

func TestDiscretionaryStandards(t *testing.T) {
	for _, tt := range []struct {
		p      obligation.Period
		nb, en string
	}{
		{obligation.Unquantified(obligation.InGoodTime), "i god tid", "in good time"},
		{obligation.Unquantified(obligation.InTime), "i tide", "in time"},
		{obligation.Unquantified(obligation.ReasonableTime), "innen rimelig tid", "within a reasonable time"},
	} {
		if got := tt.p.Label(language.Norwegian); got != tt.nb {
			t.Errorf("%v nb = %q, want %q", tt.p, got, tt.nb)
		}
		if got := tt.p.Label(language.English); got != tt.en {
			t.Errorf("%v en = %q, want %q", tt.p, got, tt.en)
		}
		if !tt.p.IsDiscretionary() {
			t.Errorf("%v is not discretionary", tt.p)
		}
		q, err := obligation.ParsePeriod(tt.p.String())
		if err != nil || q != tt.p {
			t.Errorf("ParsePeriod(%q) = %v, %v", tt.p.String(), q, err)
		}
	}
	if obligation.Days(14).IsDiscretionary() || obligation.Unquantified(obligation.WithoutUndueDelay).IsDiscretionary() {
		t.Error("a length or undue delay counted as discretionary")
	}
}

func BenchmarkChainAgenda(b *testing.B) {
	rules := []obligation.Rule{
		{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.ProvideExport, Due: obligation.Days(14), Clause: "1"},
		{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.DeleteData, Due: obligation.Days(45), Anchor: obligation.AfterPrevious,
			If: obligation.Condition{Unless: obligation.RetentionRequired}, Clause: "2"},
		{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.DeleteBackups, Due: obligation.Days(35), Anchor: obligation.AfterPrevious, Clause: "3"},
		{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.ConfirmDeletion, Anchor: obligation.AfterPrevious, Clause: "4"},
	}
	cal := obligation.Norway()
	ev := obligation.Event{Kind: obligation.AgreementEnds, At: endOf("2026-12-18")}
	buf := make([]obligation.Duty, 0, 8)
	b.ReportAllocs()
	for b.Loop() {
		var err error
		if buf, err = obligation.AppendAgenda(buf[:0], rules, ev, cal); err != nil {
			b.Fatal(err)
		}
	}
}

func TestChainAgendaAllocs(t *testing.T) {
	rules := []obligation.Rule{
		{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.ProvideExport, Due: obligation.Days(14), Clause: "1"},
		{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.DeleteData, Due: obligation.Days(45), Anchor: obligation.AfterPrevious,
			If: obligation.Condition{Unless: obligation.CopyWanted}, Clause: "2"},
	}
	cal := obligation.Norway()
	ev := obligation.Event{Kind: obligation.AgreementEnds, At: endOf("2026-12-18")}
	buf := make([]obligation.Duty, 0, 8)
	if n := testing.AllocsPerRun(100, func() { buf, _ = obligation.AppendAgenda(buf[:0], rules, ev, cal) }); n != 0 {
		t.Errorf("a chained, conditional agenda into a buffer allocates %v times, want 0", n)
	}
}
