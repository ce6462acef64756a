package examples_test

import (
	"bytes"
	"github.com/personvern/dpa/agreement/review"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/annex"
	"github.com/personvern/dpa/breach"
	"github.com/personvern/dpa/examples"
	"github.com/personvern/dpa/obligation"
	"github.com/personvern/dpa/subprocessor"
	"golang.org/x/text/language"
)

// reviewDay is the day the issue asks the seeds to be reviewed on.
var reviewDay = obligation.NewDate(2026, 11, 23)

// reviewPin is a finding a seed's text calls for: its code, the clause it
// concerns ("" with absent for "not in the agreement"), and, where the
// code can occur more than once, a test of the finding's details.
type reviewPin struct {
	code   review.Code
	clause obligation.Clause
	absent bool
	sev    review.Severity
	match  func(review.Finding) bool
	why    string // the seed's words or the law that call for it
}

func findPin(r review.Report, p reviewPin) (review.Finding, bool) {
	for _, f := range r.Findings {
		if f.Code == p.code && f.Clause == p.clause && f.Absent == p.absent && (p.match == nil || p.match(f)) {
			return f, true
		}
	}
	return review.Finding{}, false
}

func citesRepealed(id review.Instrument) func(review.Finding) bool {
	return func(f review.Finding) bool { return len(f.Args) > 0 && f.Args[0].Law == id }
}

