package review_test

import (
	"encoding/json"
	"github.com/personvern/dpa/agreement/review"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/annex"
	"github.com/personvern/dpa/breach"
	"github.com/personvern/dpa/obligation"
	"github.com/personvern/dpa/subprocessor"
	"golang.org/x/text/language"
)

// reviewDay is the day the issue asks the seeds to be reviewed on.
var reviewDay = obligation.NewDate(2026, 11, 23)

// reviewComplete returns an agreement that meets every check Review has, so that
// each test can take one thing away. Its terms follow the 2021/915
// clauses: subject matter and duration set out (Clauses 6 and 7.3, Annex
// II), the text reproduced, the GDPR cited, Norwegian law and a venue.
func reviewComplete() agreement.Agreement {
	return agreement.Agreement{
		ID: "complete", Title: "Databehandleravtale", Language: "nb",
		Documents: []agreement.Document{{Title: "Databehandleravtale", Included: true}},
		Parties: []agreement.Party{
			{Role: agreement.Processor, Name: "Leverandør AS"},
			{Role: agreement.Controller, Name: "Kunde AS"},
		},
		Service: agreement.Service{Provision: obligation.At("1"), Name: "Tjenesten", SubjectMatter: "Hosting of the controller's customer register."},
		Laws: agreement.Laws{Provision: obligation.At("2"), Cited: []agreement.Law{
			{ID: "32016R0679", Clause: "2"}, {ID: "LOV-2018-06-15-38", Clause: "2"},
		}},
		GoverningLaw: agreement.GoverningLaw{Provision: obligation.At("12"), Country: "NO", Venue: "Oslo tingrett"},
		Term:         agreement.Term{Provision: obligation.At("11"), Basis: agreement.FollowsMainAgreement},
		Processing:   agreement.Processing{Provision: obligation.At("Vedlegg 1"), Description: reviewDescription()},
		Subprocessors: subprocessor.Register{Provision: obligation.At("Vedlegg 4"), Source: subprocessor.Listed,
			Entries: []subprocessor.Entry{{Name: "Drift AS", Reach: subprocessor.PersonalData,
				Processing: []subprocessor.Location{subprocessor.In("NO")}, Clause: "Vedlegg 4"}}},
		SubprocessorPolicy: reviewPolicy(),
		Breach:             reviewBreachTerms(),
		// Clauses 7.1, 7.4(b), 8(b), 7.6(c)–(d) and 10(d) of the 2021/915
		// clauses.
		Instructions: agreement.Instructions{Provision: obligation.At("7.1(a)"), Documented: true,
			Infringing: agreement.InfringingInstruction{Provision: obligation.At("7.1(b)"), Notify: obligation.Unquantified(obligation.Immediately)}},
		Confidentiality: agreement.Confidentiality{Provision: obligation.At("7.4(b)"), Staff: true},
		Requests: agreement.Requests{DataSubjects: agreement.RequestTerm{Provision: obligation.At("8(b)"),
			Notify: obligation.Unquantified(obligation.Immediately), Assist: true}},
		Audit: agreement.Audit{Provision: obligation.At("7.6(c)"), Information: obligation.At("7.6(c)"),
			ThirdParty: agreement.ThirdPartyAudit{Provision: obligation.At("7.6(d)"), Allowed: true}},
		End: agreement.EndOfProcessing{Provision: obligation.At("10(d)"), Steps: []obligation.Rule{
			{On: obligation.AgreementEnds, Debtor: obligation.Processor, Creditor: obligation.Controller,
				Action: obligation.ReturnData, OnRequest: true, Clause: "10(d)"},
			{On: obligation.AgreementEnds, Debtor: obligation.Processor, Creditor: obligation.Controller,
				Action: obligation.DeleteData, Clause: "10(d)"},
		}},
		// Clauses 8(b)–(c) and 9.1: assistance with data subjects'
		// requests and with Arts. 32 to 36.
		Assistance: agreement.Assistance{Scope: reviewScope()},
		Duties:     reviewDuties(),
	}
}

// reviewScope is the assistance of Clauses 8(b), 8(c) and 9.1 of the
// 2021/915 clauses.
func reviewScope() agreement.AssistanceScope {
	return agreement.AssistanceScope{Provision: obligation.At("8"), Tasks: []agreement.Assist{
		{Task: agreement.RightsRequests, Clause: "8(b)"},
		{Task: agreement.ImpactAssessment, Clause: "8(c)"},
		{Task: agreement.PriorConsultation, Clause: "8(c)"},
		{Task: agreement.SecurityTask, Clause: "8(c)"},
		{Task: agreement.BreachTask, Clause: "9.1"},
	}}
}

// reviewDuties are the controller's obligations and rights the 2021/915
// clauses set (Clauses 7.1, 10(a) and 10(b)) and the security duty of
// Clause 7.4(a).
func reviewDuties() agreement.Duties {
	return agreement.Duties{
		Controller: agreement.ControllerDuties{Provision: obligation.At("10"), Duties: []agreement.ControllerDuty{
			{Kind: agreement.GiveInstructions, Clause: "7.1(a)"},
			{Kind: agreement.SuspendProcessing, Clause: "10(a)"},
			{Kind: agreement.TerminateForBreach, Clause: "10(b)"},
		}},
		Security: agreement.SecurityDuty{Provision: obligation.At("7.4(a)")},
	}
}

// reviewPolicy is Clause 7.7(a) Option 2 of the 2021/915 clauses, a general
// written authorisation with notice in writing 14 days ahead and an
// opportunity to object, with the flow-down and liability of 7.7(b) and
// (d).
func reviewPolicy() subprocessor.Policy {
	return subprocessor.Policy{
		Authorisation: subprocessor.AuthorisationTerm{Provision: obligation.At("7.7(a)"), Kind: subprocessor.General},
		Announcement:  subprocessor.Announcement{Provision: obligation.At("7.7(a)"), Channels: []subprocessor.Channel{subprocessor.WrittenNotice}},
		Notice:        subprocessor.Notice{Provision: obligation.At("7.7(a)"), Period: obligation.Days(14)},
		Objection:     subprocessor.Objection{Provision: obligation.At("7.7(a)"), Period: obligation.Days(14), Anchor: subprocessor.FromNotice},
		FlowDown:      obligation.At("7.7(b)"),
		Liability:     obligation.At("7.7(d)"),
	}
}

// reviewBreachTerms is Clause 9.2 of the 2021/915 clauses with an hour figure
// in Annex III, as the EDPB recommends.
func reviewBreachTerms() breach.Terms {
	return breach.Terms{
		Provision: obligation.At("9.2"),
		Deadline: breach.Deadline{Provision: obligation.At("9.2"),
			Period: obligation.Unquantified(obligation.WithoutUndueDelay).AtLatest(obligation.Hours(24))},
		Contents: breach.Contents{Provision: obligation.At("9.2"), Required: []breach.Requirement{
			{Clause: "9.2(a)", Items: breach.ItemsOf(breach.Nature, breach.SubjectCategories, breach.SubjectCount,
				breach.RecordCategories, breach.RecordCount)},
			{Clause: "9.2(b)", Items: breach.ItemsOf(breach.ContactPoint)},
			{Clause: "9.2(c)", Items: breach.ItemsOf(breach.Consequences, breach.Measures)},
		}},
	}
}

// reviewDescription is a processing description with every part Annex II of the
// 2021/915 clauses asks for, and concrete Annex III measures.
func reviewDescription() annex.Description {
	return annex.Description{
		Purposes:          annex.ListAt("Vedlegg 1 §1", annex.Purpose{Kind: annex.PurposeCustomerManagement}),
		DataSubjects:      annex.ListAt("Vedlegg 1 §2", annex.DataSubject{Kind: annex.SubjectCustomersCustomers}),
		DataCategories:    annex.ListAt("Vedlegg 1 §3", annex.DataCategory{Kind: annex.DataContactInformation}),
		SpecialCategories: annex.NoneAt[annex.SpecialKind]("Vedlegg 1 §4"),
		Operations:        annex.ListAt("Vedlegg 1 §5", annex.Operation{Kind: annex.OpStorage}),
		SecurityMeasures: annex.ListAt("Vedlegg 2",
			annex.Measure{Kind: annex.MeasureStorage, Text: "AES-256 encryption of the database and its backups"}),
		Nature: annex.Statement{Text: "Storage of the customer register in the processor's service.", Clause: "Vedlegg 1 §5"},
	}
}

func clause10(point string) review.Reference {
	return review.Reference{Instrument: review.StandardClauses, Article: "10", Point: point}
}

func reviewCodes(r review.Report) []review.Code {
	var cs []review.Code
	for _, f := range r.Findings {
		cs = append(cs, f.Code)
	}
	return cs
}

func TestReviewCompleteAgreementHasNoFindings(t *testing.T) {
	if r := mustReview(t, reviewComplete(), reviewDay); len(r.Findings) != 0 {
		t.Errorf("Review(complete) = %v, want no findings", reviewCodes(r))
	}
}

