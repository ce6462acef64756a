package examples_test

import (
	"io"
	"strings"
	"testing"

	"github.com/personvern/dpa/agreement"
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
	code   agreement.Code
	clause obligation.Clause
	absent bool
	sev    agreement.Severity
	match  func(agreement.Finding) bool
	why    string // the seed's words or the law that call for it
}

func findPin(r agreement.Report, p reviewPin) (agreement.Finding, bool) {
	for _, f := range r.Findings {
		if f.Code == p.code && f.Clause == p.clause && f.Absent == p.absent && (p.match == nil || p.match(f)) {
			return f, true
		}
	}
	return agreement.Finding{}, false
}

func citesRepealed(id agreement.Instrument) func(agreement.Finding) bool {
	return func(f agreement.Finding) bool { return len(f.Args) > 0 && f.Args[0].Law == id }
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
		not  []agreement.Code
	}{
		{
			seed: examples.WeAreMedia(),
			want: []reviewPin{
				{code: agreement.LawRepealed, clause: "Innledning", sev: agreement.Weak, match: citesRepealed(agreement.PersonalDataAct2000),
					why: "«Lov av 14.april 2000 nr. 31 … (personopplysningsloven)», replaced by LOV-2018-06-15-38 on 20 July 2018"},
				{code: agreement.LawRepealed, clause: "Innledning", sev: agreement.Weak, match: citesRepealed(agreement.PersonalDataRegulations2000),
					why: "«Forskrift av 13.desember 2000 nr. 1265 … (personopplysningsforskriften)», replaced on 20 July 2018"},
				{code: agreement.LawRepealed, clause: "Innledning", sev: agreement.Weak, match: citesRepealed(agreement.HealthRegistersAct2001),
					why: "«Lov om helseregistre … av 18.mai 2001 nr.24», replaced by the 2014 Act on 1 January 2015"},
				{code: agreement.TransferNoBasis, clause: "Internasjonal dataeksport", sev: agreement.Unmet,
					why: "processing «utenfor Norge, EU og Sveits» with no transfer mechanism named"},
				{code: agreement.ObjectionWindowShort, clause: "Bruk av underleverandører ¶6", sev: agreement.Weak,
					why: "«I tilfelle kunden motsetter seg … skal We Are Media varsles umiddelbart»"},
				{code: agreement.ListUpdateOnly, clause: "Bruk av underleverandører ¶5", sev: agreement.Weak,
					why: "«forpliktet til å oppdatere listen over underleverandører minst 30 dager før»"},
				{code: agreement.BreachContentsIncomplete, clause: "Avvik ¶2", sev: agreement.Weak,
					match: func(f agreement.Finding) bool {
						return len(f.Args) == 1 && f.Args[0].Items == breach.ItemsOf(breach.SubjectCategories, breach.SubjectCount,
							breach.RecordCategories, breach.RecordCount)
					},
					why: "the notice holds nature, contact point, consequences and measures, not the categories and numbers of Art. 33(3)(a)"},
				{code: agreement.GoverningLawMissing, absent: true, sev: agreement.Info, why: "no governing law or venue clause"},
				{code: agreement.DurationMissing, absent: true, sev: agreement.Unmet, why: "no term or duration clause"},
				{code: agreement.DataSubjectsMissing, absent: true, sev: agreement.Unmet, why: "the text names no categories of data subjects"},
				{code: agreement.PersonalDataMissing, absent: true, sev: agreement.Unmet, why: "the text names no types of personal data"},
				{code: agreement.AuditMissing, clause: "Sikkerhet", sev: agreement.Weak,
					why: "no right to audit or inspect is granted, though customers must announce their security audits «i tide»"},
				{code: agreement.StaffNotBound, clause: "Taushetsplikt", sev: agreement.Weak,
					why: "«We Are Media er ansvarlig for konfidensialiteten»; nothing binds the staff"},
			},
			not: []agreement.Code{agreement.NoObjectionRight, agreement.FlowDownMissing, agreement.SubprocessorLiabilityMissing,
				agreement.NoticePeriodMissing, agreement.SubjectMatterMissing},
		},
		{
			seed: examples.AssistertSelvhjelp(),
			want: []reviewPin{
				{code: agreement.TransferUndetermined, clause: "Overføring av personopplysninger til utlandet", sev: agreement.Weak,
					match: func(f agreement.Finding) bool { return len(f.Args) == 4 && f.Args[3].Key == "note.basis-unnamed" },
					why:   "developers outside the EU; «benytter Databehandler godkjente overføringsgrunnlag», none named"},
				{code: agreement.NoticePeriodMissing, clause: "Bruk av underleverandører ¶4", sev: agreement.Weak,
					why: "«Slike bytter skal varsles i god tid»"},
				{code: agreement.AssistanceCostConflict, clause: "Vedlegg 2 Kompensasjon", sev: agreement.Weak,
					match: func(f agreement.Finding) bool { return len(f.Args) == 2 && f.Args[0].Text == "Databehandlers plikter" },
					why:   "«Databehandlerens bistand … skal gjøres kostnadsfritt» against Vedlegg 2 «skal kompenseres … i samsvar med Databehandlers vanlige betingelser og timesatser»"},
				{code: agreement.SeparateTermination, clause: "Varighet og opphør", sev: agreement.Weak,
					why: "«Avtalen kan sies opp skriftlig av begge parter med en gjensidig frist på 6 måneder»"},
				{code: agreement.SensitiveDataSafeguards, clause: "Vedlegg 1", sev: agreement.Weak,
					why: "health data (anxiety and depression scores); Vedlegg 1: special security needs call for «en avtale om økt sikkerhet», none in the text"},
			},
			not: []agreement.Code{agreement.LawRepealed, agreement.GoverningLawMissing, agreement.VenueMissing,
				agreement.NoObjectionRight, agreement.DurationMissing, agreement.ProcessorOwnPurpose, agreement.BreachContentsIncomplete,
				agreement.BreachDeadlineLoose, agreement.BreachDeadlineUnquantified, agreement.FlowDownMissing,
				agreement.InfringingInstructionMissing, agreement.RightsAssistanceMissing, agreement.AuditMissing,
				agreement.ConfidentialityMissing, agreement.StaffNotBound, agreement.NoDeletion, agreement.NoReturnChoice},
		},
		{
			seed: examples.Nortelecom(),
			want: []reviewPin{
				{code: agreement.NoObjectionRight, clause: "7.1", sev: agreement.Unmet,
					why: "«Databehandleren har rett til å bruke underbehandlere»; no right to object"},
				{code: agreement.LawRepealed, clause: "2.1", sev: agreement.Weak, match: citesRepealed(agreement.DataProtectionDirective),
					why: "«nasjonal lovgivning som implementerer direktiv 95/46/EF»"},
				{code: agreement.TransferNoBasis, clause: "6.1", sev: agreement.Unmet,
					why: "«behandler personopplysninger utenfor … EØS», no mechanism named"},
				{code: agreement.BreachContentsIncomplete, clause: "10.2", sev: agreement.Weak,
					match: func(f agreement.Finding) bool {
						return len(f.Args) == 1 && f.Args[0].Items == breach.ItemsOf(breach.RecordCategories, breach.ContactPoint)
					},
					why: "10.2 asks for no contact point (Art. 33(3)(b)) and no categories of records"},
				{code: agreement.NoticePeriodMissing, clause: "6.1", sev: agreement.Weak, why: "new subprocessors announced «fra tid til annen»"},
				{code: agreement.ProcessorOwnPurpose, clause: "Vedlegg 3.3 §1.1.2", sev: agreement.Unmet,
					why: "«brukes også til å forbedre databehandlerens produkter og tjenester»"},
				{code: agreement.ProcessorOwnPurpose, clause: "Vedlegg 3.3 §1.1.3", sev: agreement.Unmet,
					why: "shared with «produsenter med det formål å forbedre databehandlerens produktspekter»"},
				{code: agreement.ChildrenDataSafeguards, clause: "Vedlegg 3.3 §3.1", sev: agreement.Weak,
					why: "«Personer under 18 år» at «et normalt sikkerhetsnivå»"},
				{code: agreement.LiabilityMaximumUnquantified, clause: "9.6", sev: agreement.Weak,
					why: "«underlagt et maksimalbeløp», no amount given"},
				{code: agreement.InfringingInstructionMissing, clause: "4.3", sev: agreement.Unmet,
					why: "4.3: only as instructed in writing; no duty to say when an instruction infringes the law"},
				{code: agreement.AuditLimited, clause: "9.7", sev: agreement.Weak, why: "«en gang per kalenderår»"},
				{code: agreement.PeriodContradiction, clause: "12.2", sev: agreement.Weak,
					why: "deletion «så snart» the agreement ends (Vedlegg 3.3 §4.2) against «innen tre (3) måneder» (12.2)"},
			},
			not: []agreement.Code{agreement.GoverningLawMissing, agreement.DurationMissing, agreement.BreachDeadlineLoose, agreement.SeparateTermination,
				agreement.BreachDeadlineUnquantified, agreement.FlowDownMissing, agreement.ListUpdateOnly},
		},
		{
			seed: examples.MailMojo(),
			want: []reviewPin{
				{code: agreement.InvalidMechanism, clause: "2.8", sev: agreement.Weak,
					match: func(f agreement.Finding) bool {
						return len(f.Args) > 0 && f.Args[0].Mechanism == subprocessor.PrivacyShield
					},
					why: "«EUs Privacy Shield Framework», invalid since CJEU C-311/18 of 16 July 2020; the standard clauses are named too"},
				{code: agreement.LawRepealed, clause: "1", sev: agreement.Weak, match: citesRepealed(agreement.DataProtectionDirective),
					why: "«relevant lovgivning … vil være EU-Direktiv 95/46/EC»"},
				{code: agreement.SpecificDeemedAccepted, clause: "2.7", sev: agreement.Weak,
					why: "«skal godkjennes skriftlig … før», yet «anses den nye underleverandøren som akseptert»"},
				{code: agreement.SubprocessorLiabilityMissing, clause: "2.7", sev: agreement.Weak,
					why: "2.7 binds subprocessors to the same obligations but says nothing of the processor's liability for them"},
				{code: agreement.BreachContentsNotListed, clause: "2.4", sev: agreement.Info, why: "2.4 lists no contents"},
				{code: agreement.TransferUndetermined, clause: "Bilag 1", sev: agreement.Weak,
					match: func(f agreement.Finding) bool { return len(f.Args) > 0 && f.Args[0].Text == "SendGrid, Inc." },
					why:   "Bilag 1 gives no location for SendGrid, Inc."},
				{code: agreement.PersonalDataMissing, clause: "1", sev: agreement.Unmet,
					match: func(f agreement.Finding) bool { return len(f.Args) == 1 && f.Args[0].Key == "note.list-blank" },
					why:   "«Databehandler vil kunne ha tilgang til følgende Personopplysninger:» and nothing follows"},
				{code: agreement.MeasuresNotConcrete, clause: "2.3.2", sev: agreement.Weak,
					why: "«ta i betraktning:» and «vurdere:» are followed by nothing"},
				{code: agreement.AuditThirdPartyOnly, clause: "2.6", sev: agreement.Weak,
					why: "«rett til å kreve sikkerhetsrevisjon utført av uavhengig tredjepart»"},
				{code: agreement.InfringingInstructionMissing, clause: "2.2", sev: agreement.Unmet,
					why: "2.2: only on instructions; nothing on instructions that infringe the law"},
			},
			not: []agreement.Code{agreement.GoverningLawMissing, agreement.VenueMissing, agreement.NoObjectionRight,
				agreement.DurationMissing, agreement.FlowDownMissing},
		},
		{
			seed: examples.We4you(),
			want: []reviewPin{
				{code: agreement.NoObjectionRight, clause: "Bruk av underleverandører ¶1", sev: agreement.Unmet,
					why: "«har til enhver tid rett til å benytte underleverandører»; no right to object"},
				{code: agreement.FlowDownMissing, clause: "Bruk av underleverandører ¶1", sev: agreement.Unmet,
					why: "nothing binds the subprocessors to the same obligations"},
				{code: agreement.TransferUndetermined, clause: "Bruk av underleverandører ¶2", sev: agreement.Weak,
					match: func(f agreement.Finding) bool { return len(f.Args) > 0 && f.Args[0].Text == "Google Cloud" },
					why:   "the list names Zisson, Google Cloud and Microsoft Outlook without locations"},
				{code: agreement.BreachDeadlineUnquantified, clause: "IT-sikkerhet og personvernsikkerhet", sev: agreement.Info,
					why: "«skal partene varsle den annen part uten ugrunnet opphold»"},
				{code: agreement.DurationMissing, absent: true, sev: agreement.Unmet, why: "no term"},
				{code: agreement.GoverningLawMissing, absent: true, sev: agreement.Info, why: "no governing law or venue"},
				{code: agreement.RightsAssistanceMissing, absent: true, sev: agreement.Unmet,
					why: "nothing on helping the customer answer data subjects' requests"},
				{code: agreement.NoReturnChoice, clause: "Endring og sletting av personopplysninger", sev: agreement.Weak,
					why: "«Opphører et kunde/leverandørfold slettes alle personopplysninger omgående»: no return or export"},
			},
			not: []agreement.Code{agreement.LawRepealed, agreement.InvalidMechanism, agreement.ProcessorOwnPurpose,
				agreement.PurposeMissing, agreement.DataSubjectsMissing},
		},
	}
	for _, tt := range tests {
		t.Run(tt.seed.ID, func(t *testing.T) {
			r := agreement.Review(tt.seed, reviewDay)
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
		for _, f := range agreement.Review(a, reviewDay).Findings {
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
	if n := len(agreement.Review(examples.WeAreMedia(), reviewDay).WithCode(agreement.LawRepealed).Findings); n != 3 {
		t.Errorf("%d repealed laws, want 3", n)
	}
}

// TestMailMojoOnItsOwnDate: on 24 May 2018, the day of MailMojo's version
// 1.0, Privacy Shield stood (until 16 July 2020) and Directive 95/46/EC
// applied (until 25 May 2018).
func TestMailMojoOnItsOwnDate(t *testing.T) {
	r := agreement.Review(examples.MailMojo(), obligation.NewDate(2018, 5, 24))
	for _, c := range []agreement.Code{agreement.InvalidMechanism, agreement.LawRepealed} {
		if r.Has(c) {
			t.Errorf("on 24 May 2018: %s %v", c, r.WithCode(c).Findings)
		}
	}
	if r := agreement.Review(examples.MailMojo(), obligation.NewDate(2020, 7, 16)); !r.Has(agreement.InvalidMechanism) {
		t.Error("on 16 July 2020, the day of Schrems II: Privacy Shield not reported")
	}
}

// TestSeedReviewsRender renders every seed's review in both languages and
// both forms; each finding's code and legal basis must show.
func TestSeedReviewsRender(t *testing.T) {
	for _, a := range examples.All() {
		r := agreement.Review(a, reviewDay)
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

func reviewSummary(r agreement.Report) []string {
	var s []string
	for _, f := range r.Findings {
		s = append(s, string(f.Code)+"@"+f.Clause.String())
	}
	return s
}

func BenchmarkReviewSeed(b *testing.B) {
	for _, a := range examples.All() {
		b.Run(a.ID, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				agreement.Review(a, reviewDay)
			}
		})
	}
}

func BenchmarkFormatReport(b *testing.B) {
	r := agreement.Review(examples.WeAreMedia(), reviewDay)
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
	r := agreement.Review(a, reviewDay)
	if got := r.WithSeverity(agreement.Unmet, agreement.Weak); len(got.Findings) > 0 {
		t.Errorf("findings of the first two severities: %v", reviewSummary(got))
	}
}
