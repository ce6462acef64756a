package subprocessor_test

import (
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/personvern/dpa/obligation"
	"github.com/personvern/dpa/subprocessor"
)

var (
	cal  = obligation.Norway()
	oslo = cal.Location()
)

func at(y int, m time.Month, d, hh, mm int) time.Time { return time.Date(y, m, d, hh, mm, 0, 0, oslo) }

func endOf(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 23, 59, 59, 999999999, oslo)
}

// The policies below restate the seeds' subprocessor clauses (the full
// seeds are in package examples); each term names its clause.

// weAreMedia: "Bruk av underleverandører" ¶5: the list is updated at least
// 30 days before a new subprocessor starts; ¶6: the processor chooses a
// remedy; under (3) the customer may terminate at once and gets back what
// was paid for the current period.
func weAreMedia() subprocessor.Policy {
	return subprocessor.Policy{
		Authorisation: subprocessor.AuthorisationTerm{Provision: obligation.At("Bruk av underleverandører ¶3"), Kind: subprocessor.General},
		Announcement:  subprocessor.Announcement{Provision: obligation.At("Bruk av underleverandører ¶5"), Channels: []subprocessor.Channel{subprocessor.UpdatedList}},
		Notice:        subprocessor.Notice{Provision: obligation.At("Bruk av underleverandører ¶5"), Period: obligation.Days(30)},
		Objection:     subprocessor.Objection{Provision: obligation.At("Bruk av underleverandører ¶6"), Period: obligation.Unquantified(obligation.Immediately)},
		Remedy: subprocessor.Remedy{Provision: obligation.At("Bruk av underleverandører ¶6"), Effect: subprocessor.ProcessorChooses,
			Options: []subprocessor.Option{subprocessor.StopUsing, subprocessor.ExcludeController, subprocessor.ProcessorTerminates},
			Scope:   subprocessor.WholeAgreement, Termination: obligation.Unquantified(obligation.Immediately)},
		Refund: subprocessor.Refund{Provision: obligation.At("Bruk av underleverandører ¶6"), Kind: subprocessor.CurrentPeriod},
	}
}

// mailMojo: 2.7: written notice 2 months before the start; objection
// within 1 month; then termination with immediate effect; invoiced
// services not refunded; without termination, deemed accepted.
func mailMojo() subprocessor.Policy {
	return subprocessor.Policy{
		Authorisation: subprocessor.AuthorisationTerm{Provision: obligation.At("2.7"), Kind: subprocessor.Specific},
		Announcement:  subprocessor.Announcement{Provision: obligation.At("2.7"), Channels: []subprocessor.Channel{subprocessor.WrittenNotice}},
		Notice:        subprocessor.Notice{Provision: obligation.At("2.7"), Period: obligation.Months(2)},
		Objection:     subprocessor.Objection{Provision: obligation.At("2.7"), Period: obligation.Months(1), Anchor: subprocessor.FromNotice},
		Remedy: subprocessor.Remedy{Provision: obligation.At("2.7"), Effect: subprocessor.ControllerMayTerminate,
			Scope: subprocessor.WholeAgreement, Termination: obligation.Unquantified(obligation.Immediately)},
		Refund:  subprocessor.Refund{Provision: obligation.At("2.7"), Kind: subprocessor.NoRefund},
		Silence: subprocessor.Silence{Provision: obligation.At("2.7"), Accepts: true},
	}
}

// assistert: "Bruk av underleverandører" ¶3: written objection at the
// latest 14 days after the electronic notice, only on justified grounds;
// if not followed, termination with three months' notice.
func assistert() subprocessor.Policy {
	return subprocessor.Policy{
		Authorisation: subprocessor.AuthorisationTerm{Provision: obligation.At("Bruk av underleverandører ¶2"), Kind: subprocessor.General},
		Announcement:  subprocessor.Announcement{Provision: obligation.At("Bruk av underleverandører ¶2"), Channels: []subprocessor.Channel{subprocessor.WrittenNotice}},
		Notice:        subprocessor.Notice{Provision: obligation.At("Bruk av underleverandører ¶4"), Period: obligation.Unquantified(obligation.ReasonableTime)},
		Objection: subprocessor.Objection{Provision: obligation.At("Bruk av underleverandører ¶3"), Period: obligation.Days(14),
			Anchor: subprocessor.FromNotice, Justified: true, Written: true},
		Remedy: subprocessor.Remedy{Provision: obligation.At("Bruk av underleverandører ¶3"), Effect: subprocessor.ControllerMayTerminate,
			Scope: subprocessor.WholeAgreement, Termination: obligation.Months(3)},
	}
}

