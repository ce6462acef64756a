package examples_test

import (
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/examples"
	"github.com/personvern/dpa/obligation"
	"golang.org/x/text/language"
)

var norwayCal = obligation.Norway()

// timeAt parses "2006-01-02 15:04" as Oslo wall time.
func timeAt(s string) time.Time {
	t, err := time.ParseInLocation("2006-01-02 15:04", s, norwayCal.Location())
	if err != nil {
		panic(err)
	}
	return t
}

// endOfDay is the last instant of the day s in Oslo, 23:59:59.999999999.
func endOfDay(s string) time.Time {
	d := obligation.MustParseDate(s)
	return time.Date(d.Year, d.Month, d.Day, 23, 59, 59, 999999999, norwayCal.Location())
}

// step is the part of a duty a case pins: what, by when, and where from.
type step struct {
	Event   obligation.EventKind
	Debtor  obligation.Party
	Action  obligation.Action
	Due     time.Time
	Period  obligation.Period
	Cost    obligation.CostKind
	Refused bool
	Clause  obligation.Clause
	// Pending says what the duty waits for, and Assumes the branch it
	// belongs to when the facts do not settle its condition.
	Pending obligation.Pending
	Assumes obligation.Condition
}

// The branches the seeds' conditions give when no facts are known.
var (
	// none is the zero condition: a duty that assumes nothing.
	none = obligation.Condition{}
	// unlessKept: "med mindre ufravikelige rettsregler krever at
	// personopplysningene fortsatt lagres" and the like.
	unlessKept = obligation.Condition{Unless: obligation.RetentionRequired}
	// unlessReport: Nortelecom 9.9, a report replaces the audit.
	unlessReport = obligation.Condition{Unless: obligation.ReportsAccepted}
	// unlessCopy: Nortelecom 12.2.
	unlessCopy = obligation.Condition{Unless: obligation.CopyWanted}
	// ifAsked: "på forespørsel", "der hvor kunden ønsker".
	ifAsked = obligation.Condition{When: obligation.Requested}
)

const waiting = obligation.AwaitingEvent

func steps(ds []obligation.Duty) []step {
	out := make([]step, len(ds))
	for i, d := range ds {
		out[i] = step{d.Event, d.Debtor, d.Action, d.Due.At, d.Due.Period, d.Cost.Kind, d.Refused, d.Clause, d.Pending, d.Assumes.Condition()}
	}
	return out
}

const (
	proc = obligation.Processor
	ctrl = obligation.Controller
)

func TestEndAfterNotice(t *testing.T) {
	a := examples.AssistertSelvhjelp()
	tests := []struct {
		notice string
		want   time.Time
		reason string
	}{
		{"2026-01-15 10:00", endOfDay("2026-07-15"), "issue 3: 6 months' notice from 15 January 2026 ('Varighet og opphør')"},
		{"2026-04-25 10:00", endOfDay("2026-10-26"), "25 October 2026 is a Sunday (and the change to winter time): Monday 26 October, CET"},
		{"2025-08-31 10:00", endOfDay("2026-03-02"), "31 August + 6 months is 28 February 2026, a Saturday: Monday 2 March"},
		{"2027-08-31 10:00", endOfDay("2028-02-29"), "in the leap year 2028 the month end is 29 February, a Tuesday"},
		{"2026-11-17 10:00", endOfDay("2027-05-18"), "17 May 2027 is Constitution Day and 2. pinsedag: Tuesday 18 May"},
	}
	for _, tt := range tests {
		got, err := a.EndAfterNotice(timeAt(tt.notice), norwayCal)
		if err != nil || !got.Equal(tt.want) {
			t.Errorf("EndAfterNotice(%s) = %v, %v; want %v (%s)", tt.notice, got, err, tt.want, tt.reason)
		}
	}
	for _, a := range []agreement.Agreement{examples.Nortelecom(), examples.MailMojo(), examples.WeAreMedia(), examples.We4you()} {
		if _, err := a.EndAfterNotice(timeAt("2026-01-15 10:00"), norwayCal); err == nil {
			t.Errorf("%s: EndAfterNotice: want an error, the agreement has no notice period of its own", a.ID)
		}
	}
}