// TestReviewChecks runs each check on an agreement that triggers it and on
// one that does not; want is the whole report, so a check that fires where
// it should not shows too.
func TestReviewChecks(t *testing.T) {
	art28_3 := review.Art("28", 3, "")
	tests := []struct {
		name   string
		change func(*agreement.Agreement)
		on     obligation.Date // zero: reviewDay
		want   []review.Finding
		reason string
	}{
		{
			name:   "subject matter absent",
			change: func(a *agreement.Agreement) { a.Service = agreement.Service{} },
			want:   []review.Finding{{Code: review.SubjectMatterMissing, Severity: review.Unmet, Absent: true, Basis: art28_3}},
		},
		{
			name:   "subject matter left blank",
			change: func(a *agreement.Agreement) { a.Service = agreement.Service{Provision: obligation.BlankAt("1")} },
			want: []review.Finding{{Code: review.SubjectMatterMissing, Severity: review.Unmet, Clause: "1", Basis: art28_3,
				Args: []review.Arg{{Key: "note.blank"}}}},
		},
		{
			name:   "service named without its subject matter",
			change: func(a *agreement.Agreement) { a.Service.SubjectMatter = " " },
			want: []review.Finding{{Code: review.SubjectMatterMissing, Severity: review.Unmet, Clause: "1", Basis: art28_3,
				Args: []review.Arg{{}}}},
		},
		{
			name: "duration absent, nothing runs from the end of the agreement",
			change: func(a *agreement.Agreement) {
				a.Term = agreement.Term{}
				endOnLastUse(a)
			},
			want: []review.Finding{{Code: review.DurationMissing, Severity: review.Unmet, Absent: true, Basis: art28_3}},
		},
		{
			name:   "duration absent, deletion at the end of the agreement",
			change: func(a *agreement.Agreement) { a.Term = agreement.Term{} },
			want:   []review.Finding{{Code: review.DurationImplied, Severity: review.Weak, Clause: "10(d)", Basis: art28_3}},
			reason: "We Are Media: no term, but deletion «etter at den endelige avtalsperioden utløper» ties the processing to the agreement",
		},
		{
			name: "duration while processing continues",
			change: func(a *agreement.Agreement) {
				a.Term = agreement.Term{Provision: obligation.At("12.1"), Basis: agreement.WhileProcessing}
			},
			reason: "Nortelecom 12.1 ties the duration to the processing, which states it",
		},
		{
			name:   "processing not described",
			change: func(a *agreement.Agreement) { a.Processing = agreement.Processing{} },
			want:   []review.Finding{{Code: review.ProcessingNotDescribed, Severity: review.Unmet, Absent: true, Basis: art28_3}},
		},
		{
			name: "description without data subjects",
			change: func(a *agreement.Agreement) {
				a.Processing.Description.DataSubjects = annex.List[annex.SubjectKind]{}
			},
			want:   []review.Finding{{Code: review.DataSubjectsMissing, Severity: review.Unmet, Absent: true, Basis: art28_3}},
			reason: "We Are Media names no data subjects",
		},
		{
			name: "personal data list introduced and left empty",
			change: func(a *agreement.Agreement) {
				a.Processing.Description.DataCategories = annex.BlankAt[annex.DataKind]("1")
			},
			want: []review.Finding{{Code: review.PersonalDataMissing, Severity: review.Unmet, Clause: "1", Basis: art28_3,
				Args: []review.Arg{{Key: "note.list-blank"}}}},
			reason: "MailMojo 1: «Databehandler vil kunne ha tilgang til følgende Personopplysninger:» and nothing follows",
		},
		{
			name: "purposes stated as none",
			change: func(a *agreement.Agreement) {
				a.Processing.Description.Purposes = annex.NoneAt[annex.PurposeKind]("3")
			},
			want: []review.Finding{{Code: review.PurposeMissing, Severity: review.Unmet, Clause: "3", Basis: art28_3,
				Args: []review.Arg{{Key: "note.stated-none"}}}},
		},
		{
			name: "nature from the operations alone",
			change: func(a *agreement.Agreement) {
				a.Processing.Description.Nature = annex.Statement{}
			},
			reason: "the list of operations describes the nature",
		},
		{
			name: "no nature, no operations",
			change: func(a *agreement.Agreement) {
				a.Processing.Description.Nature = annex.Statement{}
				a.Processing.Description.Operations = annex.List[annex.OperationKind]{}
			},
			want: []review.Finding{{Code: review.NatureMissing, Severity: review.Unmet, Absent: true, Basis: art28_3}},
		},
		{
			name: "duration in the description instead of a term",
			change: func(a *agreement.Agreement) {
				a.Term = agreement.Term{}
				a.Processing.Description.Duration = annex.Statement{Text: "så lenge tjenesteavtalen løper", Clause: "5"}
			},
		},
		{
			name: "a purpose of the processor's own",
			change: func(a *agreement.Agreement) {
				a.Processing.Description.Purposes.Items = append(a.Processing.Description.Purposes.Items,
					annex.Purpose{Kind: annex.PurposeProductImprovement, Clause: "Vedlegg 3.3 §1.1.2",
						Text: "Innsamlede personopplysninger brukes også til å forbedre databehandlerens produkter og tjenester."})
			},
			want: []review.Finding{{Code: review.ProcessorOwnPurpose, Severity: review.Unmet, Clause: "Vedlegg 3.3 §1.1.2",
				Basis: review.Art("28", 10, ""),
				Args:  []review.Arg{{Text: "Innsamlede personopplysninger brukes også til å forbedre databehandlerens produkter og tjenester."}}}},
			reason: "Nortelecom Vedlegg 3.3 1.1.2",
		},
		{
			name: "health data without special security needs",
			change: func(a *agreement.Agreement) {
				a.Processing.Description.SpecialCategories = annex.ListAt("Vedlegg 1", annex.SpecialCategory{Kind: annex.SpecialHealth})
			},
			want: []review.Finding{{Code: review.SensitiveDataSafeguards, Severity: review.Weak, Clause: "Vedlegg 1",
				Basis: review.Reference{Instrument: review.StandardClauses, Article: "7.5"},
				Args:  []review.Arg{{Key: "sensitive.art9"}, {Key: "note.no-needs"}}}},
		},
		{
			name: "health data with a special security need",
			change: func(a *agreement.Agreement) {
				d := &a.Processing.Description
				d.SpecialCategories = annex.ListAt("Vedlegg 1", annex.SpecialCategory{Kind: annex.SpecialHealth})
				d.SecurityNeeds = annex.ListAt("Vedlegg 1", annex.SecurityNeed{Kind: annex.NeedConfidentiality})
			},
			want: []review.Finding{{Code: review.SensitiveDataSafeguards, Severity: review.Weak, Clause: "Vedlegg 1",
				Basis: review.Reference{Instrument: review.StandardClauses, Article: "7.5"},
				Args:  []review.Arg{{Key: "sensitive.art9"}, {Key: "note.needs-stated"}}}},
			reason: "Assistert Selvhjelp's Vedlegg 1 ties ticked needs to an agreement on increased security the model cannot see",
		},
		{
			name: "children at a normal security level",
			change: func(a *agreement.Agreement) {
				d := &a.Processing.Description
				d.DataSubjects = annex.ListAt("Vedlegg 3.3 §1.2", annex.DataSubject{Kind: annex.SubjectPersonsUnder18})
				d.SecurityNeeds = annex.NoneAt[annex.NeedKind]("Vedlegg 3.3 §3.1")
			},
			want: []review.Finding{{Code: review.ChildrenDataSafeguards, Severity: review.Weak, Clause: "Vedlegg 3.3 §3.1",
				Basis: review.Art("32", 1, "")}},
			reason: "Nortelecom: persons under 18, «et normalt sikkerhetsnivå»",
		},
		{
			name: "children with a special security need",
			change: func(a *agreement.Agreement) {
				d := &a.Processing.Description
				d.DataSubjects = annex.ListAt("1", annex.DataSubject{Kind: annex.SubjectChildren})
				d.SecurityNeeds = annex.ListAt("2", annex.SecurityNeed{Kind: annex.NeedConfidentiality})
			},
		},
		{
			name: "security measures introduced and left empty",
			change: func(a *agreement.Agreement) {
				a.Processing.Description.SecurityMeasures = annex.BlankAt[annex.MeasureKind]("2.3.2")
			},
			want: []review.Finding{{Code: review.MeasuresNotListed, Severity: review.Weak, Clause: "2.3.2",
				Basis: review.Art("32", 1, ""), Args: []review.Arg{{Key: "note.list-blank"}}}},
			reason: "MailMojo 2.3.2: «ta i betraktning:» and «vurdere:» with nothing after them",
		},
		{
			name:   "no instructions clause",
			change: func(a *agreement.Agreement) { a.Instructions = agreement.Instructions{} },
			want: []review.Finding{
				{Code: review.InstructionsMissing, Severity: review.Unmet, Absent: true, Basis: review.Art("28", 3, "a")},
				{Code: review.InfringingInstructionMissing, Severity: review.Weak, Absent: true,
					Basis: review.Reference{Instrument: review.GDPR, Article: "28", Paragraph: 3, Subparagraph: 2}},
			},
		},
		{
			name: "instructions not said to be documented",
			change: func(a *agreement.Agreement) {
				a.Instructions.Documented = false
			},
			want: []review.Finding{{Code: review.InstructionsMissing, Severity: review.Unmet, Clause: "7.1(a)",
				Basis: review.Art("28", 3, "a"), Args: []review.Arg{{Key: "note.not-documented"}}}},
		},
		{
			name: "no duty to flag an infringing instruction",
			change: func(a *agreement.Agreement) {
				a.Instructions.Infringing = agreement.InfringingInstruction{}
			},
			want: []review.Finding{{Code: review.InfringingInstructionMissing, Severity: review.Weak, Clause: "7.1(a)",
				Basis: review.Reference{Instrument: review.GDPR, Article: "28", Paragraph: 3, Subparagraph: 2}, Args: []review.Arg{{}}}},
			reason: "Nortelecom 4.3 and MailMojo 2.2: documented instructions, nothing on infringing ones",
		},
		{
			name: "an infringing instruction flagged with no time given",
			change: func(a *agreement.Agreement) {
				a.Instructions.Infringing = agreement.InfringingInstruction{Provision: obligation.At("3"), MayRefuse: true}
			},
			reason: "We Are Media: «forpliktet til å varsle kunder»; the law's «immediately» still applies",
		},
		{
			name: "an infringing instruction flagged within a reasonable time",
			change: func(a *agreement.Agreement) {
				a.Instructions.Infringing.Notify = obligation.Unquantified(obligation.ReasonableTime)
			},
			want: []review.Finding{{Code: review.InfringingInstructionLate, Severity: review.Weak, Clause: "7.1(b)",
				Basis: review.Reference{Instrument: review.GDPR, Article: "28", Paragraph: 3, Subparagraph: 2}}},
		},
		{
			name:   "no confidentiality",
			change: func(a *agreement.Agreement) { a.Confidentiality = agreement.Confidentiality{} },
			want:   []review.Finding{{Code: review.ConfidentialityMissing, Severity: review.Unmet, Absent: true, Basis: review.Art("28", 3, "b")}},
		},
		{
			name: "confidentiality without binding the staff",
			change: func(a *agreement.Agreement) {
				a.Confidentiality = agreement.Confidentiality{Provision: obligation.At("Taushetsplikt"), Survives: obligation.At("Taushetsplikt")}
			},
			want:   []review.Finding{{Code: review.StaffNotBound, Severity: review.Weak, Clause: "Taushetsplikt", Basis: review.Art("28", 3, "b")}},
			reason: "We Are Media, Taushetsplikt: the processor «er ansvarlig for konfidensialiteten»",
		},
		{
			name: "no assistance with data subjects' requests",
			change: func(a *agreement.Agreement) {
				a.Requests = agreement.Requests{}
				a.Assistance.Scope.Tasks = a.Assistance.Scope.Tasks[1:]
			},
			want: []review.Finding{{Code: review.RightsAssistanceMissing, Severity: review.Unmet, Absent: true,
				Basis: review.Art("28", 3, "e")}},
			reason: "We4you says nothing on data subjects' requests",
		},
		{
			name: "requests passed on, no assistance",
			change: func(a *agreement.Agreement) {
				a.Requests.DataSubjects.Assist = false
				a.Assistance.Scope.Tasks = a.Assistance.Scope.Tasks[1:]
			},
			want: []review.Finding{{Code: review.RightsAssistanceMissing, Severity: review.Unmet, Clause: "8(b)",
				Basis: review.Art("28", 3, "e"), Args: []review.Arg{{Key: "note.notify-only"}}}},
		},
		{
			name:   "nothing on the end of processing",
			change: func(a *agreement.Agreement) { a.End = agreement.EndOfProcessing{} },
			want:   []review.Finding{{Code: review.EndMissing, Severity: review.Unmet, Absent: true, Basis: review.Art("28", 3, "g")}},
		},
		{
			name: "return without deletion",
			change: func(a *agreement.Agreement) {
				a.End.Steps = a.End.Steps[:1]
			},
			want: []review.Finding{{Code: review.NoDeletion, Severity: review.Unmet, Clause: "10(d)", Basis: review.Art("28", 3, "g")}},
		},
		{
			name: "deletion without a choice of return",
			change: func(a *agreement.Agreement) {
				a.End.Steps = a.End.Steps[1:]
			},
			want:   []review.Finding{{Code: review.NoReturnChoice, Severity: review.Weak, Clause: "10(d)", Basis: review.Art("28", 3, "g")}},
			reason: "We4you: «slettes alle personopplysninger omgående», nothing returned",
		},
		{
			name: "no audit right",
			change: func(a *agreement.Agreement) {
				a.Audit = agreement.Audit{Information: obligation.At("3")}
			},
			want: []review.Finding{{Code: review.AuditMissing, Severity: review.Unmet, Absent: true, Basis: review.Art("28", 3, "h")}},
		},
		{
			name: "no audit right, but notice terms for audits",
			change: func(a *agreement.Agreement) {
				a.Audit = agreement.Audit{Information: obligation.At("3"),
					Inspection: agreement.AdvanceNotice{Provision: obligation.At("Sikkerhet"), Period: obligation.Unquantified(obligation.InTime)}}
			},
			want: []review.Finding{
				{Code: review.AuditImplied, Severity: review.Weak, Clause: "Sikkerhet", Basis: review.Art("28", 3, "h")},
				{Code: review.AuditNoticeVague, Severity: review.Info, Clause: "Sikkerhet", Basis: review.Art("28", 3, "h"),
					Args: []review.Arg{{Key: "subject.audit-notice"}, {Key: "note.only-standard"}}},
			},
			reason: "We Are Media, Sikkerhet: customers must announce their security audits «i tide»; no audit right is granted",
		},
		{
			name: "audit without information",
			change: func(a *agreement.Agreement) {
				a.Audit.Information = obligation.Provision{}
			},
			want: []review.Finding{{Code: review.ComplianceInformationMissing, Severity: review.Unmet, Absent: true, Basis: review.Art("28", 3, "h")}},
		},
		{
			name: "audits by an independent third party only",
			change: func(a *agreement.Agreement) {
				a.Audit.ThirdParty = agreement.ThirdPartyAudit{Provision: obligation.At("2.6"), Required: true}
			},
			want:   []review.Finding{{Code: review.AuditThirdPartyOnly, Severity: review.Weak, Clause: "2.6", Basis: review.Art("28", 3, "h")}},
			reason: "MailMojo 2.6: «rett til å kreve sikkerhetsrevisjon utført av uavhengig tredjepart»",
		},
		{
			name:   "auditor the processor appoints",
			change: func(a *agreement.Agreement) { a.Audit.Auditor = agreement.ProcessorAppointed },
			want: []review.Finding{{Code: review.AuditorByProcessor, Severity: review.Weak, Clause: "7.6(c)", Basis: review.Art("28", 3, "h"),
				Args: []review.Arg{{Key: "auditor.processor-appointed"}}}},
			reason: "Art. 28(3)(h): audits by «the controller or another auditor mandated by the controller»",
		},
		{
			name:   "auditor the processor must approve",
			change: func(a *agreement.Agreement) { a.Audit.Auditor = agreement.ProcessorApproved },
			want: []review.Finding{{Code: review.AuditorByProcessor, Severity: review.Weak, Clause: "7.6(c)", Basis: review.Art("28", 3, "h"),
				Args: []review.Arg{{Key: "auditor.processor-approved"}}}},
			reason: "Art. 28(3)(h): the controller mandates the auditor; a processor's approval narrows that",
		},
		{
			name:   "the controller or an auditor it mandates",
			change: func(a *agreement.Agreement) { a.Audit.Auditor = agreement.ControllerOrMandated },
			reason: "Time, «Gjennomføring av innsyn, verifikasjon og revisjon»: «Innsyn og kontroll kan gjennomføres av Behandlingsansvarlig eller tredjepart som Behandlingsansvarlig utpeker», the law's own choice",
		},
		{
			name:   "an independent auditor",
			change: func(a *agreement.Agreement) { a.Audit.Auditor = agreement.IndependentAuditor },
			reason: "an independent auditor is not the processor's choice; the third-party-only check covers an audit limited to one",
		},
		{
			name:   "an auditor both parties agree on",
			change: func(a *agreement.Agreement) { a.Audit.Auditor = agreement.AgreedAuditor },
			reason: "the controller keeps a say in the choice",
		},
		{
			name: "auditor the processor appoints, but only a soft undertaking",
			change: func(a *agreement.Agreement) {
				a.Audit.Discretionary = true
				a.Audit.Auditor = agreement.ProcessorAppointed
			},
			want:   []review.Finding{{Code: review.AuditSoft, Severity: review.Weak, Clause: "7.6(c)", Basis: review.Art("28", 3, "h")}},
			reason: "with no right to audit, who audits limits nothing",
		},
		{
			name: "one audit per calendar year",
			change: func(a *agreement.Agreement) {
				a.Audit.Limit = agreement.AuditLimit{Provision: obligation.At("9.7"),
					Limit: obligation.Limit{Times: 1, Per: obligation.Years(1), Window: obligation.CalendarPeriod}}
			},
			want: []review.Finding{{Code: review.AuditLimited, Severity: review.Weak, Clause: "9.7", Basis: review.Art("28", 3, "h"),
				Args: []review.Arg{{Text: "1"}, {Key: "per.calendar-year"}}}},
			reason: "Nortelecom 9.7: «en gang per kalenderår»",
		},
		{
			name: "audit excludes trade secrets and processes",
			change: func(a *agreement.Agreement) {
				a.Audit.Scope = agreement.AuditScope{Provision: obligation.At("10"), Excludes: []string{"trade secrets", "processes"}}
			},
			want: []review.Finding{{Code: review.AuditScopeLimited, Severity: review.Weak, Clause: "10", Basis: review.Art("28", 3, "h"),
				Args: []review.Arg{{Text: "trade secrets, processes"}}}},
			reason: "Cradl 10: «The audit does not include information concerning Data Processor’s trade secrets … processes»",
		},
		{
			name: "audit scope agreed in advance, after an NDA",
			change: func(a *agreement.Agreement) {
				a.Audit.Scope = agreement.AuditScope{Provision: obligation.At("4.2"), Agreed: true, ConfidentialityAgreement: true}
			},
			reason: "Aptible 4.2: scope agreed in advance and «Aptible’s standard non-disclosure agreement» exclude nothing by themselves",
		},
		{
			name: "one audit a year or on suspicion of a breach",
			change: func(a *agreement.Agreement) {
				a.Audit.Limit = agreement.AuditLimit{Provision: obligation.At("9"),
					Limit: obligation.Limit{Times: 1, Per: obligation.Years(1), Unless: obligation.NonCompliance}}
			},
			reason: "Sporløs 9: «inntil én gang per år eller ved mistanke om brudd» keeps the audits Clause 7.6(c) allows on indications of non-compliance",
		},
		{
			name: "one audit in any twelve months, unless a regulator requires",
			change: func(a *agreement.Agreement) {
				a.Audit.Limit = agreement.AuditLimit{Provision: obligation.At("x"),
					Limit: obligation.Limit{Times: 1, Per: obligation.Years(1), Window: obligation.AnyPeriod, Unless: obligation.RegulatorRequires}}
			},
			want: []review.Finding{{Code: review.AuditLimited, Severity: review.Weak, Clause: "x", Basis: review.Art("28", 3, "h"),
				Args: []review.Arg{{Text: "1"}, {Key: "per.any-year"}}}},
			reason: "a regulator's requirement is not a sign of non-compliance: the count still binds the controller",
		},
		{
			name: "deletion as soon as possible and within three months",
			change: func(a *agreement.Agreement) {
				del := func(due obligation.Period, clause obligation.Clause) obligation.Rule {
					return obligation.Rule{On: obligation.AgreementEnds, Debtor: obligation.Processor, Creditor: obligation.Controller,
						Action: obligation.DeleteData, Due: due, Clause: clause}
				}
				a.End.Steps = append(a.End.Steps[:1],
					del(obligation.Unquantified(obligation.AsSoonAsPossible), "Vedlegg 3.3 §4.2"), del(obligation.Months(3), "12.2"))
			},
			want: []review.Finding{{Code: review.PeriodContradiction, Severity: review.Weak, Clause: "12.2", Basis: review.Art("28", 3, "g"),
				Args: []review.Arg{{Clause: "Vedlegg 3.3 §4.2"}, {Period: obligation.Unquantified(obligation.AsSoonAsPossible)},
					{Clause: "12.2"}, {Period: obligation.Months(3)}}}},
			reason: "Nortelecom: Vedlegg 3.3 §4.2 «så snart», 12.2 «innen tre (3) måneder»",
		},
		{
			name: "deletion on request and at the end",
			change: func(a *agreement.Agreement) {
				a.End.Steps = append(a.End.Steps, obligation.Rule{On: obligation.AgreementEnds, Debtor: obligation.Processor,
					Action: obligation.DeleteData, Due: obligation.Days(5), OnRequest: true, Clause: "12.2"})
			},
			reason: "a duty on request answers a different event",
		},
		{
			name: "the processor agreement terminable on its own",
			change: func(a *agreement.Agreement) {
				a.Termination = agreement.Termination{Provision: obligation.At("Varighet og opphør"), By: agreement.EitherParty,
					Notice: obligation.Months(6), Written: true}
			},
			want: []review.Finding{{Code: review.SeparateTermination, Severity: review.Weak, Clause: "Varighet og opphør",
				Basis: review.Art("28", 3, "")}},
			reason: "Assistert Selvhjelp: «Avtalen kan sies opp skriftlig av begge parter med en gjensidig frist på 6 måneder»",
		},
		{
			name: "terminable only with the main agreement",
			change: func(a *agreement.Agreement) {
				a.Termination = agreement.Termination{Provision: obligation.At("12.4"), Coupled: true}
			},
			reason: "Nortelecom 12.4: «kan ikke sies opp separat»",
		},
		{
			name: "requests not passed on",
			change: func(a *agreement.Agreement) {
				a.Requests.DataSubjects.Notify = obligation.Period{}
			},
			want: []review.Finding{{Code: review.RequestNoticeMissing, Severity: review.Info, Clause: "8(b)",
				Basis: review.Reference{Instrument: review.StandardClauses, Article: "8", Point: "a"}}},
		},
		{
			name: "no subprocessor terms",
			change: func(a *agreement.Agreement) {
				a.Subprocessors, a.SubprocessorPolicy = subprocessor.Register{}, subprocessor.Policy{}
			},
			want: []review.Finding{{Code: review.SubprocessorTermsMissing, Severity: review.Unmet, Absent: true,
				Basis: review.Art("28", 3, "d")}},
		},
		{
			name: "no subprocessors used",
			change: func(a *agreement.Agreement) {
				a.Subprocessors = subprocessor.Register{Provision: obligation.At("7"), Source: subprocessor.NoneUsed}
				a.SubprocessorPolicy = subprocessor.Policy{}
			},
			reason: "without subprocessors there is nothing to authorise or flow down",
		},
		{
			name: "listed, never authorised",
			change: func(a *agreement.Agreement) {
				a.SubprocessorPolicy.Authorisation = subprocessor.AuthorisationTerm{}
			},
			want: []review.Finding{{Code: review.AuthorisationMissing, Severity: review.Unmet, Clause: "Vedlegg 4",
				Basis: review.Art("28", 2, "")}},
		},
		{
			name: "general authorisation, no objection right",
			change: func(a *agreement.Agreement) {
				a.SubprocessorPolicy.Authorisation.Clause = "7.1"
				a.SubprocessorPolicy.Objection = subprocessor.Objection{}
			},
			want: []review.Finding{{Code: review.NoObjectionRight, Severity: review.Unmet, Clause: "7.1",
				Basis: review.Art("28", 2, ""), Args: []review.Arg{{}}}},
			reason: "Nortelecom 7.1 and We4you: «rett til å bruke underbehandlere», nothing on objecting",
		},
		{
			name: "objection right stated as none",
			change: func(a *agreement.Agreement) {
				a.SubprocessorPolicy.Objection = subprocessor.Objection{Provision: obligation.NoneAt("7.3")}
			},
			want: []review.Finding{{Code: review.NoObjectionRight, Severity: review.Unmet, Clause: "7.3",
				Basis: review.Art("28", 2, ""), Args: []review.Arg{{Key: "note.stated-none"}}}},
		},
		{
			name: "specific authorisation needs no objection right",
			change: func(a *agreement.Agreement) {
				a.SubprocessorPolicy.Authorisation.Kind = subprocessor.Specific
				a.SubprocessorPolicy.Objection = subprocessor.Objection{}
			},
		},
		{
			name: "general authorisation, changes never announced",
			change: func(a *agreement.Agreement) {
				a.SubprocessorPolicy.Announcement = subprocessor.Announcement{}
				a.SubprocessorPolicy.Notice = subprocessor.Notice{}
			},
			want: []review.Finding{{Code: review.NoChangeInformation, Severity: review.Unmet, Clause: "7.7(a)",
				Basis: review.Art("28", 2, ""), Args: []review.Arg{{}}}},
		},
		{
			name: "changes announced with no time frame",
			change: func(a *agreement.Agreement) {
				a.SubprocessorPolicy.Notice = subprocessor.Notice{}
			},
			want: []review.Finding{{Code: review.NoticePeriodMissing, Severity: review.Weak, Clause: "7.7(a)",
				Basis: review.Art("28", 2, ""), Args: []review.Arg{{}}}},
		},
		{
			name: "changes announced «i god tid»",
			change: func(a *agreement.Agreement) {
				a.SubprocessorPolicy.Notice = subprocessor.Notice{Provision: obligation.At("¶4"), Period: obligation.Unquantified(obligation.InGoodTime)}
			},
			want: []review.Finding{{Code: review.NoticePeriodVague, Severity: review.Weak, Clause: "¶4",
				Basis: review.Art("28", 2, ""), Args: []review.Arg{{Period: obligation.Unquantified(obligation.InGoodTime)}}}},
			reason: "Assistert Selvhjelp, Bruk av underleverandører ¶4: «Slike bytter skal varsles i god tid»",
		},
		{
			name: "an objection to be made at once",
			change: func(a *agreement.Agreement) {
				a.SubprocessorPolicy.Objection = subprocessor.Objection{Provision: obligation.At("¶6"), Period: obligation.Unquantified(obligation.Immediately)}
			},
			want: []review.Finding{{Code: review.ObjectionWindowShort, Severity: review.Weak, Clause: "¶6",
				Basis: review.Art("28", 2, "")}},
			reason: "We Are Media ¶6: the objection «skal … varsles umiddelbart»",
		},
		{
			name: "changes announced only by updating the list",
			change: func(a *agreement.Agreement) {
				a.SubprocessorPolicy.Announcement.Channels = []subprocessor.Channel{subprocessor.UpdatedList}
			},
			want: []review.Finding{{Code: review.ListUpdateOnly, Severity: review.Weak, Clause: "7.7(a)",
				Basis: review.Art("28", 2, "")}},
			reason: "We Are Media ¶5 and We4you ¶3 only update their lists",
		},
		{
			name: "a list update and e-mail",
			change: func(a *agreement.Agreement) {
				a.SubprocessorPolicy.Announcement.Channels = []subprocessor.Channel{subprocessor.UpdatedList, subprocessor.Email}
			},
			reason: "Nortelecom 6.1 also forwards notices of the change",
		},
		{
			name: "specific authorisation, silence accepts",
			change: func(a *agreement.Agreement) {
				a.SubprocessorPolicy.Authorisation = subprocessor.AuthorisationTerm{Provision: obligation.At("2.7"), Kind: subprocessor.Specific}
				a.SubprocessorPolicy.Silence = subprocessor.Silence{Provision: obligation.At("2.7"), Accepts: true}
			},
			want: []review.Finding{{Code: review.SpecificDeemedAccepted, Severity: review.Weak, Clause: "2.7",
				Basis: review.Art("28", 2, "")}},
			reason: "MailMojo 2.7: prior written approval, yet «anses den nye underleverandøren som akseptert»",
		},
		{
			name: "no flow-down, no liability",
			change: func(a *agreement.Agreement) {
				a.SubprocessorPolicy.FlowDown, a.SubprocessorPolicy.Liability = obligation.Provision{}, obligation.Provision{}
			},
			want: []review.Finding{
				{Code: review.FlowDownMissing, Severity: review.Unmet, Clause: "7.7(a)", Basis: review.Art("28", 4, ""), Args: []review.Arg{{}}},
				{Code: review.SubprocessorLiabilityMissing, Severity: review.Weak, Clause: "7.7(a)", Basis: review.Art("28", 4, ""), Args: []review.Arg{{}}},
			},
		},
		{
			name: "an Indian subprocessor with no basis",
			change: func(a *agreement.Agreement) {
				a.Subprocessors.Entries[0].Processing = []subprocessor.Location{subprocessor.In("IN")}
			},
			want: []review.Finding{{Code: review.TransferNoneNamed, Severity: review.Weak, Clause: "Vedlegg 4",
				Basis: review.Art("44", 0, ""), Args: []review.Arg{{Text: "Drift AS"}, {Country: "IN"}}}},
			reason: "no adequacy decision covers India (FACTS §3.1) and the agreement names no basis: undetermined, not «no lawful basis»",
		},
		{
			name: "a US subprocessor with no basis named",
			change: func(a *agreement.Agreement) {
				a.Subprocessors.Entries[0].Processing = []subprocessor.Location{subprocessor.In("US")}
			},
			want: []review.Finding{{Code: review.TransferUndetermined, Severity: review.Weak, Clause: "Vedlegg 4",
				Basis: review.Art("44", 0, ""), Args: []review.Arg{{Text: "Drift AS"}, {Country: "US"},
					{Key: "mechanism.none"}, {Key: "note.transfer-scope"}}}},
			reason: "the Data Privacy Framework covers only organisations on the DPF List, which the agreement does not say; the agreement names no basis, so the message names none",
		},
		{
			name: "a US subprocessor on the 2021 clauses",
			change: func(a *agreement.Agreement) {
				a.Subprocessors.Entries[0].Processing = []subprocessor.Location{subprocessor.In("US")}
				a.Subprocessors.Entries[0].Bases = []subprocessor.Basis{{Mechanism: subprocessor.SCC2021, Clause: "Vedlegg 4"}}
			},
		},
		{
			name: "a subprocessor whose location is not stated",
			change: func(a *agreement.Agreement) {
				a.Subprocessors.Entries[0].Processing = nil
			},
			want: []review.Finding{{Code: review.TransferUndetermined, Severity: review.Weak, Clause: "Vedlegg 4",
				Basis: review.Art("44", 0, ""), Args: []review.Arg{{Text: "Drift AS"}, {Key: "place.unknown"}, {Key: "mechanism.none"}, {Key: "note.location-unknown"}}}},
			reason: "MailMojo's Bilag 1 and We4you's list name no locations",
		},
		{
			name: "an Indian subprocessor under the general transfer terms",
			change: func(a *agreement.Agreement) {
				a.Subprocessors.Entries[0].Processing = []subprocessor.Location{subprocessor.In("IN")}
				a.SubprocessorPolicy.Transfers = subprocessor.Transfers{Provision: obligation.At("2.8"),
					Mechanisms: []subprocessor.Mechanism{subprocessor.SCC2021}}
			},
			want: []review.Finding{{Code: review.TransferUndetermined, Severity: review.Weak, Clause: "Vedlegg 4",
				Basis: review.Art("44", 0, ""), Args: []review.Arg{{Text: "Drift AS"}, {Country: "IN"},
					{Mechanisms: subprocessor.MechanismsOf(subprocessor.SCC2021)}, {Key: "note.transfer-scope"}}}},
			reason: "the entry names no basis; the agreement's transfer terms name the 2021/914 clauses by name only (MailMojo 2.8: «EUs standardavtaler»), which does not show that they were concluded for this recipient",
		},
		{
			name: "a subprocessor with no location under the general transfer terms",
			change: func(a *agreement.Agreement) {
				a.Subprocessors.Entries[0].Processing = nil
				a.SubprocessorPolicy.Transfers = subprocessor.Transfers{Provision: obligation.At("2.8"),
					Mechanisms: []subprocessor.Mechanism{subprocessor.SCC2021, subprocessor.UnnamedBasis}}
			},
			want: []review.Finding{{Code: review.TransferUndetermined, Severity: review.Weak, Clause: "Vedlegg 4",
				Basis: review.Art("44", 0, ""), Args: []review.Arg{{Text: "Drift AS"}, {Key: "place.unknown"},
					{Mechanisms: subprocessor.MechanismsOf(subprocessor.SCC2021, subprocessor.UnnamedBasis)}, {Key: "note.location-unknown"}}}},
			reason: "MailMojo's Bilag 1 gives no locations; 2.8 names bases in general, and the message lists exactly those",
		},
		{
			name: "processing outside the EEA, no mechanism named",
			change: func(a *agreement.Agreement) {
				a.SubprocessorPolicy.Transfers = subprocessor.Transfers{Provision: obligation.At("Internasjonal dataeksport"),
					Locations: []subprocessor.Location{subprocessor.Unnamed}}
			},
			want: []review.Finding{{Code: review.TransferNoneNamed, Severity: review.Weak, Clause: "Internasjonal dataeksport",
				Basis: review.Art("44", 0, ""), Args: []review.Arg{{Key: "subject.transfer-terms"}, {Key: "place.third-country"}}}},
			reason: "We Are Media, Internasjonal dataeksport: no basis named, so undetermined, not «no lawful basis»",
		},
		{
			name: "a subprocessor «global» with no basis",
			change: func(a *agreement.Agreement) {
				a.Subprocessors.Entries[0].Processing = []subprocessor.Location{{Region: subprocessor.Global}}
			},
			want: []review.Finding{{Code: review.TransferRegionNoBasis, Severity: review.Weak, Clause: "Vedlegg 4",
				Basis: review.Art("44", 0, ""), Args: []review.Arg{{Text: "Drift AS"}, {Key: "place.global"}}}},
			reason: "anywhere the provider operates includes third countries, and no basis is named",
		},
		{
			name: "a subprocessor in the EU",
			change: func(a *agreement.Agreement) {
				a.Subprocessors.Entries[0].Processing = []subprocessor.Location{{Region: subprocessor.EU}}
			},
			reason: "the EU is no third country: no basis is needed",
		},
		{
			name: "Privacy Shield beside the 2021 clauses for a US subprocessor",
			change: func(a *agreement.Agreement) {
				a.Subprocessors.Entries[0].Processing = []subprocessor.Location{subprocessor.In("US")}
				a.Subprocessors.Entries[0].Bases = []subprocessor.Basis{
					{Mechanism: subprocessor.PrivacyShield, Certified: subprocessor.Certified, Clause: "Vedlegg 4"},
					{Mechanism: subprocessor.SCC2021, Module: subprocessor.Module3, Clause: "Vedlegg 4"}}
			},
			want: []review.Finding{{Code: review.TransferBasisLapsed, Severity: review.Weak, Clause: "Vedlegg 4",
				Basis: review.Art("44", 0, ""), Args: []review.Arg{{Text: "Drift AS"}, {Country: "US"}, {Mechanism: subprocessor.PrivacyShield},
					{Text: "(EU) 2016/1250"}, {Date: obligation.NewDate(2020, 7, 16)}}}},
			reason: "Privacy Shield lapsed with Schrems II (16 July 2020); the 2021/914 clauses hold",
		},
		{
			name: "the 2021 clauses in Module 1 under Delaware law",
			change: func(a *agreement.Agreement) {
				a.Subprocessors.Entries[0].Processing = []subprocessor.Location{subprocessor.In("US")}
				a.Subprocessors.Entries[0].Bases = []subprocessor.Basis{{Mechanism: subprocessor.SCC2021, Module: subprocessor.Module1, Law: "US", Forum: "US", Clause: "Vedlegg 4"}}
			},
			want: []review.Finding{
				{Code: review.TransferNoBasis, Severity: review.Unmet, Clause: "Vedlegg 4", Basis: review.Art("44", 0, ""),
					Args: []review.Arg{{Text: "Drift AS"}, {Country: "US"}, {Mechanisms: subprocessor.MechanismsOf(subprocessor.SCC2021)}}},
				{Code: review.ClausesModuleMisfit, Severity: review.Weak, Clause: "Vedlegg 4", Basis: review.Art("46", 2, "c"),
					Args: []review.Arg{{Text: "Drift AS"}, {Text: "1"}}},
			},
			reason: "Module 1 is controller to controller (FACTS-2 §1(a)); the module is judged first, so the law is not reached",
		},
		{
			name: "the 2021 clauses in Module 3 under Delaware law and Irish courts",
			change: func(a *agreement.Agreement) {
				a.Subprocessors.Entries[0].Processing = []subprocessor.Location{subprocessor.In("US")}
				a.Subprocessors.Entries[0].Bases = []subprocessor.Basis{{Mechanism: subprocessor.SCC2021, Module: subprocessor.Module3, Law: "US", Forum: "IE", Clause: "Vedlegg 4"}}
			},
			want: []review.Finding{
				{Code: review.TransferNoBasis, Severity: review.Unmet, Clause: "Vedlegg 4", Basis: review.Art("44", 0, ""),
					Args: []review.Arg{{Text: "Drift AS"}, {Country: "US"}, {Mechanisms: subprocessor.MechanismsOf(subprocessor.SCC2021)}}},
				{Code: review.ClausesLawOutsideEU, Severity: review.Weak, Clause: "Vedlegg 4", Basis: review.Art("46", 2, "c"),
					Args: []review.Arg{{Text: "Drift AS"}, {Country: "US"}, {Key: "clauses.law"}}},
			},
			reason: "Clause 17 of Modules 1 to 3: the law of an EU Member State (FACTS-2 §1(a))",
		},
		{
			name: "the 2021 clauses under Norwegian law and courts",
			change: func(a *agreement.Agreement) {
				a.Subprocessors.Entries[0].Processing = []subprocessor.Location{subprocessor.In("IN")}
				a.Subprocessors.Entries[0].Bases = []subprocessor.Basis{{Mechanism: subprocessor.SCC2021, Module: subprocessor.Module3, Law: "NO", Forum: "NO", Clause: "Vedlegg 4"}}
			},
			want: []review.Finding{
				{Code: review.ClausesLawEEA, Severity: review.Info, Clause: "Vedlegg 4", Basis: review.Art("46", 2, "c"),
					Args: []review.Arg{{Text: "Drift AS"}, {Country: "NO"}, {Key: "clauses.law-forum"}}},
			},
			reason: "FACTS-2 §1(a): whether Norwegian law and courts can be chosen under Clauses 17/18 is not confirmed",
		},
		{
			name: "access from outside the EU on an unnamed approved basis",
			change: func(a *agreement.Agreement) {
				a.SubprocessorPolicy.Transfers = subprocessor.Transfers{Provision: obligation.At("Overføring"),
					Access: []subprocessor.Location{subprocessor.Unnamed}, Mechanisms: []subprocessor.Mechanism{subprocessor.UnnamedBasis}}
			},
			want: []review.Finding{{Code: review.TransferUndetermined, Severity: review.Weak, Clause: "Overføring",
				Basis: review.Art("44", 0, ""), Args: []review.Arg{{Key: "subject.transfer-terms"}, {Key: "place.third-country"},
					{Mechanisms: subprocessor.MechanismsOf(subprocessor.UnnamedBasis)}, {Key: "note.basis-unnamed"}}}},
			reason: "Assistert Selvhjelp: developers outside the EU, «godkjente overføringsgrunnlag»",
		},
		{
			name: "Brazil, adequacy not yet in the EEA Agreement",
			change: func(a *agreement.Agreement) {
				a.Subprocessors.Entries[0].Processing = []subprocessor.Location{subprocessor.In("BR")}
				a.Subprocessors.Entries[0].Bases = []subprocessor.Basis{{Mechanism: subprocessor.Adequacy}}
			},
			want: []review.Finding{{Code: review.TransferJudgement, Severity: review.Info, Clause: "Vedlegg 4",
				Basis: review.Art("44", 0, ""), Args: []review.Arg{{Text: "Drift AS"}, {Country: "BR"}, {Mechanism: subprocessor.Adequacy}}}},
			reason: "FACTS §3.2: the EEA incorporation of (EU) 2026/179 is not confirmed",
		},
		{
			name: "Privacy Shield beside the standard clauses",
			change: func(a *agreement.Agreement) {
				a.SubprocessorPolicy.Transfers = subprocessor.Transfers{Provision: obligation.At("2.8"),
					Mechanisms: []subprocessor.Mechanism{subprocessor.PrivacyShield, subprocessor.SCC2021}}
			},
			want: []review.Finding{{Code: review.InvalidMechanism, Severity: review.Weak, Clause: "2.8",
				Basis: review.Art("45", 9, ""), Args: []review.Arg{{Mechanism: subprocessor.PrivacyShield}, {Text: "(EU) 2016/1250"},
					{Date: obligation.NewDate(2020, 7, 16)}, {Key: "note.schrems2"}}}},
			reason: "MailMojo 2.8; CJEU C-311/18 of 16 July 2020",
		},
		{
			name: "Privacy Shield alone",
			change: func(a *agreement.Agreement) {
				a.SubprocessorPolicy.Transfers = subprocessor.Transfers{Provision: obligation.At("2.8"),
					Mechanisms: []subprocessor.Mechanism{subprocessor.PrivacyShield}}
			},
			want: []review.Finding{{Code: review.InvalidMechanismOnly, Severity: review.Unmet, Clause: "2.8",
				Basis: review.Art("45", 9, ""), Args: []review.Arg{{Mechanism: subprocessor.PrivacyShield}, {Text: "(EU) 2016/1250"},
					{Date: obligation.NewDate(2020, 7, 16)}, {Key: "note.schrems2"}}}},
		},
		{
			name: "Privacy Shield on 24 May 2018",
			change: func(a *agreement.Agreement) {
				a.SubprocessorPolicy.Transfers = subprocessor.Transfers{Provision: obligation.At("2.8"),
					Mechanisms: []subprocessor.Mechanism{subprocessor.PrivacyShield}}
			},
			on:     obligation.NewDate(2018, 5, 24),
			reason: "MailMojo's own date: Privacy Shield still stood",
		},
		{
			name:   "no breach terms",
			change: func(a *agreement.Agreement) { a.Breach = breach.Terms{} },
			want:   []review.Finding{{Code: review.BreachTermsMissing, Severity: review.Unmet, Absent: true, Basis: review.Art("28", 3, "f")}},
		},
		{
			name: "without undue delay and nothing more",
			change: func(a *agreement.Agreement) {
				a.Breach.Deadline = breach.Deadline{Provision: obligation.At("IT-sikkerhet"), Period: obligation.Unquantified(obligation.WithoutUndueDelay)}
			},
			want:   []review.Finding{{Code: review.BreachDeadlineUnquantified, Severity: review.Info, Clause: "IT-sikkerhet", Basis: review.Art("33", 2, "")}},
			reason: "We4you: «uten ugrunnet opphold»",
		},
		{
			name: "immediately",
			change: func(a *agreement.Agreement) {
				a.Breach.Deadline = breach.Deadline{Provision: obligation.At("2.4"), Period: obligation.Unquantified(obligation.Immediately)}
			},
			reason: "MailMojo 2.4: «umiddelbart» is stricter than the law",
		},
		{
			name: "within a reasonable time",
			change: func(a *agreement.Agreement) {
				a.Breach.Deadline = breach.Deadline{Provision: obligation.At("9"), Period: obligation.Unquantified(obligation.ReasonableTime)}
			},
			want: []review.Finding{{Code: review.BreachDeadlineLoose, Severity: review.Weak, Clause: "9", Basis: review.Art("33", 2, "")}},
		},
		{
			name: "three days",
			change: func(a *agreement.Agreement) {
				a.Breach.Deadline = breach.Deadline{Provision: obligation.At("9"), Period: obligation.Days(3)}
			},
			want: []review.Finding{{Code: review.BreachDeadlineLoose, Severity: review.Weak, Clause: "9", Basis: review.Art("33", 2, "")}},
		},
		{
			name: "without undue delay, at the latest 72 hours",
			change: func(a *agreement.Agreement) {
				a.Breach.Deadline.Period = obligation.Unquantified(obligation.WithoutUndueDelay).AtLatest(obligation.Hours(72))
			},
			want: []review.Finding{{Code: review.BreachDeadlineLoose, Severity: review.Weak, Clause: "9.2", Basis: review.Art("33", 2, "")}},
		},
		{
			name: "contents without numbers, categories or contact point",
			change: func(a *agreement.Agreement) {
				a.Breach.Contents = breach.Contents{Provision: obligation.At("10.2"), Required: []breach.Requirement{
					{Clause: "10.2.1", Items: breach.ItemsOf(breach.Nature, breach.Measures)},
					{Clause: "10.2.2", Items: breach.ItemsOf(breach.SubjectCategories, breach.SubjectCount, breach.RecordCount)},
					{Clause: "10.2.3", Items: breach.ItemsOf(breach.Consequences)},
				}}
			},
			want: []review.Finding{{Code: review.BreachContentsIncomplete, Severity: review.Weak, Clause: "10.2", Basis: review.Art("33", 3, ""),
				Args: []review.Arg{{Items: breach.ItemsOf(breach.RecordCategories, breach.ContactPoint)}}}},
			reason: "Nortelecom 10.2 asks for neither the categories of records nor a contact point (Art. 33(3)(a), (b))",
		},
		{
			name: "contents not listed",
			change: func(a *agreement.Agreement) {
				a.Breach.Contents = breach.Contents{}
			},
			want:   []review.Finding{{Code: review.BreachContentsNotListed, Severity: review.Info, Clause: "9.2", Basis: review.Art("33", 3, "")}},
			reason: "MailMojo 2.4 and We4you list no contents",
		},
		{
			name: "assistance free in one clause, billed in another",
			change: func(a *agreement.Agreement) {
				a.Assistance.Costs = []agreement.CostTerm{
					{Provision: obligation.At("Databehandlers plikter"), For: agreement.GeneralAssistance, Basis: agreement.Free},
					{Provision: obligation.At("Vedlegg 2 Kompensasjon"), For: agreement.GeneralAssistance, Basis: agreement.UsualRates},
				}
			},
			want: []review.Finding{{Code: review.AssistanceCostConflict, Severity: review.Weak, Clause: "Vedlegg 2 Kompensasjon",
				Basis: review.Art("28", 3, ""), Args: []review.Arg{{Clause: "Databehandlers plikter"}, {Clause: "Vedlegg 2 Kompensasjon"}}}},
			reason: "Assistert Selvhjelp: «kostnadsfritt» in the DPA, «vanlige betingelser og timesatser» in Vedlegg 2",
		},
		{
			name: "audits billed, deletion free",
			change: func(a *agreement.Agreement) {
				a.Assistance.Costs = []agreement.CostTerm{
					{Provision: obligation.At("8"), For: agreement.ReturnAndDeletion, Basis: agreement.Free},
					{Provision: obligation.At("9"), For: agreement.AuditHelp, Basis: agreement.DocumentedCosts},
				}
			},
			reason: "different help priced differently is no contradiction",
		},
		{
			name: "a cap subject to an unstated maximum",
			change: func(a *agreement.Agreement) {
				a.Liability = agreement.Liability{Provision: obligation.At("9.6"), Caps: []agreement.Cap{
					{Provision: obligation.At("9.6"), Kind: agreement.UnquantifiedMaximum},
				}}
			},
			want: []review.Finding{{Code: review.LiabilityMaximumUnquantified, Severity: review.Weak, Clause: "9.6",
				Basis: review.Art("28", 4, "")}},
			reason: "Nortelecom 9.6: «underlagt et maksimalbeløp», no figure",
		},
		{
			name: "a fixed cap",
			change: func(a *agreement.Agreement) {
				a.Liability = agreement.Liability{Provision: obligation.At("4"), Caps: []agreement.Cap{
					{Provision: obligation.At("4"), Kind: agreement.FixedAmount, Amount: obligation.NOK(25000)},
				}}
			},
			reason: "MailMojo 4: kr 25 000 per calendar year",
		},
		{
			name:   "no documents listed",
			change: func(a *agreement.Agreement) { a.Documents = nil },
			reason: "a model that lists no documents says nothing either way",
		},
		{
			name:   "documents listed, none reproduced",
			change: func(a *agreement.Agreement) { a.Documents[0].Included = false },
			want: []review.Finding{
				{Code: review.DocumentNotReproduced, Severity: review.Info, Clause: "Databehandleravtale", Basis: art28_3,
					Args: []review.Arg{{Text: "Databehandleravtale"}}},
				{Code: review.NoDocumentReproduced, Severity: review.Info, Absent: true, Basis: art28_3},
			},
		},
		{
			name: "privacy policy referred to, not reproduced",
			change: func(a *agreement.Agreement) {
				a.Documents = append(a.Documents, agreement.Document{Title: "Personvernerklæringen"})
			},
			want: []review.Finding{{Code: review.DocumentNotReproduced, Severity: review.Info, Clause: "Personvernerklæringen",
				Basis: art28_3, Args: []review.Arg{{Text: "Personvernerklæringen"}}}},
		},
		{
			name: "the 2000 Personal Data Act, after its repeal",
			change: func(a *agreement.Agreement) {
				a.Laws.Cited = []agreement.Law{{ID: "LOV-2000-04-14-31", Clause: "Innledning"}}
			},
			on: obligation.NewDate(2018, 7, 20),
			want: []review.Finding{{Code: review.LawRepealed, Severity: review.Weak, Clause: "Innledning",
				Basis: review.Reference{Instrument: review.PersonalDataAct},
				Args: []review.Arg{{Law: review.PersonalDataAct2000}, {Date: obligation.NewDate(2018, 7, 20)},
					{Law: review.PersonalDataAct}, {}}}},
			reason: "LOV-2018-06-15-38 replaced LOV-2000-04-14-31 from 20 July 2018 (FACTS §4)",
		},
		{
			name: "the 2000 Personal Data Act, the day before its repeal",
			change: func(a *agreement.Agreement) {
				a.Laws.Cited = []agreement.Law{{ID: "LOV-2000-04-14-31", Clause: "Innledning"}}
			},
			on:     obligation.NewDate(2018, 7, 19),
			reason: "an agreement reviewed before the repeal cites the law then in force",
		},
		{
			name: "the 2001 Health Registers Act, with a successors clause",
			change: func(a *agreement.Agreement) {
				a.Laws = agreement.Laws{Provision: obligation.At("Innledning"), Successors: true,
					Cited: []agreement.Law{{ID: "LOV-2001-05-18-24"}}}
			},
			want: []review.Finding{{Code: review.LawRepealed, Severity: review.Weak, Clause: "Innledning",
				Basis: review.Reference{Instrument: review.HealthRegistersAct},
				Args: []review.Arg{{Law: review.HealthRegistersAct2001}, {Date: obligation.NewDate(2015, 1, 1)},
					{Law: review.HealthRegistersAct}, {Key: "note.successors"}}}},
			reason: "the law carries no clause of its own, so the Laws provision's clause is used",
		},
		{
			name: "Directive 95/46/EC beside the GDPR",
			change: func(a *agreement.Agreement) {
				a.Laws.Cited = []agreement.Law{{ID: "31995L0046", Clause: "1"}, {ID: "32016R0679", Clause: "1"}}
			},
			want: []review.Finding{{Code: review.DirectiveCited, Severity: review.Info, Clause: "1",
				Basis: review.Art("94", 2, ""),
				Args: []review.Arg{{Law: review.DataProtectionDirective}, {Date: obligation.NewDate(2018, 5, 25)},
					{Law: review.GDPR}, {Key: "note.also-cites"}}}},
			reason: "GDPR Art. 94(1) repeals the Directive from 25 May 2018, and Art. 94(2) reads references to it as references to the GDPR: information (Nortelecom, MailMojo)",
		},
		{
			name: "Directive 95/46/EC on 24 May 2018",
			change: func(a *agreement.Agreement) {
				a.Laws.Cited = []agreement.Law{{ID: "31995L0046", Clause: "1"}}
			},
			on:     obligation.NewDate(2018, 5, 24),
			reason: "MailMojo's own date: the Directive still applied",
		},
		{
			name:   "no governing law",
			change: func(a *agreement.Agreement) { a.GoverningLaw = agreement.GoverningLaw{} },
			want:   []review.Finding{{Code: review.GoverningLawMissing, Severity: review.Info, Absent: true, Basis: art28_3}},
		},
		{
			name:   "law without venue",
			change: func(a *agreement.Agreement) { a.GoverningLaw.Venue = "" },
			want: []review.Finding{{Code: review.VenueMissing, Severity: review.Info, Clause: "12", Basis: art28_3,
				Args: []review.Arg{{Country: "NO"}}}},
		},
		{
			name: "governing law settled in the main agreement",
			change: func(a *agreement.Agreement) {
				a.GoverningLaw = agreement.GoverningLaw{Provision: obligation.At("15.1"), InDocument: "hovedavtalen"}
			},
			reason: "Nortelecom 15.1 leaves both to the main agreement: a choice is made",
		},

		// The controller's obligations and rights (Art. 28(3) first
		// sentence) and Clause 10 of the 2021/915 clauses.
		{
			name: "no obligations or rights of the controller",
			change: func(a *agreement.Agreement) {
				a.Duties.Controller = agreement.ControllerDuties{}
			},
			want: []review.Finding{
				{Code: review.ControllerDutiesMissing, Severity: review.Unmet, Absent: true, Basis: art28_3},
				{Code: review.SuspensionRightMissing, Severity: review.Info, Absent: true, Basis: clause10("a")},
				{Code: review.TerminationRightMissing, Severity: review.Info, Absent: true, Basis: clause10("b")},
			},
			reason: "Art. 28(3): the contract sets out «the obligations and rights of the controller»",
		},
		{
			name: "the controller's obligations under a heading that lists nothing",
			change: func(a *agreement.Agreement) {
				a.Duties.Controller.Duties = nil
				a.Duties.Controller.Blank = []obligation.Clause{"3"}
			},
			want: []review.Finding{
				{Code: review.ControllerDutiesMissing, Severity: review.Unmet, Clause: "10", Basis: art28_3, Args: []review.Arg{{}}},
				{Code: review.ControllerDutiesBlank, Severity: review.Weak, Clause: "3", Basis: art28_3},
				{Code: review.SuspensionRightMissing, Severity: review.Info, Absent: true, Basis: clause10("a")},
				{Code: review.TerminationRightMissing, Severity: review.Info, Absent: true, Basis: clause10("b")},
			},
			reason: "MailMojo 3: «Behandlingsansvarlig bekrefter at Behandlingsansvarlig:» and «Behandlingsansvarlig skal:» with nothing under them",
		},
		{
			name: "obligations beside an empty list",
			change: func(a *agreement.Agreement) {
				a.Duties.Controller.Blank = []obligation.Clause{"3"}
			},
			want:   []review.Finding{{Code: review.ControllerDutiesBlank, Severity: review.Weak, Clause: "3", Basis: art28_3}},
			reason: "the other obligations do not fill the empty list",
		},
		{
			name: "neither suspension nor termination for non-compliance",
			change: func(a *agreement.Agreement) {
				a.Duties.Controller.Duties = a.Duties.Controller.Duties[:1]
			},
			want: []review.Finding{
				{Code: review.SuspensionRightMissing, Severity: review.Info, Absent: true, Basis: clause10("a")},
				{Code: review.TerminationRightMissing, Severity: review.Info, Absent: true, Basis: clause10("b")},
			},
			reason: "We Are Media, Nortelecom and We4you give the controller neither right",
		},
		{
			name: "suspension at once, termination for breach left to the main agreement",
			change: func(a *agreement.Agreement) {
				a.Duties.Controller.Duties = []agreement.ControllerDuty{
					{Kind: agreement.SuspendProcessing, Clause: "Varighet og opphør ¶2"},
					{Kind: agreement.TerminateForBreach, Clause: "4", InDocument: "Avtalen"},
				}
			},
			want: []review.Finding{{Code: review.TerminationRightMissing, Severity: review.Info, Clause: "4", Basis: clause10("b"),
				Args: []review.Arg{{Key: "note.in-document"}, {Text: "Avtalen"}, {Key: "note.end"}}}},
			reason: "MailMojo 4: «gjelder de relevante bestemmelser om brudd i Avtalen», a document not reproduced",
		},

		// Art. 28(3)(c) and Art. 32.
		{
			name: "no security duty, no measures",
			change: func(a *agreement.Agreement) {
				a.Duties.Security = agreement.SecurityDuty{}
				a.Processing.Description.SecurityMeasures = annex.List[annex.MeasureKind]{}
			},
			want: []review.Finding{
				{Code: review.SecurityDutyMissing, Severity: review.Unmet, Absent: true, Basis: review.Art("28", 3, "c")},
				{Code: review.MeasuresNotListed, Severity: review.Weak, Absent: true, Basis: review.Art("32", 1, "")},
			},
		},
		{
			name: "measures listed, no duty stated in terms",
			change: func(a *agreement.Agreement) {
				a.Duties.Security = agreement.SecurityDuty{}
			},
			reason: "listing the measures the processor takes states the duty",
		},
		{
			name: "security only restated from Art. 32",
			change: func(a *agreement.Agreement) {
				a.Duties.Security = agreement.SecurityDuty{Provision: obligation.At("IT-sikkerhet og personvernsikkerhet"), Generic: true}
			},
			want: []review.Finding{{Code: review.MeasuresRestateLaw, Severity: review.Weak, Clause: "IT-sikkerhet og personvernsikkerhet",
				Basis: review.Art("32", 1, "")}},
			reason: "We4you: «egnede tekniske og organisatoriske sikkerhetstiltak så langt det anses hensiktsmessig og nødvendig»",
		},
		{
			name: "a generic duty and no measures at all",
			change: func(a *agreement.Agreement) {
				a.Duties.Security = agreement.SecurityDuty{Provision: obligation.At("2.3.1"), Generic: true}
				a.Processing.Description.SecurityMeasures = annex.BlankAt[annex.MeasureKind]("2.3.2")
			},
			want: []review.Finding{{Code: review.MeasuresNotListed, Severity: review.Weak, Clause: "2.3.2",
				Basis: review.Art("32", 1, ""), Args: []review.Arg{{Key: "note.list-blank"}}}},
			reason: "MailMojo: the empty lists of 2.3.2 are reported once, not again as generic",
		},
		{
			name: "security for children's and sensitive data excluded",
			change: func(a *agreement.Agreement) {
				a.Duties.Security.SensitiveExcluded = obligation.At("Kundens plikter ¶4")
			},
			want: []review.Finding{{Code: review.SensitiveSecurityExcluded, Severity: review.Weak, Clause: "Kundens plikter ¶4",
				Basis: review.Reference{Instrument: review.StandardClauses, Article: "7.5"}}},
			reason: "We Are Media: the services «i prinsippet ikke inkluderer sikkerhetstiltakene som er nødvendige for å behandle personopplysninger om barn og sensitive …»",
		},
		{
			name: "security for sensitive data excluded, health data processed",
			change: func(a *agreement.Agreement) {
				a.Duties.Security.SensitiveExcluded = obligation.At("5")
				a.Processing.Description.SpecialCategories = annex.ListAt("Vedlegg 1", annex.SpecialCategory{Kind: annex.SpecialHealth})
				a.Processing.Description.SecurityNeeds = annex.ListAt("Vedlegg 1", annex.SecurityNeed{Kind: annex.NeedConfidentiality})
			},
			want: []review.Finding{
				{Code: review.SensitiveSecurityContradiction, Severity: review.Unmet, Clause: "5",
					Basis: review.Reference{Instrument: review.StandardClauses, Article: "7.5"}, Args: []review.Arg{{Key: "sensitive.art9"}}},
				{Code: review.SensitiveDataSafeguards, Severity: review.Weak, Clause: "Vedlegg 1",
					Basis: review.Reference{Instrument: review.StandardClauses, Article: "7.5"}, Args: []review.Arg{{Key: "sensitive.art9"}, {Key: "note.needs-stated"}}},
			},
			reason: "a contradiction: the data are processed and their safeguards disclaimed",
		},

		// Art. 28(3)(e) and (f): the scope of assistance.
		{
			name: "data subjects' requests only in the assistance scope",
			change: func(a *agreement.Agreement) {
				a.Requests = agreement.Requests{}
			},
			reason: "Art. 28(3)(e) stated as a task of the assistance",
		},
		{
			name: "no assistance with Arts. 32 to 36",
			change: func(a *agreement.Agreement) {
				a.Assistance.Scope = agreement.AssistanceScope{}
			},
			want:   []review.Finding{{Code: review.AssistanceMissing, Severity: review.Unmet, Absent: true, Basis: review.Art("28", 3, "f")}},
			reason: "We4you says nothing on assistance",
		},
		{
			name: "assistance only in general, its list left empty",
			change: func(a *agreement.Agreement) {
				a.Assistance.Scope = agreement.AssistanceScope{Provision: obligation.BlankAt("2.3.4"), Tasks: []agreement.Assist{
					{Task: agreement.ComplianceInGeneral, Clause: "2.1"}, {Task: agreement.RightsRequests, Clause: "2.3.3"}}}
			},
			want: []review.Finding{{Code: review.AssistanceGeneralOnly, Severity: review.Weak, Clause: "2.3.4",
				Basis: review.Art("28", 3, "f"), Args: []review.Arg{{Key: "note.list-blank"}}}},
			reason: "MailMojo 2.1 «bistå Behandlingsansvarlig i å sikre … at Behandlingsansvarlig overholder sine forpliktelser»; 2.3.4 «bistå Behandlingsansvarlig med å:» and nothing follows",
		},
		{
			name: "no impact assessment or prior consultation",
			change: func(a *agreement.Agreement) {
				a.Assistance.Scope.Tasks = []agreement.Assist{{Task: agreement.RightsRequests, Clause: "8(b)"},
					{Task: agreement.SecurityTask, Clause: "8(c)"}, {Task: agreement.BreachTask, Clause: "9.1"}}
			},
			want: []review.Finding{{Code: review.DPIAAssistanceMissing, Severity: review.Unmet, Clause: "8",
				Basis: review.Art("28", 3, "f"), Args: []review.Arg{{Text: "35, 36"}}}},
			reason: "Art. 28(3)(f) names Arts. 35 and 36, which nothing else in an agreement covers",
		},
		{
			name: "no assistance with the controller's security",
			change: func(a *agreement.Agreement) {
				a.Assistance.Scope.Tasks = slices.DeleteFunc(a.Assistance.Scope.Tasks, func(t agreement.Assist) bool {
					return t.Task == agreement.SecurityTask
				})
			},
			want: []review.Finding{{Code: review.AssistanceScopeIncomplete, Severity: review.Weak, Clause: "8",
				Basis: review.Art("28", 3, "f"), Args: []review.Arg{{Text: "32"}, {Key: "note.own-duties"}}}},
			reason: "Nortelecom: rights, DPIA, prior consultation (5.1–5.3) and breaches (10.6), nothing on Art. 32; its own measures (8) may be read to cover it",
		},

		// Art. 28(2): the objection window against the notice.
		{
			name: "an objection window from the start",
			change: func(a *agreement.Agreement) {
				a.SubprocessorPolicy.Objection.Anchor = subprocessor.FromStart
			},
			want:   []review.Finding{{Code: review.ObjectionFromStart, Severity: review.Weak, Clause: "7.7(a)", Basis: review.Art("28", 2, "")}},
			reason: "the controller could object only once the new subprocessor processes",
		},
		{
			name: "an objection window longer than the notice",
			change: func(a *agreement.Agreement) {
				a.SubprocessorPolicy.Objection.Period = obligation.Months(1)
			},
			want: []review.Finding{{Code: review.ObjectionOutlastsNotice, Severity: review.Weak, Clause: "7.7(a)", Basis: review.Art("28", 2, ""),
				Args: []review.Arg{{Period: obligation.Months(1)}, {Period: obligation.Days(14)}}}},
			reason: "one month (at least 28 days) from a notice given 14 days ahead",
		},
		{
			name: "an objection window within the notice",
			change: func(a *agreement.Agreement) {
				a.SubprocessorPolicy.Notice.Period = obligation.Months(2)
				a.SubprocessorPolicy.Objection.Period = obligation.Months(1)
			},
			reason: "MailMojo 2.7: notice 2 months before, objection within 1 month",
		},
		{
			name: "a month's objection against 30 days' notice",
			change: func(a *agreement.Agreement) {
				a.SubprocessorPolicy.Notice.Period = obligation.Days(30)
				a.SubprocessorPolicy.Objection.Period = obligation.Months(1)
			},
			// Counted with the calendar from each working day after the
			// review day (Monday 23 November 2026): a notice on Wednesday
			// 25 November lets the subprocessor start on Saturday 26
			// December (the day after 30 days), while a month from the
			// notice ends on Friday 25 December, Christmas Day, and rolls
			// past the weekend to Monday 28 December.
			want: []review.Finding{{Code: review.StartBeforeObjection, Severity: review.Weak, Clause: "7.7(a)", Basis: review.Art("28", 2, ""),
				Args: []review.Arg{{Date: obligation.NewDate(2026, 11, 25)}, {Date: obligation.NewDate(2026, 12, 26)}, {Date: obligation.NewDate(2026, 12, 28)},
					{Period: obligation.Days(30)}, {Period: obligation.Months(1)}}}},
			reason: "a month may be 28 to 31 days: not certainly longer than the notice, but the calendar lets the start come first",
		},
		{
			name: "an objection with no consequence",
			change: func(a *agreement.Agreement) {
				a.SubprocessorPolicy.Remedy = subprocessor.Remedy{Provision: obligation.At("7.9"), Effect: subprocessor.NoConsequence}
			},
			want:   []review.Finding{{Code: review.ObjectionWithoutEffect, Severity: review.Weak, Clause: "7.9", Basis: review.Art("28", 2, "")}},
			reason: "the controller may object, but the objection changes nothing",
		},
		{
			name: "export within 30 days, deletion within 14 days of the end",
			change: func(a *agreement.Agreement) {
				P, C := obligation.Processor, obligation.Controller
				a.End.Steps = []obligation.Rule{
					{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.ProvideExport, Due: obligation.Days(30), Clause: "10(d)"},
					{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.DeleteData, Due: obligation.Days(14), Clause: "10(e)"},
				}
			},
			want: []review.Finding{{Code: review.StepsOverlap, Severity: review.Weak, Clause: "10(e)", Basis: review.Art("28", 3, "g"),
				Args: []review.Arg{{Key: "phase.2"}, {Period: obligation.Days(14)}, {Key: "phase.1"}, {Period: obligation.Days(30)}}}},
			reason: "the deletion falls due 16 days before the export window closes",
		},
		{
			name: "deletion within 3 months of the end, logs kept a year after it",
			change: func(a *agreement.Agreement) {
				a.End.Steps = append(a.End.Steps, obligation.Rule{On: obligation.AgreementEnds, Debtor: obligation.Processor,
					Creditor: obligation.Controller, Action: obligation.DeleteData, Due: obligation.Months(3), Clause: "10(e)"})
				a.Retention = agreement.Retention{Provision: obligation.At("11"), Schedule: []agreement.RetentionTerm{
					{Provision: obligation.At("11.1"), Category: "logs", Keep: obligation.Years(1), From: obligation.AgreementEnds}}}
			},
			want: []review.Finding{{Code: review.DeletionContradictsRetention, Severity: review.Weak, Clause: "11.1", Basis: review.Art("28", 3, "g"),
				Args: []review.Arg{{Text: "logs"}, {Period: obligation.Years(1)}, {Clause: "10(e)"}, {Period: obligation.Months(3)}}}},
			reason: "a year is certainly longer than three months",
		},
		{
			name: "documents kept five years from their processing, deletion at the end",
			change: func(a *agreement.Agreement) {
				a.Retention = agreement.Retention{Provision: obligation.At("3"), Schedule: []agreement.RetentionTerm{
					{Provision: obligation.At("3"), Category: "documents", Keep: obligation.Years(5), From: obligation.RecordCreated}}}
			},
			want: []review.Finding{{Code: review.RetentionOutlastsEnd, Severity: review.Weak, Clause: "3", Basis: review.Art("28", 3, "g"),
				Args: []review.Arg{{Text: "documents"}, {Period: obligation.Years(5)}, {Clause: "10(d)"}}}},
			reason: "as Cradl 3, «stored for up to 5 years» after processing, against 15, erasure at the end with no time: a document processed the day before the end would be kept five years past it",
		},
		{
			name: "logs kept 12 months, deletion within 13 months of the end",
			change: func(a *agreement.Agreement) {
				a.End.Steps[1].Due = obligation.Months(13)
				a.Retention = agreement.Retention{Provision: obligation.At("11"), Schedule: []agreement.RetentionTerm{
					{Provision: obligation.At("11.1"), Category: "logs", Keep: obligation.Months(12), From: obligation.RecordCreated},
					{Provision: obligation.At("11.2"), Category: "accounts", From: obligation.AccountClosed, Until: true,
						Or: []obligation.EventKind{obligation.AgreementEnds}}}}
			},
			reason: "twelve months from an entry made before the end run out before thirteen months from the end; a term kept until an event or the end has no period to outlast it",
		},
		{
			name: "deletion unless the law requires retention, logs kept only where it does",
			change: func(a *agreement.Agreement) {
				a.End.Steps = append(a.End.Steps, obligation.Rule{On: obligation.AgreementEnds, Debtor: obligation.Processor,
					Creditor: obligation.Controller, Action: obligation.DeleteData, Due: obligation.Months(3), Clause: "10(e)",
					If: obligation.Condition{Unless: obligation.RetentionRequired}})
				a.Retention = agreement.Retention{Provision: obligation.At("11"), Schedule: []agreement.RetentionTerm{
					{Provision: obligation.At("11.1"), Category: "logs", Keep: obligation.Years(1), From: obligation.AgreementEnds,
						If: obligation.Condition{When: obligation.RetentionRequired}}}}
			},
			reason: "exclusive branches: no contradiction",
		},
		{
			name: "export within 30 days or, if no copy is asked for, deletion within 14 days",
			change: func(a *agreement.Agreement) {
				P, C := obligation.Processor, obligation.Controller
				a.End.Steps = []obligation.Rule{
					{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.ProvideExport, Due: obligation.Days(30),
						If: obligation.Condition{When: obligation.CopyWanted}, Clause: "10(d)"},
					{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.DeleteData, Due: obligation.Days(14),
						If: obligation.Condition{Unless: obligation.CopyWanted}, Clause: "10(e)"},
				}
			},
			reason: "the two steps are exclusive branches",
		},
		{
			name: "export within 30 days, deletion 14 days after it",
			change: func(a *agreement.Agreement) {
				P, C := obligation.Processor, obligation.Controller
				a.End.Steps = []obligation.Rule{
					{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.ProvideExport, Due: obligation.Days(30), Clause: "10(d)"},
					{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.DeleteData, Due: obligation.Days(14),
						Anchor: obligation.AfterPrevious, Clause: "10(e)"},
				}
			},
			reason: "a chained step starts when the previous one ends",
		},
		{
			name: "one clause gives 30 days for the notice and the objection (Thursday 16 April 2026)",
			on:   obligation.NewDate(2026, 4, 16),
			change: func(a *agreement.Agreement) {
				a.SubprocessorPolicy.Notice.Period = obligation.Days(30)
				a.SubprocessorPolicy.Objection.Period = obligation.Days(30)
			},
			reason: "one period in the notice's own clause is the notice itself: the window closes at the start",
		},
		{
			name: "30 days' notice and a 30-day objection window in its own clause (Thursday 16 April 2026)",
			on:   obligation.NewDate(2026, 4, 16),
			change: func(a *agreement.Agreement) {
				a.SubprocessorPolicy.Notice.Period = obligation.Days(30)
				a.SubprocessorPolicy.Objection = subprocessor.Objection{Provision: obligation.At("7.8"), Period: obligation.Days(30), Anchor: subprocessor.FromNotice}
			},
			// Notice on Thursday 16 April: 30 days end on Saturday 16 May,
			// so the start may be Sunday 17 May; the objection window's
			// last day, Saturday 16 May, rolls past Sunday 17 May (also a
			// public holiday) to Monday 18 May.
			want: []review.Finding{{Code: review.StartBeforeObjection, Severity: review.Weak, Clause: "7.8", Basis: review.Art("28", 2, ""),
				Args: []review.Arg{{Date: obligation.NewDate(2026, 4, 16)}, {Date: obligation.NewDate(2026, 5, 17)}, {Date: obligation.NewDate(2026, 5, 18)},
					{Period: obligation.Days(30)}, {Period: obligation.Days(30)}}}},
			reason: "the issue's acceptance case: the start comes before the objection deadline",
		},

		// Notice promised without a period.
		{
			name: "notice of an audit «i tide»",
			change: func(a *agreement.Agreement) {
				a.Audit.Inspection = agreement.AdvanceNotice{Provision: obligation.At("Sikkerhet"), Period: obligation.Unquantified(obligation.InTime)}
			},
			want: []review.Finding{{Code: review.AuditNoticeVague, Severity: review.Info, Clause: "Sikkerhet", Basis: review.Art("28", 3, "h"),
				Args: []review.Arg{{Key: "subject.audit-notice"}, {Key: "note.only-standard"}}}},
			reason: "We Are Media, Sikkerhet: «Kunder er forpliktet til å varsle We Are Media om sikkerhetsrevisjoner … i tide»",
		},
		{
			name: "notice of an audit 30 days ahead",
			change: func(a *agreement.Agreement) {
				a.Audit.Inspection = agreement.AdvanceNotice{Provision: obligation.At("7"), Period: obligation.Days(30), Usual: true}
			},
			reason: "Assistert Selvhjelp: «vanligvis minst 30 dagers varsel»",
		},
		{
			name: "termination by written notice with no period",
			change: func(a *agreement.Agreement) {
				a.Termination = agreement.Termination{Provision: obligation.At("11"), By: agreement.EitherParty, Written: true}
			},
			want: []review.Finding{{Code: review.TerminationNoticeVague, Severity: review.Weak, Clause: "11", Basis: art28_3}},
		},
		{
			name: "termination with the main agreement only",
			change: func(a *agreement.Agreement) {
				a.Termination = agreement.Termination{Provision: obligation.At("12.4"), Coupled: true}
			},
			reason: "Nortelecom 12.4: the DPA and the main agreement cannot be terminated separately",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := reviewComplete()
			tt.change(&a)
			on := tt.on
			if on.IsZero() {
				on = reviewDay
			}
			got := mustReview(t, a, on).Findings
			for _, f := range got {
				if !f.Code.Known() {
					t.Errorf("%s is reported but missing from Codes()", f.Code)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s\nreason: %s", diff, tt.reason)
			}
		})
	}
}