// nortelecom: 7.1 the list is updated; no notice period and no objection
// right are stated.
func nortelecom() subprocessor.Policy {
	return subprocessor.Policy{
		Authorisation: subprocessor.AuthorisationTerm{Provision: obligation.At("7.1"), Kind: subprocessor.General},
		Announcement:  subprocessor.Announcement{Provision: obligation.At("6.1"), Channels: []subprocessor.Channel{subprocessor.UpdatedList, subprocessor.Email}},
	}
}

// summary is the part of an assessment the worked cases pin.
type summary struct {
	NoticeOwed, Advisory, Late, Justified, DeemedAccepted, ApprovalNeeded bool
	LatestNotice, EarliestStart                                           obligation.Date
	ObjectionBy, AcceptedAfter                                            time.Time
	Objection                                                             obligation.Status
	Effect                                                                subprocessor.Effect
	Termination                                                           obligation.Period
	Refund                                                                subprocessor.RefundKind
	NoticeClause, ObjectionClause                                         obligation.Clause
}

func summarise(a subprocessor.Assessment) summary {
	return summary{
		NoticeOwed: a.NoticeOwed, Advisory: a.Advisory, Late: a.Late, Justified: a.Justified,
		DeemedAccepted: a.DeemedAccepted, ApprovalNeeded: a.ApprovalNeeded,
		LatestNotice: a.LatestNotice, EarliestStart: a.EarliestStart,
		ObjectionBy: a.ObjectionBy, AcceptedAfter: a.AcceptedAfter, Objection: a.Objection,
		Effect: a.Remedy.Effect, Termination: a.Remedy.Termination, Refund: a.Refund.Kind,
		NoticeClause: a.NoticeClause, ObjectionClause: a.ObjectionClause,
	}
}

