package examples_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/examples"
	"github.com/personvern/dpa/obligation"
)

// TestTerminationUnderARight pins when the processing stops after notice
// under each right the texts give: the right's own notice, counted in the
// agreement's calendar, or its immediate effect, and what it ends. The
// dates are counted by hand from the texts' periods (Regulation 1182/71:
// month ends clamp, a last day on a weekend or public holiday moves to
// the next working day).
func TestTerminationUnderARight(t *testing.T) {
	sweden := obligation.Sweden()
	tests := []struct {
		name   string
		a      agreement.Agreement
		cal    obligation.Calendar
		ev     obligation.Event
		due    time.Time
		period obligation.Period
		clause obligation.Clause
		ends   agreement.Extent
	}{
		{
			// «si opp Avtalen med tre måneders frist beregnet fra skriftlig
			// (herunder elektronisk) meddelelse om oppsigelse»: 6 January
			// 2026 + 3 months is Monday 6 April 2026, 2. påskedag (Easter
			// Sunday is 5 April 2026): Tuesday 7 April.
			name: "Assistert Selvhjelp: the controller terminates after its objection",
			a:    examples.AssistertSelvhjelp(), cal: norwayCal,
			ev:     obligation.Event{Kind: obligation.TerminationNotice, At: timeAt("2026-01-06 10:00"), By: ctrl, Clause: "Bruk av underleverandører ¶3"},
			due:    endOfDay("2026-04-07"),
			period: obligation.Months(3), clause: "Bruk av underleverandører ¶3", ends: agreement.EndsWhole,
		},
		{
			// "Mislighold": «den andre parten» may «heve hele eller deler
			// av avtalen med øyeblikkelig virkning»: the processor's heving
			// ends the processing at the notice.
			name: "Assistert Selvhjelp: the processor terminates for breach",
			a:    examples.AssistertSelvhjelp(), cal: norwayCal,
			ev:     obligation.Event{Kind: obligation.TerminationNotice, At: timeAt("2026-01-06 10:00"), By: proc, Clause: "Mislighold"},
			due:    timeAt("2026-01-06 10:00"),
			period: obligation.Unquantified(obligation.Immediately), clause: "Mislighold", ends: agreement.EndsWholeOrPart,
		},
		{
			// Without a right named, the ordinary notice: «Avtalen kan
			// sies opp skriftlig av begge parter med en gjensidig frist på
			// 6 måneder»: 6 July 2026, a Monday.
			name: "Assistert Selvhjelp: notice without a ground",
			a:    examples.AssistertSelvhjelp(), cal: norwayCal,
			ev:     obligation.Event{Kind: obligation.TerminationNotice, At: timeAt("2026-01-06 10:00"), By: ctrl},
			due:    endOfDay("2026-07-06"),
			period: obligation.Months(6), clause: "Varighet og opphør",
		},
		{
			// 5: «terminate the Agreement with three month’s notice»: 14
			// February 2026 + 3 months is Thursday 14 May 2026, Ascension
			// Day (Easter Sunday 5 April + 39 days): Friday 15 May.
			name: "Cradl: the controller terminates after not consenting to a change",
			a:    examples.Cradl(), cal: norwayCal,
			ev:     obligation.Event{Kind: obligation.TerminationNotice, At: timeAt("2026-02-14 10:00"), By: ctrl, Clause: "5"},
			due:    endOfDay("2026-05-15"),
			period: obligation.Months(3), clause: "5", ends: agreement.EndsWhole,
		},
		{
			// 2.7: «si opp avtalen med umiddelbar virkning».
			name: "MailMojo: the controller terminates after its objection",
			a:    examples.MailMojo(), cal: norwayCal,
			ev:     obligation.Event{Kind: obligation.TerminationNotice, At: timeAt("2026-03-06 09:30"), By: ctrl, Clause: "2.7"},
			due:    timeAt("2026-03-06 09:30"),
			period: obligation.Unquantified(obligation.Immediately), clause: "2.7", ends: agreement.EndsWhole,
		},
		{
			// ¶6: once We Are Media chooses (3), the customer may give
			// notice at once.
			name: "We Are Media: the customer terminates when the processor chooses to end the relationship",
			a:    examples.WeAreMedia(), cal: norwayCal,
			ev:     obligation.Event{Kind: obligation.TerminationNotice, At: timeAt("2026-03-06 09:30"), By: ctrl, Clause: "Bruk av underleverandører ¶6"},
			due:    timeAt("2026-03-06 09:30"),
			period: obligation.Unquantified(obligation.Immediately), clause: "Bruk av underleverandører ¶6", ends: agreement.EndsWhole,
		},
		{
			// 11.4: «rätt att säga upp Avtalet med omedelbar verkan».
			name: "Stimma: the controller terminates when the parties cannot agree on a subprocessor",
			a:    examples.Stimma(), cal: sweden,
			ev:     obligation.Event{Kind: obligation.TerminationNotice, At: timeAt("2026-06-19 10:00"), By: ctrl, Clause: "11.4"},
			due:    timeAt("2026-06-19 10:00"),
			period: obligation.Unquantified(obligation.Immediately), clause: "11.4", ends: agreement.EndsWhole,
		},
		{
			// 15.3: «rätt att säga upp Avtalet med omedelbar verkan om:»
			// a material breach among other grounds.
			name: "Stimma: the controller terminates for breach",
			a:    examples.Stimma(), cal: sweden,
			ev:     obligation.Event{Kind: obligation.TerminationNotice, At: timeAt("2026-06-19 10:00"), By: ctrl, Clause: "15.3"},
			due:    timeAt("2026-06-19 10:00"),
			period: obligation.Unquantified(obligation.Immediately), clause: "15.3", ends: agreement.EndsWhole,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds, err := tt.a.Agenda(tt.ev, tt.cal)
			if err != nil {
				t.Fatal(err)
			}
			var cease *obligation.Duty
			for i := range ds {
				if ds[i].Action == obligation.CeaseProcessing && ds[i].Event == obligation.TerminationNotice {
					cease = &ds[i]
				}
			}
			if cease == nil {
				t.Fatalf("no cessation in %v", steps(ds))
			}
			if !cease.Due.At.Equal(tt.due) || cease.Due.Period != tt.period || cease.Clause != tt.clause {
				t.Errorf("cease processing: due %v (%s), clause %q; want %v (%s), clause %q",
					cease.Due.At, cease.Due.Period, cease.Clause, tt.due, tt.period, tt.clause)
			}
			wantNote := map[agreement.Extent]string{0: "the agreement ends", agreement.EndsWhole: "the agreement ends",
				agreement.EndsWholeOrPart: "in whole or in part"}[tt.ends]
			if !strings.Contains(cease.Note, wantNote) {
				t.Errorf("note %q; want it to say %q", cease.Note, wantNote)
			}
			// The steps of the end run from the end this right gives.
			for _, d := range ds {
				if d.Event == obligation.AgreementEnds && !d.Due.At.IsZero() && d.Due.Period.IsZero() && !d.Due.At.Equal(tt.due) {
					t.Errorf("%s at the end: due %v; want %v", d.Action, d.Due.At, tt.due)
				}
			}
		})
	}
}