func TestReviewOrderIsStable(t *testing.T) {
	a := reviewComplete()
	a.Service, a.Term, a.GoverningLaw = agreement.Service{}, agreement.Term{}, agreement.GoverningLaw{}
	endOnLastUse(&a)
	a.Laws.Cited = []agreement.Law{{ID: "LOV-2001-05-18-24", Clause: "2"}, {ID: "31995L0046", Clause: "2"}, {ID: "LOV-2000-04-14-31", Clause: "2"}}
	a.Documents = append(a.Documents, agreement.Document{Title: "B"}, agreement.Document{Title: "A"})
	got := reviewCodes(mustReview(t, a, reviewDay))
	want := []review.Code{
		// unmet, GDPR Art. 28(3), by code
		review.DurationMissing, review.SubjectMatterMissing,
		// weak: the Norwegian acts, by identifier
		review.LawRepealed, review.LawRepealed,
		// information: Art. 28(3) before 94(2); the documents by title
		review.DocumentNotReproduced, review.DocumentNotReproduced, review.GoverningLawMissing, review.DirectiveCited,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("order mismatch (-want +got):\n%s", diff)
	}
	r := mustReview(t, a, reviewDay)
	if doc := r.Findings[len(r.Findings)-3]; doc.Clause != "B" {
		t.Errorf("last document finding concerns %q, want B (documents by title)", doc.Clause)
	}
	// Reversing the input must not change the report.
	slices.Reverse(a.Laws.Cited)
	slices.Reverse(a.Documents)
	if diff := cmp.Diff(r, mustReview(t, a, reviewDay)); diff != "" {
		t.Errorf("report depends on input order (-want +got):\n%s", diff)
	}
}

