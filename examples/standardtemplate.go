package examples

import (
	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/annex"
	"github.com/personvern/dpa/breach"
	"github.com/personvern/dpa/obligation"
	"github.com/personvern/dpa/subprocessor"
)

// StandardClausesTemplate returns the controller–processor standard
// contractual clauses of Commission Implementing Decision (EU) 2021/915 as
// the template they are: every term the clauses set, with the clause that
// sets it, and every place they leave to the parties left open. The
// parties of Annex I are placeholders; the descriptions of Annexes II–IV
// are blank; Clause 1(a) (the GDPR or Regulation (EU) 2018/1725) and
// Clause 7.7(a) (Option 1, prior specific authorisation, or Option 2,
// general written authorisation with a time period to specify) are open
// [agreement.Choice] values, the terms they set blank until one is chosen.
//
// Reviewed, it has no finding of severity [review.Unmet]; the finding
// [review.TemplateToFill] lists what is left to fill in.
// [StandardClauses] is the same clauses filled in.
func StandardClausesTemplate() agreement.Agreement {
	const (
		P     = obligation.Processor
		C     = obligation.Controller
		title = "Standardavtalevilkår (EU) 2021/915"
	)
	reading := func(term string, clause obligation.Clause, v agreement.Agreement) agreement.Reading {
		return agreement.Reading{Term: term, Document: title, Clause: clause, Value: &v}
	}
	return agreement.Agreement{
		ID: "standard-clauses-template", Title: title, Language: "nb", Template: true,
		Documents: []agreement.Document{{Title: title, Kind: agreement.ProcessorAgreement, Included: true,
			Date: obligation.NewDate(2021, 6, 4)}},
		Parties: []agreement.Party{
			{Role: agreement.Controller, Clause: "Vedlegg I"},
			{Role: agreement.Processor, Clause: "Vedlegg I"},
		},
		// Annex I: «Name: … Address: … Contact person's name, position
		// and contact details: … Signature and accession date: …».
		Placeholders: []obligation.Placeholder{
			{Field: "parties[0].name", Clause: "Vedlegg I", Text: "Name: …"},
			{Field: "parties[0].address", Clause: "Vedlegg I", Text: "Address: …"},
			{Field: "parties[0].contacts", Clause: "Vedlegg I", Text: "Contact person's name, position and contact details: …"},
			{Field: "parties[1].name", Clause: "Vedlegg I", Text: "Name: …"},
			{Field: "parties[1].address", Clause: "Vedlegg I", Text: "Address: …"},
			{Field: "parties[1].contacts", Clause: "Vedlegg I", Text: "Contact person's name, position and contact details: …"},
			{Field: "signed", Clause: "Vedlegg I", Text: "Signature and accession date: …"},
		},
		// Annex II: «Description of the processing».
		Service: agreement.Service{Provision: obligation.BlankAt("Vedlegg II")},
		Laws:    agreement.Laws{Provision: obligation.BlankAt("1(a)")},
		Choices: []agreement.Choice{
			{Clause: "1(a)", Options: []agreement.Option{
				{Name: "Option 1: Regulation (EU) 2016/679", Terms: []agreement.Reading{reading("laws", "1(a)", agreement.Agreement{
					Laws: agreement.Laws{Provision: obligation.At("1(a)"), Cited: []agreement.Law{{ID: "32016R0679", Clause: "1(a)"}}}})}},
				{Name: "Option 2: Regulation (EU) 2018/1725", Terms: []agreement.Reading{reading("laws", "1(a)", agreement.Agreement{
					Laws: agreement.Laws{Provision: obligation.At("1(a)"), Cited: []agreement.Law{{ID: "32018R1725", Clause: "1(a)"}}}})}},
			}},
			{Clause: "7.7(a)", Options: []agreement.Option{
				// «OPTION 1 PRIOR SPECIFIC AUTHORISATION: The processor
				// shall not subcontract any of its processing operations
				// … without the controller's prior specific
				// authorisation. The processor shall submit the request
				// for specific authorisation at least [SPECIFY TIME
				// PERIOD] prior to the engagement …»
				{Name: "Option 1: prior specific authorisation", Terms: []agreement.Reading{
					reading("subprocessorPolicy.authorisation", "7.7(a)", agreement.Agreement{SubprocessorPolicy: subprocessor.Policy{
						Authorisation: subprocessor.AuthorisationTerm{Provision: obligation.At("7.7(a)"), Kind: subprocessor.Specific}}}),
				}},
				// «OPTION 2 GENERAL WRITTEN AUTHORISATION: … The processor
				// shall specifically inform in writing the controller of
				// any intended changes of that list … at least [SPECIFY
				// TIME PERIOD] in advance, thereby giving the controller
				// sufficient time to be able to object …»
				{Name: "Option 2: general written authorisation", Terms: []agreement.Reading{
					reading("subprocessorPolicy.authorisation", "7.7(a)", agreement.Agreement{SubprocessorPolicy: subprocessor.Policy{
						Authorisation: subprocessor.AuthorisationTerm{Provision: obligation.At("7.7(a)"), Kind: subprocessor.General}}}),
					reading("subprocessorPolicy.announcement", "7.7(a)", agreement.Agreement{SubprocessorPolicy: subprocessor.Policy{
						Announcement: subprocessor.Announcement{Provision: obligation.At("7.7(a)"), Channels: []subprocessor.Channel{subprocessor.WrittenNotice}}}}),
				}},
			}},
		},
		Term: agreement.Term{Provision: obligation.At("7.3"), Basis: agreement.WhileProcessing},
		Processing: agreement.Processing{Provision: obligation.At("6"), Description: annex.Description{
			Purposes:          annex.BlankAt[annex.PurposeKind]("Vedlegg II"),
			DataSubjects:      annex.BlankAt[annex.SubjectKind]("Vedlegg II"),
			DataCategories:    annex.BlankAt[annex.DataKind]("Vedlegg II"),
			SpecialCategories: annex.BlankAt[annex.SpecialKind]("Vedlegg II"),
			Operations:        annex.BlankAt[annex.OperationKind]("Vedlegg II"),
			SecurityMeasures:  annex.BlankAt[annex.MeasureKind]("Vedlegg III"),
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
			{Task: agreement.RightsRequests, Clause: "8(b)"},
			{Task: agreement.ImpactAssessment, Clause: "8(c)(1)"},
			{Task: agreement.PriorConsultation, Clause: "8(c)(2)"},
			{Task: agreement.SecurityTask, Clause: "8(c)(4)"},
			{Task: agreement.BreachTask, Clause: "9.1"},
		}}},
		Duties: agreement.Duties{
			Controller: agreement.ControllerDuties{Provision: obligation.At("10"), Duties: []agreement.ControllerDuty{
				{Kind: agreement.GiveInstructions, Clause: "7.1(a)"},
				{Kind: agreement.SuspendProcessing, Clause: "10(a)"},
				{Kind: agreement.TerminateForBreach, Clause: "10(b)"},
			}},
			Security: agreement.SecurityDuty{Provision: obligation.At("7.4(a)")},
		},
		// Clause 10(b) and (c): the controller may terminate for the
		// processor's non-compliance, the processor where the controller
		// insists on an instruction that infringes the law.
		Termination: agreement.Termination{Rights: []agreement.TerminationRight{
			{Provision: obligation.At("10(b)"), By: agreement.ControllerOnly, Ground: agreement.ForBreach},
			{Provision: obligation.At("10(c)"), By: agreement.ProcessorOnly, Ground: agreement.OnUnlawfulInstruction},
		}},
		// Annex IV: «List of sub-processors».
		Subprocessors: subprocessor.Register{Provision: obligation.BlankAt("Vedlegg IV")},
		SubprocessorPolicy: subprocessor.Policy{
			Authorisation: subprocessor.AuthorisationTerm{Provision: obligation.BlankAt("7.7(a)")},
			Announcement:  subprocessor.Announcement{Provision: obligation.BlankAt("7.7(a)")},
			// «at least [SPECIFY TIME PERIOD]» in both options.
			Notice:    subprocessor.Notice{Provision: obligation.BlankAt("7.7(a)")},
			FlowDown:  obligation.At("7.7(b)"),
			Liability: obligation.At("7.7(d)"),
		},
		Breach: breach.Terms{
			Provision: obligation.At("9.2"),
			// 9.2: «the processor shall notify the controller without
			// undue delay after the processor having become aware of
			// the breach».
			Deadline: breach.Deadline{Provision: obligation.At("9.2"), Period: obligation.Unquantified(obligation.WithoutUndueDelay)},
			Contents: breach.Contents{Provision: obligation.At("9.2"), Required: []breach.Requirement{
				{Clause: "9.2(a)", Items: breach.ItemsOf(breach.Nature, breach.SubjectCategories, breach.SubjectCount,
					breach.RecordCategories, breach.RecordCount)},
				{Clause: "9.2(b)", Items: breach.ItemsOf(breach.ContactPoint)},
				{Clause: "9.2(c)", Items: breach.ItemsOf(breach.Consequences, breach.Measures)},
			}},
		},
	}
}