func TestAssessWorkedCases(t *testing.T) {
	tests := []struct {
		name   string
		policy subprocessor.Policy
		change subprocessor.Change
		at     time.Time
		want   summary
		reason string
	}{{
		name:   "We Are Media, new subprocessor from 1 March 2026",
		policy: weAreMedia(),
		change: subprocessor.Change{Kind: subprocessor.Add, Name: "Ny AS", Start: at(2026, 3, 1, 0, 0)},
		at:     at(2026, 1, 5, 9, 0),
		want: summary{NoticeOwed: true, LatestNotice: obligation.NewDate(2026, 1, 29), EarliestStart: obligation.NewDate(2026, 2, 5),
			Objection: obligation.Stated, Effect: subprocessor.ProcessorChooses, Termination: obligation.Unquantified(obligation.Immediately),
			Refund: subprocessor.CurrentPeriod, NoticeClause: "Bruk av underleverandører ¶5", ObjectionClause: "Bruk av underleverandører ¶6"},
		reason: "¶5 'minst 30 dager før': 30 clear days (30 Jan–28 Feb) lie between 29 Jan and 1 Mar; a latest day counted backwards does not move (29 Jan 2026 is a Thursday anyway). A notice sent on 5 Jan lets the start come 30 days later, 5 Feb. The objection is 'umiddelbart', with no fixed deadline.",
	}, {
		name:   "MailMojo, notice sent 5 January 2026",
		policy: mailMojo(),
		change: subprocessor.Change{Kind: subprocessor.Add, Name: "Ny Inc.", Noticed: at(2026, 1, 5, 10, 0), Start: at(2026, 3, 6, 0, 0)},
		at:     at(2026, 1, 5, 10, 0),
		want: summary{NoticeOwed: true, LatestNotice: obligation.NewDate(2026, 1, 5), EarliestStart: obligation.NewDate(2026, 3, 6),
			ObjectionBy: endOf(2026, 2, 5), AcceptedAfter: endOf(2026, 2, 5), DeemedAccepted: true,
			Objection: obligation.Stated, Effect: subprocessor.ControllerMayTerminate, Termination: obligation.Unquantified(obligation.Immediately),
			Refund: subprocessor.NoRefund, NoticeClause: "2.7", ObjectionClause: "2.7"},
		reason: "2.7: two months from 5 Jan end on 5 Mar, so the start may be 6 Mar (a Friday); one month to object ends on Thursday 5 Feb, a working day, so no roll applies; invoiced services are not refunded; without termination the subprocessor counts as accepted",
	}, {
		name:   "MailMojo, start planned too early",
		policy: mailMojo(),
		change: subprocessor.Change{Kind: subprocessor.Replace, Noticed: at(2026, 1, 5, 10, 0), Start: at(2026, 3, 1, 0, 0)},
		at:     at(2026, 1, 5, 10, 0),
		want: summary{NoticeOwed: true, Late: true, LatestNotice: obligation.NewDate(2025, 12, 31), EarliestStart: obligation.NewDate(2026, 3, 6),
			ObjectionBy: endOf(2026, 2, 5), AcceptedAfter: endOf(2026, 2, 5), DeemedAccepted: true,
			Objection: obligation.Stated, Effect: subprocessor.ControllerMayTerminate, Termination: obligation.Unquantified(obligation.Immediately),
			Refund: subprocessor.NoRefund, NoticeClause: "2.7", ObjectionClause: "2.7"},
		reason: "2.7 covers replacements ('skifte ut'); a start on 1 Mar needs the notice by 31 Dec 2025 (31 Dec + 2 months ends on 28 Feb, clamped), so a notice on 5 Jan is late",
	}, {
		name:   "Assistert Selvhjelp, notice sent 3 March 2026",
		policy: assistert(),
		change: subprocessor.Change{Kind: subprocessor.Add, Noticed: at(2026, 3, 3, 12, 0)},
		at:     at(2026, 3, 3, 12, 0),
		want: summary{NoticeOwed: true, ObjectionBy: endOf(2026, 3, 17), Justified: true,
			Objection: obligation.Stated, Effect: subprocessor.ControllerMayTerminate, Termination: obligation.Months(3),
			NoticeClause: "Bruk av underleverandører ¶4", ObjectionClause: "Bruk av underleverandører ¶3"},
		reason: "¶3: 'senest 14 dager etter elektronisk meddelelse': 3 Mar + 14 days is Tuesday 17 Mar, a working day, so no roll applies; 'i god tid' (¶4) gives no latest day or earliest start",
	}, {
		name:   "Assistert Selvhjelp, window ending on Good Friday",
		policy: assistert(),
		change: subprocessor.Change{Kind: subprocessor.Add, Noticed: at(2026, 3, 20, 12, 0)},
		at:     at(2026, 3, 20, 12, 0),
		want: summary{NoticeOwed: true, ObjectionBy: endOf(2026, 4, 7), Justified: true,
			Objection: obligation.Stated, Effect: subprocessor.ControllerMayTerminate, Termination: obligation.Months(3),
			NoticeClause: "Bruk av underleverandører ¶4", ObjectionClause: "Bruk av underleverandører ¶3"},
		reason: "20 Mar + 14 days is langfredag 3 Apr 2026; Regulation 1182/71 Art. 3(4) moves it past Saturday, 1. påskedag and 2. påskedag (6 Apr) to Tuesday 7 Apr",
	}, {
		name:   "Nortelecom, no period and no objection right stated",
		policy: nortelecom(),
		change: subprocessor.Change{Kind: subprocessor.Add, Start: at(2026, 3, 1, 0, 0)},
		at:     at(2026, 1, 5, 9, 0),
		want:   summary{NoticeOwed: true, Objection: obligation.Absent},
		reason: "Art. 28(2) still requires the notice; 7.1 states no period, so there is no latest day",
	}, {
		name:   "a move to another country is notified as a precaution",
		policy: mailMojo(),
		change: subprocessor.Change{Kind: subprocessor.Relocate, Noticed: at(2026, 1, 5, 10, 0)},
		at:     at(2026, 1, 5, 10, 0),
		want: summary{NoticeOwed: true, Advisory: true, EarliestStart: obligation.NewDate(2026, 3, 6),
			ObjectionBy: endOf(2026, 2, 5), AcceptedAfter: endOf(2026, 2, 5), DeemedAccepted: true,
			Objection: obligation.Stated, Effect: subprocessor.ControllerMayTerminate, Termination: obligation.Unquantified(obligation.Immediately),
			Refund: subprocessor.NoRefund, NoticeClause: "2.7", ObjectionClause: "2.7"},
		reason: "Art. 28(2) names additions and replacements; a relocation is notified as the safe course",
	}, {
		name:   "removing a subprocessor owes no notice",
		policy: mailMojo(),
		change: subprocessor.Change{Kind: subprocessor.Remove, Start: at(2026, 3, 1, 0, 0)},
		at:     at(2026, 1, 5, 10, 0),
		want:   summary{NoticeClause: "2.7"},
		reason: "Art. 28(2) and 2.7 concern new or replacing subprocessors",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := tt.policy.Assess(tt.change, tt.at, cal)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, summarise(a)); diff != "" {
				t.Errorf("%s\nmismatch (-want +got):\n%s", tt.reason, diff)
			}
		})
	}
}