// endOnLastUse moves a's end-of-processing steps to the last use, so that
// nothing runs from the end of the agreement and a missing term is no
// implied duration.
func endOnLastUse(a *agreement.Agreement) {
	a.End.Steps = slices.Clone(a.End.Steps)
	for i := range a.End.Steps {
		a.End.Steps[i].On = obligation.LastUse
	}
}

func TestReportFilters(t *testing.T) {
	a := reviewComplete()
	a.Term, a.GoverningLaw = agreement.Term{}, agreement.GoverningLaw{Provision: obligation.At("12"), Country: "NO"}
	endOnLastUse(&a)
	a.Laws.Cited = append(a.Laws.Cited, agreement.Law{ID: "LOV-2000-04-14-31", Clause: "2"})
	r := mustReview(t, a, reviewDay)

	tests := []struct {
		name string
		got  review.Report
		want []review.Code
	}{
		{"unmet", r.WithSeverity(review.Unmet), []review.Code{review.DurationMissing}},
		{"weak or info", r.WithSeverity(review.Weak, review.Info), []review.Code{review.LawRepealed, review.VenueMissing}},
		{"by code", r.WithCode(review.VenueMissing), []review.Code{review.VenueMissing}},
		{"within Art. 28", r.Within(review.Reference{Instrument: review.GDPR, Article: "28"}),
			[]review.Code{review.DurationMissing, review.VenueMissing}},
		{"within the 2018 Act", r.Within(review.Reference{Instrument: review.PersonalDataAct}), []review.Code{review.LawRepealed}},
		{"within Art. 28(9)", r.Within(review.Art("28", 9, "")), nil},
		{"suppressed", r.Suppress(review.LawRepealed, review.VenueMissing), []review.Code{review.DurationMissing}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, reviewCodes(tt.got)); diff != "" {
			t.Errorf("%s: mismatch (-want +got):\n%s", tt.name, diff)
		}
		if tt.got.Agreement != "complete" || tt.got.On != reviewDay {
			t.Errorf("%s: filter lost the agreement or the day: %q %v", tt.name, tt.got.Agreement, tt.got.On)
		}
	}
	if !r.Has(review.LawRepealed) || r.Has(review.NoDocumentReproduced) {
		t.Error("Has reports the wrong codes")
	}
	if got := [3]int{r.Count(review.Unmet), r.Count(review.Weak), r.Count(review.Info)}; got != [3]int{1, 1, 1} {
		t.Errorf("Count = %v, want [1 1 1]", got)
	}
	if len(r.Findings) != 3 {
		t.Errorf("filters changed the report: %v", reviewCodes(r))
	}
}