// TestSeedReviews reviews each seed on 23 November 2026 and checks the
// findings its text calls for, each with its clause, and the absence of
// findings its text rules out. Expected values come from the seed texts
// (shared/seeds) and the law (shared/legal/FACTS.md), never from Review's
// output.
func TestSeedReviews(t *testing.T) {
	tests := []struct {
		seed agreement.Agreement
		want []reviewPin
		not  []review.Code
	}{
		{
			seed: examples.WeAreMedia(),
			want: []reviewPin{
				{code: review.LawRepealed, clause: obligation.Opening(1), sev: review.Weak, match: citesRepealed(review.PersonalDataAct2000),
					why: "«Lov av 14.april 2000 nr. 31 … (personopplysningsloven)», replaced by LOV-2018-06-15-38 on 20 July 2018"},
				{code: review.LawRepealed, clause: obligation.Opening(1), sev: review.Weak, match: citesRepealed(review.PersonalDataRegulations2000),
					why: "«Forskrift av 13.desember 2000 nr. 1265 … (personopplysningsforskriften)», replaced on 20 July 2018"},
				{code: review.LawRepealed, clause: obligation.Opening(1), sev: review.Weak, match: citesRepealed(review.HealthRegistersAct2001),
					why: "«Lov om helseregistre … av 18.mai 2001 nr.24», replaced by the 2014 Act on 1 January 2015"},
				{code: review.TransferNoneNamed, clause: "Internasjonal dataeksport", sev: review.Weak,
					why: "processing «utenfor Norge, EU og Sveits» with no transfer mechanism named, «i samsvar med gjeldende lover og forskrifter»: undetermined, no basis named"},
				{code: review.ObjectionWindowShort, clause: "Bruk av underleverandører ¶6", sev: review.Weak,
					why: "«I tilfelle kunden motsetter seg … skal We Are Media varsles umiddelbart»"},
				{code: review.ListUpdateOnly, clause: "Bruk av underleverandører ¶5", sev: review.Weak,
					why: "«forpliktet til å oppdatere listen over underleverandører minst 30 dager før»"},
				{code: review.BreachContentsIncomplete, clause: "Avvik ¶2", sev: review.Weak,
					match: func(f review.Finding) bool {
						return len(f.Args) == 1 && f.Args[0].Items == breach.ItemsOf(breach.SubjectCategories, breach.SubjectCount,
							breach.RecordCategories, breach.RecordCount)
					},
					why: "the notice holds nature, contact point, consequences and measures, not the categories and numbers of Art. 33(3)(a)"},
				{code: review.GoverningLawMissing, absent: true, sev: review.Info, why: "no governing law or venue clause"},
				{code: review.DurationImplied, clause: "Returner og ødelegg personlig informasjon", sev: review.Weak,
					why: "no term or duration clause, but the purpose is «å levere tjenester i samsvar med tjenesteavtalen» and deletion comes «etter at den endelige avtalsperioden utløper»: implicit only"},
				{code: review.DataSubjectsMissing, absent: true, sev: review.Unmet, why: "the text names no categories of data subjects"},
				{code: review.PersonalDataMissing, absent: true, sev: review.Unmet, why: "the text names no types of personal data"},
				{code: review.AuditImplied, clause: "Sikkerhet ¶2", sev: review.Weak,
					why: "no right to audit or inspect is granted, though customers must announce their security audits «i tide»"},
				{code: review.StaffNotBound, clause: "Taushetsplikt", sev: review.Weak,
					why: "«We Are Media er ansvarlig for konfidensialiteten»; nothing binds the staff"},
				{code: review.SensitiveSecurityExcluded, clause: "Kundens plikter ¶3", sev: review.Weak,
					why: "«tjenester i prinsippet ikke inkluderer sikkerhetstiltakene som er nødvendige for å behandle personopplysninger om barn og sensitive …»; the text does not say such data are processed"},
				{code: review.AuditNoticeVague, clause: "Sikkerhet ¶2", sev: review.Info,
					why: "«Kunder er forpliktet til å varsle We Are Media om sikkerhetsrevisjoner og systemtester … i tide»: the controller's duty, which the GDPR does not set"},
				{code: review.SuspensionRightMissing, absent: true, sev: review.Info,
					why: "nothing lets the customer stop the processing on a breach"},
				{code: review.TerminationRightMissing, absent: true, sev: review.Info,
					why: "the only termination is the one We Are Media may choose on an objection (¶6 option 3)"},
			},
			not: []review.Code{review.NoObjectionRight, review.FlowDownMissing, review.SubprocessorLiabilityMissing,
				review.NoticePeriodMissing, review.SubjectMatterMissing, review.DurationMissing, review.AuditMissing,
				// «Kundens plikter» and «Eierskap og håndteringsansvar» set out the customer's obligations
				review.ControllerDutiesMissing,
				// ¶3: «bistå … med å oppfylle kravene for å etablere et passende sikkerhetsnivå, … varsle sikkerhetsbrudd,
				// evaluere personvernkonsekvenser og gjennomføre tidligere diskusjoner»
				review.AssistanceMissing, review.AssistanceScopeIncomplete, review.AssistanceGeneralOnly,
				// «Sikkerhet» is followed by concrete measures
				review.SecurityDutyMissing, review.MeasuresRestateLaw},
		},
		{
			seed: examples.AssistertSelvhjelp(),
			want: []reviewPin{
				{code: review.TransferUndetermined, clause: "Overføring av personopplysninger til utlandet", sev: review.Weak,
					match: func(f review.Finding) bool { return len(f.Args) == 4 && f.Args[3].Key == "note.basis-unnamed" },
					why:   "developers outside the EU; «benytter Databehandler godkjente overføringsgrunnlag», none named"},
				{code: review.NoticePeriodVague, clause: "Bruk av underleverandører ¶4, kulepunkt 4", sev: review.Weak,
					match: func(f review.Finding) bool {
						return len(f.Args) == 1 && f.Args[0].Period == obligation.Unquantified(obligation.InGoodTime) &&
							strings.Contains(f.Message(language.Norwegian), "(i god tid)")
					},
					why: "«Slike bytter skal varsles i god tid»: a period, but a vague one"},
				{code: review.AssistanceCostConflict, clause: "Vedlegg 2 Kompensasjon", sev: review.Weak,
					match: func(f review.Finding) bool { return len(f.Args) == 2 && f.Args[0].Clause == "Databehandlers plikter" },
					why:   "«Databehandlerens bistand … skal gjøres kostnadsfritt» against Vedlegg 2 «skal kompenseres … i samsvar med Databehandlers vanlige betingelser og timesatser»"},
				{code: review.SensitiveDataSafeguards, clause: "Vedlegg 1", sev: review.Weak,
					match: func(f review.Finding) bool { return len(f.Args) == 2 && f.Args[0].Key == "sensitive.art9" },
					why:   "health data (anxiety and depression scores), Art. 9 data only, none of Art. 10; Vedlegg 1: special security needs call for «en avtale om økt sikkerhet», none in the text"},
			},
			not: []review.Code{review.LawRepealed, review.GoverningLawMissing, review.VenueMissing,
				review.NoObjectionRight, review.DurationMissing, review.ProcessorOwnPurpose, review.BreachContentsIncomplete,
				review.BreachDeadlineLoose, review.BreachDeadlineUnquantified, review.FlowDownMissing,
				review.InfringingInstructionMissing, review.RightsAssistanceMissing, review.AuditMissing,
				review.ConfidentialityMissing, review.StaffNotBound, review.NoDeletion, review.NoReturnChoice,
				// «Behandlingsansvarliges plikter» lists them
				review.ControllerDutiesMissing, review.ControllerDutiesBlank,
				// «Varighet og opphør»: «kan Behandlingsansvarlig pålegge Databehandler å stoppe den videre Behandlingen
				// … med øyeblikkelig virkning»; «Mislighold»: «heve hele eller deler av avtalen»
				review.SuspensionRightMissing, review.TerminationRightMissing,
				// «artiklene 35-36» and «artiklene 32–34»
				review.AssistanceMissing, review.AssistanceScopeIncomplete, review.AssistanceGeneralOnly,
				review.SensitiveSecurityExcluded, review.MeasuresRestateLaw, review.AuditNoticeVague,
				review.ObjectionFromStart, review.ObjectionOutlastsNotice, review.NoticePeriodMissing,
				// «Avtalen kan sies opp skriftlig av begge parter med en gjensidig frist på 6 måneder»:
				// «Avtalen» is the defined term for the whole agreement, and «Varighet og opphør» ¶1 has
				// the DPA last until the agreements under which the processing takes place have ended
				review.SeparateTermination, review.TerminationNoticeVague},
		},
		{
			seed: examples.Nortelecom(),
			want: []reviewPin{
				{code: review.NoObjectionRight, clause: "7.1", sev: review.Unmet,
					why: "«Databehandleren har rett til å bruke underbehandlere»; no right to object"},
				{code: review.DirectiveCited, clause: "2.1", sev: review.Info, match: citesRepealed(review.DataProtectionDirective),
					why: "«nasjonal lovgivning som implementerer direktiv 95/46/EF», beside the GDPR; Art. 94(2) reads the reference as one to the GDPR"},
				{code: review.TransferNoneNamed, clause: "6.1", sev: review.Weak,
					why: "«behandler personopplysninger utenfor … EØS», no mechanism named, only «i samsvar med gjeldende lov» (6.2): undetermined, no basis named"},
				{code: review.BreachContentsIncomplete, clause: "10.2", sev: review.Weak,
					match: func(f review.Finding) bool {
						return len(f.Args) == 1 && f.Args[0].Items == breach.ItemsOf(breach.RecordCategories, breach.ContactPoint)
					},
					why: "10.2 asks for no contact point (Art. 33(3)(b)) and no categories of records"},
				{code: review.NoticePeriodMissing, clause: "6.1", sev: review.Weak, why: "new subprocessors announced «fra tid til annen»"},
				{code: review.ProcessorOwnPurpose, clause: "Vedlegg 3.3 §1.1.2", sev: review.Unmet,
					why: "«brukes også til å forbedre databehandlerens produkter og tjenester»"},
				{code: review.ProcessorOwnPurpose, clause: "Vedlegg 3.3 §1.1.3", sev: review.Unmet,
					why: "shared with «produsenter med det formål å forbedre databehandlerens produktspekter»"},
				{code: review.ChildrenDataSafeguards, clause: "Vedlegg 3.3 §3.1", sev: review.Weak,
					why: "«Personer under 18 år» at «et normalt sikkerhetsnivå»"},
				{code: review.LiabilityMaximumUnquantified, clause: "9.6", sev: review.Weak,
					why: "«underlagt et maksimalbeløp», no amount given"},
				{code: review.InfringingInstructionMissing, clause: "4.3", sev: review.Weak,
					why: "4.3: only as instructed in writing; no duty to say when an instruction infringes the law, which binds the processor by Art. 28(3) second subparagraph anyway"},
				{code: review.AuditByReports, clause: "9.9", sev: review.Weak,
					why: "9.9: the controller «samtykker i å godkjenne disse resultatene i stedet for å be om en revisjon»"},
				{code: review.AuditLimited, clause: "9.7", sev: review.Weak, why: "«en gang per kalenderår»"},
				{code: review.PeriodContradiction, clause: "12.2", sev: review.Weak,
					why: "deletion «så snart en av følgende hendelser inntreffer», the agreement ending among them (Vedlegg 3.3 §4.2) against «innen tre (3) måneder» (12.2)"},
				{code: review.AssistanceScopeIncomplete, clause: "5", sev: review.Weak,
					match: func(f review.Finding) bool {
						return len(f.Args) == 2 && f.Args[0].Text == "32" && f.Args[1].Key == "note.own-duties"
					},
					why: "5.1–5.3 cover data subjects' rights, the impact assessment and prior consultation, 10.6 breaches; nothing on Art. 32"},
				{code: review.SuspensionRightMissing, absent: true, sev: review.Info, why: "no right to stop the processing on a breach"},
				{code: review.TerminationRightMissing, absent: true, sev: review.Info,
					why: "12.4: the DPA cannot be terminated apart from the main agreement; no termination for breach"},
			},
			not: []review.Code{review.GoverningLawMissing, review.DurationMissing, review.BreachDeadlineLoose, review.SeparateTermination,
				// 5.3 names the impact assessment and prior consultation
				review.DPIAAssistanceMissing, review.LawRepealed,
				review.BreachDeadlineUnquantified, review.FlowDownMissing, review.ListUpdateOnly},
		},
		{
			seed: examples.MailMojo(),
			want: []reviewPin{
				{code: review.InvalidMechanism, clause: "2.8", sev: review.Weak,
					match: func(f review.Finding) bool {
						return len(f.Args) > 0 && f.Args[0].Mechanism == subprocessor.PrivacyShield
					},
					why: "«EUs Privacy Shield Framework», invalid since CJEU C-311/18 of 16 July 2020; the standard clauses are named too"},
				{code: review.DirectiveCited, clause: "1", sev: review.Info, match: citesRepealed(review.DataProtectionDirective),
					why: "«relevant lovgivning … vil være EU-Direktiv 95/46/EC», beside «EU-forordning 2016/679»"},
				{code: review.DataSubjectsImplied, clause: "1", sev: review.Weak,
					why: "1 names no categories: the people on the controller's «egne e-postlister», with data from «andre tjenester som Behandlingsansvarlig benytter» allowed"},
				{code: review.SpecificDeemedAccepted, clause: "2.7", sev: review.Weak,
					why: "«skal godkjennes skriftlig … før», yet «anses den nye underleverandøren som akseptert»"},
				{code: review.SubprocessorLiabilityMissing, clause: "2.7", sev: review.Weak,
					why: "2.7 binds subprocessors to the same obligations but says nothing of the processor's liability for them"},
				{code: review.BreachContentsNotListed, clause: "2.4", sev: review.Info, why: "2.4 lists no contents"},
				{code: review.TransferUndetermined, clause: "Bilag 1", sev: review.Weak,
					match: func(f review.Finding) bool { return len(f.Args) > 0 && f.Args[0].Text == "SendGrid, Inc." },
					why:   "Bilag 1 gives no location for SendGrid, Inc."},
				{code: review.PersonalDataMissing, clause: "1", sev: review.Unmet,
					match: func(f review.Finding) bool { return len(f.Args) == 1 && f.Args[0].Key == "note.list-blank" },
					why:   "«Databehandler vil kunne ha tilgang til følgende Personopplysninger:» and nothing follows"},
				{code: review.MeasuresNotListed, clause: "2.3.2", sev: review.Weak,
					why: "«ta i betraktning:» and «vurdere:» are followed by nothing"},
				{code: review.AuditThirdPartyOnly, clause: "2.6", sev: review.Weak,
					why: "«rett til å kreve sikkerhetsrevisjon utført av uavhengig tredjepart»"},
				{code: review.InfringingInstructionMissing, clause: "2.2", sev: review.Weak,
					why: "2.2: only on instructions; nothing on instructions that infringe the law"},
				{code: review.ControllerDutiesBlank, clause: "3 ¶1", sev: review.Weak,
					match: func(f review.Finding) bool { return slices.Equal(f.Also, []obligation.Clause{"3 ¶2"}) },
					why:   "«Behandlingsansvarlig bekrefter at Behandlingsansvarlig:» and «Behandlingsansvarlig skal:», each followed by nothing: one gap, two places"},
				{code: review.AssistanceGeneralOnly, clause: "2.3.4", sev: review.Weak,
					match: func(f review.Finding) bool { return len(f.Args) == 1 && f.Args[0].Key == "note.list-blank" },
					why:   "2.1 «bistå Behandlingsansvarlig i å sikre … at Behandlingsansvarlig overholder sine forpliktelser»; 2.3.4 «herunder bistå Behandlingsansvarlig med å:» and nothing follows"},
				{code: review.TerminationRightMissing, clause: "4", sev: review.Info,
					match: func(f review.Finding) bool { return len(f.Args) == 3 && f.Args[1].Text == "Avtalen" },
					why:   "4: «gjelder de relevante bestemmelser om brudd i Avtalen», the service agreement, not reproduced"},
				{code: review.SuspensionRightMissing, absent: true, sev: review.Info, why: "no right to stop the processing on a breach"},
			},
			not: []review.Code{review.GoverningLawMissing, review.VenueMissing, review.NoObjectionRight,
				review.DurationMissing, review.FlowDownMissing, review.LawRepealed, review.DataSubjectsMissing,
				// 3 sets two obligations beside its empty lists
				review.ControllerDutiesMissing,
				// 2.3.1 restates the law, but the empty lists of 2.3.2 are reported as MeasuresNotListed
				review.MeasuresRestateLaw,
				// 2.7: notice «2 måneder før», objection «innen 1 måned»
				review.ObjectionOutlastsNotice, review.ObjectionFromStart},
		},
		{
			seed: examples.We4you(),
			want: []reviewPin{
				{code: review.NoObjectionRight, clause: "Bruk av underleverandører ¶1", sev: review.Unmet,
					why: "«har til enhver tid rett til å benytte underleverandører»; no right to object"},
				{code: review.FlowDownMissing, clause: "Bruk av underleverandører ¶1", sev: review.Unmet,
					why: "nothing binds the subprocessors to the same obligations"},
				{code: review.TransferUndetermined, clause: "Bruk av underleverandører ¶2", sev: review.Weak,
					match: func(f review.Finding) bool { return len(f.Args) > 0 && f.Args[0].Text == "Google Cloud" },
					why:   "the list names Zisson, Google Cloud and Microsoft Outlook without locations"},
				{code: review.BreachDeadlineUnquantified, clause: "IT-sikkerhet og personvernsikkerhet", sev: review.Info,
					why: "«skal partene varsle den annen part uten ugrunnet opphold»"},
				{code: review.DurationImplied, clause: "Endring og sletting av personopplysninger", sev: review.Weak,
					why: "no term, but «Opphører et kunde/leverandørfold slettes alle personopplysninger omgående» ties the processing to the customer relationship"},
				{code: review.AuditSoft, clause: "Innsyn i opplysninger", sev: review.Weak,
					why: "«Der hvor kunde/oppdragsgiver har behov for stedlig ettersyn vil disse krav blir imøtekommet positivt»: a promise, not an audit right"},
				{code: review.GoverningLawMissing, absent: true, sev: review.Info, why: "no governing law or venue"},
				{code: review.RightsAssistanceMissing, absent: true, sev: review.Unmet,
					why: "nothing on helping the customer answer data subjects' requests"},
				{code: review.NoReturnChoice, clause: "Endring og sletting av personopplysninger", sev: review.Weak,
					why: "«Opphører et kunde/leverandørfold slettes alle personopplysninger omgående»: no return or export"},
				{code: review.AssistanceMissing, absent: true, sev: review.Unmet,
					why: "nothing on assisting the customer with Arts. 32 to 36"},
				{code: review.MeasuresRestateLaw, clause: "IT-sikkerhet og personvernsikkerhet", sev: review.Weak,
					why: "«egnede tekniske og organisatoriske sikkerhetstiltak så langt det anses hensiktsmessig og nødvendig», no measure named"},
				{code: review.SuspensionRightMissing, absent: true, sev: review.Info, why: "no right to stop the processing"},
				{code: review.TerminationRightMissing, absent: true, sev: review.Info, why: "no term or termination clause at all"},
			},
			not: []review.Code{review.LawRepealed, review.InvalidMechanism, review.ProcessorOwnPurpose, review.AuditMissing, review.DurationMissing,
				review.PurposeMissing, review.DataSubjectsMissing,
				// instructions, deletion on the customer's word, breach reporting by the customer
				review.ControllerDutiesMissing,
				// «Partene skal foreta egnede … sikkerhetstiltak» states the duty, however generically
				review.SecurityDutyMissing},
		},
	}
	for _, tt := range tests {
		t.Run(tt.seed.ID, func(t *testing.T) {
			r := mustReview(t, tt.seed, reviewDay)
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

// TestSeedFindingsCiteLawAndClause: the rule that every finding
// cites an article and a clause, or says the agreement lacks the matter.
func TestSeedFindingsCiteLawAndClause(t *testing.T) {
	for _, a := range append(examples.All(), examples.StandardClauses()) {
		for _, f := range mustReview(t, a, reviewDay).Findings {
			if f.Basis.Instrument == "" {
				t.Errorf("%s: %s cites no law", a.ID, f.Code)
			}
			if !f.Code.Known() {
				t.Errorf("%s: %s is missing from Codes()", a.ID, f.Code)
			}
			if (f.Clause == "") != f.Absent {
				t.Errorf("%s: %s has clause %q and absent %v", a.ID, f.Code, f.Clause, f.Absent)
			}
		}
	}
}

// TestWeAreMediaCitesThreeRepealedLaws: of the five instruments the text
// cites, the GDPR and the 2014 Patient Records Act are in force.
func TestWeAreMediaCitesThreeRepealedLaws(t *testing.T) {
	if n := len(mustReview(t, examples.WeAreMedia(), reviewDay).WithCode(review.LawRepealed).Findings); n != 3 {
		t.Errorf("%d repealed laws, want 3", n)
	}
}

// TestMailMojoOnItsOwnDate: on 24 May 2018, the day of MailMojo's version
// 1.0, Privacy Shield stood (until 16 July 2020) and Directive 95/46/EC
// applied (until 25 May 2018).
func TestMailMojoOnItsOwnDate(t *testing.T) {
	r := mustReview(t, examples.MailMojo(), obligation.NewDate(2018, 5, 24))
	for _, c := range []review.Code{review.InvalidMechanism, review.LawRepealed} {
		if r.Has(c) {
			t.Errorf("on 24 May 2018: %s %v", c, r.WithCode(c).Findings)
		}
	}
	if r := mustReview(t, examples.MailMojo(), obligation.NewDate(2020, 7, 16)); !r.Has(review.InvalidMechanism) {
		t.Error("on 16 July 2020, the day of Schrems II: Privacy Shield not reported")
	}
}

// TestSeedReviewsRender renders every seed's review in both languages and
// both forms; each finding's code and legal basis must show.
func TestSeedReviewsRender(t *testing.T) {
	for _, a := range examples.All() {
		r := mustReview(t, a, reviewDay)
		for _, tag := range []language.Tag{language.Norwegian, language.English} {
			var text, md strings.Builder
			if err := r.WriteText(&text, tag); err != nil {
				t.Fatal(err)
			}
			if err := r.WriteMarkdown(&md, tag); err != nil {
				t.Fatal(err)
			}
			for _, f := range r.Findings {
				if !strings.Contains(text.String(), string(f.Code)) || !strings.Contains(md.String(), string(f.Code)) {
					t.Errorf("%s (%v): %s missing from the rendering", a.ID, tag, f.Code)
				}
				if m := f.Message(tag); strings.Contains(m, "%!") {
					t.Errorf("%s (%v): %s renders badly: %s", a.ID, tag, f.Code, m)
				}
			}
		}
	}
}

func reviewSummary(r review.Report) []string {
	var s []string
	for _, f := range r.Findings {
		s = append(s, string(f.Code)+"@"+f.Clause.String())
	}
	return s
}

// BenchmarkReviewSeed reviews each seed, the filled-in 2021/915 clauses
// and the 2021/915 template with the default checks; the target is under
// 50 µs each.
func BenchmarkReviewSeed(b *testing.B) {
	template := examples.StandardClausesTemplate()
	template.ID = "standard-clauses-template"
	for _, a := range append(examples.All(), examples.StandardClauses(), template) {
		b.Run(a.ID, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				mustReview(b, a, reviewDay)
			}
		})
	}
}

func BenchmarkFormatReport(b *testing.B) {
	r := mustReview(b, examples.WeAreMedia(), reviewDay)
	b.Run("text-nb", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = r.WriteText(io.Discard, language.Norwegian)
		}
	})
	b.Run("markdown-en", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = r.WriteMarkdown(io.Discard, language.English)
		}
	})
}