// dutyOf returns the first duty of ds that event kind ev gives with
// action act, and whether there is one.
func dutyOf(ds []obligation.Duty, ev obligation.EventKind, act obligation.Action) (obligation.Duty, bool) {
	for _, d := range ds {
		if d.Event == ev && d.Action == act {
			return d, true
		}
	}
	return obligation.Duty{}, false
}

// TestTerminationUnderARightNotGiven: a party without the right it names
// gets an error, not the other party's right or the ordinary notice.
func TestTerminationUnderARightNotGiven(t *testing.T) {
	a := examples.AssistertSelvhjelp()
	// Only the controller may terminate after an objection.
	ev := obligation.Event{Kind: obligation.TerminationNotice, At: timeAt("2026-01-06 10:00"), By: proc, Clause: "Bruk av underleverandører ¶3"}
	if _, err := a.Agenda(ev, norwayCal); !errors.Is(err, agreement.ErrNoTerm) {
		t.Errorf("the processor under the controller's right: err = %v; want ErrNoTerm", err)
	}
}

// TestTerminationOfAPart: Aptible's Exhibit A, Clause 16(c) lets the
// exporter «terminate the contract, insofar as it concerns the processing
// of personal data under these Clauses», with no notice period: the
// agenda says that only that part ends, and waits for the end date rather
// than invent one.
func TestTerminationOfAPart(t *testing.T) {
	a := examples.Aptible()
	ev := obligation.Event{Kind: obligation.TerminationNotice, At: timeAt("2026-03-02 10:00"), By: ctrl, Clause: "Exhibit A, Clause 16(c)"}
	ds, err := a.Agenda(ev, norwayCal)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, d := range ds {
		if d.Action != obligation.CeaseProcessing || d.Event != obligation.TerminationNotice {
			continue
		}
		found = true
		if !d.Due.At.IsZero() || d.Pending != obligation.AwaitingEnd || d.Clause != "Exhibit A, Clause 16(c)" {
			t.Errorf("cease processing: due %v, pending %s, clause %q; want no date, awaiting the end, clause 16(c)", d.Due.At, d.Pending, d.Clause)
		}
		if !strings.Contains(d.Note, "the part of the agreement") || !strings.Contains(d.NoteNB, "delen av avtalen") {
			t.Errorf("notes %q / %q; want them to say only a part ends", d.Note, d.NoteNB)
		}
	}
	if !found {
		t.Errorf("no cessation in %v", steps(ds))
	}
	// The end date once known (the caller's Effective) is the cessation's.
	ev.Effective = endOfDay("2026-03-31")
	if ds, err = a.Agenda(ev, norwayCal); err != nil {
		t.Fatal(err)
	}
	for _, d := range ds {
		if d.Action == obligation.CeaseProcessing && d.Event == obligation.TerminationNotice && !d.Due.At.Equal(ev.Effective) {
			t.Errorf("with the end given: due %v; want %v", d.Due.At, ev.Effective)
		}
	}
}

