package examples_test

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/agreement/review"
	"github.com/personvern/dpa/annex"
	"github.com/personvern/dpa/breach"
	"github.com/personvern/dpa/examples"
	"github.com/personvern/dpa/obligation"
	"github.com/personvern/dpa/subprocessor"
	"golang.org/x/text/language"
)

// The tests of this file pin the four agreements of shared/agreements
// against their full texts: each expected value is the text's own (quoted
// in the case or the comment beside it) or a date worked out by hand from
// the text and the counting rules of Regulation 1182/71, never a value
// read off the library's output.

func TestCorpusIsValid(t *testing.T) {
	for _, a := range examples.Corpus() {
		if err := a.Validate(); err != nil {
			t.Errorf("%s: %v", a.ID, err)
		}
	}
}

func TestCorpusKeptApartFromSeeds(t *testing.T) {
	seeds := map[string]bool{}
	for _, a := range examples.All() {
		seeds[a.ID] = true
	}
	want := []string{"aptible", "sambruk-stimma", "datamynt-sporlos", "lucidtech-cradl"}
	var got []string
	for _, a := range examples.Corpus() {
		got = append(got, a.ID)
		if seeds[a.ID] {
			t.Errorf("%s is both a seed and in the corpus", a.ID)
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Corpus() mismatch (-want +got):\n%s", diff)
	}
}

func TestCorpusReturnsFreshValues(t *testing.T) {
	a := examples.Aptible()
	a.Subprocessors.Entries[0].Name = "changed"
	if b := examples.Aptible(); b.Subprocessors.Entries[0].Name != "Adobe Sign" {
		t.Errorf("a second call returned %q: the constructors share state", b.Subprocessors.Entries[0].Name)
	}
}

// TestCorpusJSON checks each agreement against its JSON file and that the
// JSON decodes back to an equal value.
func TestCorpusJSON(t *testing.T) {
	for _, a := range examples.Corpus() {
		t.Run(a.ID, func(t *testing.T) {
			got, err := agreement.Encode(a)
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", "corpus", a.ID+".json")
			if *update {
				if err := os.WriteFile(path, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./examples -update to write it)", err)
			}
			if !bytes.Equal(bytes.TrimSpace(want), bytes.TrimSpace(got)) {
				t.Errorf("%s is out of date with the Go value (run go test ./examples -update and review the diff)", path)
			}
			back, err := agreement.Decode(got)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(a, back); diff != "" {
				t.Errorf("round trip mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// term is one pinned term: the value the model holds and the value the
// text gives.
type term struct {
	name string
	got  any
	want any
}

func checkTerms(t *testing.T, tests []term) {
	t.Helper()
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, tt.got); diff != "" {
			t.Errorf("%s: mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}

func endStep(a agreement.Agreement, action obligation.Action, clause obligation.Clause) (obligation.Rule, bool) {
	for _, r := range a.End.Steps {
		if r.Action == action && r.Clause == clause {
			return r, true
		}
	}
	return obligation.Rule{}, false
}

func hasStep(a agreement.Agreement, action obligation.Action, clause obligation.Clause) bool {
	_, ok := endStep(a, action, clause)
	return ok
}

// dueDay returns the local day of the duty for action under clause in the
// agenda of ev, or the zero Date.
func dueDay(t *testing.T, a agreement.Agreement, ev obligation.Event, action obligation.Action, clause obligation.Clause) obligation.Date {
	t.Helper()
	cal := a.Calendar.Calendar()
	duties, err := a.Agenda(ev, cal)
	if err != nil {
		t.Fatalf("%s agenda: %v", a.ID, err)
	}
	for _, d := range duties {
		if d.Action == action && d.Clause == clause {
			if d.Due.At.IsZero() {
				return obligation.Date{}
			}
			return obligation.DateOf(d.Due.At.In(cal.Location()))
		}
	}
	t.Fatalf("%s: no %s duty under %s in the agenda of %s", a.ID, action, clause, ev.Kind)
	return obligation.Date{}
}

func assessChange(t *testing.T, p subprocessor.Policy, c subprocessor.Change, at time.Time) subprocessor.Assessment {
	t.Helper()
	got, err := p.Assess(c, at, obligation.Norway())
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func entryNames(r subprocessor.Register) []string {
	var s []string
	for _, e := range r.Entries {
		s = append(s, e.Name)
	}
	return s
}

func TestSporlosTerms(t *testing.T) {
	a := examples.Sporlos()
	// 8 ¶1: data deleted «umiddelbart» on request, nightly backups «senest
	// 35 dager etter». A request on Monday 5 October 2026: day 1 is 6
	// October, day 35 is Monday 9 November 2026, a working day.
	req := obligation.Event{Kind: obligation.DeletionRequested, At: oslo(2026, time.October, 5, 10, 0)}
	// 8 ¶2: deleted «innen 90 dager etter at avtaleforholdet er avsluttet».
	// An end on Sunday 27 December 2026: day 90 is Saturday 27 March 2027;
	// Sunday 28 March is Easter Day and Monday 29 March Easter Monday, so
	// the period ends on Tuesday 30 March 2027.
	end := obligation.Event{Kind: obligation.AgreementEnds, At: oslo(2026, time.December, 27, 12, 0)}
	// 4 d: «minst 30 dager i forveien». A new subprocessor to start on
	// Monday 1 March 2027 needs 30 clear days before it, 30 January to 28
	// February: notice on Friday 29 January 2027 at the latest.
	change := assessChange(t, a.SubprocessorPolicy,
		subprocessor.Change{Kind: subprocessor.Add, Name: "Ny leverandør", Start: oslo(2027, time.March, 1, 0, 0)},
		oslo(2027, time.January, 4, 9, 0))
	checkTerms(t, []term{
		// «Datamynt AS, org.nr 936 017 207, Maridalsveien 163, 0461 Oslo»
		{"processor", a.Parties[0].Name, "Datamynt AS"},
		{"org number", a.Parties[0].OrgNumber, "936017207"},
		{"address", a.Parties[0].Address, "Maridalsveien 163, 0461 Oslo"},
		// «Versjon 1 · gjelder fra 30.09.2026»
		{"version", a.Version, "1"},
		{"valid from", a.ValidFrom, obligation.NewDate(2026, 9, 30)},
		// 12: «Norsk rett. Verneting er Oslo tingrett.»
		{"law", a.GoverningLaw.Country, "NO"},
		{"venue", a.GoverningLaw.Venue, "Oslo tingrett"},
		// 10: «så lenge Datamynt behandler personopplysninger på vegne av Kunden»
		{"term", a.Term.Basis, agreement.WhileProcessing},
		// 2: «Avtalen inngås elektronisk …», the time and version stored,
		// a signed copy on request
		{"formed electronically", []bool{a.Formation.Electronic, a.Formation.Recorded, a.Formation.SignedCopy}, []bool{true, true, true}},
		// 11: «Datamynt kan publisere nye versjoner av Avtalen»; «Tidligere
		// versjoner gis ut på forespørsel»
		{"changed by the processor", []bool{a.Changes.ByProcessor, a.Changes.OnlyWeakening, a.Changes.EarlierOnRequest}, []bool{true, true, true}},
		// 10: «og uansett så lenge tjenesteavtalen løper»
		{"term at least the service agreement's", a.Term.AtLeast, agreement.TermBound{Basis: agreement.FollowsMainAgreement}},
		// Bilag C: «Ingen.»
		{"no subprocessors", a.Subprocessors.Source, subprocessor.NoneUsed},
		{"no subprocessor entries", len(a.Subprocessors.Entries), 0},
		// 4 d: «på e-post minst 30 dager i forveien»
		{"change notice", a.SubprocessorPolicy.Notice.Period, obligation.Days(30)},
		{"change channel", a.SubprocessorPolicy.Announcement.Channels, []subprocessor.Channel{subprocessor.Email}},
		{"latest notice for 1 March 2027", change.LatestNotice, obligation.NewDate(2027, 1, 29)},
		// A notice on Thursday 16 April 2026: the 30 days run 17 April to
		// 16 May, so the earliest start is Sunday 17 May 2026 (a waiting
		// period does not move for the holiday).
		{"earliest start after notice on 16 April 2026", assessChange(t, a.SubprocessorPolicy,
			subprocessor.Change{Kind: subprocessor.Add, Name: "Ny leverandør", Noticed: oslo(2026, time.April, 16, 9, 0)},
			oslo(2026, time.April, 16, 9, 0)).EarliestStart, obligation.NewDate(2026, 5, 17)},
		// 4 d: «si opp tjenesten»
		{"objection remedy", a.SubprocessorPolicy.Remedy.Effect, subprocessor.ControllerMayTerminate},
		// 11: «Endringer som svekker Kundens vern … Kunden kan si opp før de trer i kraft»
		{"termination on a weakening change", hasRight(a, agreement.ControllerOnly, agreement.OnMaterialChange), true},
		// 4 d: «med virkning før endringen trer i kraft»; 11: «før de trer i kraft»
		{"ends before the change", []bool{rightOf(a, agreement.ControllerOnly, agreement.OnSubprocessorObjection).BeforeChange,
			rightOf(a, agreement.ControllerOnly, agreement.OnMaterialChange).BeforeChange}, []bool{true, true}},
		{"no termination for breach", hasRight(a, agreement.ControllerOnly, agreement.ForBreach), false},
		// 6: «ingen overføring ut av EØS»
		{"no transfers", a.SubprocessorPolicy.Transfers.Status, obligation.StatedNone},
		// 5: «uten ugrunnet opphold», no hours
		{"breach deadline", a.Breach.Deadline.Period, obligation.Unquantified(obligation.WithoutUndueDelay)},
		{"breach has no hour bound", a.Breach.Deadline.Period.IsQuantified(), false},
		{"breach contents not listed", len(a.Breach.Contents.Required), 0},
		// 7: forwarded «uten ugrunnet opphold»; no answer «uten instruks»
		{"request forwarding", a.Requests.DataSubjects.Notify, obligation.Unquantified(obligation.WithoutUndueDelay)},
		{"no answer without instruction", a.Requests.DataSubjects.ApprovalBeforeAnswer, true},
		// 9: «med rimelig varsel», «egen eller ved uavhengig revisor»; no cost
		{"audit notice", a.Audit.Inspection.Period, obligation.Unquantified(obligation.ReasonableTime)},
		{"audit by independent auditor", a.Audit.ThirdParty.Allowed, true},
		{"audit cost not stated", a.Audit.Cost.Status, obligation.Absent},
		// No liability clause in the DPA.
		{"liability not stated", a.Liability.Status, obligation.Absent},
		// 8: the staged chain.
		{"immediate deletion on request", mustStep(t, a, obligation.DeleteData, "8 ¶1").Due, obligation.Unquantified(obligation.Immediately)},
		{"backups 35 days after the request", dueDay(t, a, req, obligation.DeleteBackups, "8 ¶1"), obligation.NewDate(2026, 11, 9)},
		{"deletion 90 days after the end", dueDay(t, a, end, obligation.DeleteData, "8 ¶2"), obligation.NewDate(2027, 3, 30)},
		{"CSV export before deletion", hasStep(a, obligation.ExportData, "8 ¶2"), true},
		{"no certificate of deletion", hasStep(a, obligation.ConfirmDeletion, "8 ¶2") || hasStep(a, obligation.ConfirmDeletion, "8 ¶1"), false},
	})
}

func TestCradlTerms(t *testing.T) {
	a := examples.Cradl()
	// 9: «not later than 24 hours after becoming aware». Aware on Saturday
	// 16 May 2026 at 22:30 in Oslo: due Sunday 17 May 2026 at 22:30; a
	// period in hours does not move for the national day.
	aware := oslo(2026, time.May, 16, 22, 30)
	br := a.Breach.Assess(breach.Incident{Aware: aware}, aware)
	// 5: «at least three months prior to the planned changes taking
	// effect». Notice on Sunday 31 January 2027: the three months end on
	// 30 April 2027 (April has no 31st), so the earliest start is Saturday
	// 1 May 2027.
	change := assessChange(t, a.SubprocessorPolicy,
		subprocessor.Change{Kind: subprocessor.Add, Name: "New provider", Noticed: oslo(2027, time.January, 31, 12, 0)},
		oslo(2027, time.January, 31, 12, 0))
	checkTerms(t, []term{
		// Terms of Service 1: «Lucidtech AS … legal entity number 918 345 787 MVA»
		{"processor", a.Parties[0].Name, "Lucidtech AS"},
		{"org number", a.Parties[0].OrgNumber, "918345787"},
		// Terms of Service 14: «Norwegian law», «Oslo District Court»
		{"law", a.GoverningLaw.Country, "NO"},
		{"venue", a.GoverningLaw.Venue, "Oslo District Court"},
		// 13: «A termination of the Services Agreement also constitutes a termination of the DPA.»
		{"ends with the Services Agreement", a.Termination.Coupled, true},
		// 9: «without undue delay, but not later than 24 hours»
		{"breach deadline", a.Breach.Deadline.Period, obligation.Unquantified(obligation.WithoutUndueDelay).AtLatest(obligation.Hours(24))},
		{"breach notice in writing", a.Breach.Channel.Medium, breach.Written},
		{"breach due", br.Processor.Due, oslo(2026, time.May, 17, 22, 30)},
		// 5: «Amazon Web Services EMEA SARL», and the LLM providers used
		// only «If the Data Controller chooses to enable third-party LLMs»
		{"subprocessors", entryNames(a.Subprocessors), []string{"Amazon Web Services EMEA SARL", "Google Ireland Limited", "Microsoft Ireland Operations Limited"}},
		// 2: «the Norwegian Personal Data Act (LOV-2018-06-15-38) and
		// Personal Data Regulations», the second without an identifier
		{"regulations cited by title alone", []string{a.Laws.Cited[3].ID, a.Laws.Cited[3].Title}, []string{"", "Personal Data Regulations"}},
		// 15: «may, subject to prior express approval of the Data
		// Controller, anonymize all Personal Data»
		{"may anonymise with approval", a.End.MayAnonymise, obligation.At("15")},
		{"which are opt-in", []bool{a.Subprocessors.Entries[0].OptIn, a.Subprocessors.Entries[1].OptIn, a.Subprocessors.Entries[2].OptIn}, []bool{false, true, true}},
		{"change notice", a.SubprocessorPolicy.Notice.Period, obligation.Months(3)},
		{"earliest start after notice on 31 January 2027", change.EarliestStart, obligation.NewDate(2027, 5, 1)},
		// 5: «terminate the Agreement with three month’s notice»
		{"remedy", a.SubprocessorPolicy.Remedy.Effect, subprocessor.ControllerMayTerminate},
		{"remedy notice", a.SubprocessorPolicy.Remedy.Termination, obligation.Months(3)},
		{"termination right's notice", rightOf(a, agreement.ControllerOnly, agreement.OnSubprocessorObjection).Notice, obligation.Months(3)},
		// Terms of Service 12: «the other Party may … terminate … for breach with immediate effect»
		{"either party terminates for breach", rightOf(a, agreement.ProcessorOnly, agreement.ForBreach).Immediate, true},
		// 3: the second purpose is model training.
		{"training purpose", a.Processing.Description.Purposes.Has(annex.PurposeProductImprovement), true},
		// 14: direct loss only; «indirect loss, including lost profits or anticipated savings»
		{"direct loss only", a.Liability.Recoverable.Only, true},
		{"indirect loss excluded", a.Liability.Excluded.Indirect, true},
		{"excluded kinds", a.Liability.Excluded.Kinds, []agreement.LossKind{agreement.LostProfit, agreement.LostSavings}},
		// 14: «limited to a sum equivalent to the maximum liability in the Services Agreement»
		{"cap by reference", a.Liability.Caps[0].Kind, agreement.OtherDocument},
		{"the cap referred to", a.Liability.Caps[0].Refers, obligation.Clause("Terms of Service 11")},
		// 14: «Loss of data is considered as an indirect loss.»
		// Terms of Service 8: each party indemnified against third-party
		// claims «in connection with a defect in title»; the Licensee
		// indemnifies Lucidtech
		{"indemnity for defects in title", a.Liability.Undertakings[0].By, agreement.Role(0)},
		{"the Licensee's indemnity", a.Liability.Undertakings[1].By, agreement.Controller},
		{"loss of data deemed indirect", a.Liability.Excluded.Deemed, []agreement.LossKind{agreement.DataLoss}},
		// Terms of Service 11: «total annual consideration»; not for
		// «gross negligence or wilful misconduct» or «breaches related to
		// processing of personal data»
		{"the Terms' cap", a.Liability.Caps[1].Basis, agreement.AnnualFee},
		{"the Terms' cap lifted by fault", a.Liability.Caps[1].Lift.By, []agreement.Culpability{agreement.GrossNegligence, agreement.Intent}},
		{"the Terms' cap lifted for personal data", a.Liability.Caps[1].Lift.Causes, []agreement.Cause{agreement.DataProtectionBreach}},
		// 11: «as a separately paid service»
		{"rights assistance billed", a.Requests.DataSubjects.Cost.Kind, obligation.Billed},
		// 10: third-party auditors sign «declarations of confidentiality»; no notice, no cost
		{"auditor confidentiality", a.Audit.ThirdParty.ConfidentialityAgreement, true},
		{"audit cost not stated", a.Audit.Cost.Status, obligation.Absent},
		// 15: cease, delete and/or return at the controller's choice;
		// Terms of Service 13: deletion completed by the end.
		{"cease processing", hasStep(a, obligation.CeaseProcessing, "15"), true},
		{"return at the controller's choice", mustStep(t, a, obligation.ReturnData, "15").If.Choice, obligation.Return | obligation.ReturnThenDelete},
		{"deletion at the controller's choice", mustStep(t, a, obligation.DeleteData, "15").If.Choice, obligation.Delete | obligation.ReturnThenDelete},
		{"erasure whatever the choice, unless the law requires storage", mustStep(t, a, obligation.DeleteData, "15 ¶2").If, obligation.Condition{Unless: obligation.RetentionRequired, Words: "unless the Data Processor is required by law to store the Personal Data"}},
		// Terms of Service 13 gives the end differently (delete only, by
		// the end); nothing ranks the documents.
		{"end given differently by the Terms", a.Conflicts(), []agreement.Conflict{{Term: "end",
			Sources: []agreement.Source{{Clause: "15"}, {Document: "Terms of Service", Clause: "13"}}, Governing: -1}}},
		{"exit deletion at the end", a.Readings[0].Value.End.Steps[0].Anchor, obligation.AtEffective},
		{"no certificate", hasStep(a, obligation.ConfirmDeletion, "15"), false},
		// 4(3): «immediately inform»
		{"infringing instruction", a.Instructions.Infringing.Notify, obligation.Unquantified(obligation.Immediately)},
	})
}

func TestStimmaTerms(t *testing.T) {
	a := examples.Stimma()
	sto, err := time.LoadLocation("Europe/Stockholm")
	if err != nil {
		t.Fatal(err)
	}
	// 9.1: «senast inom 24 timmar». Aware on Thursday 24 December 2026 at
	// 15:00 in Stockholm: due Friday 25 December 2026 at 15:00.
	aware := time.Date(2026, time.December, 24, 15, 0, 0, 0, sto)
	br := a.Breach.Assess(breach.Incident{Aware: aware}, aware)
	// 16.2: confirmation «inom 30 dagar från Avtalets upphörande». An end
	// on Tuesday 30 June 2026: day 30 is Thursday 30 July 2026.
	end := obligation.Event{Kind: obligation.AgreementEnds, At: time.Date(2026, time.June, 30, 12, 0, 0, 0, sto)}
	// The same 30 days where the Swedish and the Norwegian calendars
	// part (20.1: «svensk rätt»; lag (1989:253) om allmänna helgdagar):
	// from an end on Monday 7 December 2026, day 30 is Wednesday 6
	// January 2027, trettondedag jul, so the period runs to Thursday 7
	// January (in Norway it would end on 6 January); from an end on
	// Saturday 17 April 2027, day 30 is Monday 17 May 2027, a working day
	// in Sweden (in Norway Constitution Day and Whit Monday, moving the end
	// to 18 May).
	endDec := obligation.Event{Kind: obligation.AgreementEnds, At: time.Date(2026, time.December, 7, 12, 0, 0, 0, sto)}
	endApr := obligation.Event{Kind: obligation.AgreementEnds, At: time.Date(2027, time.April, 17, 12, 0, 0, 0, sto)}
	// 11.3: «minst 30 dagar innan». A start on Monday 1 February 2027 needs
	// 30 clear days, 2 to 31 January: notice on Friday 1 January 2027 at
	// the latest.
	change := assessChange(t, a.SubprocessorPolicy,
		subprocessor.Change{Kind: subprocessor.Add, Name: "Ny leverantör", Start: time.Date(2027, time.February, 1, 0, 0, 0, 0, sto)},
		time.Date(2026, time.December, 1, 9, 0, 0, 0, sto))
	checkTerms(t, []term{
		// 13.5 c: «svar på skriftliga frågor från den Personuppgiftsansvarige»
		{"audit duty met by written answers", a.Audit.Reports.WrittenAnswers, true},
		// 6.2: in writing, signed, or by e-mail from an authorised person
		{"instruction channels", a.Instructions.Channels, []agreement.Channel{agreement.Written, agreement.Email}},
		// 17.1: changes only in writing and signed by both
		{"changes signed by both", a.Changes.Signed, true},
		// 19.1 and 19.2: consent, or within the group
		{"assignment", a.Assignment, agreement.Assignment{Provision: obligation.At("19.1"), Consent: true, WithinGroup: true, GroupClause: "19.2"}},
		// 15.1 «så länge Personuppgiftsbiträdet behandlar personuppgifter»;
		// 15.2 «Avtalet upphör automatiskt när Huvudavtalet upphör»
		{"term while processing", a.Term.Basis, agreement.WhileProcessing},
		{"but not beyond the Huvudavtal", a.Term.AtMost, agreement.TermBound{Basis: agreement.FollowsMainAgreement, Clause: "15.2"}},
		{"language", a.Language, "sv"},
		// «Parter»: «(nedan kallad "den Personuppgiftsansvarige")» with
		// «Organisation | [ORGANISATION]»; likewise the processor.
		{"controller's name blank", a.Parties[0].Name, ""},
		{"processor's name blank", a.Parties[1].Name, ""},
		{"controller", a.Parties[0].Called, "den Personuppgiftsansvarige"},
		{"processor", a.Parties[1].Called, "Personuppgiftsbiträdet"},
		{"org numbers blank", a.Parties[0].OrgNumber + a.Parties[1].OrgNumber, ""},
		{"controller placeholder", placeholderText(a, "parties[0].name"), "[ORGANISATION]"},
		{"processor placeholder", placeholderText(a, "parties[1].name"), "[LEVERANTÖR/SAMBRUK]"},
		{"org number placeholder", placeholderText(a, "parties[0].orgNumber"), "[ORG.NR]"},
		// Bilaga 2a: «senast [DATUM, 30 dagar från meddelandet]»
		{"objection deadline placeholder", placeholderText(a, "subprocessorPolicy.objection.period"), "[DATUM, 30 dagar från meddelandet]"},
		{"objection window not held as a period", a.SubprocessorPolicy.Objection.Period.IsZero(), true},
		// 20.1 svensk rätt; 20.3 «Stockholms tingsrätt som första instans»
		{"law", a.GoverningLaw.Country, "SE"},
		{"venue", a.GoverningLaw.Venue, "Stockholms tingsrätt"},
		// 21.1 and 21.2
		{"prevails over the Huvudavtal", a.Precedence.OverMain, true},
		{"yields to the GDPR", a.Precedence.YieldsToLaw, true},
		// 11.1: «föregående skriftligt godkännande»
		{"specific authorisation", a.SubprocessorPolicy.Authorisation.Kind, subprocessor.Specific},
		{"change notice", a.SubprocessorPolicy.Notice.Period, obligation.Days(30)},
		{"latest notice for 1 February 2027", change.LatestNotice, obligation.NewDate(2027, 1, 1)},
		// 11.4: «skriftlig och motiverad»; «säga upp Avtalet med omedelbar verkan»
		{"objection justified", a.SubprocessorPolicy.Objection.Justified, true},
		{"objection written", a.SubprocessorPolicy.Objection.Written, true},
		{"immediate termination", a.SubprocessorPolicy.Remedy.Termination, obligation.Unquantified(obligation.Immediately)},
		{"termination right on objection", rightOf(a, agreement.ControllerOnly, agreement.OnSubprocessorObjection).Immediate, true},
		// 15.3: «med omedelbar verkan» on a material breach
		{"termination for breach", rightOf(a, agreement.ControllerOnly, agreement.ForBreach).Immediate, true},
		{"processor has no termination right", hasRight(a, agreement.ProcessorOnly, agreement.ForBreach), false},
		// Bilaga 2 §2.1: a list of placeholders
		{"subprocessor list blank", a.Subprocessors.Status, obligation.Blank},
		// 9.1 and 9.2 a–d
		{"breach deadline", a.Breach.Deadline.Period, obligation.Unquantified(obligation.WithoutUndueDelay).AtLatest(obligation.Hours(24))},
		// Bilaga 1 §8.1 f: «utan onödigt dröjsmål», no hours; nothing ranks
		// the Bilaga against the PUB-avtal.
		{"breach deadline given differently by Bilaga 1", a.Conflicts(), []agreement.Conflict{{Term: "breach.deadline",
			Sources: []agreement.Source{{Clause: "9.1"}, {Document: "Bilaga 1 – Instruktion för behandling av personuppgifter", Clause: "Bilaga 1 §8.1 f"}}, Governing: -1}}},
		{"breach due", br.Processor.Due.Equal(time.Date(2026, time.December, 25, 15, 0, 0, 0, sto)), true},
		{"breach contents", a.Breach.Contents.Items(), breach.ItemsOf(breach.Nature, breach.SubjectCategories, breach.SubjectCount,
			breach.RecordCategories, breach.RecordCount, breach.ContactPoint, breach.Consequences, breach.Measures)},
		// 13.3: «minst 14 dagar i förväg»; 13.5 ISO 27001 or reports
		{"audit notice", a.Audit.Inspection.Period, obligation.Days(14)},
		{"reports instead of audit", a.Audit.Reports.InsteadOfAudit, true},
		{"audit cost not stated", a.Audit.Cost.Status, obligation.Absent},
		// 14.3 cap by reference; 14.4 «uppsåt eller grov vårdslöshet»
		{"cap by reference", a.Liability.Caps[0].Document, "Huvudavtalet"},
		{"cap lifted", a.Liability.Lift.By, []agreement.Culpability{agreement.GrossNegligence, agreement.Intent}},
		// 16: return at the controller's choice, deletion otherwise, confirmation within 30 days
		{"return at the controller's choice", mustStep(t, a, obligation.ReturnData, "16.1 a").If.Choice, obligation.Return},
		{"deletion at the controller's choice", mustStep(t, a, obligation.DeleteData, "16.1 b").If.Choice, obligation.Delete},
		{"copies deleted after a return", mustStep(t, a, obligation.DeleteData, "5.1 g").If.Choice, obligation.Return},
		{"confirmation 30 days after the end", dueDay(t, a, end, obligation.ConfirmDeletion, "16.2"), obligation.NewDate(2026, 7, 30)},
		{"Swedish calendar", a.Calendar, obligation.SwedishCalendar},
		{"confirmation past trettondedag jul", dueDay(t, a, endDec, obligation.ConfirmDeletion, "16.2"), obligation.NewDate(2027, 1, 7)},
		{"confirmation on 17 May", dueDay(t, a, endApr, obligation.ConfirmDeletion, "16.2"), obligation.NewDate(2027, 5, 17)},
		// 7.3: confidentiality survives
		{"confidentiality survives", a.Confidentiality.Survives.Status, obligation.Stated},
		// Bilaga 1 §5.2: «Inga känsliga personuppgifter»
		{"no special categories", a.Processing.Description.SpecialCategories.Status, annex.ListNone},
	})
}

func TestAptibleTerms(t *testing.T) {
	a := examples.Aptible()
	// 6.3: the clauses govern where they are inconsistent with the DPA.
	gov := a.Governing()
	// Exhibit A, Clause 9(a): engagement «shall not occur until at least
	// ten (10) days after» the amended list is posted. Posted on Monday 2
	// November 2026: the ten days end on 12 November, so the earliest
	// start is Friday 13 November 2026.
	change := assessChange(t, gov.SubprocessorPolicy,
		subprocessor.Change{Kind: subprocessor.Add, Name: "New vendor", Noticed: oslo(2026, time.November, 2, 9, 0)},
		oslo(2026, time.November, 2, 9, 0))
	var us, es int
	for _, e := range a.Subprocessors.Entries {
		switch {
		case len(e.Processing) == 1 && e.Processing[0] == subprocessor.In("US"):
			us++
		case len(e.Processing) == 1 && e.Processing[0] == subprocessor.In("ES"):
			es++
		}
	}
	checkTerms(t, []term{
		// Annex I.A: «Aptible, Inc.», «548 Market St. #75826, San Francisco, CA 94104»
		{"processor", a.Parties[0].Name, "Aptible, Inc."},
		{"address", a.Parties[0].Address, "548 Market St. #75826, San Francisco, CA 94104"},
		{"contact", a.Parties[0].Contacts[0].Email, "legal@aptible.com"},
		// 5.2: «general authorization»
		{"general authorisation", a.SubprocessorPolicy.Authorisation.Kind, subprocessor.General},
		// 5.3: an update of the list «will constitute notice», no period;
		// Clause 9(a): «at least ten (10) days in advance»; 6.3 and the
		// order of precedence let the clauses govern.
		{"DPA's notice has no period", a.Readings[0].Value.SubprocessorPolicy.Notice.Period.IsZero(), true},
		{"notice conflict", a.Conflicts(), []agreement.Conflict{{Term: "subprocessorPolicy.notice",
			Sources: []agreement.Source{{Document: "Exhibit A", Clause: "Clause 9(a)"}, {Document: "Data Processing Addendum", Clause: "5.3"}}, Governing: 0,
			Rule: "6.3", ToTheExtent: true}}},
		{"held notice period of Clause 9(a)", a.SubprocessorPolicy.Notice.Period, obligation.Days(10)},
		{"governing notice period of Clause 9(a)", gov.SubprocessorPolicy.Notice.Period, obligation.Days(10)},
		{"earliest start after posting on 2 November 2026", change.EarliestStart, obligation.NewDate(2026, 11, 13)},
		// 5.4: objection in writing, no deadline, no consequence
		{"objection written", a.SubprocessorPolicy.Objection.Written, true},
		{"objection has no window", a.SubprocessorPolicy.Objection.Period.IsZero(), true},
		{"objection has no remedy", a.SubprocessorPolicy.Remedy.Status, obligation.Absent},
		// The directory: 28 entries, 27 in the United States, Typeform in Spain.
		{"directory entries", len(a.Subprocessors.Entries), 28},
		{"entries in the United States", us, 27},
		{"entries in Spain", es, 1},
		{"no mechanism per entry", len(a.Subprocessors.Entries[2].Bases), 0},
		// 6.2: the 2021/914 clauses
		{"transfer bases", a.SubprocessorPolicy.Transfers.Bases, []subprocessor.Basis{
			// Exhibit A: Module Two; Clause 7 docking; Clause 17 «the law
			// of the Republic of Ireland»; Clause 18(b) its courts.
			{Mechanism: subprocessor.SCC2021, Module: subprocessor.Module2, Docking: true, Law: "IE", Forum: "IE", Clause: "6.2; Exhibit A"},
			// Exhibit B, 12(c): «the laws of England and Wales», «the
			// courts of England and Wales».
			{Mechanism: subprocessor.UKAddendum, Exporter: subprocessor.ExporterUK, Law: "GB", Forum: "GB", Clause: "1.5; Exhibit B"},
		}},
		// 3.6: suspicion starts the clock; no number of hours
		{"breach clock", a.Breach.Deadline.Clock, breach.Suspicion},
		{"breach deadline", a.Breach.Deadline.Period, obligation.Unquantified(obligation.WithoutUndueDelay)},
		// 3.6: «in no case later than the statutory maximum for
		// notification»: for a processor, GDPR Art. 33(2), which sets no
		// hours, so no due instant follows.
		{"breach bound", a.Breach.Deadline.Bound, breach.StatutoryMaximum},
		{"bound resolved", a.Breach.Assess(breach.Incident{Suspected: oslo(2026, time.March, 6, 10, 0)}, oslo(2026, time.March, 6, 10, 0)).Processor.Statutory,
			breach.ProcessorRule{From: obligation.NewDate(2018, time.July, 20), Article: "GDPR art. 33(2)"}},
		{"no due instant from the bound", a.Breach.Assess(breach.Incident{Suspected: oslo(2026, time.March, 6, 10, 0)}, oslo(2026, time.March, 6, 10, 0)).Processor.Due.IsZero(), true},
		{"breach scope wide", a.Breach.Scope.Wide, true},
		// Exhibit A, Clause 8.6(c): phased notice allowed
		{"phased notice", a.Breach.Phased.Status, obligation.Stated},
		// 4.2: «at Customer’s expense»
		{"audit at the customer's expense", a.Audit.Cost.Cost.Kind, obligation.RequesterPays},
		// 3.11 and Clause 8.5
		{"cease processing", hasStep(a, obligation.CeaseProcessing, "3.11"), true},
		{"deletion", hasStep(a, obligation.DeleteData, "3.11"), true},
		// 3.11: «Customer may back up or export Personal Data prior to account closure»
		{"export before account closure", mustStep(t, a, obligation.ExportData, "3.11").On, obligation.AccountClosed},
		// 3.11: «a signed certificate of destruction with thirty (30) days
		// of Customer’s written request»: a request on Tuesday 1 September
		// 2026, day 30 is Thursday 1 October 2026.
		{"certificate on request", mustStep(t, a, obligation.ConfirmDeletion, "3.11").On, obligation.ConfirmationRequested},
		{"certificate 30 days after the request", dueDay(t, a, obligation.Event{Kind: obligation.ConfirmationRequested,
			At: oslo(2026, time.September, 1, 10, 0)}, obligation.ConfirmDeletion, "3.11"), obligation.NewDate(2026, 10, 1)},
		{"return at the exporter's choice", mustStep(t, a, obligation.ReturnData, "Exhibit A, Clause 8.5").If.Choice, obligation.ReturnThenDelete},
		{"certification at the exporter's choice", mustStep(t, a, obligation.ConfirmDeletion, "Exhibit A, Clause 8.5").If.Choice, obligation.Delete},
		{"measures in the Security Practices Summary", a.Processing.Description.SecurityMeasures.Document, "Security Practices Summary"},
		// Terms of Service 15: the amount paid in the 12 months prior to the claim
		{"cap basis", a.Liability.Caps[0].Basis, agreement.FeesPaidBefore},
		{"cap months", a.Liability.Caps[0].Months, 12},
		{"indirect loss excluded", a.Liability.Excluded.Indirect, true},
		// Terms of Service 11: either party may terminate «at any time»,
		// and «You will not receive any refunds if you terminate»
		{"termination at will", rightOf(a, agreement.ProcessorOnly, agreement.AtWill).Immediate, true},
		{"customer's termination at will", hasRight(a, agreement.ControllerOnly, agreement.AtWill), true},
		// «Unless you have a purchase order or other contractual commitment»
		{"at will only without a commitment", rightOf(a, agreement.ControllerOnly, agreement.AtWill).If.Unless, obligation.Committed},
		{"no refund on termination", a.Fees.Refunds, []agreement.Refund{{Provision: obligation.NoneAt("Terms of Service 11"), On: agreement.AtWillTermination}}},
		// 3.5 and 3.8: «Promptly notify Customer», a standard of its own
		{"requests notified promptly", a.Requests.DataSubjects.Notify, obligation.Unquantified(obligation.Promptly)},
		{"authorities' requests notified promptly", a.Requests.Authorities.Notify, obligation.Unquantified(obligation.Promptly)},
		// Terms of Service 19: «binding arbitration», the AAA's rules, the
		// hearing in San Francisco, after «30 days after the Notice is
		// received»; 18: the courts within Delaware otherwise.
		{"binding arbitration", a.GoverningLaw.Arbitration.Binding, true},
		// 18: «governed by the laws of the State of Delaware»: a state's
		// law, held in the text's words beside the country.
		{"law", a.GoverningLaw.Country, "US"},
		{"law's words", a.GoverningLaw.Words, "the laws of the State of Delaware"},
		{"arbitration clause", a.GoverningLaw.Arbitration.Clause, obligation.Clause("Terms of Service 19")},
		{"arbitration seat", a.GoverningLaw.Arbitration.Seat, "a location to be agreed upon in San Francisco, California"},
		{"settlement first", a.GoverningLaw.Amicable, obligation.Days(30)},
		// 4.1: updates «in its sole discretion», but it «may not
		// materially degrade» the measures
		{"measures changed unilaterally", a.Duties.Security.Changes.Unilateral, true},
		{"no material degradation", a.Duties.Security.Changes.NoDegradation, true},
		// Terms of Service 13(A): the customer indemnifies Aptible
		{"customer's indemnity", a.Liability.Undertakings[0].Against, []agreement.LossKind{agreement.ThirdPartyClaims}},
		{"carve-outs by cause", a.Liability.Lift.Causes, []agreement.Cause{agreement.ConfidentialityBreach, agreement.IPInfringement, agreement.IndemnityClaim}},
		{"carve-outs lift the exclusion too", a.Liability.Lift.Exclusions, true},
		// 7.1: ends with the Agreement
		{"term", a.Term.Basis, agreement.FollowsMainAgreement},
		// Annex I.B: «N/A» for sensitive data
		{"no special categories", a.Processing.Description.SpecialCategories.Status, annex.ListNone},
	})
}

func mustStep(t *testing.T, a agreement.Agreement, action obligation.Action, clause obligation.Clause) obligation.Rule {
	t.Helper()
	r, ok := endStep(a, action, clause)
	if !ok {
		t.Fatalf("%s: no %s step under %s", a.ID, action, clause)
	}
	return r
}

// placeholderText returns the template text of the first placeholder for
// field, or "".
func placeholderText(a agreement.Agreement, field string) string {
	for _, p := range a.Placeholders {
		if p.Field == field {
			return p.Text
		}
	}
	return ""
}

func rightOf(a agreement.Agreement, by agreement.Terminator, g agreement.Ground) agreement.TerminationRight {
	r, _ := a.Termination.RightOf(by, g)
	return r
}

func hasRight(a agreement.Agreement, by agreement.Terminator, g agreement.Ground) bool {
	_, ok := a.Termination.RightOf(by, g)
	return ok
}

// TestCorpusReviews reviews each agreement on 23 November 2026 and checks
// the findings its text calls for, each with its clause, and the absence of
// findings its text rules out.
func TestCorpusReviews(t *testing.T) {
	tests := []struct {
		a    agreement.Agreement
		want []reviewPin
		not  []review.Code
	}{
		{
			a: examples.Aptible(),
			want: []reviewPin{
				{code: review.DocumentsContradict, clause: "Clause 9(a)", sev: review.Info,
					why: "5.3: an update of the list «will constitute notice»; Exhibit A, Clause 9(a): «at least ten (10) days in advance»; 6.3: the clauses govern"},
				{code: review.ListUpdateOnly, clause: "5.3", sev: review.Weak,
					why: "«Any update that Aptible makes to its list of Subprocessors … will constitute notice»"},
				{code: review.BreachDeadlineUnquantified, clause: "3.6", sev: review.Info,
					why: "«in no case later than the statutory maximum»: the GDPR sets no number of hours for a processor"},
				{code: review.DocumentNotReproduced, clause: "Security Practices Summary", sev: review.Info,
					why: "4.1 and Annex II give the measures only by a link to the Security Practices Summary"},
				{code: review.TermsNotReviewed, absent: true, sev: review.Info,
					why: "the measures of Annex II are «as described in the Aptible Security Practices Summary available online», not in the text"},
				{code: review.AssistanceScopeIncomplete, clause: "3", sev: review.Weak,
					match: func(f review.Finding) bool { return len(f.Args) > 0 && f.Args[0].Text == "32" },
					why:   "3.5–3.7 name data subjects' requests, breaches, impact assessments and prior consultation, not the controller's Art. 32 duties"},
			},
			not: []review.Code{review.NoDeletion, review.NoReturnChoice, review.TransferNoBasis,
				review.SubprocessorLiabilityMissing, review.FlowDownMissing, review.AuthorisationMissing,
				review.NoObjectionRight, review.NoticePeriodMissing, review.BreachTermsMissing,
				review.BreachContentsIncomplete, review.ControllerDutiesMissing, review.GoverningLawMissing,
				// Exhibit A, Clause 16(b) and (c): the exporter suspends the
				// transfer, and may terminate, on the importer's breach.
				review.SuspensionRightMissing, review.TerminationRightMissing,
				// 4.2 agrees the scope and asks for an NDA; it excludes
				// nothing.
				review.AuditScopeLimited},
		},
		{
			a: examples.Stimma(),
			want: []reviewPin{
				{code: review.DocumentNotReproduced, clause: "Huvudavtalet", sev: review.Info,
					why: "14.3: «Ansvarsbegränsningar som följer av Huvudavtalet gäller även för detta Avtal»"},
				{code: review.SuspensionRightMissing, absent: true, sev: review.Info,
					why: "15.3 gives immediate termination, nothing lets the controller suspend the processing"},
				{code: review.DocumentsContradictUnranked, clause: "9.1", sev: review.Weak,
					why: "9.1 «senast inom 24 timmar» against Bilaga 1 §8.1 f «utan onödigt dröjsmål»; 21 ranks only the Huvudavtal"},
				{code: review.AuditByReports, clause: "13.5", sev: review.Weak,
					why: "13.5: «Personuppgiftsbiträdet kan uppfylla sina skyldigheter enligt denna punkt genom att tillhandahålla: a) relevant tredjepartscertifiering (t.ex. ISO 27001)»"},
				{code: review.RetentionOutlastsEnd, clause: "Bilaga 1 §3.2", sev: review.Weak,
					match: func(f review.Finding) bool { return len(f.Args) == 3 && f.Args[0].Text == "Aktivitetsloggar" },
					why:   "Bilaga 1 §3.2: «Aktivitetsloggar | 12 månader», unlike the rows that end «eller avtal upphör»; 16.1 b: «radera alla personuppgifter och befintliga kopior»"},
			},
			not: []review.Code{review.NoDeletion, review.NoReturnChoice, review.BreachDeadlineLoose,
				review.BreachContentsIncomplete, review.BreachContentsNotListed, review.NoObjectionRight,
				review.NoticePeriodMissing, review.AuthorisationMissing, review.SpecificDeemedAccepted,
				review.TransferNoBasis, review.TerminationRightMissing, review.GoverningLawMissing,
				review.InfringingInstructionMissing, review.FlowDownMissing, review.SubprocessorLiabilityMissing},
		},
		{
			a: examples.Sporlos(),
			want: []reviewPin{
				{code: review.AuditNoticeVague, clause: "9", sev: review.Info,
					why: "9: audits «med rimelig varsel»"},
				{code: review.BreachDeadlineUnquantified, clause: "5", sev: review.Info,
					why: "5: «uten ugrunnet opphold», no hours"},
				{code: review.BreachContentsNotListed, clause: "5", sev: review.Info,
					why: "5: «tilstrekkelig informasjon», no list of contents"},
				{code: review.DocumentNotReproduced, clause: "salgsbetingelsene", sev: review.Info,
					why: "8 ¶2: the 90 days are set «slik salgsbetingelsene sier»"},
				{code: review.TerminationRightMissing, absent: true, sev: review.Info,
					why: "the customer may terminate only over a change (4 d, 11), not for a breach"},
			},
			not: []review.Code{review.NoDeletion, review.NoReturnChoice, review.TransferNoBasis,
				review.TransferUndetermined, review.SubprocessorTermsMissing, review.NoObjectionRight,
				review.NoticePeriodMissing, review.GoverningLawMissing, review.VenueMissing,
				review.AuditMissing, review.ControllerDutiesMissing, review.ComplianceInformationMissing,
				// Bilag A: the salt is kept 24 hours, less than the 90 days
				// of 8 ¶2. 9: «eller ved mistanke om brudd» lifts the yearly
				// limit.
				review.RetentionOutlastsEnd, review.AuditLimited},
		},
		{
			a: examples.Cradl(),
			want: []reviewPin{
				{code: review.DocumentsContradictUnranked, clause: "15", sev: review.Weak,
					why: "15: «delete and/or return», no time; Terms of Service 13: «delete all», «completed by the end»; no order of precedence"},
				{code: review.ProcessorOwnPurpose, clause: "3", sev: review.Unmet,
					match: func(f review.Finding) bool {
						return len(f.Args) > 0 && f.Args[0].Text == "Train machine learning models in order to continuously improve the accuracy of the service."
					},
					why: "3: «Train machine learning models in order to continuously improve the accuracy of the service.»"},
				{code: review.DirectiveCited, clause: "2", sev: review.Info, match: citesRepealed(review.DataProtectionDirective),
					why: "2: «EU Data Protection Laws» means «EU Directive 95/46/EC», repealed from 25 May 2018"},
				{code: review.RequestNoticeMissing, clause: "11", sev: review.Info,
					why: "11 sets no duty to pass on a data subject's request"},
				{code: review.BreachContentsNotListed, clause: "9", sev: review.Info,
					why: "9: «assist … including … article 33», no list of contents"},
				{code: review.DocumentNotReproduced, clause: "License Agreement", sev: review.Info,
					why: "Terms of Service 1: the License Agreement is part of the Services Agreement, not published"},
				{code: review.RetentionOutlastsEnd, clause: "3", sev: review.Weak,
					match: func(f review.Finding) bool {
						return len(f.Args) == 3 && f.Args[1].Period == obligation.Years(5) && f.Args[2].Clause == "15 ¶2"
					},
					why: "3: «stored for up to 5 years» after processing; 15 ¶2: «permanently erase all Personal Data» at the end, whatever the choice"},
				{code: review.AuditScopeLimited, clause: "10", sev: review.Weak,
					why: "10: «The audit does not include information concerning Data Processor’s trade secrets», including «algorithms, software code, test results, processes»"},
			},
			not: []review.Code{review.NoDeletion, review.NoReturnChoice, review.GoverningLawMissing,
				review.BreachDeadlineLoose, review.NoticePeriodMissing, review.SubprocessorLiabilityMissing,
				review.FlowDownMissing, review.AuthorisationMissing, review.InfringingInstructionMissing,
				// Terms of Service 12: termination for material breach.
				review.TerminationRightMissing},
		},
	}
	for _, tt := range tests {
		t.Run(tt.a.ID, func(t *testing.T) {
			r := mustReview(t, tt.a, reviewDay)
			for _, p := range tt.want {
				f, ok := findPin(r, p)
				switch {
				case !ok:
					t.Errorf("missing %s at %q (absent %v): %s\nreport: %v", p.code, p.clause, p.absent, p.why, reviewSummary(r))
				case f.Severity != p.sev:
					t.Errorf("%s at %q: severity %v, want %v", p.code, p.clause, f.Severity, p.sev)
				}
			}
			for _, c := range tt.not {
				if r.Has(c) {
					t.Errorf("reports %s, which the text rules out: %v", c, r.WithCode(c).Findings)
				}
			}
		})
	}
}

// TestAptibleTransferFindings: the directory gives 27 entries in the
// United States and Typeform in Spain, with no transfer mechanism per
// entry; 6.2 makes the 2021/914 clauses (Exhibit A) the basis of the
// transfers from the EU, the EEA, Switzerland and the UK, and 1.5 adds the
// UK Addendum (Exhibit B) for transfers under the UK GDPR. From the EEA
// side each US entry is a transfer on the clauses and Typeform, in the EU,
// is none; from the UK side each US entry has the UK Addendum among its
// valid bases, and so has Typeform, in Spain, which without them rests on
// the United Kingdom's own adequacy finding for the EEA states (in force
// from the end of the transition period, 1 January 2021).
func TestAptibleTransferFindings(t *testing.T) {
	a := examples.Aptible()
	places := map[string]subprocessor.Location{}
	for _, e := range a.Subprocessors.Entries {
		places[e.Name] = e.Processing[0]
	}
	var eea, uk int
	for _, f := range a.Subprocessors.TransfersUnder(a.SubprocessorPolicy.Transfers, reviewDay) {
		inUS := places[f.Path] == subprocessor.In("US")
		switch f.Exporter {
		case subprocessor.ExporterEEA:
			eea++
			switch {
			case !inUS && f.Outcome != subprocessor.NoTransfer:
				t.Errorf("%s from the EEA: %s, want no transfer (Spain is in the EU)", f.Path, f.Outcome)
			case inUS && (f.Outcome != subprocessor.BasisFound || f.Basis != subprocessor.SCC2021 || f.Clause != "6.2; Exhibit A"):
				t.Errorf("%s from the EEA: %s on %s under %q, want the 2021/914 clauses of 6.2", f.Path, f.Outcome, f.Basis, f.Clause)
			}
		case subprocessor.ExporterUK:
			uk++
			if !inUS {
				if f.Outcome != subprocessor.BasisFound {
					t.Errorf("%s from the UK: %s (%s), want basis-found", f.Path, f.Outcome, f.Explain(language.English))
				}
				var typeform subprocessor.Entry
				for _, e := range a.Subprocessors.Entries {
					if e.Name == f.Path {
						typeform = e
					}
				}
				own := subprocessor.EmbeddedLaw().AssessEntry(typeform, subprocessor.Transfers{}, subprocessor.ExporterUK, reviewDay)
				if len(own) != 1 || own[0].Outcome != subprocessor.BasisFound || own[0].Basis != subprocessor.Adequacy || !strings.Contains(own[0].Act, "EEA states") {
					t.Errorf("%s from the UK with no bases named: %+v, want basis-found on the UK's adequacy for the EEA states", f.Path, own)
				}
				continue
			}
			addendum := false
			for _, b := range f.Bases {
				addendum = addendum || (b.Basis.Mechanism == subprocessor.UKAddendum && b.Status == subprocessor.Valid)
			}
			if f.Outcome != subprocessor.BasisFound || !addendum {
				t.Errorf("%s from the UK: %s, want a basis with the UK Addendum valid among the bases (%+v)", f.Path, f.Outcome, f.Bases)
			}
		}
	}
	if eea != 28 || uk != 28 {
		t.Errorf("findings for %d entries from the EEA and %d from the UK, want 28 each", eea, uk)
	}
}

// endDuties returns the action and clause of each duty the end of a on
// the day given creates, with the facts given.
func endDuties(t *testing.T, a agreement.Agreement, at time.Time, fs obligation.Facts) map[string]obligation.Duty {
	t.Helper()
	duties, err := a.Agenda(obligation.Event{Kind: obligation.AgreementEnds, At: at, Facts: fs}, obligation.Norway())
	if err != nil {
		t.Fatalf("%s: %v", a.ID, err)
	}
	m := map[string]obligation.Duty{}
	for _, d := range duties {
		m[d.Action.String()+" "+string(d.Clause)] = d
	}
	return m
}

// TestCorpusEndChoices: the choices the texts give at the end, branch by
// branch, and both branches labelled when the choice is not known.
func TestCorpusEndChoices(t *testing.T) {
	end := oslo(2026, time.June, 30, 12, 0)
	tests := []struct {
		name   string
		a      agreement.Agreement
		facts  obligation.Facts
		want   []string // action and clause of duties that must be there
		not    []string // and of those that must not
		reason string
	}{
		{"Stimma, delete chosen", examples.Stimma(), obligation.Facts{Chosen: obligation.Delete},
			[]string{"delete-data 16.1 b", "confirm-deletion 16.2"}, []string{"return-data 16.1 a", "delete-data 5.1 g"},
			"16.1 b: «radera alla personuppgifter och befintliga kopior»"},
		{"Stimma, return chosen", examples.Stimma(), obligation.Facts{Chosen: obligation.Return},
			[]string{"return-data 16.1 a", "delete-data 5.1 g"}, []string{"delete-data 16.1 b"},
			"16.1 a: «återlämna alla personuppgifter»; 5.1 g: «radera befintliga kopior»"},
		{"Cradl, return chosen", examples.Cradl(), obligation.Facts{Chosen: obligation.Return},
			[]string{"return-data 15", "delete-data 15 ¶2"}, []string{"delete-data 15"},
			"15: «delete and/or return»; 15 ¶2 erases whatever the choice"},
		{"Cradl, delete chosen", examples.Cradl(), obligation.Facts{Chosen: obligation.Delete},
			[]string{"delete-data 15", "delete-data 15 ¶2"}, []string{"return-data 15"}, "15: «delete and/or return»"},
		{"Aptible, delete chosen", examples.Aptible(), obligation.Facts{Chosen: obligation.Delete},
			[]string{"delete-data 3.11", "confirm-deletion Exhibit A, Clause 8.5"}, []string{"return-data Exhibit A, Clause 8.5"},
			"Clause 8.5: «delete all personal data … and certify»"},
		{"Aptible, return chosen", examples.Aptible(), obligation.Facts{Chosen: obligation.ReturnThenDelete},
			[]string{"return-data Exhibit A, Clause 8.5", "delete-data Exhibit A, Clause 8.5"}, []string{"confirm-deletion Exhibit A, Clause 8.5"},
			"Clause 8.5: «or return … and delete existing copies»"},
	}
	for _, tt := range tests {
		got := endDuties(t, tt.a, end, tt.facts)
		for _, k := range tt.want {
			if _, ok := got[k]; !ok {
				t.Errorf("%s: no duty %q (%s); got %v", tt.name, k, tt.reason, keys(got))
			}
		}
		for _, k := range tt.not {
			if _, ok := got[k]; ok {
				t.Errorf("%s: duty %q, which the choice rules out (%s)", tt.name, k, tt.reason)
			}
		}
	}
	// With the choice unknown, each branch is given, labelled with the
	// alternatives that select it.
	got := endDuties(t, examples.Stimma(), end, obligation.Facts{})
	if d := got["return-data 16.1 a"]; d.Assumes.Choice != obligation.Return {
		t.Errorf("Stimma, choice unknown: the return assumes %v, want return", d.Assumes.Choice)
	}
	if d := got["delete-data 16.1 b"]; d.Assumes.Choice != obligation.Delete {
		t.Errorf("Stimma, choice unknown: the deletion assumes %v, want delete", d.Assumes.Choice)
	}
}

func keys(m map[string]obligation.Duty) []string {
	var s []string
	for k := range m {
		s = append(s, k)
	}
	return s
}

// TestCorpusCoverage: what each text leaves to other documents, to the
// reader's inference and to the filler of the template.
func TestCorpusCoverage(t *testing.T) {
	ap := examples.Aptible().Coverage()
	if !slices.Contains(ap.Documents, "Security Practices Summary") {
		t.Errorf("Aptible: documents to ask for %v, want the Security Practices Summary (4.1, Annex II)", ap.Documents)
	}
	sp := examples.Sporlos().Coverage()
	var inferred []string
	for _, term := range sp.Inferred {
		inferred = append(inferred, term.Path)
	}
	if diff := cmp.Diff([]string{"subprocessorPolicy.authorisation"}, inferred); diff != "" {
		t.Errorf("Sporløs: inferred terms mismatch (-want +got):\n%s\n4 d names no kind of authorisation", diff)
	}
	st := examples.Stimma().Coverage()
	blank := map[string]bool{}
	for _, b := range st.Blanks {
		blank[b.Field] = true
	}
	// Bilaga 2 §2.1 (the list), «Parter» (names, numbers), Bilaga 2a (the
	// objection date).
	for _, f := range []string{"subprocessors", "parties[0].name", "parties[1].orgNumber", "subprocessorPolicy.objection.period"} {
		if !blank[f] {
			t.Errorf("Stimma: %s not among the blanks %v", f, st.Blanks)
		}
	}
}

// TestCorpusSubprocessorAgenda: a change of subprocessor and an objection
// to it in each agreement's agenda.
func TestCorpusSubprocessorAgenda(t *testing.T) {
	cal := obligation.Norway()
	agenda := func(a agreement.Agreement, ev obligation.Event) map[string]obligation.Duty {
		t.Helper()
		duties, err := a.Agenda(ev, cal)
		if err != nil {
			t.Fatalf("%s: %v", a.ID, err)
		}
		m := map[string]obligation.Duty{}
		for _, d := range duties {
			m[d.Action.String()] = d
		}
		return m
	}
	endOf := func(y int, mo time.Month, d int) time.Time {
		return time.Date(y, mo, d, 23, 59, 59, 999999999, cal.Location())
	}

	// Stimma 11.3: «minst 30 dagar innan». A notice on Thursday 16 April
	// 2026 for a start on Monday 1 June: 30 whole days, 2 to 31 May, so the
	// notice is due by the end of Friday 1 May 2026 (a period counted back
	// does not move for the holiday). 11.4: the objection «skriftlig och
	// motiverad», with no window.
	st := agenda(examples.Stimma(), obligation.Event{Kind: obligation.SubprocessorChangeAnnounced,
		At: oslo(2026, time.April, 16, 10, 0), Effective: oslo(2026, time.June, 1, 0, 0)})
	if d := st["notify"]; !d.Due.At.Equal(endOf(2026, time.May, 1)) || d.Clause != "11.3" {
		t.Errorf("Stimma notice: due %v under %s, want the end of 1 May 2026 under 11.3", d.Due.At, d.Clause)
	}
	if d, ok := st["object"]; !ok || !d.Due.At.IsZero() || d.Clause != "11.4" {
		t.Errorf("Stimma objection: %+v, want a right under 11.4 with no window", d)
	}

	objection := func(a agreement.Agreement, at time.Time) map[string]obligation.Duty {
		return agenda(a, obligation.Event{Kind: obligation.ObjectionReceived, At: at})
	}
	// Stimma 11.4: «säga upp Avtalet med omedelbar verkan».
	if d := objection(examples.Stimma(), oslo(2026, time.May, 4, 9, 0))["terminate"]; d.Due.Period != obligation.Unquantified(obligation.Immediately) {
		t.Errorf("Stimma: termination %v, want immediately", d.Due.Period)
	}
	// Cradl 5: «terminate the Agreement with three month’s notice». An
	// objection on Monday 1 February 2027: three months end on Saturday 1
	// May 2027, Labour Day, so on Monday 3 May 2027.
	if d := objection(examples.Cradl(), oslo(2027, time.February, 1, 9, 0))["terminate"]; !d.Due.At.Equal(endOf(2027, time.May, 3)) {
		t.Errorf("Cradl: termination due %v, want the end of 3 May 2027", d.Due.At)
	}
	// Sporløs 4 d: «si opp tjenesten med virkning før endringen trer i
	// kraft»: a right, with no period.
	if d, ok := objection(examples.Sporlos(), oslo(2026, time.May, 4, 9, 0))["terminate"]; !ok || d.Clause != "4 d" {
		t.Errorf("Sporløs: termination %+v, want the right of 4 d", d)
	}
	// Aptible 5.4: «Customer may object … by notifying Aptible in writing»,
	// and nothing follows: an objection creates no duty.
	if got := objection(examples.Aptible(), oslo(2026, time.May, 4, 9, 0)); len(got) != 0 {
		t.Errorf("Aptible: an objection gives %v, want nothing (5.4 states no consequence)", keys(got))
	}
}

// TestCorpusRetention: the retention periods the texts set during the
// term, with deletion dates worked out by hand.
func TestCorpusRetention(t *testing.T) {
	cal := obligation.Norway()
	endOf := func(y int, mo time.Month, d int) time.Time {
		return time.Date(y, mo, d, 23, 59, 59, 999999999, cal.Location())
	}
	tests := []struct {
		name     string
		a        agreement.Agreement
		category string
		from     time.Time
		want     time.Time
		why      string
	}{
		{"Stimma logs", examples.Stimma(), "Aktivitetsloggar", oslo(2026, time.January, 15, 10, 0), endOf(2027, time.January, 15),
			"Bilaga 1 §3.2 «Aktivitetsloggar | 12 månader»: an entry of Thursday 15 January 2026 goes by Friday 15 January 2027"},
		{"Stimma reminders", examples.Stimma(), "Påminnelsehistorik", oslo(2026, time.August, 31, 10, 0), endOf(2027, time.March, 1),
			"«Påminnelsehistorik | 6 månader»: from 31 August 2026 the period ends on 28 February 2027 (no 31st), a Sunday, so Monday 1 March 2027"},
		{"Cradl documents", examples.Cradl(), "documents", oslo(2024, time.February, 29, 12, 0), endOf(2029, time.February, 28),
			"3: «stored for up to 5 years»: from 29 February 2024 to 28 February 2029, a Wednesday (no 29th in 2029)"},
		{"Sporløs salt", examples.Sporlos(), "salt for the daily-rotating hash", oslo(2026, time.May, 16, 0, 0), oslo(2026, time.May, 17, 0, 0),
			"Bilag A: the salt «byttes og forkastes hvert døgn»: a salt made at midnight is gone 24 hours later"},
	}
	for _, tt := range tests {
		got, err := tt.a.Retention.DeleteBy(tt.category, tt.from, cal)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if !got.Equal(tt.want) {
			t.Errorf("%s: delete by %v, want %v (%s)", tt.name, got, tt.want, tt.why)
		}
	}
	// Aptible's Annex I.B keeps the data «For the duration of the agreement
	// … or longer if required by applicable law»: no period during the
	// term.
	if n := len(examples.Aptible().Retention.Schedule); n != 0 {
		t.Errorf("Aptible: %d retention terms, want none", n)
	}
}

// TestEveryDutyNoteInBothLanguages checks that each note the models write
// on a step of the end of processing, in the seeds and the corpus and in
// the readings of other documents, has its Norwegian form, so that neither
// tour shows a note in the other language or drops it. (Notes the library
// derives from a policy are the library's, and a quotation of the text
// stays in its language.)
func TestEveryDutyNoteInBothLanguages(t *testing.T) {
	check := func(id string, a agreement.Agreement) {
		for _, r := range a.End.Steps {
			if r.Note != "" && r.NoteNB == "" {
				t.Errorf("%s, clause %s, %s: note %q has no Norwegian form", id, r.Clause, r.Action, r.Note)
			}
		}
	}
	for _, a := range append(examples.All(), examples.Corpus()...) {
		check(a.ID, a)
		for _, r := range a.Readings {
			if r.Value != nil {
				check(a.ID+" ("+r.Document+" "+string(r.Clause)+")", *r.Value)
			}
		}
	}
}

// TestCorpusPrecedence pins each agreement's rules of precedence from its
// text, and what they decide for a reading another document would give.
func TestCorpusPrecedence(t *testing.T) {
	// withReading returns a with a reading of term from doc's clause that
	// differs from a's own: an empty term marked as stated.
	withReading := func(a agreement.Agreement, term, doc string, clause obligation.Clause, v agreement.Agreement) agreement.Agreement {
		a.Readings = append(slices.Clone(a.Readings), agreement.Reading{Term: term, Document: doc, Clause: clause, Value: &v})
		return a
	}
	governs := func(a agreement.Agreement, term string) string {
		for _, c := range a.Conflicts() {
			if c.Term == term {
				if c.Governing < 0 {
					return "unranked"
				}
				s := c.Sources[c.Governing]
				return s.Document + " " + string(s.Clause)
			}
		}
		return "no conflict"
	}
	otherDeadline := agreement.Agreement{Breach: breach.Terms{Deadline: breach.Deadline{Provision: obligation.At("7"), Period: obligation.Hours(72)}}}

	ap := examples.Aptible()
	sp := examples.Sporlos()
	st := examples.Stimma()
	no := examples.Nortelecom()
	signed := examples.Sporlos()
	signed.Documents[len(signed.Documents)-1].Hypothetical = false
	signed.Documents[len(signed.Documents)-1].Signed = obligation.NewDate(2026, 10, 1)
	const sep = "en egen databehandleravtale"
	checkTerms(t, []term{
		// Aptible 6.3: «To the extent the terms of the Standard Contractual
		// Clauses … are inconsistent with the terms of this DPA»
		{"Aptible: clauses over the DPA to the extent of an inconsistency", ap.Precedence.Rules,
			[]agreement.PrecedenceRule{{Clause: "6.3", Document: "Exhibit A", Over: []string{"Data Processing Addendum"}, ToTheExtent: true}}},
		{"Aptible: the notice conflict is decided by 6.3", ap.Conflicts()[0].Rule, obligation.Clause("6.3")},
		{"Aptible: to the extent only", ap.Conflicts()[0].ToTheExtent, true},
		// Sporløs 2: «Har partene signert en egen databehandleravtale (for
		// eksempel KS' standardavtale), gjelder den foran denne.»
		{"Sporløs: a separately signed DPA prevails if signed", sp.Precedence.Rules,
			[]agreement.PrecedenceRule{{Clause: "2", Document: sep, Over: []string{"Databehandleravtale"}, If: agreement.IfSigned}}},
		{"Sporløs: the separate DPA is not known to exist", sp.Documents[len(sp.Documents)-1].Hypothetical, true},
		{"Sporløs: the review does not ask for a document that may not exist", slices.ContainsFunc(reviewOf(t, sp).WithCode(review.DocumentNotReproduced).Findings,
			func(f review.Finding) bool { return f.Args[0].Text == sep }), false},
		{"Sporløs: unsigned, its own 5 stands", governs(withReading(sp, "breach.deadline", sep, "7", otherDeadline), "breach.deadline"), " 5"},
		{"Sporløs: once signed, the separate DPA governs", governs(withReading(signed, "breach.deadline", sep, "7", otherDeadline), "breach.deadline"), sep + " 7"},
		// Stimma 21.1: «såvitt avser behandling av personuppgifter»
		{"Stimma: the PUB-avtal over the Huvudavtal as regards processing", st.Precedence.Rules,
			[]agreement.PrecedenceRule{{Clause: "21.1", Document: "Personuppgiftsbiträdesavtal (PUB-avtal)", Over: []string{"Huvudavtalet"},
				Regarding: "såvitt avser behandling av personuppgifter"}}},
		{"Stimma: which terms the subject reaches is left to interpretation",
			governs(withReading(st, "breach.deadline", "Huvudavtalet", "7", otherDeadline), "breach.deadline"), "unranked"},
		// Nortelecom 12.3: «punktene 12.1 og 12.2 for databehandlingsavtalen har forrang»
		{"Nortelecom: only 12.1 and 12.2 prevail", no.Precedence.Rules[0].Clauses, []obligation.Clause{"12.1", "12.2"}},
		{"Nortelecom: the end of 12.2 prevails over the Avtale",
			governs(withReading(no, "end", "Avtale", "9", agreement.Agreement{End: agreement.EndOfProcessing{Provision: obligation.At("9")}}), "end"), no.End.Document + " " + string(no.End.Clause)},
		{"Nortelecom: its breach deadline does not",
			governs(withReading(no, "breach.deadline", "Avtale", "7", otherDeadline), "breach.deadline"), "unranked"},
	})
}

func reviewOf(t *testing.T, a agreement.Agreement) review.Report {
	t.Helper()
	r, err := review.Agreement(a, obligation.NewDate(2026, 11, 23))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestCorpusCustomerRoles pins the agreements that leave the customer's
// role open between controller and processor, and the review's reading of
// both: the vendor is the customer's processor or its subprocessor.
func TestCorpusCustomerRoles(t *testing.T) {
	ap, cr := examples.Aptible(), examples.Cradl()
	subFinding := func(a agreement.Agreement) []obligation.Clause {
		var cs []obligation.Clause
		for _, f := range reviewOf(t, a).WithCode(review.SubprocessorAgreement).Findings {
			cs = append(cs, f.Clause)
		}
		return cs
	}
	checkTerms(t, []term{
		// Aptible 2: «Customer may be a Data Controller or a Data Processor»
		{"Aptible: the customer is a controller or a processor", ap.Parties[1].Acts, agreement.AsControllerOrProcessor},
		{"Aptible: where it says so", ap.Parties[1].ActsAt, obligation.Clause("2")},
		{"Aptible: may subprocess", ap.MaySubprocess(), true},
		{"Aptible: not known to subprocess", ap.Subprocessing(), false},
		{"Aptible: the review gives the Art. 28(4) reading", subFinding(ap), []obligation.Clause{"2"}},
		// Cradl 1: «as a sub-processor on behalf of another data processor»
		{"Cradl: the licensee is a controller or a processor", cr.Parties[1].Acts, agreement.AsControllerOrProcessor},
		{"Cradl: may subprocess", cr.MaySubprocess(), true},
		{"Cradl: the review gives the Art. 28(4) reading", subFinding(cr), []obligation.Clause{"1"}},
		// Sporløs 1 and Stimma «Parter» name a controller only.
		{"Sporløs: a controller only", examples.Sporlos().MaySubprocess(), false},
		{"Stimma: a controller only", examples.Stimma().MaySubprocess(), false},
	})
}
