package examples

import (
	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/annex"
	"github.com/personvern/dpa/breach"
	"github.com/personvern/dpa/obligation"
	"github.com/personvern/dpa/subprocessor"
)

// tos names a clause of Lucidtech's Terms of Service, the document the
// Cradl DPA takes its definitions from and which sets the cap, the law and
// the exit.
func tos(n string) obligation.Clause { return obligation.Clause("Terms of Service " + n) }

// Cradl returns Lucidtech AS's «Data Processing Agreement» for the
// document-reading service Cradl, which «forms part of the Services
// Agreement», with the Terms of Service of that Services Agreement. The DPA
// carries no date or version; the text modelled is the one published in
// July 2024 (later filed as version 1.0.0, with the LLM paragraph of 5).
// Clauses are the DPA's own numbers, which run 1 to 7 and 9 to 15 (there
// is no 8); clauses of the Terms of Service are written "Terms of Service
// 11". The DPA has no appendices.
func Cradl() agreement.Agreement {
	const (
		P = obligation.Processor
		C = obligation.Controller
	)
	return agreement.Agreement{
		ID:       "lucidtech-cradl",
		Title:    "Data Processing Agreement",
		Language: "en",
		Documents: []agreement.Document{
			// Terms of Service 1: the Services Agreement is the Terms of
			// Service and «the following documents, applicable at any time».
			{Title: "Terms of Service", Kind: agreement.MainAgreementDocument, About: "the Services Agreement's terms; sets the cap (11), the exit (13), law and venue (14)", Included: true},
			{Title: "License Agreement", Kind: agreement.MainAgreementDocument, About: "part of the Services Agreement"},
			{Title: "Description of Services", Kind: agreement.MainAgreementDocument, About: "part of the Services Agreement"},
			{Title: "Service Level Agreement", Kind: agreement.MainAgreementDocument, About: "part of the Services Agreement"},
			{Title: "Data Processing Agreement", Kind: agreement.ProcessorAgreement, Included: true},
			{Title: "End User License Agreement", Kind: agreement.MainAgreementDocument, About: "part of the Services Agreement"},
		},
		Parties: []agreement.Party{
			// Terms of Service 1: «Lucidtech AS (“Lucidtech”) with legal
			// entity number 918 345 787 MVA».
			{Role: agreement.Processor, Name: "Lucidtech AS", OrgNumber: "918345787", Country: "NO", Clause: tos("1")},
			// 1: Lucidtech processes personal data «as a data processor on
			// behalf of the Licensee as a Data Controller; or» «as a
			// sub-processor on behalf of another data processor that
			// processes Personal Data on behalf of its customers, which are
			// Data Controllers».
			{Role: agreement.Controller, Name: "the Licensee", Generic: true, Clause: "1", Acts: agreement.AsControllerOrProcessor},
		},
		Service: agreement.Service{
			Provision: obligation.At("3"),
			Name:      "Cradl",
			// 3: «machine learning powered cloud services for reading and
			// validating documents such as receipts and invoices, with
			// continuous self-improvement capabilities as an integral part
			// of the service».
			SubjectMatter: "Machine-learning cloud services that read and validate documents such as receipts and invoices, extracting date, total amount, supplier, currency and the like and returning them in a structured format.",
			MainAgreement: "the Services Agreement",
		},
		Laws: agreement.Laws{
			Provision: obligation.At("2"),
			Cited: []agreement.Law{
				// 2: «EU Directive 95/46/EC, as transposed … and as amended,
				// replaced or superseded from time to time, including by the
				// GDPR».
				{ID: "31995L0046", Title: "EU Directive 95/46/EC", Clause: "2"},
				{ID: "32016R0679", Title: "EU General Data Protection Regulation 2016/679", Clause: "2"},
				{ID: "LOV-2018-06-15-38", Title: "the Norwegian Personal Data Act (LOV-2018-06-15-38)", Clause: "2"},
				// 2: «and Personal Data Regulations», with no identifier
				// and no date: the title alone does not say which
				// regulations (the repealed 2000 Act had its own,
				// FOR-2000-12-15-1265), so none is chosen.
				{Title: "Personal Data Regulations", Clause: "2"},
			},
			Successors: true,
		},
		// Terms of Service 14: «governed by and interpreted in accordance
		// with Norwegian law»; «Any court proceedings shall be brought
		// before Oslo District Court.» The DPA itself is silent.
		GoverningLaw: agreement.GoverningLaw{
			Provision: obligation.At(tos("14")),
			Country:   "NO",
			Venue:     "Oslo District Court",
		},
		// 12: «The DPA applies as long as the Data Processor processes
		// and/or retains Personal Data on behalf of the Data Controller
		// according to the Services Agreement.»
		Term: agreement.Term{Provision: obligation.At("12"), Basis: agreement.WhileProcessing},
		// 13: «A termination of the Services Agreement also constitutes a
		// termination of the DPA.»
		Termination: agreement.Termination{Provision: obligation.At("13"), Coupled: true, Rights: []agreement.TerminationRight{
			// 5: «the Data Controller has the right to terminate the
			// Agreement with three month’s notice».
			{Provision: obligation.At("5"), By: agreement.ControllerOnly, Ground: agreement.OnSubprocessorObjection, Notice: obligation.Months(3),
				Extent: agreement.EndsWhole},
			// Terms of Service 12: either party, for a material breach,
			// «after giving the Party that is in breach of contract written
			// notice and a reasonable deadline for remedying the
			// situation», «with immediate effect»; the Licensee on Lucidtech's
			// bankruptcy or other creditor intervention («shall be entitled
			// to terminate the Terms of Service or breach with immediate
			// effect»). Both «terminate the Terms of Service», whole, and
			// with them the DPA (13).
			{Provision: obligation.At(tos("12")), By: agreement.EitherParty, Ground: agreement.ForBreach, Immediate: true, Written: true,
				Cure: obligation.Unquantified(obligation.ReasonableTime), Extent: agreement.EndsWhole},
			// Terms of Service 10: «The Licensee may terminate the contract
			// after 100 days if Lucidtech cannot perform its obligations
			// under this contract» for force majeure. No notice stated.
			{Provision: obligation.At(tos("10")), By: agreement.ControllerOnly, Ground: agreement.ForceMajeure,
				After: obligation.Days(100), Extent: agreement.EndsWhole},
			{Provision: obligation.At(tos("12")), By: agreement.ControllerOnly, Ground: agreement.OnInsolvency, Immediate: true,
				Extent: agreement.EndsWhole},
		}},
		// Terms of Service 10: the Licensee so terminating «will not be
		// entitled to a refund».
		Fees:       agreement.Fees{Refunds: []agreement.Refund{{Provision: obligation.NoneAt(tos("10")), On: agreement.ForceMajeureTermination}}},
		Processing: agreement.Processing{Provision: obligation.At("3"), Description: cradlProcessing()},
		// 3: «After Processing, the documents may be stored for up to 5
		// years on the Data Processor’s systems in order to fulfill the
		// Data Processor’s duties to the Data Controller.»
		Retention: agreement.Retention{Provision: obligation.At("3"), Schedule: []agreement.RetentionTerm{
			{Provision: obligation.InferredAt("3", "«After Processing» is read as from the document's processing, when it is posted to the service"),
				Category: "documents", Keep: obligation.Years(5), From: obligation.RecordCreated,
				Note: "may be stored for up to 5 years after processing"},
		}},
		Instructions: agreement.Instructions{
			Provision:  obligation.At("4"),
			Documented: true,
			// 4(3): «immediately inform the Data Controller if, its opinion,
			// an instruction infringes applicable Data Protection laws».
			Infringing: agreement.InfringingInstruction{Provision: obligation.At("4"), Notify: obligation.Unquantified(obligation.Immediately)},
		},
		// 7, measure 6: «A process to ensure the confidentiality of
		// employees who have access to the Personal Data.»
		Confidentiality: agreement.Confidentiality{Provision: obligation.At("7"), Staff: true},
		// 11: «To the extent the Data Controller requires assistance from
		// the Data Processor, the Data Processor will offer such assistance
		// as a separately paid service. The Data Processor may also refuse,
		// unless the Data Processor’s assistance is necessary …»
		Requests: agreement.Requests{
			DataSubjects: agreement.RequestTerm{Provision: obligation.At("11"), Assist: true,
				Cost: obligation.Cost{Kind: obligation.Billed},
				AssistIf: obligation.Condition{When: obligation.AssistanceNecessary,
					Words: "The Data Processor may also refuse, unless the Data Processor’s assistance is necessary in order to be able to fulfill the Data Controller’s obligations."}},
		},
		// 10: documentation on request; the processor's own regular
		// security audits with results submitted; the controller's audits
		// and inspections «regularly», by a mandated third party who signs
		// «declarations of confidentiality». Notice and cost are
		// not stated.
		Audit: agreement.Audit{
			Provision:   obligation.At("10"),
			Information: obligation.At("10"),
			ThirdParty:  agreement.ThirdPartyAudit{Provision: obligation.At("10"), Allowed: true, ConfidentialityAgreement: true},
			// 10: «entitled to conduct audits and inspections regularly»:
			// a frequency without a number.
			Limit: agreement.AuditLimit{Provision: obligation.At("10"), Limit: obligation.Limit{
				Standard: obligation.Regularly, Words: "entitled to conduct audits and inspections regularly"}},
			// 10: «The audit does not include information concerning Data
			// Processor’s trade secrets. This includes, but is not limited
			// to product know-how, algorithms, software code, test results,
			// processes, inventions, research projects etc.»
			Scope: agreement.AuditScope{Provision: obligation.At("10"), Excludes: []string{
				"trade secrets", "product know-how", "algorithms", "software code", "test results", "processes",
				"inventions", "research projects"}},
		},
		End: agreement.EndOfProcessing{
			Provision: obligation.At("15"),
			// 15: «The Data Processor may, subject to prior express approval
			// of the Data Controller, anonymize all Personal Data received
			// from or on behalf of the Data Controller which is comprised
			// by the DPA.»
			MayAnonymise: obligation.At("15"),
			Steps: []obligation.Rule{
				// 15: «Upon termination of this DPA the Data Processor shall
				// (i) cease all its Processing activities».
				{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.CeaseProcessing,
					Anchor: obligation.AtEffective, Clause: "15"},
				// 15: «(ii) upon the Data Controller’s choice, delete and/or
				// return all Personal Data or copies thereof … The duty to
				// delete applies as long as Applicable Data Protection Law
				// does not require the Personal Data to be stored.»
				{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.DeleteData, Clause: "15",
					If: obligation.Condition{Choice: obligation.Delete | obligation.ReturnThenDelete, By: C,
						Unless: obligation.RetentionRequired, Words: "upon the Data Controller’s choice, delete and/or return"}},
				{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.ReturnData, Clause: "15",
					If: obligation.Condition{Choice: obligation.Return | obligation.ReturnThenDelete, By: C,
						Words: "upon the Data Controller’s choice, delete and/or return"}},
				// 15 ¶2: «The Data Processor will permanently erase all
				// Personal Data processed under the DPA (regardless of where
				// and how they are stored) … unless the Data Processor is
				// required by law to store the Personal Data.» No time, and
				// whatever the choice.
				{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.DeleteData, Clause: "15 ¶2",
					If:   obligation.Condition{Unless: obligation.RetentionRequired, Words: "unless the Data Processor is required by law to store the Personal Data"},
					Note: "permanently, regardless of where and how the data are stored", NoteNB: "permanent, uansett hvor og hvordan opplysningene er lagret"},
			},
		},
		// Terms of Service 13 gives the end differently: «Lucidtech shall
		// delete all Licensee’s and End User’s data», no return, and «The
		// exit activities shall be carried out so that the work is
		// completed by the end of the Services Agreement, unless the
		// Parties agree otherwise in writing.» Neither text ranks the
		// documents of the Services Agreement.
		Readings: []agreement.Reading{
			{Term: "end", Document: "Terms of Service", Clause: "13",
				Value: &agreement.Agreement{End: agreement.EndOfProcessing{
					Provision: obligation.At("13").From("Terms of Service"),
					Steps: []obligation.Rule{
						{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.DeleteData,
							Anchor: obligation.AtEffective, Clause: tos("13"),
							Note:   "completed by the end of the Services Agreement, unless the parties agree otherwise in writing",
							NoteNB: "fullført innen tjenesteavtalen opphører, med mindre partene skriftlig avtaler noe annet"},
					}}}},
		},
		Subprocessors: subprocessor.Register{
			Provision: obligation.At("5"),
			Source:    subprocessor.Listed,
			// 5: «The following Sub-processor(s) are approved by the Data
			// Controller:», one entry, «Amazon Web Services EMEA SARL»; and
			// «If the Data Controller chooses to enable third-party LLMs
			// (large language models) on their account, the Data
			// Controller accepts that the selected third party will be
			// used as a Sub-processor. The following third parties provide
			// LLM capabilities:», two more, used only once enabled. No
			// locations.
			Entries: []subprocessor.Entry{
				{Name: "Amazon Web Services EMEA SARL", Clause: "5"},
				{Name: "Google Ireland Limited", Purpose: "LLM capabilities", OptIn: true, Clause: "5"},
				{Name: "Microsoft Ireland Operations Limited", Purpose: "LLM capabilities", OptIn: true, Clause: "5"},
			},
		},
		SubprocessorPolicy: subprocessor.Policy{
			// 5: «the Data Processor has the right to use other
			// Sub-processors, but is obliged to inform the Data Controller
			// of any intended changes … at least three months prior to the
			// planned changes taking effect. If the Data Controller does not
			// consent in the change, the Data Controller has the right to
			// terminate the Agreement with three month’s notice.»
			Authorisation: subprocessor.AuthorisationTerm{Provision: obligation.At("5"), Kind: subprocessor.General},
			Announcement:  subprocessor.Announcement{Provision: obligation.At("5")},
			Notice:        subprocessor.Notice{Provision: obligation.At("5"), Period: obligation.Months(3)},
			Objection:     subprocessor.Objection{Provision: obligation.At("5")},
			Remedy: subprocessor.Remedy{
				Provision:   obligation.At("5"),
				Effect:      subprocessor.ControllerMayTerminate,
				Scope:       subprocessor.WholeAgreement,
				Termination: obligation.Months(3),
				Condition:   "if the controller does not consent to the change",
			},
			// 5: «shall remain fully liable to the Data Controller for the
			// performance of the Sub-processor's obligations»; «bound by
			// written agreements that require them to comply with data
			// processing obligations corresponding to those contained in
			// this DPA».
			Liability: obligation.At("5"),
			FlowDown:  obligation.At("5"),
			// 6: no processing outside the EU/EEA «without prior written
			// approval»; the processor «shall ensure that there is a legal
			// basis … or facilitate the establishment of such legal basis».
			// No basis is named: an undertaking to comply with Chapter V.
			Transfers: subprocessor.Transfers{
				Provision:   obligation.At("6"),
				Undertaking: true,
			},
		},
		Breach: breach.Terms{
			Provision: obligation.At("9"),
			// 9: «The Data Processor shall notify the Data Controller in
			// writing without undue delay, but not later than 24 hours after
			// becoming aware of such a Personal Data Breach.»
			Deadline: breach.Deadline{Provision: obligation.At("9"),
				Period: obligation.Unquantified(obligation.WithoutUndueDelay).AtLatest(obligation.Hours(24)), Clock: breach.Awareness,
				Text: "in writing without undue delay, but not later than 24 hours after becoming aware of such a Personal Data Breach"},
			Channel: breach.Channel{Provision: obligation.At("9"), Medium: breach.Written, Recipient: breach.ToController,
				Text: "notify the Data Controller in writing"},
			Assistance: breach.Commitment{Provision: obligation.At("9"),
				Text: "assist the Data Controller in ensuring compliance with the Data Controller’s obligations pursuant to Applicable Data Protection Law, including, but not necessarily limited to, article 33 in the GDPR"},
		},
		Liability: agreement.Liability{
			Provision: obligation.At("14"),
			Undertakings: []agreement.Undertaking{
				// Terms of Service 8: «A Party shall be fully indemnified in
				// respect of any liability for damages imposed on it in
				// relation to a third party … in connection with a defect
				// in title», on conditions of notice and defence.
				{Provision: obligation.At(tos("8")), Kind: agreement.Indemnify,
					Against: []agreement.LossKind{agreement.ThirdPartyClaims}, When: "in connection with a defect in title"},
				// «The Licensee must indemnify, defend and hold Lucidtech
				// harmless from any claims (including third party claims)
				// … and damages (including indirect or consequential
				// loss)».
				{Provision: obligation.At(tos("8")), Kind: agreement.Indemnify, By: agreement.Controller,
					Against: []agreement.LossKind{agreement.ThirdPartyClaims},
					When:    "resulting in any way from: 1. Licensee’s and Licensee’s employee’s use or reliance on the Service, 2. any breach of the terms of this Terms of Service by the Licensee or any Licensee employee"},
			},
			// 14: «The Parties may claim damages in respect of any direct
			// loss as specified in the Services Agreement in relation to
			// breaches of this DPA.»
			Recoverable: agreement.Recoverable{Provision: obligation.At("14"), Losses: []agreement.LossKind{agreement.DirectLoss}, Only: true},
			// 14: «The liability for damages does not extend to indirect
			// loss, including lost profits or anticipated savings. Loss of
			// data is considered as an indirect loss.»
			Excluded: agreement.Exclusion{Provision: obligation.At("14"), Indirect: true,
				Kinds:  []agreement.LossKind{agreement.LostProfit, agreement.LostSavings},
				Deemed: []agreement.LossKind{agreement.DataLoss}},
			Caps: []agreement.Cap{
				// 14: «The maximum damages that can be awarded pursuant to
				// this DPA is limited to a sum equivalent to the maximum
				// liability in the Services Agreement», which is the cap of
				// Terms of Service 11.
				{Provision: obligation.At("14"), Kind: agreement.OtherDocument,
					Document: "the maximum liability in the Services Agreement", Mutual: true, Refers: tos("11")},
				// Terms of Service 11: «Overall damages during a period of
				// 12 months are limited to an amount corresponding to total
				// annual consideration set out in the Services Agreement.»
				// «The said limitations shall not apply in the case of gross
				// negligence or wilful misconduct or apply to breaches
				// related to processing of personal data.» Wilful misconduct
				// is held as intent, the nearest degree of fault the model
				// has. «during a period of 12 months» is any 12 months
				// (Rolling), since the text names no start for the periods;
				// 14's cap, which states no period, has this one. The Terms'
				// own exclusion of indirect damages («such as business
				// interruption, loss of data … lost profits or lost
				// revenues») is not held: the DPA's 14 repeats it for claims
				// under it.
				{Provision: obligation.At(tos("11")), Kind: agreement.FeeBased, Basis: agreement.AnnualFee, Mutual: true,
					Period: agreement.Rolling, Window: 12,
					Lift: &agreement.CapLift{Provision: obligation.At(tos("11")),
						By:     []agreement.Culpability{agreement.GrossNegligence, agreement.Intent},
						Causes: []agreement.Cause{agreement.DataProtectionBreach}}},
			},
		},
		Assistance: agreement.Assistance{
			Costs: []agreement.CostTerm{
				// 9: «To the extent the Data Controller requires assistance
				// from the Data Processor that exceeds the scope of this DPA,
				// the Data Processor may offer such assistance as a
				// separately paid service.» No rate.
				{Provision: obligation.At("9"), For: agreement.GeneralAssistance, Basis: agreement.SpecialFee},
			},
			Scope: agreement.AssistanceScope{Provision: obligation.At("9"), Tasks: []agreement.Assist{
				// 4: «assist the Data Controller in fulfilling its legal
				// obligations under Applicable Data Protection Law».
				{Task: agreement.ComplianceInGeneral, Clause: "4"},
				// 9: «assist the Data Controller in fulfilling the
				// obligations of the General Data Protection Regulation
				// article 32 to 36».
				{Task: agreement.SecurityTask, Clause: "9"},
				{Task: agreement.BreachTask, Clause: "9"},
				{Task: agreement.ImpactAssessment, Clause: "9"},
				{Task: agreement.PriorConsultation, Clause: "9"},
				// 11: paid and refusable, see Requests.
				{Task: agreement.RightsRequests, Clause: "11"},
			}},
		},
		Duties: agreement.Duties{
			Controller: agreement.ControllerDuties{Provision: obligation.At("4"), Duties: []agreement.ControllerDuty{
				// 4: «the Data Controller is entitled to access all Personal
				// Data being processed on behalf of the Data Controller and
				// the systems used for this purpose».
				{Kind: agreement.AccessData, Clause: "4"},
				// Terms of Service 4: «The Licensee is responsible for
				// compliance with any applicable legal requirements.»
				{Kind: agreement.LawfulProcessing, Clause: tos("4")},
				// Terms of Service 12: «If there is a material breach of
				// contract, the other Party may, after giving the Party that
				// is in breach of contract written notice and a reasonable
				// deadline for remedying the situation, terminate the Terms
				// of Service for breach with immediate effect»; 13: that
				// ends the DPA too.
				{Kind: agreement.TerminateForBreach, Clause: tos("12")},
			}},
			Security: agreement.SecurityDuty{Provision: obligation.At("7")},
		},
	}
}