func TestStandardClausesMeetEveryCheck(t *testing.T) {
	a := examples.StandardClauses()
	if err := a.Validate(); err != nil {
		t.Fatalf("the sixth agreement is malformed: %v", err)
	}
	r := mustReview(t, a, reviewDay)
	if got := r.WithSeverity(review.Unmet, review.Weak); len(got.Findings) > 0 {
		t.Errorf("findings of the first two severities: %v", reviewSummary(got))
	}
}

// TestAnnexes keeps each seed's annexes (the processing form and the list
// of subprocessors) under testdata/annexes, in English as text and in
// Norwegian as Markdown: testdata/processing holds the form alone in the
// other two combinations.
func TestAnnexes(t *testing.T) {
	for _, a := range append(examples.All(), examples.StandardClauses()) {
		for _, c := range []struct {
			ext string
			tag language.Tag
			f   annex.Format
		}{
			{"en.txt", language.English, annex.PlainText},
			{"nb.md", language.MustParse("nb"), annex.Markdown},
		} {
			name := a.ID + "." + c.ext
			t.Run(name, func(t *testing.T) {
				var got bytes.Buffer
				if err := a.WriteAnnexes(&got, c.tag, c.f); err != nil {
					t.Fatal(err)
				}
				path := filepath.Join("testdata", "annexes", name)
				if *update {
					if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(path, got.Bytes(), 0o644); err != nil {
						t.Fatal(err)
					}
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("%v (run go test ./examples -run TestAnnexes -update to write it)", err)
				}
				if !bytes.Equal(want, got.Bytes()) {
					t.Errorf("%s is out of date (run go test ./examples -run TestAnnexes -update and review the diff)", path)
				}
			})
		}
	}
}