// TestConditionalRight: Aptible's Terms of Service 11 let either party
// end the agreement at any time, with immediate effect, «Unless you have
// a purchase order or other contractual commitment to Aptible». A notice
// under that right stops the processing at once when the customer has no
// such commitment, is refused when it has one, and, with the fact not
// given, stops it at once on the assumption that there is none.
func TestConditionalRight(t *testing.T) {
	a := examples.Aptible()
	at := timeAt("2026-03-02 10:00")
	ev := func(f obligation.Facts) obligation.Event {
		return obligation.Event{Kind: obligation.TerminationNotice, At: at, By: ctrl, Clause: "Terms of Service 11", Facts: f}
	}
	cease := func(ds []obligation.Duty) (obligation.Duty, bool) {
		return dutyOf(ds, obligation.TerminationNotice, obligation.CeaseProcessing)
	}
	ds, err := a.Agenda(ev(obligation.Facts{False: obligation.Committed}), norwayCal)
	if err != nil {
		t.Fatal(err)
	}
	if d, ok := cease(ds); !ok || !d.Due.At.Equal(at) || !d.Assumes.IsZero() {
		t.Errorf("no commitment: cease processing %+v; want at the notice, assuming nothing", d)
	}
	if _, err := a.Agenda(ev(obligation.Facts{True: obligation.Committed}), norwayCal); !errors.Is(err, agreement.ErrRightDoesNotApply) ||
		!strings.Contains(err.Error(), "purchase order") {
		t.Errorf("with a purchase order: %v, want ErrRightDoesNotApply naming the purchase order", err)
	}
	ds, err = a.Agenda(ev(obligation.Facts{}), norwayCal)
	if err != nil {
		t.Fatal(err)
	}
	if d, ok := cease(ds); !ok || !d.Due.At.Equal(at) || d.Assumes.Unless != obligation.Committed || d.If.Words == "" {
		t.Errorf("commitment unknown: cease processing %+v; want at the notice, assuming no commitment", d)
	}
}