func TestAssessLatestNoticeRoundTrip(t *testing.T) {
	// Sending on the latest day the assessment gives must allow the
	// planned start, and a day later must not.
	for _, p := range []subprocessor.Policy{weAreMedia(), mailMojo()} {
		for d := 0; d < 400; d += 7 {
			start := at(2026, 1, 1, 0, 0).AddDate(0, 0, d)
			a, err := p.Assess(subprocessor.Change{Kind: subprocessor.Add, Start: start}, start, cal)
			if err != nil {
				t.Fatal(err)
			}
			on, err := p.Assess(subprocessor.Change{Kind: subprocessor.Add, Start: start, Noticed: a.LatestNotice.In(oslo).Add(12 * time.Hour)}, start, cal)
			if err != nil {
				t.Fatal(err)
			}
			late, err := p.Assess(subprocessor.Change{Kind: subprocessor.Add, Start: start, Noticed: a.LatestNotice.AddDays(1).In(oslo).Add(12 * time.Hour)}, start, cal)
			if err != nil {
				t.Fatal(err)
			}
			if on.Late || !late.Late {
				t.Errorf("%s start %s: notice on %s late=%v, a day later late=%v", p.Notice.Period, start.Format(time.DateOnly), a.LatestNotice, on.Late, late.Late)
			}
		}
	}
}

func TestAssessErrors(t *testing.T) {
	_, err := mailMojo().Assess(subprocessor.Change{}, at(2026, 1, 5, 10, 0), cal)
	if !errors.Is(err, subprocessor.ErrChange) {
		t.Errorf("zero change kind: got %v, want ErrChange", err)
	}
	_, err = mailMojo().Assess(subprocessor.Change{Kind: subprocessor.Add, Noticed: time.Date(9999, 12, 1, 0, 0, 0, 0, time.UTC)}, at(2026, 1, 5, 10, 0), cal)
	if err == nil {
		t.Error("a notice in December 9999 plus two months: want an out-of-range error")
	}
}

func TestAssessDoesNotAllocate(t *testing.T) {
	p := mailMojo()
	c := subprocessor.Change{Kind: subprocessor.Add, Start: at(2026, 3, 6, 0, 0), Noticed: at(2026, 1, 5, 10, 0)}
	now := at(2026, 1, 5, 10, 0)
	if n := testing.AllocsPerRun(200, func() { _, _ = p.Assess(c, now, cal) }); n != 0 {
		t.Errorf("Assess allocates %v times per run, want 0", n)
	}
}