// TestAnnexesFromTheTexts checks what the rendered annexes must show,
// from the seed texts: every subprocessor the text names, and the boxes
// the texts tick.
func TestAnnexesFromTheTexts(t *testing.T) {
	tests := []struct {
		a    agreement.Agreement
		tag  language.Tag
		want []string
		why  string
	}{
		{examples.MailMojo(), language.English, []string{"SendGrid, Inc.", "Amazon Web Services, Inc.", "Functional Software, Inc.", "Source: Bilag 1"},
			"Bilag 1 names SendGrid, Amazon Web Services and Functional Software (Sentry)"},
		{examples.We4you(), language.Norwegian, []string{"# Underdatabehandlere", "    Zisson", "    Google Cloud", "    Microsoft Outlook"},
			"Bruk av underleverandører names Zisson, Google Cloud and Microsoft Outlook"},
		{examples.Nortelecom(), language.English, []string{"☒ Persons under 18", "# Subprocessors"},
			"Vedlegg 3.3 §1.2: «Personer under 18 år»"},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		if err := tt.a.WriteAnnexes(&b, tt.tag, annex.Markdown); err != nil {
			t.Fatal(err)
		}
		for _, w := range tt.want {
			if !strings.Contains(b.String(), w) {
				t.Errorf("%s (%v): annexes lack %q (%s):\n%s", tt.a.ID, tt.tag, w, tt.why, b.String())
			}
		}
	}
}

