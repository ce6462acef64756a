package examples

import (
	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/annex"
	"github.com/personvern/dpa/breach"
	"github.com/personvern/dpa/obligation"
	"github.com/personvern/dpa/subprocessor"
)

// StandardClauses returns a sixth agreement, not one of the seeds: the
// controller–processor standard contractual clauses of Commission
// Implementing Decision (EU) 2021/915 (OJ L 199, 7.6.2021, p. 18), adopted
// under GDPR Art. 28(7), with Option 1 of Clause 1(a) (the GDPR), Option 2
// of Clause 7.7(a) (general written authorisation, 14 days' notice) and
// Annexes I–IV filled in for a made-up payroll service of a Norwegian
// processor. Every term cites the 2021/915 clause or annex that sets it;
// where the clauses leave a value to the parties (the notice period, an
// hour figure for breach notices in Annex III), the value is this
// example's choice.
//
// The filler's choices, the terms the clauses leave to the parties and
// this example sets, are listed by [StandardClausesFillersChoices];
// [StandardClausesTemplate] is the clauses with them left open.
//
// It shows what an agreement that meets every check of the review looks
// like: reviewed ([github.com/personvern/dpa/agreement/review.Agreement]),
// it has no finding of severity unmet or weak. [All] does not include it.
func StandardClauses() agreement.Agreement {
	const (
		P = obligation.Processor
		C = obligation.Controller
	)
	return agreement.Agreement{
		ID: "standard-clauses", Title: "Standardavtalevilkår (EU) 2021/915", Language: "nb",
		Documents: []agreement.Document{{Title: "Standardavtalevilkår med vedlegg I–IV", Included: true}},
		Parties: []agreement.Party{
			{Role: agreement.Controller, Name: "Kunde AS", Country: "NO", Clause: "Vedlegg I"},
			{Role: agreement.Processor, Name: "Leverandør AS", Country: "NO", Clause: "Vedlegg I"},
		},
		Service: agreement.Service{Provision: obligation.At("Vedlegg II"), Name: "Lønnssystem",
			SubjectMatter: "Payroll processing for the controller's employees."},
		Laws:         agreement.Laws{Provision: obligation.At("1(a)"), Cited: []agreement.Law{{ID: "32016R0679", Clause: "1(a)"}}},
		GoverningLaw: agreement.GoverningLaw{Provision: obligation.At("Hovedavtalen 20"), Country: "NO", Venue: "Oslo tingrett"},
		Term:         agreement.Term{Provision: obligation.At("7.3"), Basis: agreement.WhileProcessing},
		Processing: agreement.Processing{Provision: obligation.At("6"), Description: annex.Description{
			Purposes:          annex.ListAt("Vedlegg II", annex.Purpose{Kind: annex.PurposePersonnelAdministration}),
			DataSubjects:      annex.ListAt("Vedlegg II", annex.DataSubject{Kind: annex.SubjectEmployees}),
			DataCategories:    annex.ListAt("Vedlegg II", annex.DataCategory{Kind: annex.DataName}, annex.DataCategory{Kind: annex.DataNationalIDNumber}),
			SpecialCategories: annex.NoneAt[annex.SpecialKind]("Vedlegg II"),
			Operations:        annex.ListAt("Vedlegg II", annex.Operation{Kind: annex.OpStorage}),
			SecurityMeasures: annex.ListAt("Vedlegg III",
				annex.Measure{Kind: annex.MeasureStorage, Text: "AES-256 encryption of the database and its backups"},
				annex.Measure{Kind: annex.MeasureUserIdentification, Text: "personal accounts with two-factor authentication"}),
			Nature: annex.Statement{Text: "Storage and calculation of pay.", Clause: "Vedlegg II"},
		}},
		Instructions: agreement.Instructions{Provision: obligation.At("7.1(a)"), Documented: true,
			Infringing: agreement.InfringingInstruction{Provision: obligation.At("7.1(b)"), Notify: obligation.Unquantified(obligation.Immediately)}},
		Confidentiality: agreement.Confidentiality{Provision: obligation.At("7.4(b)"), Staff: true},
		Requests: agreement.Requests{DataSubjects: agreement.RequestTerm{Provision: obligation.At("8(a)"),
			Notify: obligation.Unquantified(obligation.Immediately), Assist: true}},
		Audit: agreement.Audit{Provision: obligation.At("7.6(c)"), Information: obligation.At("7.6(c)"),
			ThirdParty: agreement.ThirdPartyAudit{Provision: obligation.At("7.6(d)"), Allowed: true}},
		End: agreement.EndOfProcessing{Provision: obligation.At("10(d)"), Steps: []obligation.Rule{
			{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.ReturnData, OnRequest: true, Clause: "10(d)"},
			{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.DeleteData, Clause: "10(d)"},
			{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.ConfirmDeletion, Clause: "10(d)"},
		}},
		Assistance: agreement.Assistance{Scope: agreement.AssistanceScope{Provision: obligation.At("8"), Tasks: []agreement.Assist{
			// 8(b): "The processor shall assist the controller in fulfilling
			// its obligations to respond to data subjects' requests to
			// exercise their rights".
			{Task: agreement.RightsRequests, Clause: "8(b)"},
			// 8(c): "… the processor shall furthermore assist the controller
			// in ensuring compliance with the following obligations: (1) the
			// obligation to carry out an assessment of the impact …; (2) the
			// obligation to consult the competent supervisory authority/ies
			// prior to processing …; (4) the obligations in Article 32".
			{Task: agreement.ImpactAssessment, Clause: "8(c)(1)"},
			{Task: agreement.PriorConsultation, Clause: "8(c)(2)"},
			{Task: agreement.SecurityTask, Clause: "8(c)(4)"},
			// 9.1: assisting the controller in notifying the supervisory
			// authority and communicating the breach to the data subjects.
			{Task: agreement.BreachTask, Clause: "9.1"},
		}}},
		Duties: agreement.Duties{
			Controller: agreement.ControllerDuties{Provision: obligation.At("10"), Duties: []agreement.ControllerDuty{
				// 7.1(a): "The processor shall process personal data only on
				// documented instructions from the controller".
				{Kind: agreement.GiveInstructions, Clause: "7.1(a)"},
				// 10(a): the controller "may instruct the processor to suspend
				// the processing of personal data until the latter complies".
				{Kind: agreement.SuspendProcessing, Clause: "10(a)"},
				// 10(b): the controller "shall be entitled to terminate the
				// contract" where compliance is not restored "in any event
				// within one month following suspension", the breach is
				// substantial or persistent, or a binding decision is not
				// complied with.
				{Kind: agreement.TerminateForBreach, Clause: "10(b)"},
			}},
			// 7.4(a): "The processor shall at least implement the technical
			// and organisational measures specified in Annex III".
			Security: agreement.SecurityDuty{Provision: obligation.At("7.4(a)")},
		},
		Subprocessors: subprocessor.Register{Provision: obligation.At("Vedlegg IV"), Source: subprocessor.Listed,
			Entries: []subprocessor.Entry{{Name: "Drift AS", Reach: subprocessor.PersonalData,
				Processing: []subprocessor.Location{subprocessor.In("NO")}, Clause: "Vedlegg IV"}}},
		SubprocessorPolicy: subprocessor.Policy{
			Authorisation: subprocessor.AuthorisationTerm{Provision: obligation.At("7.7(a)"), Kind: subprocessor.General},
			Announcement:  subprocessor.Announcement{Provision: obligation.At("7.7(a)"), Channels: []subprocessor.Channel{subprocessor.WrittenNotice}},
			Notice:        subprocessor.Notice{Provision: obligation.At("7.7(a)"), Period: obligation.Days(14)},
			Objection:     subprocessor.Objection{Provision: obligation.At("7.7(a)"), Period: obligation.Days(14), Anchor: subprocessor.FromNotice},
			FlowDown:      obligation.At("7.7(b)"),
			Liability:     obligation.At("7.7(d)"),
		},
		Breach: breach.Terms{
			Provision: obligation.At("9.2"),
			Deadline: breach.Deadline{Provision: obligation.At("Vedlegg III"),
				Period: obligation.Unquantified(obligation.WithoutUndueDelay).AtLatest(obligation.Hours(24))},
			Contents: breach.Contents{Provision: obligation.At("9.2"), Required: []breach.Requirement{
				{Clause: "9.2(a)", Items: breach.ItemsOf(breach.Nature, breach.SubjectCategories, breach.SubjectCount,
					breach.RecordCategories, breach.RecordCount)},
				{Clause: "9.2(b)", Items: breach.ItemsOf(breach.ContactPoint)},
				{Clause: "9.2(c)", Items: breach.ItemsOf(breach.Consequences, breach.Measures)},
			}},
		},
	}
}

// StandardClausesFillersChoices returns the JSON paths of the terms of
// [StandardClauses] that are the filler's choices rather than the
// clauses': what Annexes I–IV describe, the options of Clauses 1(a) and
// 7.7(a), the time period 7.7(a) leaves to specify, an hour figure for
// breach notices in Annex III, and governing law, which the clauses leave
// to the contract they are part of. In [StandardClausesTemplate] each is
// blank, a placeholder, an open choice, or absent.
func StandardClausesFillersChoices() []string {
	return []string{
		"parties", "service", "laws", "governingLaw",
		"processing.description.purposes", "processing.description.dataSubjects",
		"processing.description.dataCategories", "processing.description.specialCategories",
		"processing.description.operations", "processing.description.securityMeasures",
		"subprocessors", "subprocessorPolicy.authorisation", "subprocessorPolicy.announcement",
		"subprocessorPolicy.notice", "subprocessorPolicy.objection", "breach.deadline",
	}
}