// TestTerminationAfterADeadlineToRemedy: Cradl's Terms of Service 12 let
// a party terminate for material breach «after giving the Party that is
// in breach of contract written notice and a reasonable deadline for
// remedying the situation». The notice does not end the agreement: it
// ends once that deadline passes without a remedy, which «reasonable»
// does not date, so the agenda waits for the end.
func TestTerminationAfterADeadlineToRemedy(t *testing.T) {
	a := examples.Cradl()
	ev := obligation.Event{Kind: obligation.TerminationNotice, At: timeAt("2026-03-02 10:00"), By: ctrl, Clause: "Terms of Service 12"}
	ds, err := a.Agenda(ev, norwayCal)
	if err != nil {
		t.Fatal(err)
	}
	d, ok := dutyOf(ds, obligation.TerminationNotice, obligation.CeaseProcessing)
	if !ok {
		t.Fatalf("no cessation in %v", steps(ds))
	}
	if !d.Due.At.IsZero() || d.Pending != obligation.AwaitingEnd || d.Due.Period != obligation.Unquantified(obligation.ReasonableTime) {
		t.Errorf("cease processing: due %v, period %v, pending %s; want no date, a reasonable time, awaiting the end", d.Due.At, d.Due.Period, d.Pending)
	}
	if !strings.Contains(d.Note, "deadline to remedy") || !strings.Contains(d.NoteNB, "fristen for å rette") {
		t.Errorf("notes %q / %q; want them to name the deadline to remedy", d.Note, d.NoteNB)
	}
	// With a deadline in days, the end is dated: 30 days from a notice on
	// Monday 2 March 2026 end on Wednesday 1 April 2026.
	a.Termination.Rights = []agreement.TerminationRight{{Provision: obligation.At("12"), By: agreement.EitherParty,
		Ground: agreement.ForBreach, Immediate: true, Cure: obligation.Days(30)}}
	ev.Clause = "12"
	if ds, err = a.Agenda(ev, norwayCal); err != nil {
		t.Fatal(err)
	}
	if d, ok := dutyOf(ds, obligation.TerminationNotice, obligation.CeaseProcessing); !ok || !d.Due.At.Equal(endOfDay("2026-04-01")) {
		t.Errorf("30 days to remedy: due %v, want the end of 1 April 2026", d.Due.At)
	}
	// Terms of Service 10: force majeure, «after 100 days».
	if r := rightOf(examples.Cradl(), agreement.ControllerOnly, agreement.ForceMajeure); r.After != obligation.Days(100) {
		t.Errorf("force majeure right %+v, want one after 100 days", r)
	}
	// «and will not be entitled to a refund»
	if rs := examples.Cradl().Fees.Refunds; len(rs) != 1 || rs[0].On != agreement.ForceMajeureTermination || rs[0].Status != obligation.StatedNone {
		t.Errorf("refunds %+v, want none on termination for force majeure", rs)
	}
}

// TestNoticeOfAChange: Sporløs 11, «Endringer som svekker Kundens vern,
// varsles minst 30 dager i forveien». A new version taking effect on 1
// December 2026 must be announced by 31 October 2026 (30 clear days) if
// it weakens the customer's protection; one that does not needs no
// notice, and with the fact unknown the notice is owed on that
// assumption.
func TestNoticeOfAChange(t *testing.T) {
	a := examples.Sporlos()
	notice := func(f obligation.Facts) (obligation.Duty, bool) {
		ev := obligation.Event{Kind: obligation.TermsChange, At: timeAt("2026-10-01 12:00"), Effective: timeAt("2026-12-01 00:00"), Facts: f}
		ds, err := a.Agenda(ev, norwayCal)
		if err != nil {
			t.Fatal(err)
		}
		return dutyOf(ds, obligation.TermsChange, obligation.Notify)
	}
	if d, ok := notice(obligation.Facts{True: obligation.Weakens}); !ok || !d.Due.At.Equal(endOfDay("2026-10-31")) || d.Clause != "11" || d.Debtor != proc {
		t.Errorf("a weakening change: %+v (found %v), want the processor's notice by 31 October 2026 under 11", d, ok)
	}
	if d, ok := notice(obligation.Facts{False: obligation.Weakens}); ok {
		t.Errorf("a change that does not weaken: notice %+v still owed", d)
	}
	if d, ok := notice(obligation.Facts{}); !ok || d.Assumes.When != obligation.Weakens {
		t.Errorf("weakening unknown: %+v (found %v), want the notice assuming the change weakens", d, ok)
	}
}