// TestStandardClausesJSON checks the 2021/915 clauses, filled in and as
// the template, against their JSON files, as TestSeedsJSON checks the five
// seeds, and that the JSON decodes back to an equal value.
func TestStandardClausesJSON(t *testing.T) {
	for _, a := range []agreement.Agreement{examples.StandardClauses(), examples.StandardClausesTemplate()} {
		t.Run(a.ID, func(t *testing.T) { checkStandardJSON(t, a) })
	}
}

func checkStandardJSON(t *testing.T, a agreement.Agreement) {
	t.Helper()
	got, err := agreement.Encode(a)
	if err != nil {
		t.Fatal(err)
	}
	// Beside the seeds' files, not among them: tests elsewhere take
	// testdata/*.json to be exactly the five seeds.
	path := filepath.Join("testdata", "standard", a.ID+".json")
	if *update {
		if err := os.WriteFile(path, append(got, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./examples -run TestStandardClausesJSON -update to write it)", err)
	}
	if !bytes.Equal(bytes.TrimSpace(want), bytes.TrimSpace(got)) {
		t.Errorf("%s is out of date with the Go value (run go test ./examples -run TestStandardClausesJSON -update and review the diff)", path)
	}
	back, err := agreement.Decode(got)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(a, back); diff != "" {
		t.Errorf("round trip mismatch (-want +got):\n%s", diff)
	}
}

func TestStandardClausesNotInAll(t *testing.T) {
	for _, a := range examples.All() {
		if a.ID == examples.StandardClauses().ID {
			t.Errorf("All() holds the sixth agreement; it must stay the five seeds")
		}
	}
	if n := len(examples.All()); n != 5 {
		t.Errorf("All() holds %d agreements, want the 5 seeds", n)
	}
}

// TestDutiesFromTheTexts pins the duties each seed's text sets out; the
// clause quoted is where it says so.
func TestDutiesFromTheTexts(t *testing.T) {
	we, as, no, mm, w4 := examples.WeAreMedia(), examples.AssistertSelvhjelp(), examples.Nortelecom(), examples.MailMojo(), examples.We4you()
	clauseOf := func(a agreement.Agreement, k agreement.DutyKind) obligation.Clause {
		d, _ := a.Duties.Controller.Has(k)
		return d.Clause
	}
	scopeOf := func(a agreement.Agreement, tk agreement.Task) obligation.Clause {
		c, _ := a.Assistance.Scope.Covers(tk)
		return c
	}
	tests := []struct {
		name, quote string
		got, want   any
	}{
		{"We Are Media: security excluded for sensitive data", "Kundens plikter ¶3: «i prinsippet ikke inkluderer sikkerhetstiltakene som er nødvendige for å behandle personopplysninger om barn og sensitive»",
			we.Duties.Security.SensitiveExcluded, obligation.At("Kundens plikter ¶3")},
		{"We Are Media: the customer gives written instructions", "Kundens plikter ¶2: «Kunden er ansvarlig for å gi skriftlige instruksjoner»",
			clauseOf(we, agreement.GiveInstructions), obligation.Clause("Kundens plikter ¶2")},
		{"We Are Media: DPIA assistance", "¶3: «evaluere personvernkonsekvenser»",
			scopeOf(we, agreement.ImpactAssessment), obligation.Clause("We Are Media sine plikter ¶3")},
		{"Assistert Selvhjelp: stop the processing at once", "Varighet og opphør: «kan Behandlingsansvarlig pålegge Databehandler å stoppe den videre Behandlingen … med øyeblikkelig virkning»",
			clauseOf(as, agreement.SuspendProcessing), obligation.Clause("Varighet og opphør")},
		{"Assistert Selvhjelp: heving for material breach", "Mislighold: «Hvis det foreligger vesentlig mislighold, kan den andre parten … heve hele eller deler av avtalen»",
			clauseOf(as, agreement.TerminateForBreach), obligation.Clause("Mislighold")},
		{"Assistert Selvhjelp: Arts. 35–36", "Databehandlers plikter: «artiklene 35-36»",
			[]obligation.Clause{scopeOf(as, agreement.ImpactAssessment), scopeOf(as, agreement.PriorConsultation)},
			[]obligation.Clause{"Databehandlers plikter", "Databehandlers plikter"}},
		{"Assistert Selvhjelp: Arts. 32–34", "Tekniske, organisatoriske og sikkerhetsmessige tiltak: «artiklene 32–34»",
			[]obligation.Clause{scopeOf(as, agreement.SecurityTask), scopeOf(as, agreement.BreachTask)},
			[]obligation.Clause{"Tekniske, organisatoriske og sikkerhetsmessige tiltak", "Tekniske, organisatoriske og sikkerhetsmessige tiltak"}},
		{"Nortelecom: DPIA and prior consultation", "5.3",
			[]obligation.Clause{scopeOf(no, agreement.ImpactAssessment), scopeOf(no, agreement.PriorConsultation)}, []obligation.Clause{"5.3", "5.3"}},
		{"Nortelecom: nothing on Art. 32 assistance", "5 and 10.6 name no assistance with the controller's security",
			scopeOf(no, agreement.SecurityTask), obligation.Clause("")},
		{"Nortelecom: concrete minimum measures", "8.1: «Slike tiltak må alltid omfatte minst tiltak»",
			no.Duties.Security, agreement.SecurityDuty{Provision: obligation.At("8.1")}},
		{"MailMojo: two empty lists of the controller's obligations", "3: «bekrefter at Behandlingsansvarlig:» and «skal:»",
			mm.Duties.Controller.Blank, []obligation.Clause{"3 ¶1", "3 ¶2"}},
		{"MailMojo: the assistance list left blank", "2.3.4: «herunder bistå Behandlingsansvarlig med å:»",
			mm.Assistance.Scope.Provision, obligation.BlankAt("2.3.4")},
		{"MailMojo: breach remedies in the main agreement", "4: «gjelder de relevante bestemmelser om brudd i Avtalen»",
			func() string { d, _ := mm.Duties.Controller.Has(agreement.TerminateForBreach); return d.InDocument }(), "Avtalen"},
		{"We4you: security restated generically", "«egnede tekniske og organisatoriske sikkerhetstiltak så langt det anses hensiktsmessig»",
			w4.Duties.Security, agreement.SecurityDuty{Provision: obligation.At("IT-sikkerhet og personvernsikkerhet"), Generic: true}},
		{"We4you: no assistance", "nothing on assisting the customer",
			w4.Assistance.Scope.IsZero(), true},
	}
	for _, tt := range tests {
		if d := cmp.Diff(tt.want, tt.got); d != "" {
			t.Errorf("%s (%s): mismatch (-want +got):\n%s", tt.name, tt.quote, d)
		}
	}
}

// mustReview reviews a on day on with the default checks, failing the test
// on an error.
func mustReview(t testing.TB, a agreement.Agreement, on obligation.Date) review.Report {
	t.Helper()
	r, err := review.Agreement(a, on)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestLawyerReadings pins the privacy lawyer's readings of the seeds'
// reviews in the words of the findings: what each message must say, and
// what it must not.
func TestLawyerReadings(t *testing.T) {
	tests := []struct {
		name       string
		seed       agreement.Agreement
		code       review.Code
		tag        language.Tag
		has, lacks []string
		basis      review.Reference
		reason     string
	}{
		{name: "Clause 7.5 keeps Art. 9 and Art. 10 apart, and children under Art. 32",
			seed: examples.WeAreMedia(), code: review.SensitiveSecurityExcluded, tag: language.Norwegian,
			has:    []string{"særlige kategorier etter art. 9", "straffedommer og lovovertredelser etter art. 10", "for barn krever art. 32 nr. 1", "fortalepunkt 38"},
			lacks:  []string{"særlige kategorier av personopplysninger eller opplysninger om barn"},
			reason: "Kundens plikter ¶3 excludes «personopplysninger om barn og sensitive og konfidensielle personopplysninger»; Clause 7.5 covers Art. 9 and 10 data, not children's"},
		{name: "health data are Art. 9 data, not «Arts. 9 and 10»",
			seed: examples.AssistertSelvhjelp(), code: review.SensitiveDataSafeguards, tag: language.English,
			has: []string{"special categories of personal data (Art. 9)"}, lacks: []string{"Arts. 9 and 10", "Art. 10"},
			reason: "Vedlegg 1: health data only"},
		{name: "the Directive beside the GDPR is information, dated for Norway",
			seed: examples.Nortelecom(), code: review.DirectiveCited, tag: language.Norwegian,
			has:    []string{"art. 94 nr. 2", "20. juli 2018", "25. mai 2018"},
			lacks:  []string{"bør vise til gjeldende regelverk"},
			basis:  review.Art("94", 2, ""),
			reason: "2.1 «direktiv 95/46/EF», and 2.2 the GDPR"},
		{name: "an object-or-leave clause is debatable, never met",
			seed: examples.MailMojo(), code: review.SpecificDeemedAccepted, tag: language.Norwegian,
			has: []string{"kan diskuteres", "protester-eller-gå"}, lacks: []string{"oppfylt"},
			reason: "2.7: «Dersom Behandlingsansvarlig ikke sier opp avtalen, anses den nye underleverandøren som akseptert»"},
		{name: "a missing infringing-instruction notice is a drafting weakness",
			seed: examples.Nortelecom(), code: review.InfringingInstructionMissing, tag: language.English,
			has: []string{"drafting weakness", "applies anyway", "Clause 7.1"}, lacks: []string{"as the second subparagraph of Art. 28(3) requires"},
			reason: "4.3: written instructions only"},
		{name: "a document not reproduced makes the review incomplete, not a breach of written form",
			seed: examples.WeAreMedia(), code: review.DocumentNotReproduced, tag: language.English,
			has: []string{"the review is incomplete"}, lacks: []string{"Art. 28(9) requires"},
			basis:  review.Art("28", 3, ""),
			reason: "Tjenesteavtalen, Personvernerklæringen and AUP are referred to, not reproduced"},
		{name: "Art. 28(10) as the statute words it",
			seed: examples.Nortelecom(), code: review.ProcessorOwnPurpose, tag: language.Norwegian,
			has:    []string{"overtrer forordningen ved å fastsette formålene med og midlene for behandlingen"},
			reason: "Vedlegg 3.3 §1.1.2–1.1.3"},
		{name: "Privacy Shield under Art. 45(9)",
			seed: examples.MailMojo(), code: review.InvalidMechanism, tag: language.English,
			basis: review.Art("45", 9, ""), has: []string{"other bases, which may still serve"},
			reason: "2.8 names Privacy Shield beside the standard clauses; a Directive Art. 25(6) decision kept by Art. 45(9)"},
		{name: "the assistance gap says which case applies",
			seed: examples.Nortelecom(), code: review.AssistanceScopeIncomplete, tag: language.English,
			has: []string{"Art. 32", "The processor's own security and breach duties may be read to cover this."}, lacks: []string{"Where the data protection impact assessment"},
			reason: "5.1–5.3 name Arts. 35–36, nothing names Art. 32"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := mustReview(t, tt.seed, reviewDay).WithCode(tt.code).Findings
			if len(fs) == 0 {
				t.Fatalf("no %s finding (%s)", tt.code, tt.reason)
			}
			for _, f := range fs {
				m := f.Message(tt.tag)
				for _, h := range tt.has {
					if !strings.Contains(m, h) {
						t.Errorf("%s: message lacks %q (%s):\n%s", tt.code, h, tt.reason, m)
					}
				}
				for _, l := range tt.lacks {
					if strings.Contains(m, l) {
						t.Errorf("%s: message says %q (%s):\n%s", tt.code, l, tt.reason, m)
					}
				}
				if tt.basis != (review.Reference{}) && f.Basis != tt.basis {
					t.Errorf("%s: basis %v, want %v", tt.code, f.Basis, tt.basis)
				}
			}
		})
	}
}