func TestCodes(t *testing.T) {
	seen := map[review.Code]bool{}
	for _, c := range review.Codes() {
		if seen[c] {
			t.Errorf("code %q listed twice", c)
		}
		seen[c] = true
		for _, r := range string(c) {
			if (r < 'a' || r > 'z') && (r < '0' || r > '9') && r != '-' {
				t.Errorf("code %q is not kebab-case", c)
				break
			}
		}
		for _, tag := range []language.Tag{language.Norwegian, language.English} {
			m := (review.Finding{Code: c}).Message(tag)
			if m == string(c) || m == "" {
				t.Errorf("code %q has no %v message", c, tag)
			}
			if strings.Contains(m, "%!") {
				t.Errorf("code %q: the %v message misses arguments: %s", c, tag, m)
			}
		}
		var back review.Code
		if b, err := c.MarshalText(); err != nil || back.UnmarshalText(b) != nil || back != c {
			t.Errorf("code %q does not round-trip: %v", c, err)
		}
	}
	var c review.Code
	for _, bad := range []string{"", "Gdpr-28", "gdpr--28", "-gdpr", "gdpr-28-", "gdpr 28", "gdpr_28"} {
		if err := c.UnmarshalText([]byte(bad)); err == nil {
			t.Errorf("UnmarshalText accepted the malformed code %q", bad)
		}
		if _, err := review.Code(bad).MarshalText(); err == nil {
			t.Errorf("MarshalText accepted the malformed code %q", bad)
		}
	}
	// A user's own code is well-formed but not known: it round-trips, so a
	// report with a user check's findings decodes.
	if err := c.UnmarshalText([]byte("firm-cap-below-12-months")); err != nil || c.Known() {
		t.Errorf("a user's code: %v, Known %v", err, c.Known())
	}
}