func TestBatchOrder(t *testing.T) {
	ps := []subprocessor.Policy{nortelecom(), mailMojo(), assistert(), weAreMedia(), mailMojo()}
	c := subprocessor.Change{Kind: subprocessor.Add, Start: at(2026, 3, 1, 0, 0)}
	got, err := subprocessor.Batch(ps, c, at(2025, 12, 1, 9, 0), cal, nil)
	if err != nil {
		t.Fatal(err)
	}
	// MailMojo (2.7, 2 months): by 31 Dec 2025; We Are Media (¶5, 30
	// days): by 29 Jan 2026; Assistert Selvhjelp and Nortelecom state no
	// period and come last, Assistert first as it has an objection
	// deadline (1 Dec + 14 days = Monday 15 Dec 2025). Notices sent on
	// 1 Dec 2025: MailMojo's month to object ends on 1 Jan 2026,
	// nyttårsdag, and moves to Friday 2 Jan (Regulation 1182/71 Art.
	// 3(4)); its start may come after 1 Feb; We Are Media's 30 days end on
	// 31 Dec, so its start may be on 1 Jan.
	want := []subprocessor.Due{
		{Agreement: 1, LatestNotice: obligation.NewDate(2025, 12, 31), EarliestStart: obligation.NewDate(2026, 2, 2), ObjectionBy: endOf(2026, 1, 2), Clause: "2.7"},
		{Agreement: 4, LatestNotice: obligation.NewDate(2025, 12, 31), EarliestStart: obligation.NewDate(2026, 2, 2), ObjectionBy: endOf(2026, 1, 2), Clause: "2.7"},
		{Agreement: 3, LatestNotice: obligation.NewDate(2026, 1, 29), EarliestStart: obligation.NewDate(2026, 1, 1), Clause: "Bruk av underleverandører ¶5"},
		{Agreement: 2, ObjectionBy: endOf(2025, 12, 15), Clause: "Bruk av underleverandører ¶4"},
		{Agreement: 0, Clause: "6.1"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

func TestBatchAllocatesOnlyTheResult(t *testing.T) {
	ps := make([]subprocessor.Policy, 1000)
	for i := range ps {
		ps[i] = []subprocessor.Policy{weAreMedia(), mailMojo(), assistert(), nortelecom()}[i%4]
	}
	c := subprocessor.Change{Kind: subprocessor.Add, Start: at(2026, 3, 1, 0, 0)}
	dst := make([]subprocessor.Due, 0, len(ps))
	n := testing.AllocsPerRun(20, func() {
		_, _ = subprocessor.Batch(ps, c, at(2025, 12, 1, 9, 0), cal, dst[:0])
	})
	if n != 0 {
		t.Errorf("Batch into a large enough dst allocates %v times, want 0", n)
	}
}

// TestBatchMatchesAssess checks both of Batch's paths (few distinct terms,
// counted; many, sorted) against one Assess per policy sorted by the
// documented order.
func TestBatchMatchesAssess(t *testing.T) {
	for _, distinct := range []int{5, 40, 100} {
		ps := make([]subprocessor.Policy, 500)
		for i := range ps {
			ps[i] = []subprocessor.Policy{weAreMedia(), mailMojo(), assistert(), nortelecom()}[i%4]
			if i%3 == 0 {
				ps[i].Notice.Period = obligation.Days(1 + (i*7)%distinct)
			}
		}
		c := subprocessor.Change{Kind: subprocessor.Add, Start: at(2026, 3, 1, 0, 0)}
		now := at(2025, 12, 1, 9, 0)
		got, err := subprocessor.Batch(ps, c, now, cal, nil)
		if err != nil {
			t.Fatal(err)
		}
		var want []subprocessor.Due
		for i, p := range ps {
			a, err := p.Assess(c, now, cal)
			if err != nil {
				t.Fatal(err)
			}
			cl := a.NoticeClause
			if cl == "" {
				cl = a.ChannelClause
			}
			want = append(want, subprocessor.Due{Agreement: i, LatestNotice: a.LatestNotice, EarliestStart: a.EarliestStart, ObjectionBy: a.ObjectionBy, Clause: cl})
		}
		slices.SortStableFunc(want, func(a, b subprocessor.Due) int {
			switch {
			case a.LatestNotice.IsZero() != b.LatestNotice.IsZero():
				if a.LatestNotice.IsZero() {
					return 1
				}
				return -1
			case a.LatestNotice != b.LatestNotice:
				return a.LatestNotice.Compare(b.LatestNotice)
			case a.ObjectionBy.IsZero() != b.ObjectionBy.IsZero():
				if a.ObjectionBy.IsZero() {
					return 1
				}
				return -1
			}
			return a.ObjectionBy.Compare(b.ObjectionBy)
		})
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%d distinct notice periods: mismatch (-want +got):\n%s", distinct, diff)
		}
	}
	if got, _ := subprocessor.Batch([]subprocessor.Policy{mailMojo()}, subprocessor.Change{Kind: subprocessor.Remove}, at(2026, 1, 1, 0, 0), cal, nil); len(got) != 0 {
		t.Errorf("a removal owes no notices, got %v", got)
	}
	if _, err := subprocessor.Batch(nil, subprocessor.Change{}, at(2026, 1, 1, 0, 0), cal, nil); !errors.Is(err, subprocessor.ErrChange) {
		t.Errorf("zero change: %v", err)
	}
}

func TestAssessRule(t *testing.T) {
	// Art. 28(2) requires the notice even where the agreement states no
	// procedure (We4you, Nortelecom).
	a, err := subprocessor.Policy{}.Assess(subprocessor.Change{Kind: subprocessor.Replace}, at(2026, 1, 5, 10, 0), cal)
	if err != nil || !a.NoticeOwed || a.Rule != "GDPR Art. 28(2)" {
		t.Errorf("silent agreement, replacement: %+v, %v", a, err)
	}
	a, err = subprocessor.Policy{}.Assess(subprocessor.Change{Kind: subprocessor.Remove}, at(2026, 1, 5, 10, 0), cal)
	if err != nil || a.NoticeOwed || a.Rule != "" {
		t.Errorf("removal: %+v, %v", a, err)
	}
}