// TestMechanismFoundInvalid: Aptible 6.2, «In the event that the
// Standard Contractual Clauses are determined by competent authority to be
// invalid …, Aptible shall, as soon as possible, adopt an appropriate
// alternative transfer mechanism.» The agenda of that event owes the
// processor's new mechanism «as soon as possible», which sets no date.
func TestMechanismFoundInvalid(t *testing.T) {
	a := examples.Aptible()
	ev := obligation.Event{Kind: obligation.MechanismInvalidated, At: timeAt("2026-07-16 10:00")}
	ds, err := a.Agenda(ev, norwayCal)
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) != 1 || ds[0].Action != obligation.AdoptMechanism || ds[0].Debtor != proc || ds[0].Clause != "6.2" ||
		ds[0].Due.Period != obligation.Unquantified(obligation.AsSoonAsPossible) || !ds[0].Due.At.IsZero() {
		t.Errorf("agenda %v, want the processor to adopt another mechanism as soon as possible under 6.2", steps(ds))
	}
	// An agreement that says nothing of it has no such duty.
	if ds, err := examples.Stimma().Agenda(ev, obligation.Sweden()); err != nil || len(ds) != 0 {
		t.Errorf("Stimma: %v, %v; want no duty", steps(ds), err)
	}
}

// TestUnableToComply: Aptible 3.9, «Promptly notify Customer upon
// Aptible’s or its Subprocessors’ determination that it can no longer meet
// its obligation to provide the level of protection»: the agenda of that
// event owes the processor's notice, «promptly», with no date.
func TestUnableToComply(t *testing.T) {
	ev := obligation.Event{Kind: obligation.CannotComply, At: timeAt("2026-05-04 08:00")}
	ds, err := examples.Aptible().Agenda(ev, norwayCal)
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) != 1 || ds[0].Action != obligation.Notify || ds[0].Debtor != proc || ds[0].Clause != "3.9" ||
		ds[0].Due.Period != obligation.Unquantified(obligation.Promptly) {
		t.Errorf("agenda %v, want the processor's prompt notice under 3.9", steps(ds))
	}
}

// TestProcessorOnlyRight: We Are Media's «(3) si opp avtaleforholdet» is
// the processor's alone and gives no notice period: the processor's notice
// stops the processing at an end the agenda waits for.
func TestProcessorOnlyRight(t *testing.T) {
	a := examples.WeAreMedia()
	ev := obligation.Event{Kind: obligation.TerminationNotice, At: timeAt("2026-03-06 09:30"), By: proc, Clause: "Bruk av underleverandører ¶6"}
	ds, err := a.Agenda(ev, norwayCal)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, d := range ds {
		if d.Action == obligation.CeaseProcessing && d.Event == obligation.TerminationNotice {
			n++
			if !d.Due.At.IsZero() || d.Pending != obligation.AwaitingEnd || !d.Due.Period.IsZero() {
				t.Errorf("cease processing: due %v (%s), pending %s; want no date or period, awaiting the end", d.Due.At, d.Due.Period, d.Pending)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d cessations; want 1", n)
	}
	// MailMojo 2.7 gives the right to the controller alone.
	ev = obligation.Event{Kind: obligation.TerminationNotice, At: timeAt("2026-03-06 09:30"), By: proc, Clause: "2.7"}
	if _, err := examples.MailMojo().Agenda(ev, norwayCal); !errors.Is(err, agreement.ErrNoTerm) {
		t.Errorf("MailMojo, the processor under 2.7: err = %v; want ErrNoTerm", err)
	}
}
