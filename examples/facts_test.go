package examples_test

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/annex"
	"github.com/personvern/dpa/examples"
	"github.com/personvern/dpa/obligation"
	"golang.org/x/text/language"
)

// TestFactsAgainstTheText pins terms whose reading is easy to get wrong
// against the seed's own words: each case names the passage, checks that
// the seed says it (so the case fails if the passage is misplaced), and
// checks the model's value.
func TestFactsAgainstTheText(t *testing.T) {
	we, as, no, mm, w4 := examples.WeAreMedia(), examples.AssistertSelvhjelp(), examples.Nortelecom(), examples.MailMojo(), examples.We4you()
	tests := []struct {
		name    string
		passage string // where the seed says it
		says    string // the seed's words, verbatim
		got     any
		want    any
	}{
		// The exclusion of the security measures for children's and
		// sensitive data is the third paragraph of "Kundens plikter"; the
		// fourth is the customer's warranty that the law is complied with.
		{"We Are Media: security excluded for sensitive data",
			paragraph(t, "we-are-media", "Kundens plikter", 3),
			"Kunden er enig i at We Are Medias tjenester i prinsippet ikke inkluderer sikkerhetstiltakene",
			we.Duties.Security.SensitiveExcluded, obligation.At("Kundens plikter ¶3")},
		{"We Are Media: the customer's own security measures, same paragraph",
			paragraph(t, "we-are-media", "Kundens plikter", 3),
			"Kunder er ansvarlige for å treffe passende sikkerhetstiltak",
			controllerDutyClause(we, agreement.OwnSecurity), obligation.Clause("Kundens plikter ¶3")},
		{"We Are Media: informing the users is the fifth paragraph",
			paragraph(t, "we-are-media", "Kundens plikter", 5),
			"Kunder er forpliktet til å informere brukerne om bruk av databehandlere",
			controllerDutyClause(we, agreement.InformDataSubjects), obligation.Clause("Kundens plikter ¶5")},
		// "i tide" is the text's standard, not "within a reasonable time".
		{"We Are Media: audits announced «i tide»",
			paragraph(t, "we-are-media", "Sikkerhet", 2),
			"Kunder er forpliktet til å varsle We Are Media om sikkerhetsrevisjoner og systemtester (inkludert men ikke begrenset til automatisk gjenkjenning, penetrasjonstesting og portskanning) i tide.",
			we.Audit.Inspection, agreement.AdvanceNotice{Provision: obligation.At("Sikkerhet ¶2"), Period: obligation.Unquantified(obligation.InTime)}},
		{"We Are Media: the standard's label is the text's word",
			paragraph(t, "we-are-media", "Sikkerhet", 2), "i tide",
			we.Audit.Inspection.Period.Label(language.Norwegian), "i tide"},
		// "i god tid", in the fourth bullet of the fourth paragraph.
		{"Assistert Selvhjelp: changes announced «i god tid»",
			bulletOf(t, paragraph(t, "assistert-selvhjelp", "Bruk av underleverandører", 4), 4),
			"Slike bytter skal varsles i god tid",
			[]any{as.SubprocessorPolicy.Notice.Clause, as.SubprocessorPolicy.Notice.Period},
			[]any{obligation.Clause("Bruk av underleverandører ¶4, kulepunkt 4"), obligation.Unquantified(obligation.InGoodTime)}},
		{"Assistert Selvhjelp: the standard's label is the text's words",
			bulletOf(t, paragraph(t, "assistert-selvhjelp", "Bruk av underleverandører", 4), 4), "i god tid",
			as.SubprocessorPolicy.Notice.Period.Label(language.Norwegian), "i god tid"},
		// Vedlegg 1 is an unticked check-list whose printed data
		// subjects do not include end users and whose operations do not
		// include restriction: items evidenced elsewhere cite where.
		{"Assistert Selvhjelp: end users come from «Tema for behandlingen»",
			paragraph(t, "assistert-selvhjelp", "Tema for behandlingen", 1),
			"Databehandleren skal Behandle Personopplysninger som Sluttbrukere registrerer i tjenesten",
			itemClauses(as.Processing.Description.DataSubjects), []string{"Tema for behandlingen"}},
		{"Assistert Selvhjelp: restriction comes from «Databehandlers plikter»",
			seedText(t, "assistert-selvhjelp"),
			"ha rutiner for og teknisk mulighet til å begrense Behandlingen av den registrertes personopplysninger",
			clauseOfOperation(as.Processing.Description.Operations, annex.OpRestriction), "Databehandlers plikter"},
		// Nortelecom Vedlegg 3.3 §4.2: "så snart en av følgende hendelser
		// inntreffer", the agreement's end among them: immediately, not
		// "as soon as possible" (those words are in 4.6, about requests).
		{"Nortelecom §4.2: deletion once the agreement ends",
			clauseTextAfter(t, "nortelecom", "Vedlegg 3.3", "4.2"),
			"Databehandleren må slette alle personopplysningene så snart en av følgende hendelser inntreffer",
			ruleDue(no, obligation.AgreementEnds, obligation.DeleteData, "Vedlegg 3.3 §4.2"), obligation.Unquantified(obligation.Immediately)},
		// 12.2: a copy on request, and the three-month deletion only
		// where no copy is asked for.
		{"Nortelecom 12.2: a copy on request",
			clauseText(t, "nortelecom", "12.2"),
			"må databehandleren på anmodning lage en kopi av alle personopplysningene",
			hasRule(no, obligation.CopyRequested, obligation.ProvideExport, "12.2"), true},
		{"Nortelecom 12.2: three months, unless a copy is asked for",
			clauseText(t, "nortelecom", "12.2"),
			"Hvis databehandlingsansvarlig ikke ber om en kopi av personopplysningene som blir gjort tilgjengelig, vil alle personopplysningene bli slettet innen tre (3) måneder etter utløpet av avtalen.",
			ruleDue(no, obligation.AgreementEnds, obligation.DeleteData, "12.2"), obligation.Months(3)},
		// MailMojo 2.6: "en særskilt godtgjørelse", no rate.
		{"MailMojo 2.6: a separate fee, no rate",
			seedText(t, "mailmojo"),
			"Behandlingsansvarlig er innforstått med at Databehandler kan kreve en særskilt godtgjørelse for gjennomføringen av revisjonen.",
			mm.Audit.Cost, agreement.AuditCost{Provision: obligation.At("2.6"), Cost: obligation.Cost{Kind: obligation.Billed}}},
		// Nortelecom: the cost of an audit is in 9.12, not 9.7.
		{"Nortelecom 9.12: audits at the controller's cost",
			clauseText(t, "nortelecom", "9.12"),
			"Enhver revisjon utføres for den databehandlingsansvarliges regning.",
			no.Audit.Cost, agreement.AuditCost{Provision: obligation.At("9.12"), Cost: obligation.Cost{Kind: obligation.RequesterPays}}},
		{"Nortelecom 9.7 sets no cost",
			clauseText(t, "nortelecom", "9.7"), "en gang per kalenderår",
			strings.Contains(clauseText(t, "nortelecom", "9.7"), "regning"), false},
		// Who audits, in the texts' words.
		{"Assistert Selvhjelp: the controller or a third party it appoints",
			seedText(t, "assistert-selvhjelp"),
			"Innsyn og kontroll kan gjennomføres av Behandlingsansvarlig eller tredjepart som Behandlingsansvarlig utpeker.",
			as.Audit.Auditor, agreement.ControllerOrMandated},
		{"Nortelecom 4.5: the controller or a third party it appoints",
			clauseText(t, "nortelecom", "4.5"),
			"uavhengig av om dette utføres av den behandlingsansvarlige eller en tredjepart utnevnt av datakontrolleren",
			no.Audit.Auditor, agreement.ControllerOrMandated},
		{"MailMojo 2.6: an independent third party",
			seedText(t, "mailmojo"),
			"Behandlingsansvarlig har rett til å kreve sikkerhetsrevisjon utført av uavhengig tredjepart.",
			mm.Audit.Auditor, agreement.IndependentAuditor},
		// We4you: a favourable hearing, not an audit right.
		{"We4you: on-site inspection «imøtekommet positivt»",
			paragraph(t, "we4you", "Innsyn i opplysninger", 1),
			"Der hvor kunde/oppdragsgiver har behov for stedlig ettersyn vil disse krav blir imøtekommet positivt.",
			w4.Audit.Discretionary, true},
		// Assistert Selvhjelp: the refund's two limbs, and the exclusion
		// of indirect loss in both the service agreement and the DPA.
		{"Assistert Selvhjelp: refund for unused services and time",
			seedText(t, "assistert-selvhjelp"),
			"refusjon som står i forhold til ubrukte Tjenester som brukt/ubrukt og tid som gjenstår i avtalen",
			[]any{as.Fees.Refunds[0].Basis, as.Fees.Refunds[0].Services}, []any{agreement.UnusedTime, true}},
		{"Assistert Selvhjelp: indirect loss excluded",
			seedText(t, "assistert-selvhjelp"), "Erstatning for indirekte tap kan ikke kreves.",
			as.Liability.Excluded.Indirect, true},
		// The 12-month period is a default the order may change; the
		// DPA's own duration follows the processing.
		{"Assistert Selvhjelp: the period is a default",
			seedText(t, "assistert-selvhjelp"),
			"Dersom ikke annet fremgår av bestillingen, kontrakt og/eller faktura er avtaleperiode på 12 måneder",
			[]any{as.Term.Period, as.Term.Default}, []any{obligation.Months(12), true}},
		{"Assistert Selvhjelp: the DPA lasts while any agreement to process does",
			paragraph(t, "assistert-selvhjelp", "Varighet og opphør", 1),
			as.Processing.Description.Duration.Text,
			as.Processing.Description.Duration.Clause, "Varighet og opphør"},
		// MailMojo: "Versjon 1.0, 24. mai 2018", a version date.
		{"MailMojo: version 1.0 of 24 May 2018",
			seedText(t, "mailmojo"), "Versjon 1.0, 24. mai 2018",
			[]any{mm.Version, mm.VersionDate, mm.Updated}, []any{"1.0", obligation.NewDate(2018, 5, 24), obligation.Date{}}},
		// MailMojo 1: the definition's operations, read as the other
		// seeds' same enumeration is.
		{"MailMojo 1: operations from the definition of «Behandling»",
			seedText(t, "mailmojo"),
			"som f.eks. innsamling, registrering, sammenstilling, lagring og utlevering eller en kombinasjon av slike bruksmåter",
			kindsOf(mm.Processing.Description.Operations), []string{"collection", "recording", "alignment-or-combination", "storage", "disclosure"}},
		// The opening has no heading: its paragraphs are cited by number
		// after the title, not by an invented "Innledning".
		{"We Are Media: the laws are the list of the opening's first paragraph",
			paragraph(t, "we-are-media", "Databehandleravtale", 1),
			"Lov av 14.april 2000 nr. 31 om behandling av personopplysninger (personopplysningsloven);",
			we.Laws.Clause, obligation.Opening(1)},
		{"We Are Media: the law prevails, second paragraph",
			paragraph(t, "we-are-media", "Databehandleravtale", 2),
			"Hvis det er en konflikt mellom bestemmelsene i denne avtalen",
			we.Precedence.Clause, obligation.Opening(2)},
		{"We Are Media: the processing, first paragraph",
			paragraph(t, "we-are-media", "Databehandleravtale", 1),
			"Denne avtalen regulerer behandlingen av personopplysninger fra We Are Media (databehandler)",
			[]any{we.Service.Clause, we.Processing.Description.Operations.Clause}, []any{obligation.Opening(1), "¶1"}},
		// An enumeration inside a definition, and an unticked
		// check-list, are read from the text: inferred, not stated.
		{"MailMojo: the operations are inferred",
			seedText(t, "mailmojo"), "som f.eks. innsamling",
			mm.Processing.Description.Operations.Status, annex.ListInferred},
		{"We Are Media: the operations are inferred",
			seedText(t, "we-are-media"), "inkludert innsamling",
			we.Processing.Description.Operations.Status, annex.ListInferred},
		{"Assistert Selvhjelp: Vedlegg 1's lists without a filled-in text are inferred",
			seedText(t, "assistert-selvhjelp"), "Behandlingsaktiviteter (Hva skal databehandler gjøre med personopplysningene?):",
			[]annex.ListStatus{as.Processing.Description.DataSubjects.Status, as.Processing.Description.SpecialCategories.Status,
				as.Processing.Description.SecurityNeeds.Status, as.Processing.Description.Operations.Status},
			[]annex.ListStatus{annex.ListInferred, annex.ListInferred, annex.ListInferred, annex.ListInferred}},
		{"We Are Media: the same enumeration, the same reading",
			seedText(t, "we-are-media"), "inkludert innsamling, registrering, kompilering, lagring, utlevering eller en kombinasjon av disse",
			kindsOf(we.Processing.Description.Operations), []string{"collection", "recording", "alignment-or-combination", "storage", "disclosure"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !quotedIn(tt.says, tt.passage) {
				t.Errorf("the seed does not say %q where the case claims", tt.says)
			}
			if diff := cmp.Diff(tt.want, tt.got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestFactsVedlegg1 pins what Vedlegg 1 of Assistert Selvhjelp's text does
// not have: the items the model takes from elsewhere are not in the
// check-list, so they must not cite it.
func TestFactsVedlegg1(t *testing.T) {
	text := seedText(t, "assistert-selvhjelp")
	section := func(from, to string) string {
		i := strings.Index(text, from)
		j := strings.Index(text[max(i, 0):], to)
		if i < 0 || j < 0 {
			t.Fatalf("Vedlegg 1: no list from %q to %q", from, to)
		}
		return text[i : i+j]
	}
	subjects := section("følgende kategorier av registrerte", "Kategorier av personopplysninger:")
	operations := section("Behandlingsaktiviteter (Hva skal databehandler gjøre med personopplysningene?):", "VEDLEGG 2")
	if !strings.Contains(subjects, "Pasienter") || !strings.Contains(operations, "Sammenstilling") {
		t.Fatal("Vedlegg 1's lists are not where the test looks")
	}
	if strings.Contains(subjects, "Sluttbruker") {
		t.Error("Vedlegg 1 lists end users after all")
	}
	if strings.Contains(operations, "Begrensning") {
		t.Error("Vedlegg 1 lists restriction after all")
	}
	d := examples.AssistertSelvhjelp().Processing.Description
	for _, it := range d.DataSubjects.Items {
		if it.Clause == "" || strings.HasPrefix(it.Clause, "Vedlegg 1") {
			t.Errorf("data subject %s cites %q, but Vedlegg 1 does not list it", it.Kind, it.Clause)
		}
	}
	for _, it := range d.Operations.Items {
		if it.Kind == annex.OpRestriction && (it.Clause == "" || strings.HasPrefix(it.Clause, "Vedlegg 1")) {
			t.Errorf("restriction cites %q, but Vedlegg 1 does not list it", it.Clause)
		}
	}
}

// TestFactsMeasureClauses: Nortelecom's eleven measures are five of
// clause 8.1 and six of Vedlegg 8.2, each citing its own.
func TestFactsMeasureClauses(t *testing.T) {
	if !quotedIn("Slike tiltak må alltid omfatte minst tiltak: 1. Sikre en sikker overføring", clauseText(t, "nortelecom", "8.1")) {
		t.Fatal("8.1's list not found")
	}
	count := map[bool]int{}
	for _, m := range examples.Nortelecom().Processing.Description.SecurityMeasures.Items {
		count[strings.HasPrefix(m.Clause, "8.1")]++
		if m.Clause == "" || m.Clause == "8.1" {
			t.Errorf("measure %s has no clause of its own", m.Kind)
		}
	}
	if count[true] != 5 || count[false] != 6 {
		t.Errorf("measures: %d from 8.1 and %d from Vedlegg 8.2, want 5 and 6", count[true], count[false])
	}
}

// TestFactsDiscretionaryAudit: We4you's favourable hearing owes no audit
// on the day asked for.
func TestFactsDiscretionaryAudit(t *testing.T) {
	ev := obligation.Event{Kind: obligation.AuditRequested, At: timeAt("2026-01-10 10:00"), Effective: timeAt("2026-03-03 09:00")}
	ds, err := examples.We4you().Agenda(ev, norwayCal)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range ds {
		if d.Action == obligation.AllowAudit && d.Due.IsFixed() {
			t.Errorf("We4you owes an audit by %v; its text promises only a favourable hearing", d.Due.At.Format(time.DateTime))
		}
	}
}

func controllerDutyClause(a agreement.Agreement, k agreement.DutyKind) obligation.Clause {
	for _, d := range a.Duties.Controller.Duties {
		if d.Kind == k {
			return d.Clause
		}
	}
	return ""
}

func itemClauses[K annex.Kind](l annex.List[K]) []string {
	var out []string
	for _, it := range l.Items {
		out = append(out, it.Clause)
	}
	return out
}

func clauseOfOperation(l annex.List[annex.OperationKind], k annex.OperationKind) string {
	for _, it := range l.Items {
		if it.Kind == k {
			return it.Clause
		}
	}
	return ""
}

func ruleDue(a agreement.Agreement, on obligation.EventKind, act obligation.Action, clause obligation.Clause) obligation.Period {
	for _, r := range a.End.Steps {
		if r.On == on && r.Action == act && r.Clause == clause {
			return r.Due
		}
	}
	return obligation.Period{}
}

func hasRule(a agreement.Agreement, on obligation.EventKind, act obligation.Action, clause obligation.Clause) bool {
	for _, r := range a.End.Steps {
		if r.On == on && r.Action == act && r.Clause == clause {
			return true
		}
	}
	return false
}