func TestAgendaFromTheTexts(t *testing.T) {
	free := obligation.Free
	tests := []struct {
		name string
		a    agreement.Agreement
		ev   obligation.Event
		want []step
	}{
		{
			name: "Assistert Selvhjelp terminated on 15 January 2026",
			a:    examples.AssistertSelvhjelp(),
			ev:   obligation.Event{Kind: obligation.TerminationNotice, At: timeAt("2026-01-15 10:00")},
			want: []step{
				{obligation.TerminationNotice, proc, obligation.CeaseProcessing, endOfDay("2026-07-15"), obligation.Months(6), 0, false, "Varighet og opphør", 0, none},
				{obligation.AgreementEnds, proc, obligation.DeleteData, endOfDay("2026-07-15"), obligation.Period{}, free, false, "Varighet og opphør", 0, none},
				{obligation.AgreementEnds, proc, obligation.ReturnData, time.Time{}, obligation.Period{}, free, false, "Varighet og opphør", 0, none},
				{obligation.AgreementEnds, proc, obligation.KeepConfidential, time.Time{}, obligation.Period{}, 0, false, "Taushetsplikt", 0, none},
				// "Etter at alle opplysningene er overført … og bekreftet
				// mottatt": the deletion of all copies and backups, and the
				// written confirmation after it, wait for the confirmation.
				{obligation.ReturnConfirmed, proc, obligation.DeleteBackups, time.Time{}, obligation.Period{}, free, false, "Varighet og opphør", waiting, unlessKept},
				{obligation.ReturnConfirmed, proc, obligation.ConfirmDeletion, time.Time{}, obligation.Period{}, free, false, "Varighet og opphør", waiting, none},
			},
		},
		{
			name: "Assistert Selvhjelp: deletion after the return is confirmed",
			a:    examples.AssistertSelvhjelp(),
			ev:   obligation.Event{Kind: obligation.ReturnConfirmed, At: timeAt("2026-07-20 12:00")},
			want: []step{
				{obligation.ReturnConfirmed, proc, obligation.DeleteBackups, time.Time{}, obligation.Period{}, free, false, "Varighet og opphør", 0, unlessKept},
				{obligation.ReturnConfirmed, proc, obligation.ConfirmDeletion, time.Time{}, obligation.Period{}, free, false, "Varighet og opphør", 0, none},
			},
		},
		{
			name: "Assistert Selvhjelp: inspection from 3 March 2026",
			a:    examples.AssistertSelvhjelp(),
			ev: obligation.Event{Kind: obligation.AuditRequested, At: timeAt("2026-01-10 10:00"),
				Effective: timeAt("2026-03-03 09:00")},
			// "vanligvis minst 30 dagers varsel": 30 clear days before
			// 3 March is Saturday 31 January; nothing moves backwards.
			want: []step{
				{obligation.AuditRequested, ctrl, obligation.GiveAuditNotice, endOfDay("2026-01-31"), obligation.Days(30), 0, false, "Gjennomføring av innsyn, verifikasjon og revisjon", 0, none},
				{obligation.AuditRequested, proc, obligation.AllowAudit, timeAt("2026-03-03 09:00"), obligation.Period{}, obligation.DocumentedExtraCosts, false, "Gjennomføring av innsyn, verifikasjon og revisjon", 0, none},
			},
		},
		{
			name: "Assistert Selvhjelp: document access from 3 March 2026",
			a:    examples.AssistertSelvhjelp(),
			ev: obligation.Event{Kind: obligation.DocumentAccessRequested, At: timeAt("2026-01-10 10:00"),
				Effective: timeAt("2026-03-03 09:00")},
			want: []step{
				{obligation.DocumentAccessRequested, ctrl, obligation.GiveAuditNotice, endOfDay("2026-02-16"), obligation.Days(14), 0, false, "Gjennomføring av innsyn, verifikasjon og revisjon", 0, none},
				{obligation.DocumentAccessRequested, proc, obligation.GiveDocumentAccess, timeAt("2026-03-03 09:00"), obligation.Period{}, obligation.DocumentedExtraCosts, false, "Sikkerhetsrevisjoner", 0, none},
			},
		},
		{
			name: "Assistert Selvhjelp: an order over Easter",
			a:    examples.AssistertSelvhjelp(),
			ev:   obligation.Event{Kind: obligation.OrderPlaced, At: timeAt("2026-03-30 10:00")},
			// "senest 7 dager etter bestillingen": 6 April is 2. påskedag,
			// so Tuesday 7 April.
			want: []step{
				{obligation.OrderPlaced, proc, obligation.Deliver, endOfDay("2026-04-07"),
					obligation.Unquantified(obligation.WithoutUndueDelay).AtLatest(obligation.Days(7)), 0, false, "Levering", 0, none},
				{obligation.OrderPlaced, proc, obligation.Notify, time.Time{}, obligation.Period{}, 0, false, "Levering", 0, none},
			},
		},
		{
			name: "Assistert Selvhjelp: renewal on 15 March 2026",
			a:    examples.AssistertSelvhjelp(),
			ev: obligation.Event{Kind: obligation.RenewalApproaching, At: timeAt("2026-01-01 00:00"),
				Effective: timeAt("2026-03-15 00:00")},
			// "senest 1 måned i forkant av avtalt fornyelsesdato": a whole
			// month, 15 February–14 March, must lie between.
			want: []step{
				{obligation.RenewalApproaching, proc, obligation.AnnouncePriceChange, endOfDay("2026-02-14"), obligation.Months(1), 0, false, "Priser", 0, none},
				{obligation.RenewalApproaching, ctrl, obligation.Terminate, timeAt("2026-03-15 00:00"), obligation.Period{}, 0, false, "Fornyelse", 0, none},
			},
		},
		{
			name: "Assistert Selvhjelp: infringing instruction",
			a:    examples.AssistertSelvhjelp(),
			ev:   obligation.Event{Kind: obligation.InfringingInstruction, At: timeAt("2026-03-02 10:00")},
			want: []step{{obligation.InfringingInstruction, proc, obligation.Notify, time.Time{}, obligation.Unquantified(obligation.Immediately), 0, false, "Databehandlers plikter", 0, none}},
		},
		{
			name: "Nortelecom: audit from 3 March 2026",
			a:    examples.Nortelecom(),
			ev: obligation.Event{Kind: obligation.AuditRequested, At: timeAt("2026-01-10 10:00"),
				Effective: timeAt("2026-03-03 09:00")},
			want: []step{
				{obligation.AuditRequested, ctrl, obligation.SubmitAuditPlan, endOfDay("2026-02-02"), obligation.Weeks(4), 0, false, "9.8", 0, none},
				{obligation.AuditRequested, proc, obligation.AllowAudit, timeAt("2026-03-03 09:00"), obligation.Period{}, obligation.RequesterPays, false, "9.7", 0, unlessReport},
			},
		},
		{
			name: "Nortelecom: a second audit in 2026 is refused",
			a:    examples.Nortelecom(),
			ev: obligation.Event{Kind: obligation.AuditRequested, At: timeAt("2026-06-01 10:00"),
				Effective: timeAt("2026-09-01 09:00"), Previous: []time.Time{timeAt("2026-03-03 09:00")}},
			want: []step{
				{obligation.AuditRequested, ctrl, obligation.SubmitAuditPlan, endOfDay("2026-08-03"), obligation.Weeks(4), 0, false, "9.8", 0, none},
				{obligation.AuditRequested, proc, obligation.AllowAudit, time.Time{}, obligation.Period{}, obligation.RequesterPays, true, "9.7", 0, unlessReport},
			},
		},
		{
			name: "Nortelecom: the agreement ends on 30 June 2026",
			a:    examples.Nortelecom(),
			ev:   obligation.Event{Kind: obligation.AgreementEnds, At: endOfDay("2026-06-30")},
			want: []step{
				{obligation.AgreementEnds, proc, obligation.DeleteData, time.Time{}, obligation.Unquantified(obligation.Immediately), 0, false, "Vedlegg 3.3 §4.2", 0, unlessKept},
				{obligation.AgreementEnds, proc, obligation.DeleteData, endOfDay("2026-09-30"), obligation.Months(3), 0, false, "12.2", 0, unlessCopy},
				{obligation.AgreementEnds, proc, obligation.KeepConfidential, time.Time{}, obligation.Period{}, 0, false, "13.3", 0, none},
				// "på anmodning lage en kopi": the copy runs from the request.
				{obligation.CopyRequested, proc, obligation.ProvideExport, time.Time{}, obligation.Period{}, 0, false, "12.2", waiting, none},
				{obligation.DeletionRequested, proc, obligation.DeleteData, time.Time{}, obligation.Period{}, 0, false, "12.2", waiting, none},
			},
		},
		{
			name: "Nortelecom: ending 30 November 2026, deletion clamps and moves",
			a:    examples.Nortelecom(),
			ev:   obligation.Event{Kind: obligation.AgreementEnds, At: endOfDay("2026-11-30")},
			// 30 November + 3 months is 28 February 2027, a Sunday.
			want: []step{
				{obligation.AgreementEnds, proc, obligation.DeleteData, time.Time{}, obligation.Unquantified(obligation.Immediately), 0, false, "Vedlegg 3.3 §4.2", 0, unlessKept},
				{obligation.AgreementEnds, proc, obligation.DeleteData, endOfDay("2027-03-01"), obligation.Months(3), 0, false, "12.2", 0, unlessCopy},
				{obligation.AgreementEnds, proc, obligation.KeepConfidential, time.Time{}, obligation.Period{}, 0, false, "13.3", 0, none},
				// "på anmodning lage en kopi": the copy runs from the request.
				{obligation.CopyRequested, proc, obligation.ProvideExport, time.Time{}, obligation.Period{}, 0, false, "12.2", waiting, none},
				{obligation.DeletionRequested, proc, obligation.DeleteData, time.Time{}, obligation.Period{}, 0, false, "12.2", waiting, none},
			},
		},
		{
			name: "Nortelecom: a termination notice whose end the main agreement sets",
			a:    examples.Nortelecom(),
			ev: obligation.Event{Kind: obligation.TerminationNotice, At: timeAt("2026-01-15 10:00"),
				Effective: endOfDay("2026-06-30")},
			// The deletion "så snart" the agreement ends sorts at the end,
			// after the duties fixed at that instant.
			want: []step{
				{obligation.TerminationNotice, proc, obligation.CeaseProcessing, endOfDay("2026-06-30"), obligation.Period{}, 0, false, "12.4", 0, none},
				{obligation.AgreementEnds, proc, obligation.DeleteData, time.Time{}, obligation.Unquantified(obligation.Immediately), 0, false, "Vedlegg 3.3 §4.2", 0, unlessKept},
				{obligation.AgreementEnds, proc, obligation.DeleteData, endOfDay("2026-09-30"), obligation.Months(3), 0, false, "12.2", 0, unlessCopy},
				{obligation.AgreementEnds, proc, obligation.KeepConfidential, time.Time{}, obligation.Period{}, 0, false, "13.3", 0, none},
				// "på anmodning lage en kopi": the copy runs from the request.
				{obligation.CopyRequested, proc, obligation.ProvideExport, time.Time{}, obligation.Period{}, 0, false, "12.2", waiting, none},
				{obligation.DeletionRequested, proc, obligation.DeleteData, time.Time{}, obligation.Period{}, 0, false, "12.2", waiting, none},
			},
		},
		{
			name: "Nortelecom: a data subject's request",
			a:    examples.Nortelecom(),
			ev:   obligation.Event{Kind: obligation.DataSubjectRequest, At: timeAt("2026-04-02 10:00")},
			want: []step{
				{obligation.DataSubjectRequest, proc, obligation.Notify, time.Time{}, obligation.Unquantified(obligation.AsSoonAsPossible), 0, false, "4.6", 0, none},
				{obligation.DataSubjectRequest, proc, obligation.SeekApproval, time.Time{}, obligation.Period{}, 0, false, "4.6", 0, none},
				{obligation.DataSubjectRequest, proc, obligation.Assist, time.Time{}, obligation.Period{}, 0, false, "4.6", 0, none},
			},
		},
		{
			name: "Nortelecom: an authority's decision",
			a:    examples.Nortelecom(),
			ev:   obligation.Event{Kind: obligation.AuthorityRequest, At: timeAt("2026-04-02 10:00")},
			want: []step{
				{obligation.AuthorityRequest, proc, obligation.Notify, time.Time{}, obligation.Unquantified(obligation.Immediately), 0, false, "14.1", 0, none},
				{obligation.AuthorityRequest, proc, obligation.Assist, time.Time{}, obligation.Unquantified(obligation.ReasonableTime), 0, false, "14.1", 0, none},
			},
		},
		{
			name: "MailMojo last used on 31 March 2026",
			a:    examples.MailMojo(),
			ev:   obligation.Event{Kind: obligation.LastUse, At: timeAt("2026-03-31 15:00")},
			want: []step{
				{obligation.LastUse, proc, obligation.DeleteData, endOfDay("2027-03-31"), obligation.Months(12), 0, false, "5", 0, unlessKept},
				{obligation.LastUse, proc, obligation.ConfirmDeletion, time.Time{}, obligation.Period{}, 0, false, "5", 0, none},
			},
		},
		{
			name: "MailMojo last used on the leap day 2028",
			a:    examples.MailMojo(),
			ev:   obligation.Event{Kind: obligation.LastUse, At: timeAt("2028-02-29 15:00")},
			want: []step{
				{obligation.LastUse, proc, obligation.DeleteData, endOfDay("2029-02-28"), obligation.Months(12), 0, false, "5", 0, unlessKept},
				{obligation.LastUse, proc, obligation.ConfirmDeletion, time.Time{}, obligation.Period{}, 0, false, "5", 0, none},
			},
		},
		{
			name: "MailMojo: the agreement ends",
			a:    examples.MailMojo(),
			ev:   obligation.Event{Kind: obligation.AgreementEnds, At: endOfDay("2026-06-30")},
			want: []step{
				{obligation.AgreementEnds, proc, obligation.ProvideExport, time.Time{}, obligation.Period{}, 0, false, "5", 0, none},
				{obligation.AgreementEnds, proc, obligation.KeepConfidential, time.Time{}, obligation.Period{}, 0, false, "2.5", 0, none},
				// "sletter alle Personopplysningene etter 12 måneder fra siste
				// gang plattformen ble benyttet", then the declaration.
				{obligation.LastUse, proc, obligation.DeleteData, time.Time{}, obligation.Months(12), 0, false, "5", waiting, unlessKept},
				{obligation.LastUse, proc, obligation.ConfirmDeletion, time.Time{}, obligation.Period{}, 0, false, "5", waiting, none},
			},
		},
		{
			name: "MailMojo: a data subject's request, billed",
			a:    examples.MailMojo(),
			ev:   obligation.Event{Kind: obligation.DataSubjectRequest, At: timeAt("2026-04-02 10:00")},
			want: []step{{obligation.DataSubjectRequest, proc, obligation.Assist, time.Time{}, obligation.Period{}, obligation.Billed, false, "2.3.3", 0, none}},
		},
		{
			name: "We Are Media: termination with the final period ending 31 December 2026",
			a:    examples.WeAreMedia(),
			ev: obligation.Event{Kind: obligation.TerminationNotice, At: timeAt("2026-01-15 10:00"),
				Effective: endOfDay("2026-12-31")},
			want: []step{
				{obligation.TerminationNotice, proc, obligation.CeaseProcessing, endOfDay("2026-12-31"), obligation.Period{}, 0, false, "", 0, none},
				{obligation.AgreementEnds, ctrl, obligation.ExportData, endOfDay("2026-12-31"), obligation.Period{}, 0, false, "Returner og ødelegg personlig informasjon", 0, none},
				{obligation.AgreementEnds, proc, obligation.Assist, endOfDay("2026-12-31"), obligation.Period{}, 0, false, "Returner og ødelegg personlig informasjon", 0, ifAsked},
				{obligation.AgreementEnds, proc, obligation.ProvideExport, time.Time{}, obligation.Period{}, obligation.Billed, false, "Returner og ødelegg personlig informasjon", 0, ifAsked},
				{obligation.AgreementEnds, proc, obligation.DeleteData, time.Time{}, obligation.Period{}, 0, false, "Returner og ødelegg personlig informasjon", 0, none},
				{obligation.AgreementEnds, proc, obligation.DeleteBackups, time.Time{}, obligation.Period{}, 0, false, "Returner og ødelegg personlig informasjon", 0, none},
				{obligation.AgreementEnds, proc, obligation.KeepConfidential, time.Time{}, obligation.Period{}, 0, false, "Taushetsplikt", 0, none},
			},
		},
		{
			name: "We Are Media: the customer's own security audit",
			a:    examples.WeAreMedia(),
			ev:   obligation.Event{Kind: obligation.AuditRequested, At: timeAt("2026-01-10 10:00"), Effective: timeAt("2026-03-03 09:00")},
			want: []step{{obligation.AuditRequested, ctrl, obligation.GiveAuditNotice, time.Time{}, obligation.Unquantified(obligation.InTime), 0, false, "Sikkerhet ¶2", 0, none}},
		},
		{
			name: "We Are Media: infringing instruction, no time given",
			a:    examples.WeAreMedia(),
			ev:   obligation.Event{Kind: obligation.InfringingInstruction, At: timeAt("2026-03-02 10:00")},
			want: []step{{obligation.InfringingInstruction, proc, obligation.Notify, time.Time{}, obligation.Period{}, 0, false, "We Are Media sine plikter", 0, none}},
		},
		{
			name: "We4you: the customer relationship ends",
			a:    examples.We4you(),
			ev:   obligation.Event{Kind: obligation.AgreementEnds, At: endOfDay("2026-05-17")},
			want: []step{
				{obligation.AgreementEnds, proc, obligation.DeleteData, time.Time{}, obligation.Unquantified(obligation.Immediately), 0, false, "Endring og sletting av personopplysninger", 0, none},
				{obligation.AgreementEnds, proc, obligation.ConfirmDeletion, time.Time{}, obligation.Period{}, 0, false, "Endring og sletting av personopplysninger", 0, ifAsked},
				{obligation.DeletionRequested, proc, obligation.DeleteData, time.Time{}, obligation.Unquantified(obligation.Immediately), 0, false, "Endring og sletting av personopplysninger", waiting, none},
				{obligation.DeletionRequested, proc, obligation.ConfirmDeletion, time.Time{}, obligation.Period{}, 0, false, "Endring og sletting av personopplysninger", waiting, ifAsked},
			},
		},
		{
			name: "Nortelecom: a copy asked for at the end",
			a:    examples.Nortelecom(),
			ev: obligation.Event{Kind: obligation.AgreementEnds, At: endOfDay("2026-06-30"),
				Facts: obligation.Facts{True: obligation.CopyWanted, False: obligation.RetentionRequired}},
			// 12.2: with a copy asked for, the copy is owed and the
			// three-month deletion ("Hvis databehandlingsansvarlig ikke ber
			// om en kopi") does not arise; §4.2's deletion "så snart" does.
			want: []step{
				{obligation.AgreementEnds, proc, obligation.DeleteData, time.Time{}, obligation.Unquantified(obligation.Immediately), 0, false, "Vedlegg 3.3 §4.2", 0, none},
				{obligation.AgreementEnds, proc, obligation.KeepConfidential, time.Time{}, obligation.Period{}, 0, false, "13.3", 0, none},
				{obligation.CopyRequested, proc, obligation.ProvideExport, time.Time{}, obligation.Period{}, 0, false, "12.2", waiting, none},
				{obligation.DeletionRequested, proc, obligation.DeleteData, time.Time{}, obligation.Period{}, 0, false, "12.2", waiting, none},
			},
		},
		{
			name: "Nortelecom: no copy asked for",
			a:    examples.Nortelecom(),
			ev: obligation.Event{Kind: obligation.AgreementEnds, At: endOfDay("2026-06-30"),
				Facts: obligation.Facts{False: obligation.CopyWanted}},
			want: []step{
				{obligation.AgreementEnds, proc, obligation.DeleteData, time.Time{}, obligation.Unquantified(obligation.Immediately), 0, false, "Vedlegg 3.3 §4.2", 0, unlessKept},
				{obligation.AgreementEnds, proc, obligation.DeleteData, endOfDay("2026-09-30"), obligation.Months(3), 0, false, "12.2", 0, none},
				{obligation.AgreementEnds, proc, obligation.KeepConfidential, time.Time{}, obligation.Period{}, 0, false, "13.3", 0, none},
				{obligation.DeletionRequested, proc, obligation.DeleteData, time.Time{}, obligation.Period{}, 0, false, "12.2", waiting, none},
			},
		},
		{
			name: "MailMojo: documentation on request",
			a:    examples.MailMojo(),
			ev:   obligation.Event{Kind: obligation.DocumentAccessRequested, At: timeAt("2026-04-02 10:00")},
			want: []step{{obligation.DocumentAccessRequested, proc, obligation.GiveDocumentAccess, time.Time{}, obligation.Period{}, 0, false, "2.3.1", 0, none}},
		},
		{
			name: "We4you: the customer asks for deletion",
			a:    examples.We4you(),
			ev:   obligation.Event{Kind: obligation.DeletionRequested, At: timeAt("2026-05-15 10:00")},
			want: []step{
				{obligation.DeletionRequested, proc, obligation.DeleteData, time.Time{}, obligation.Unquantified(obligation.Immediately), 0, false, "Endring og sletting av personopplysninger", 0, none},
				{obligation.DeletionRequested, proc, obligation.ConfirmDeletion, time.Time{}, obligation.Period{}, 0, false, "Endring og sletting av personopplysninger", 0, ifAsked},
			},
		},
		{
			name: "We4you: no support or delivery terms",
			a:    examples.We4you(),
			ev:   obligation.Event{Kind: obligation.SupportRequest, At: timeAt("2026-05-15 10:00")},
			want: []step{},
		},
		{
			// «Der hvor kunde/oppdragsgiver har behov for stedlig ettersyn
			// vil disse krav blir imøtekommet positivt»: a favourable
			// hearing, not an audit owed on the day asked for.
			name: "We4you: on-site inspection",
			a:    examples.We4you(),
			ev:   obligation.Event{Kind: obligation.AuditRequested, At: timeAt("2026-01-10 10:00"), Effective: timeAt("2026-03-03 09:00")},
			want: []step{{obligation.AuditRequested, proc, obligation.AllowAudit, time.Time{}, obligation.Period{}, 0, false, "Innsyn i opplysninger", 0, none}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.a.Agenda(tt.ev, norwayCal)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, steps(got)); diff != "" {
				t.Errorf("Agenda mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestAgendaErrors(t *testing.T) {
	// A notice so late that the 6 months run past the year 9999.
	far := time.Date(9999, 10, 1, 12, 0, 0, 0, norwayCal.Location())
	if _, err := examples.AssistertSelvhjelp().Agenda(obligation.Event{Kind: obligation.TerminationNotice, At: far}, norwayCal); !errors.Is(err, obligation.ErrOutOfRange) {
		t.Errorf("Agenda past 9999: error = %v, want ErrOutOfRange", err)
	}
	// MailMojo's 12 months after a last use late in 9999.
	if _, err := examples.MailMojo().Agenda(obligation.Event{Kind: obligation.LastUse, At: far}, norwayCal); !errors.Is(err, obligation.ErrOutOfRange) {
		t.Errorf("Agenda past 9999: error = %v, want ErrOutOfRange", err)
	}
}

func TestSupportResponse(t *testing.T) {
	a := examples.AssistertSelvhjelp()
	// "Responstid vil normalt være innen 24 t, på virkedager mellom kl
	// 9-16": received outside the hours counts from 09:00 on the next
	// working day; the clock runs on working days only.
	tests := []struct {
		received, want, reason string
	}{
		{"2026-03-13 15:30", "2026-03-16 15:30", "Friday afternoon to Monday"},
		{"2026-03-27 10:00", "2026-03-30 10:00", "across the change to summer time: 10:00 CET to 10:00 CEST"},
		{"2026-05-13 12:00", "2026-05-15 12:00", "Kristi himmelfartsdag, Thursday 14 May, does not count"},
		{"2026-05-16 11:00", "2026-05-19 09:00", "a Saturday, with 17 May on the Sunday: received Monday 09:00"},
		{"2026-04-01 17:30", "2026-04-08 09:00", "after closing before Easter: received Tuesday 7 April 09:00"},
	}
	for _, tt := range tests {
		ds, err := a.Agenda(obligation.Event{Kind: obligation.SupportRequest, At: timeAt(tt.received)}, norwayCal)
		if err != nil || len(ds) != 1 || ds[0].Action != obligation.Respond || ds[0].Clause != "Support" {
			t.Fatalf("support agenda = %+v, %v", ds, err)
		}
		if want := timeAt(tt.want); !ds[0].Due.At.Equal(want) {
			t.Errorf("support request at %s: due %v, want %v (%s)", tt.received, ds[0].Due.At, want, tt.reason)
		}
	}
}

// TestBreachRulesPlugIn checks that the breach terms' rules reach the
// agreement's agenda: Nortelecom 10.1, "senest tjuefire (24) timer etter at
// sikkerhetsbruddet er oppdaget", discovered at 02:10 on the Saturday
// before summer time, is due at 03:10 CEST on Sunday (elapsed time).
func TestBreachRulesPlugIn(t *testing.T) {
	ds, err := examples.Nortelecom().Agenda(obligation.Event{Kind: obligation.BreachDiscovered, At: timeAt("2026-03-28 02:10")}, norwayCal)
	if err != nil || len(ds) == 0 {
		t.Fatalf("Agenda = %v, %v", ds, err)
	}
	d := ds[0]
	if d.Action != obligation.Notify || d.Clause != "10.1" || !d.Due.At.Equal(timeAt("2026-03-29 03:10")) {
		t.Errorf("first duty = %s %s due %v, want notify (10.1) due 2026-03-29 03:10 CEST", d.Action, d.Clause, d.Due.At)
	}
}

func TestTimeTermsAreWellFormed(t *testing.T) {
	for _, a := range examples.All() {
		for i, r := range a.Rules() {
			if err := r.Validate(); err != nil {
				t.Errorf("%s: rule %d: %v", a.ID, i, err)
			}
			if r.Clause == "" {
				t.Errorf("%s: rule %d (%s %s) has no clause", a.ID, i, r.On, r.Action)
			}
		}
	}
}

func BenchmarkAgenda(b *testing.B) {
	for _, bc := range []struct {
		name string
		a    agreement.Agreement
		ev   obligation.Event
	}{
		{"assistert-termination", examples.AssistertSelvhjelp(), obligation.Event{Kind: obligation.TerminationNotice, At: timeAt("2026-01-15 10:00")}},
		{"assistert-termination-under-right", examples.AssistertSelvhjelp(), obligation.Event{Kind: obligation.TerminationNotice, At: timeAt("2026-01-15 10:00"),
			By: obligation.Controller, Clause: "Bruk av underleverandører ¶3"}},
		{"nortelecom-audit", examples.Nortelecom(), obligation.Event{Kind: obligation.AuditRequested, At: timeAt("2026-01-10 10:00"), Effective: timeAt("2026-03-03 09:00")}},
		{"mailmojo-last-use", examples.MailMojo(), obligation.Event{Kind: obligation.LastUse, At: timeAt("2026-03-31 15:00")}},
		{"mailmojo-end-with-later-steps", examples.MailMojo(), obligation.Event{Kind: obligation.AgreementEnds, At: endOfDay("2026-06-30")}},
		{"nortelecom-end-no-copy", examples.Nortelecom(), obligation.Event{Kind: obligation.AgreementEnds, At: endOfDay("2026-06-30"),
			Facts: obligation.Facts{False: obligation.CopyWanted}}},
		{"mailmojo-subprocessor-change", examples.MailMojo(), obligation.Event{Kind: obligation.SubprocessorChangeAnnounced,
			At: timeAt("2026-01-05 10:00"), Effective: timeAt("2026-03-06 00:00")}},
		{"sporlos-second-audit", examples.Sporlos(), obligation.Event{Kind: obligation.AuditRequested, At: timeAt("2027-05-03 10:00"),
			Effective: timeAt("2027-06-01 09:00"), Previous: []time.Time{timeAt("2027-02-01 09:00")}}},
		{"stimma-end-no-choice", examples.Stimma(), obligation.Event{Kind: obligation.AgreementEnds, At: endOfDay("2026-06-30"),
			Facts: obligation.Facts{NoChoice: true}}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := bc.a.Agenda(bc.ev, norwayCal); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestSubprocessorChangeAgenda: a change of subprocessor announced under
// MailMojo 2.7 gives the policy's duties in the agreement's agenda.
func TestSubprocessorChangeAgenda(t *testing.T) {
	a := examples.MailMojo()
	// 2.7: "skriftlig varsle Behandlingsansvarlig 2 måneder før ny
	// underleverandør starter", and the controller "kan innen 1 måned
	// varsle om at han motsetter seg endringen". A notice on Monday
	// 5 January 2026 for a start on Friday 6 March.
	ev := obligation.Event{Kind: obligation.SubprocessorChangeAnnounced, At: timeAt("2026-01-05 10:00"), Effective: timeAt("2026-03-06 00:00")}
	got, err := a.Agenda(ev, norwayCal)
	if err != nil {
		t.Fatal(err)
	}
	want := []step{
		// Two whole months (6 January–5 March) before Friday 6 March: the
		// notice by the end of Monday 5 January.
		{obligation.SubprocessorChangeAnnounced, proc, obligation.Notify, endOfDay("2026-01-05"), obligation.Months(2), 0, false, "2.7", 0, none},
		// One month from the notice: Thursday 5 February 2026.
		{obligation.SubprocessorChangeAnnounced, ctrl, obligation.Object, endOfDay("2026-02-05"), obligation.Months(1), 0, false, "2.7", 0, none},
	}
	if diff := cmp.Diff(want, steps(got)); diff != "" {
		t.Errorf("announced: mismatch (-want +got):\n%s", diff)
	}
	got, err = a.Agenda(obligation.Event{Kind: obligation.ObjectionReceived, At: timeAt("2026-01-20 10:00")}, norwayCal)
	if err != nil {
		t.Fatal(err)
	}
	// "kan Behandlingsansvarlig si opp avtalen med umiddelbar virkning";
	// services already invoiced "refunderes ikke", so no refund duty.
	want = []step{{obligation.ObjectionReceived, ctrl, obligation.Terminate, time.Time{}, obligation.Unquantified(obligation.Immediately), 0, false, "2.7", 0, none}}
	if diff := cmp.Diff(want, steps(got)); diff != "" {
		t.Errorf("objection: mismatch (-want +got):\n%s", diff)
	}
}

// TestTerminationAgendaLabels: the steps of Assistert Selvhjelp's end that
// wait for the confirmed return ("Etter at alle opplysningene er overført
// til Behandlingsansvarlig og bekreftet mottatt av denne") are shown with
// their event and condition ("med mindre ufravikelige rettsregler krever
// at personopplysningene fortsatt lagres") in Norwegian and English.
func TestTerminationAgendaLabels(t *testing.T) {
	ds, err := examples.AssistertSelvhjelp().Agenda(obligation.Event{Kind: obligation.TerminationNotice, At: timeAt("2026-01-15 10:00")}, norwayCal)
	if err != nil {
		t.Fatal(err)
	}
	var d obligation.Duty
	for _, x := range ds {
		if x.Action == obligation.DeleteBackups {
			d = x
		}
	}
	nb, en := language.Norwegian, language.English
	for _, tt := range []struct{ got, want string }{
		{d.Event.Label(nb), "mottak av tilbakeleverte data bekreftet"},
		{d.Event.Label(en), "receipt of returned data confirmed"},
		{d.Pending.Label(nb), "fristen løper fra en hendelse som ikke har skjedd ennå"},
		{d.Pending.Label(en), "the period runs from an event that has not happened yet"},
		{d.If.Label(nb), "med mindre loven krever at opplysningene oppbevares"},
		{d.If.Label(en), "unless the law requires the data to be kept"},
		{d.If.Words, "med mindre ufravikelige rettsregler krever at personopplysningene fortsatt lagres"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}