// cradlProcessing: 3 gives the service, the categories, the data subjects
// and two purposes; 7 the measures. Special categories and children are
// not mentioned.
func cradlProcessing() annex.Description {
	return annex.Description{
		Purposes: annex.ListAt("3",
			annex.Purpose{Kind: annex.PurposeServiceDelivery, Text: "To supply machine learning powered self-improving document interpretation cloud services to the Data Controller."},
			annex.Purpose{Kind: annex.PurposeProductImprovement, Text: "Train machine learning models in order to continuously improve the accuracy of the service."},
		),
		DataSubjects: annex.ListAt("3",
			annex.DataSubject{Kind: annex.SubjectEmployees, Text: "The employees … of the Data Controller."},
			annex.DataSubject{Kind: annex.SubjectCustomersCustomers, Text: "The … customers of the Data Controller."},
		),
		// «Name, IP-address, contact information, occupation, purchase and
		// other personal information that may appear on documents posted to
		// the Service.»
		DataCategories: annex.ListAt("3",
			annex.DataCategory{Kind: annex.DataName, Text: "Name"},
			annex.DataCategory{Kind: annex.DataIPAddress, Text: "IP-address"},
			annex.DataCategory{Kind: annex.DataContactInformation, Text: "contact information"},
			annex.DataCategory{Kind: annex.DataEmployment, Text: "occupation"},
			annex.DataCategory{Kind: annex.DataOther, Text: "purchase"},
			annex.DataCategory{Kind: annex.DataOther, Text: "other personal information that may appear on documents posted to the Service"},
		),
		SecurityMeasures: annex.ListAt("7",
			annex.Measure{Kind: annex.MeasureUserIdentification, Text: "Access control whereby access to the Personal Data is managed through a technical system for authorization control. There shall be procedures for allocating and removing authorizations."},
			annex.Measure{Kind: annex.MeasureUserIdentification, Text: "User IDs and passwords used to access Personal Data shall be personal and shall not be shared."},
			annex.Measure{Kind: annex.MeasureTransmission, Text: "Secure communications whereby external data communication connections shall be protected using technical functions ensuring that the connection is authorized and encrypted for Personal Data in transit in communication channels outside systems controlled by the Data Processor."},
			annex.Measure{Kind: annex.MeasureStorage, Text: "A process to ensure secure data destruction when fixed or removable storage media no longer are used for their purpose."},
			annex.Measure{Kind: annex.MeasurePseudonymisationEncryption, Text: "Computer equipment and removable storage media containing Personal Data at the Data Processor’s premises shall be encrypted in order to protect against unauthorized use and theft."},
			annex.Measure{Kind: annex.MeasureITGovernance, Text: "A process to ensure the confidentiality of employees who have access to the Personal Data."},
			annex.Measure{Kind: annex.MeasureITGovernance, Text: "Routines for entering into confidentiality agreements with suppliers providing repair and service of equipment used to store Personal Data."},
			annex.Measure{Kind: annex.MeasurePhysicalSecurity, Text: "Routines for supervising the service performed by suppliers at the premises of the Data Processor. Storage media containing the Personal Data shall be locked up if supervision is not possible."},
		),
		Nature: annex.Statement{Clause: "3",
			Text: "The Processing involves extracting information such as date, total amount, supplier, currency, etc. from the documents which may consist of Personal Data. This extracted information will be returned to the Data Controller in a structured format."},
		Duration: annex.Statement{Clause: "12",
			Text: "The DPA applies as long as the Data Processor processes and/or retains Personal Data on behalf of the Data Controller according to the Services Agreement."},
	}
}