func TestSeverityText(t *testing.T) {
	for _, s := range []review.Severity{review.Unmet, review.Weak, review.Info} {
		var back review.Severity
		b, err := s.MarshalText()
		if err != nil || back.UnmarshalText(b) != nil || back != s {
			t.Errorf("%v does not round-trip: %v", s, err)
		}
	}
	var s review.Severity
	if err := s.UnmarshalText([]byte("critical")); err == nil {
		t.Error("UnmarshalText accepted an unknown severity")
	}
	if _, err := review.Severity(0).MarshalText(); err == nil {
		t.Error("the zero Severity marshalled")
	}
	if got := review.Severity(9).String(); got != "Severity(9)" {
		t.Errorf("String of an unknown severity = %q", got)
	}
	if got := review.Unmet.Label(language.Norwegian); got != "mangler eller motstrid" {
		t.Errorf("Label(nb) = %q", got)
	}
}

func TestReferenceLabel(t *testing.T) {
	tests := []struct {
		ref    review.Reference
		nb, en string
	}{
		{review.Art("28", 3, "h"), "GDPR art. 28 nr. 3 bokstav h", "GDPR Art. 28(3)(h)"},
		{review.Art("28", 9, ""), "GDPR art. 28 nr. 9", "GDPR Art. 28(9)"},
		{review.Reference{Instrument: review.GDPR, Article: "28", Paragraph: 3, Subparagraph: 2},
			"GDPR art. 28 nr. 3 annet ledd", "GDPR Art. 28(3), second subparagraph"},
		{review.Reference{Instrument: review.StandardClauses, Article: "7.5"},
			"beslutning (EU) 2021/915 klausul 7.5", "Decision (EU) 2021/915 Clause 7.5"},
		{review.Reference{Instrument: review.PersonalDataAct, Article: "5", Paragraph: 2},
			"LOV-2018-06-15-38 § 5 annet ledd", "LOV-2018-06-15-38 § 5(2)"},
		{review.Reference{Instrument: review.PersonalDataAct}, "LOV-2018-06-15-38", "LOV-2018-06-15-38"},
		{review.Reference{Instrument: "32019R0001", Article: "3"}, "32019R0001 art. 3", "32019R0001 Art. 3"},
	}
	for _, tt := range tests {
		if got := tt.ref.Label(language.Norwegian); got != tt.nb {
			t.Errorf("Label(nb) = %q, want %q", got, tt.nb)
		}
		if got := tt.ref.Label(language.English); got != tt.en {
			t.Errorf("Label(en) = %q, want %q", got, tt.en)
		}
	}
}

func TestReferenceCompare(t *testing.T) {
	ordered := []review.Reference{
		review.Art("28", 2, ""),
		review.Art("28", 3, ""),
		review.Art("28", 3, "a"),
		review.Art("28", 3, "h"),
		review.Art("28", 10, ""),
		review.Art("32", 1, ""),
		review.Art("94", 1, ""),
		{Instrument: review.StandardClauses, Article: "7.5"},
		{Instrument: review.StandardClauses, Article: "7.10"},
		{Instrument: review.PersonalDataAct},
	}
	for i := range ordered {
		for j := range ordered {
			if got, want := ordered[i].Compare(ordered[j]), reviewCmpInt(i, j); got != want {
				t.Errorf("%v.Compare(%v) = %d, want %d", ordered[i], ordered[j], got, want)
			}
		}
	}
}

// TestReferenceCompareDoesNotAllocate: sorting a report compares
// references many times, articles that are not numbers (the empty article
// of a whole act, a chapter "V") included.
func TestReferenceCompareDoesNotAllocate(t *testing.T) {
	whole := review.Reference{Instrument: review.PersonalDataAct}
	chapter := review.Reference{Instrument: review.GDPR, Article: "V"}
	art := review.Art("28", 3, "h")
	if n := testing.AllocsPerRun(100, func() { _ = whole.Compare(whole) + chapter.Compare(art) + art.Compare(chapter) }); n != 0 {
		t.Errorf("Compare allocates %v times", n)
	}
	if chapter.Compare(art) <= 0 {
		t.Errorf("%v.Compare(%v) = %d: \"V\" sorts after \"28\" as text", chapter, art, chapter.Compare(art))
	}
}

func reviewCmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func TestReportJSONRoundTrip(t *testing.T) {
	a := reviewComplete()
	a.Term, a.GoverningLaw = agreement.Term{}, agreement.GoverningLaw{}
	a.Laws.Cited = append(a.Laws.Cited, agreement.Law{ID: "31995L0046", Clause: "2"})
	// Arguments of every kind: a mechanism, breach items, periods, a text.
	a.SubprocessorPolicy.Transfers = subprocessor.Transfers{Provision: obligation.At("2.8"),
		Mechanisms: []subprocessor.Mechanism{subprocessor.PrivacyShield}}
	a.Breach.Contents.Required = a.Breach.Contents.Required[:1]
	a.End.Steps = append(a.End.Steps, obligation.Rule{On: obligation.AgreementEnds, Debtor: obligation.Processor,
		Action: obligation.DeleteData, Due: obligation.Months(3), Clause: "12.2"},
		obligation.Rule{On: obligation.AgreementEnds, Debtor: obligation.Processor,
			Action: obligation.DeleteData, Due: obligation.Days(30), Clause: "12.3"})
	r := mustReview(t, a, reviewDay)
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var back review.Report
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(r, back); diff != "" {
		t.Errorf("round trip mismatch (-want +got):\n%s", diff)
	}
	for _, want := range []string{`"mechanism":"privacy-shield"`, `"items":[`, `"period":"P3M"`, `"law":"31995L0046"`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("the JSON lacks %s: the test no longer covers that kind of argument\n%s", want, b)
		}
	}
}

// TestReviewNeverPanicsOnMutatedSeeds is a deterministic complement to
// FuzzReview: every seed's JSON with one byte removed or replaced at many
// places, reviewed on several days and rendered, wherever Decode accepts
// it.
func TestReviewNeverPanicsOnMutatedSeeds(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "..", "examples", "testdata", "*.json"))
	if err != nil || len(files) == 0 {
		t.Skip("no seed JSON found")
	}
	files = append(files, filepath.Join("..", "..", "examples", "testdata", "standard", "standard-clauses.json"))
	days := []obligation.Date{{}, obligation.NewDate(2018, 5, 24), reviewDay, {Year: 99999, Month: 13, Day: 40}}
	step := 97
	if testing.Short() {
		step = 401
	}
	decoded := 0
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < len(data); i += step {
			for _, m := range [][]byte{
				append(append([]byte{}, data[:i]...), data[i+1:]...),
				append(append(append([]byte{}, data[:i]...), '0'), data[i+1:]...),
				append(append(append([]byte{}, data[:i]...), '"'), data[i+1:]...),
			} {
				a, err := agreement.Decode(m)
				if err != nil {
					continue
				}
				decoded++
				for _, d := range days {
					if _, err := review.Agreement(a, d); (err != nil) == d.IsValid() {
						t.Fatalf("review on %v: error %v", d, err)
					}
				}
				if err := mustReview(t, a, reviewDay).WriteMarkdown(io.Discard, language.Norwegian); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	if decoded == 0 {
		t.Error("no mutation decoded: the test exercised nothing")
	}
}

// FuzzReview checks that Review and the report's rendering never panic on
// an agreement Decode accepts, on any day, and that every finding cites a
// legal basis.
func FuzzReview(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "examples", "testdata", "*.json"))
	files = append(files, filepath.Join("..", "..", "examples", "testdata", "standard", "standard-clauses.json"))
	for _, name := range files {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(data, 2026, 11, 23)
			f.Add(data, 2018, 5, 24)
		}
	}
	f.Add([]byte(`{"id":"x","laws":{"cited":[{"id":"31995L0046"}]}}`), 2018, 5, 25)
	f.Fuzz(func(t *testing.T, data []byte, y, m, d int) {
		a, err := agreement.Decode(data)
		if err != nil {
			return
		}
		on := obligation.Date{Year: y, Month: time.Month(m), Day: d}
		r, err := review.Agreement(a, on)
		if (err != nil) == on.IsValid() {
			t.Fatalf("review on %d-%d-%d: error %v", y, m, d, err)
		}
		// One language per input keeps each run cheap: minimising a new
		// input of a seed's size takes thousands of runs.
		tag := language.English
		if d%2 == 0 {
			tag = language.Norwegian
		}
		if err := r.WriteText(io.Discard, tag); err != nil {
			t.Fatal(err)
		}
		if err := r.WriteMarkdown(io.Discard, tag); err != nil {
			t.Fatal(err)
		}
		for _, f := range r.Findings {
			if f.Basis.Instrument == "" {
				t.Errorf("%s: a finding without a legal basis", f.Code)
			}
		}
	})
}

func BenchmarkReview(b *testing.B) {
	a := goldenAgreement()
	b.ReportAllocs()
	for b.Loop() {
		mustReview(b, a, reviewDay)
	}
}

func BenchmarkWriteText(b *testing.B) {
	r := mustReview(b, goldenAgreement(), reviewDay)
	b.ReportAllocs()
	for b.Loop() {
		_ = r.WriteText(io.Discard, language.Norwegian)
	}
}

func TestRepealsTable(t *testing.T) {
	rs := review.Repeals()
	if len(rs) != 4 {
		t.Fatalf("%d repeals, want the 4 of FACTS §4 and GDPR Art. 94(1)", len(rs))
	}
	for _, r := range rs {
		if r.Repealed == r.Replacement || !r.On.IsValid() || r.Basis.Instrument == "" {
			t.Errorf("malformed row %+v", r)
		}
		if r.Repealed.Label(language.English) == string(r.Repealed) {
			t.Errorf("%s has no name", r.Repealed)
		}
	}
	rs[0].On = obligation.Date{}
	if review.Repeals()[0].On.IsZero() {
		t.Error("Repeals shares its table with the caller")
	}
}

func TestInstrumentLabel(t *testing.T) {
	tests := []struct {
		i      review.Instrument
		nb, en string
	}{
		{review.PersonalDataAct, "personopplysningsloven (LOV-2018-06-15-38)", "the Personal Data Act (LOV-2018-06-15-38)"},
		{review.GDPR, "personvernforordningen (GDPR)", "the GDPR (Regulation (EU) 2016/679)"},
		{"LOV-1999-07-02-63", "LOV-1999-07-02-63", "LOV-1999-07-02-63"},
	}
	for _, tt := range tests {
		if got := tt.i.Label(language.Norwegian); got != tt.nb {
			t.Errorf("Label(nb) = %q, want %q", got, tt.nb)
		}
		if got := tt.i.Label(language.English); got != tt.en {
			t.Errorf("Label(en) = %q, want %q", got, tt.en)
		}
		if tt.i.String() != string(tt.i) {
			t.Errorf("String = %q", tt.i.String())
		}
	}
}

// TestOwnPurposeQuotesAnExcerpt: a long purpose is quoted shortened at a
// word boundary.
func TestOwnPurposeQuotesAnExcerpt(t *testing.T) {
	a := reviewComplete()
	long := "Innsamlede personopplysninger kan under spesielle omstendigheter deles med tredjeparter, det være seg systemleverandører for å administrere tjenestene angitt i punkt 1.1.1 og 1.1.2 og produsenter med det formål å forbedre databehandlerens produktspekter."
	a.Processing.Description.Purposes.Items = append(a.Processing.Description.Purposes.Items,
		annex.Purpose{Kind: annex.PurposeProductImprovement, Text: long})
	fs := mustReview(t, a, reviewDay).WithCode(review.ProcessorOwnPurpose).Findings
	if len(fs) != 1 {
		t.Fatalf("%d findings, want 1", len(fs))
	}
	q := fs[0].Args[0].Text
	if !strings.HasSuffix(q, " …") || len([]rune(q)) > 122 || !strings.HasPrefix(long, strings.TrimSuffix(q, " …")) {
		t.Errorf("excerpt %q", q)
	}
	if fs[0].Clause != "Vedlegg 1 §1" {
		t.Errorf("clause %q, want the list's clause when the item has none", fs[0].Clause)
	}
}

func TestRenderingWithoutClause(t *testing.T) {
	r := review.Report{Agreement: "x", On: reviewDay, Findings: []review.Finding{
		{Code: review.VenueMissing, Severity: review.Info, Basis: review.Art("28", 3, ""), Args: []review.Arg{{Country: "SE"}}},
		{Code: "unknown-code", Severity: review.Info, Basis: review.Art("28", 3, "")},
	}}
	var b strings.Builder
	if err := r.WriteText(&b, language.English); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"clause not given", "the law of Sweden", "unknown-code"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("text lacks %q:\n%s", want, b.String())
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
