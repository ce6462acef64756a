package examples

import (
	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/annex"
	"github.com/personvern/dpa/breach"
	"github.com/personvern/dpa/obligation"
	"github.com/personvern/dpa/subprocessor"
)

// scc names a clause of Aptible's Exhibit A, the 2021/914 standard
// contractual clauses (Module Two).
func scc(n string) obligation.Clause { return obligation.Clause("Exhibit A, Clause " + n) }

// aptibleDirectory is where each subprocessor entry is read from.
const aptibleDirectory obligation.Clause = "Subprocessor Directory (Last updated: April 7, 2022)"

// Aptible returns Aptible, Inc.'s «Data Processing Addendum» as published
// in November 2022: the DPA (1–7), Exhibit A (the 2021/914 standard
// contractual clauses, Module Two only, with Annexes I–III) and Exhibit B
// (the UK Addendum, its Part 2 only), with the Terms of Service the DPA
// forms part of (version 2.4, November 2022) and the subprocessor directory
// the DPA links to (last updated 7 April 2022). The DPA has no version or
// date of its own. Clauses are the DPA's numbers ("3.11"), the clauses of
// Exhibit A ("Exhibit A, Clause 9(a)", "Exhibit A, Annex I.B"), the
// sections of Exhibit B ("Exhibit B, 12(c)") and of the Terms ("Terms of
// Service 15"); the paragraph before the first heading is "¶1" and those
// under the heading «HOW THIS DPA APPLIES» are "How this DPA applies ¶1"
// to "¶3".
func Aptible() agreement.Agreement {
	const (
		P       = obligation.Processor
		C       = obligation.Controller
		opening = obligation.Clause("¶1")
		how     = obligation.Clause("How this DPA applies ¶1")
	)
	terms := func(n string) obligation.Clause { return obligation.Clause("Terms of Service " + n) }
	return agreement.Agreement{
		ID:       "aptible",
		Title:    "Data Processing Addendum",
		Language: "en",
		Documents: []agreement.Document{
			// Opening paragraph: the DPA «forms part of the Aptible Terms of
			// Service or such other written or electronic agreement between
			// Aptible and Customer».
			{Title: "Terms of Service", Kind: agreement.MainAgreementDocument, Version: "2.4",
				About: "the Agreement (version 2.4, November 2022), or such other agreement as the parties have; sets liability (15), law (18) and arbitration (19)", Included: true},
			{Title: "Data Processing Addendum", Kind: agreement.ProcessorAgreement, Included: true},
			{Title: "Exhibit A", Kind: agreement.IncorporatedClauses, About: "the standard contractual clauses of Decision (EU) 2021/914, Module Two, with Annexes I–III", Included: true},
			{Title: "Exhibit B", Kind: agreement.IncorporatedClauses, About: "the UK Addendum to the EU standard contractual clauses, Part 2 only; 1.5 calls it Exhibit 2", Included: true},
			{Title: "Security Practices Summary", Kind: agreement.ReferencedDocument, About: "the web page the measures of 4.1 and Annex II refer to"},
			{Title: "Subprocessor Directory", Kind: agreement.ReferencedDocument, About: "the web page of 5.3 and Annex III; the snapshot last updated 7 April 2022", Included: true},
		},
		Parties: []agreement.Party{
			// Exhibit A, Annex I.A: «Aptible, Inc. Address: 548 Market St.
			// #75826, San Francisco, CA 94104», contact Frank Macreery, CEO,
			// legal@aptible.com.
			{Role: agreement.Processor, Name: "Aptible, Inc.", Address: "548 Market St. #75826, San Francisco, CA 94104", Country: "US",
				Clause:   "Exhibit A, Annex I.A",
				Contacts: []agreement.Contact{{Kind: agreement.ContactPoint, Name: "Frank Macreery", Email: "legal@aptible.com", Clause: "Exhibit A, Annex I.A"}}},
			// Annex I.A: «Data Exporter is the company identified in the
			// associated Agreement and associated Order Form.» 2:
			// «Depending on Customer’s circumstances, Customer may be a Data
			// Controller or a Data Processor», while Aptible acts «only as
			// Customer’s Data Processor»: for a customer that is a processor,
			// Aptible is its subprocessor.
			{Role: agreement.Controller, Name: "Customer", Generic: true, Clause: "Exhibit A, Annex I.A",
				Acts: agreement.AsControllerOrProcessor, ActsAt: "2"},
		},
		Service: agreement.Service{
			Provision:     obligation.At(how),
			SubjectMatter: "Aptible provides services to Customer under the Agreement; Annex I.B describes the processing only by reference to that agreement.",
			MainAgreement: "the Agreement (the Aptible Terms of Service or such other written or electronic agreement)",
		},
		Laws: agreement.Laws{
			Provision: obligation.At(how),
			Cited: []agreement.Law{
				{ID: "32016R0679", Title: "the General Data Protection Regulation (Regulation (EU) 2016/679)", Clause: how},
				{ID: "32021D0914", Title: "Commission Implementing Decision of June 4, 2021 on standard contractual clauses", Clause: "1.5"},
			},
		},
		// Opening paragraph and 7.2: «In the event of a conflict between
		// the terms of the Agreement and this DPA, the terms of the DPA will
		// apply.» 6.3: «To the extent the terms of the Standard Contractual
		// Clauses attached hereto are inconsistent with the terms of this
		// DPA, the terms of the Standard Contractual Clauses shall govern.»
		// The clauses prevail over the DPA only to the extent of an
		// inconsistency: where they are silent on part of a term, the
		// DPA's part stands. (Exhibit B ss. 9–11 put the UK Addendum's own
		// hierarchy above Clause 5 for UK transfers only: a limit by kind
		// of transfer, which no rule of precedence here can say.)
		Precedence: agreement.Precedence{Provision: obligation.At(opening + "; 6.3; 7.2"), OverMain: true,
			Order: []string{"Exhibit A", "Data Processing Addendum", "Terms of Service"},
			Rules: []agreement.PrecedenceRule{{Clause: "6.3", Document: "Exhibit A", Over: []string{"Data Processing Addendum"}, ToTheExtent: true}}},
		// The DPA is silent. Terms of Service 18: «governed by the laws of
		// the State of Delaware»; «the personal and exclusive jurisdiction
		// of the state courts and federal courts located within Delaware»
		// «If a lawsuit or court proceeding is permitted». 19(A): «every
		// dispute arising in connection with this Agreement will be
		// resolved by binding arbitration»; 19(B) leaves small claims,
		// agency enforcement, injunctive relief and intellectual property
		// suits to the courts; 19(C) the AAA's rules; 19(D): arbitration
		// may begin only if no agreement is reached «within 30 days after
		// the Notice is received»; 19(E): the hearing «at a location to be
		// agreed upon in San Francisco, California».
		GoverningLaw: agreement.GoverningLaw{
			Provision: obligation.At(terms("18")),
			Country:   "US",
			Words:     "the laws of the State of Delaware",
			Venue:     "the state courts and federal courts located within Delaware",
			Amicable:  obligation.Days(30),
			Arbitration: agreement.Arbitration{Provision: obligation.At(terms("19")), Binding: true,
				Rules:  "the Commercial Dispute Resolution Procedures and the Supplementary Procedures for Consumer Related Disputes (collectively, \"AAA Rules\") of the American Arbitration Association (\"AAA\")",
				Seat:   "a location to be agreed upon in San Francisco, California",
				Except: "(a) bring an individual action in small claims court; (b) pursue an enforcement action through the applicable federal, state, or local agency if that action is available; (c) seek injunctive relief in a court of law; or (d) to file suit in a court of law to address an intellectual property infringement claim"},
		},
		// 7.1: in force «until the earlier of: (a) the expiration or
		// termination of the Agreement and/or applicable Order Forms; or (b)
		// the mutual agreement of the parties to terminate this DPA».
		Term: agreement.Term{Provision: obligation.At("7.1"), Basis: agreement.FollowsMainAgreement},
		// Terms of Service 11: «Unless you have a purchase order or other
		// contractual commitment to Aptible: You may terminate this
		// Agreement at any time by canceling your account, and We may, in
		// our sole discretion for any or no reason, terminate this
		// Agreement»; «all of your rights under this Agreement immediately
		// terminate». The right exists only without a purchase order or
		// other commitment.
		Termination: agreement.Termination{Rights: []agreement.TerminationRight{
			{Provision: obligation.At(terms("11")), By: agreement.EitherParty, Ground: agreement.AtWill, Immediate: true,
				If: obligation.Condition{Unless: obligation.Committed, Words: "Unless you have a purchase order or other contractual commitment to Aptible"}},
			// Exhibit A, Clause 16(c): the data exporter, the customer,
			// «shall be entitled to terminate the contract, insofar as it
			// concerns the processing of personal data under these
			// Clauses», on a substantial or persistent breach among other
			// grounds: only that part ends, and no notice period is given.
			{Provision: obligation.At(scc("16(c)")), By: agreement.ControllerOnly, Ground: agreement.ForBreach,
				Extent: agreement.EndsAffectedPart},
		}},
		// Terms of Service 11: «You will not receive any refunds if you
		// terminate this Agreement.»
		Fees:       agreement.Fees{Refunds: []agreement.Refund{{Provision: obligation.NoneAt(terms("11")), On: agreement.AtWillTermination}}},
		Processing: agreement.Processing{Provision: obligation.At("Exhibit A, Annex I.B"), Description: aptibleProcessing()},
		// 3.2: «Act only upon instructions from Customer, as set forth in
		// the Agreement»; «the Agreement and this DPA are Customer’s
		// complete and final instructions».
		Instructions: agreement.Instructions{Provision: obligation.At("3.2"), Documented: true},
		// 3.4: personnel with a «need-to-know» who «are subject to written
		// confidentiality agreements».
		Confidentiality: agreement.Confidentiality{Provision: obligation.At("3.4"), Staff: true, SignedDeclarations: true},
		Requests: agreement.Requests{
			// 3.5: «Promptly notify Customer» of a data subject's request;
			// «refrain from responding … unless and until Customer provides
			// written consent»; «cooperate as reasonably requested».
			DataSubjects: agreement.RequestTerm{Provision: obligation.At("3.5"),
				Notify: obligation.Unquantified(obligation.Promptly), ApprovalBeforeAnswer: true, Assist: true},
			// 3.8: «Promptly notify Customer» of a request for disclosure
			// from an authority or court «(unless otherwise prohibited by
			// law)».
			Authorities: agreement.RequestTerm{Provision: obligation.At("3.8"), Notify: obligation.Unquantified(obligation.Promptly)},
		},
		// 4.2: on written request and after the Customer signs «Aptible’s
		// standard non-disclosure agreement»; audits «including
		// inspections» by the Customer or its independent auditor; scope,
		// timing and duration agreed in advance; «carried out at Customer’s
		// expense (unless prohibited by Applicable Data Protection Law)».
		Audit: agreement.Audit{
			Provision:   obligation.At("4.2"),
			Information: obligation.At("4.2"),
			ThirdParty:  agreement.ThirdPartyAudit{Provision: obligation.At("4.2"), Allowed: true},
			Cost:        agreement.AuditCost{Provision: obligation.At("4.2"), Cost: obligation.Cost{Kind: obligation.RequesterPays}},
			// Exhibit A, Clause 8.9(c): audits «at reasonable intervals
			// or if there are indications of non-compliance»; the DPA sets
			// no number of its own.
			// 4.2: the scope, timing and duration are agreed in advance,
			// and the audit follows the Customer's signing of «Aptible’s
			// standard non-disclosure agreement».
			Scope: agreement.AuditScope{Provision: obligation.At("4.2"), Agreed: true, ConfidentialityAgreement: true},
			Limit: agreement.AuditLimit{Provision: obligation.At(scc("8.9(c)")), Limit: obligation.Limit{
				Standard: obligation.AtReasonableIntervals, Unless: obligation.NonCompliance,
				Words: "at reasonable intervals or if there are indications of non-compliance"}},
		},
		End: agreement.EndOfProcessing{
			Provision: obligation.At("3.11"),
			Steps: []obligation.Rule{
				// 3.11: «Cease processing Personal Data upon termination or
				// expiry of this DPA; Aptible shall securely delete Personal
				// Data and shall issue Customer a signed certificate of
				// destruction with thirty (30) days of Customer’s written
				// request to legal@aptible.com; Customer may back up or
				// export Personal Data prior to account closure using
				// Aptible’s self-serve tools.»
				{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.CeaseProcessing,
					Anchor: obligation.AtEffective, Clause: "3.11"},
				{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.DeleteData, Clause: "3.11",
					Note: "securely delete; no time is stated", NoteNB: "slette på sikker måte; ingen frist er angitt"},
				// 3.11: the certificate is owed «with thirty (30) days of
				// Customer’s written request»: the period runs from that
				// request.
				{On: obligation.ConfirmationRequested, Debtor: P, Creditor: C, Action: obligation.ConfirmDeletion,
					Due: obligation.Days(30), Anchor: obligation.FromEvent, Clause: "3.11",
					Note:   "a signed certificate of destruction, on the Customer's written request to legal@aptible.com",
					NoteNB: "en signert bekreftelse på destruksjon, etter kundens skriftlige anmodning til legal@aptible.com"},
				// Exhibit A, Clause 8.5, which governs where it is
				// inconsistent with the DPA (6.3): «at the choice of the data
				// exporter, delete all personal data processed on behalf of
				// the data exporter and certify to the data exporter that it
				// has done so, or return to the data exporter all personal
				// data processed on its behalf and delete existing copies».
				{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.ConfirmDeletion, Clause: scc("8.5"),
					If: obligation.Condition{Choice: obligation.Delete, By: C, Words: "at the choice of the data exporter"}},
				{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.ReturnData, Clause: scc("8.5"),
					If: obligation.Condition{Choice: obligation.ReturnThenDelete, By: C, Words: "at the choice of the data exporter"}},
				{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.DeleteData, Clause: scc("8.5"),
					If:   obligation.Condition{Choice: obligation.ReturnThenDelete, By: C, Words: "at the choice of the data exporter"},
					Note: "existing copies, after the return", NoteNB: "eksisterende kopier, etter tilbakeleveringen"},
				// The export is tied to the closure of the account, not to
				// the end of the DPA; Terms of Service 11: «YOU ARE SOLELY
				// RESPONSIBLE FOR EXPORTING YOUR CONTENT FROM THE SERVICES
				// PRIOR TO CLOSING YOUR ACCOUNT.»
				{On: obligation.AccountClosed, Debtor: C, Creditor: P, Action: obligation.ExportData,
					Anchor: obligation.AtEffective, Clause: "3.11",
					Note:   "may back up or export with Aptible's self-serve tools, before account closure",
					NoteNB: "kan ta sikkerhetskopi eller eksportere med Aptibles selvbetjeningsverktøy, før kontoen avsluttes"},
			},
		},
		Subprocessors: subprocessor.Register{
			// 5.3 and Annex III: the list «at
			// https://www.aptible.com/legal/subprocessor-directory», read
			// here as the directory stood on 7 April 2022: 28 entries with
			// the columns Subprocessor, Service Provided and Location; no
			// transfer mechanism per entry.
			Provision: obligation.At("5.3"),
			Source:    subprocessor.Referenced,
			Reference: "https://www.aptible.com/legal/subprocessor-directory",
			Entries:   aptibleSubprocessors(),
		},
		SubprocessorPolicy: subprocessor.Policy{
			// 5.2: «hereby provides general authorization»; Exhibit A,
			// Clause 9(a): «general authorisation for the engagement of
			// sub-processor(s) from an agreed list».
			Authorisation: subprocessor.AuthorisationTerm{Provision: obligation.At("5.2"), Kind: subprocessor.General},
			// 5.3: «Any update that Aptible makes to its list of
			// Subprocessors … will constitute notice»; Clause 9(a): written
			// notice «by posting an amended list».
			Announcement: subprocessor.Announcement{Provision: obligation.At("5.3"), Channels: []subprocessor.Channel{subprocessor.UpdatedList}},
			// Exhibit A, Clause 9(a): «at least ten (10) days in advance»,
			// and engagement «shall not occur until at least ten (10) days
			// after» the amended list is posted. The clauses govern (6.3);
			// the DPA's own reading (5.3: notice, no period) is in Readings.
			Notice: subprocessor.Notice{Provision: obligation.At("Clause 9(a)").From("Exhibit A"), Period: obligation.Days(10)},
			// 5.4: «Customer may object to Aptible’s use of a new
			// Subprocessor by notifying Aptible in writing via
			// legal@aptible.com.» No deadline and no consequence.
			Objection: subprocessor.Objection{Provision: obligation.At("5.4"), Written: true},
			Liability: obligation.At("5.5"),
			FlowDown:  obligation.At("5.1"),
			// 6.2: transfers from the EU, the EEA, Switzerland or the UK to
			// countries without adequate protection «(including, to the
			// extent applicable, the United States)» are governed by the
			// standard contractual clauses attached: Exhibit A, Module Two
			// only, with the docking clause (Clause 7), Clause 17 «the law
			// of the Republic of Ireland», Clause 18(b) «the courts of the
			// jurisdiction specified in Clause 17». 1.5: for transfers
			// under the UK GDPR, the UK Addendum (Exhibit B), «governed by
			// the laws of England and Wales» with disputes before «the
			// courts of England and Wales» (Exhibit B, 12(c)).
			// 6.2: «In the event that the Standard Contractual Clauses are
			// determined by competent authority to be invalid under
			// Applicable Data Protection Law, Aptible shall, as soon as
			// possible, adopt an appropriate alternative transfer
			// mechanism.» Its other limb, that the clauses «will not apply
			// if Aptible has adopted Binding Corporate Rules … or an
			// alternative recognized compliance standard», is not held.
			Transfers: subprocessor.Transfers{
				Provision: obligation.At("6.2"),
				Replace:   obligation.Unquantified(obligation.AsSoonAsPossible),
				Locations: []subprocessor.Location{subprocessor.In("US")},
				Bases: []subprocessor.Basis{
					{Mechanism: subprocessor.SCC2021, Module: subprocessor.Module2, Docking: true, Law: "IE", Forum: "IE", Clause: "6.2; Exhibit A"},
					{Mechanism: subprocessor.UKAddendum, Exporter: subprocessor.ExporterUK, Law: "GB", Forum: "GB", Clause: "1.5; Exhibit B"},
				},
			},
		},
		Readings: []agreement.Reading{
			// 5.3: «Any update that Aptible makes to its list of
			// Subprocessors … will constitute notice to Customer of
			// Aptible’s intended changes»: notice, with no period.
			{Term: "subprocessorPolicy.notice", Document: "Data Processing Addendum", Clause: "5.3",
				Value: &agreement.Agreement{SubprocessorPolicy: subprocessor.Policy{
					Notice: subprocessor.Notice{Provision: obligation.At("5.3")}}}},
		},
		Breach: breach.Terms{
			Provision: obligation.At("3.6"),
			Scope: breach.Scope{Provision: obligation.At("3.6"), Wide: true,
				Text: "any accidental or unlawful destruction or accidental loss, alternation, or unauthorized disclosure or access of Personal Data transmitted, stored or otherwise processed (a “Data Breach”) or of any processing of Personal Data in a manner inconsistent with the terms of the Agreement and this DPA"},
			// 3.6: «without undue delay (and in no case later than the
			// statutory maximum for notification under Applicable Data
			// Protection Law)», once Aptible «reasonably suspects or has
			// reason to know». The bound is held as the law's maximum,
			// which the assessment resolves: the GDPR sets no number of
			// hours for the processor (Art. 33(2)), so it adds none.
			Deadline: breach.Deadline{Provision: obligation.At("3.6"),
				Period: obligation.Unquantified(obligation.WithoutUndueDelay), Clock: breach.Suspicion,
				Bound: breach.StatutoryMaximum,
				Text:  "without undue delay (and in no case later than the statutory maximum for notification under Applicable Data Protection Law)"},
			Channel: breach.Channel{Provision: obligation.At("3.6"), Recipient: breach.ToController, Text: "Notify Customer"},
			// Exhibit A, Clause 8.6(c): the notice's contents, and notice in
			// phases.
			Contents: breach.Contents{Provision: obligation.At(scc("8.6(c)")), Required: []breach.Requirement{
				{Clause: scc("8.6(c)"), Text: "the details of a contact point where more information can be obtained",
					Items: breach.ItemsOf(breach.ContactPoint)},
				{Clause: scc("8.6(c)"), Text: "a description of the nature of the breach (including, where possible, categories and approximate number of data subjects and personal data records concerned)",
					Items: breach.ItemsOf(breach.Nature, breach.SubjectCategories, breach.SubjectCount, breach.RecordCategories, breach.RecordCount)},
				{Clause: scc("8.6(c)"), Text: "its likely consequences", Items: breach.ItemsOf(breach.Consequences)},
				{Clause: scc("8.6(c)"), Text: "the measures taken or proposed to address the breach including, where appropriate, measures to mitigate its possible adverse effects",
					Items: breach.ItemsOf(breach.Measures)},
			}},
			Phased: obligation.At(scc("8.6(c)")),
			Assistance: breach.Commitment{Provision: obligation.At("3.6"),
				Text: "provide reasonable assistance to Customer with respect to any Data Breach (including without limitation cooperating with Customer with respect to notification of Supervisory Authorities and communicating to Data Subjects regarding a Data Breach)"},
		},
		// The DPA sets no cap (5.5 only makes Aptible liable for its
		// subprocessors). Terms of Service 15, in capitals in the original:
		// no liability for «INDIRECT, INCIDENTAL, SPECIAL, CONSEQUENTIAL OR
		// PUNITIVE DAMAGES (INCLUDING DAMAGES FOR LOSS OF PROFITS, GOODWILL,
		// OR ANY OTHER INTANGIBLE LOSS)»; aggregate liability «FOR ALL
		// CLAIMS … IS LIMITED TO THE AMOUNT PAID BY YOU TO APTIBLE FOR
		// ACCESS TO AND USE OF THE SERVICE IN THE 12 MONTHS PRIOR TO THE
		// CLAIM». The cap limits Aptible only. «The foregoing limitations
		// of liability do not apply to breaches of confidentiality
		// obligations, violations of a party's intellectual property rights
		// by the other party, or indemnification obligations»: the
		// exclusion and the cap both.
		Liability: agreement.Liability{
			Provision: obligation.At(terms("15")),
			Excluded: agreement.Exclusion{Provision: obligation.At(terms("15")), Indirect: true,
				Kinds: []agreement.LossKind{agreement.LostProfit}},
			Caps: []agreement.Cap{{Provision: obligation.At(terms("15")), Kind: agreement.FeeBased,
				Basis: agreement.FeesPaidBefore, Months: 12, Period: agreement.WholeAgreement}},
			// Terms of Service 13(A): «You agree to defend and indemnify
			// Aptible … from and against every third-party claim», among
			// others those «arising out of or in any way connected with …
			// your violation of any portion of this Agreement».
			Undertakings: []agreement.Undertaking{{Provision: obligation.At(terms("13")), Kind: agreement.Indemnify, By: agreement.Controller,
				Against: []agreement.LossKind{agreement.ThirdPartyClaims},
				When:    "arising out of or in any way connected with: (a) your access to, use of, or alleged use of, the Services; (b) your violation of any portion of this Agreement, any representation, warranty, or agreement referenced in this Agreement, or any applicable law or regulation; (c) your violation of any third-party right, including any intellectual property right or publicity, confidentiality, other property, or privacy right; or (d) any dispute or issue between you and any third party"}},
			Lift: agreement.CapLift{Provision: obligation.At(terms("15")),
				Causes:     []agreement.Cause{agreement.ConfidentialityBreach, agreement.IPInfringement, agreement.IndemnityClaim},
				Exclusions: true},
		},
		Assistance: agreement.Assistance{
			Scope: agreement.AssistanceScope{Provision: obligation.At("3"), Tasks: []agreement.Assist{
				{Task: agreement.RightsRequests, Clause: "3.5"},
				{Task: agreement.BreachTask, Clause: "3.6"},
				{Task: agreement.ImpactAssessment, Clause: "3.7"},
				{Task: agreement.PriorConsultation, Clause: "3.7"},
			}},
		},
		Duties: agreement.Duties{
			// 3.9: «Promptly notify Customer upon Aptible’s or its
			// Subprocessors’ determination that it can no longer meet its
			// obligation to provide the level of protection to Personal
			// Data required under the Agreement and this DPA».
			Unable: agreement.UnableToComply{Provision: obligation.At("3.9"), Notify: obligation.Unquantified(obligation.Promptly)},
			// Terms of Service 3.B: «You are responsible for protecting the
			// privacy and legal rights of your End Users», including
			// «Properly configuring the Aptible Services … to protect your
			// users' information» and «Providing legally adequate privacy
			// notices for your users». 3.2 and 3.10: the Customer instructs,
			// including «to correct, amend, delete, or stop processing».
			Controller: agreement.ControllerDuties{Provision: obligation.At(terms("3.B")), Duties: []agreement.ControllerDuty{
				{Kind: agreement.OwnSecurity, Clause: terms("3.B")},
				{Kind: agreement.InformDataSubjects, Clause: terms("3.B")},
				{Kind: agreement.GiveInstructions, Clause: "3.2"},
				{Kind: agreement.OrderDeletion, Clause: "3.2"},
				// Exhibit A, Clause 16(b): where the importer breaches the
				// clauses or cannot comply, «the data exporter shall suspend
				// the transfer of personal data to the data importer until
				// compliance is again ensured or the contract is
				// terminated»; 16(c): the exporter may terminate «insofar as
				// it concerns the processing of personal data under these
				// Clauses» (suspension not cured within one month,
				// substantial or persistent breach, a binding decision not
				// complied with).
				{Kind: agreement.SuspendProcessing, Clause: scc("16(b)")},
				{Kind: agreement.TerminateForBreach, Clause: scc("16(c)")},
			}},
			// 4.1: measures that «comply with GDPR Article 32», at least as
			// protective as the Security Practices Summary; Aptible may
			// update the Summary «in its sole discretion» but «may not
			// materially degrade such technical and organizational measures
			// during the term of the Agreement».
			Security: agreement.SecurityDuty{Provision: obligation.At("4.1"),
				Changes: agreement.MeasureChanges{Provision: obligation.At("4.1"), Unilateral: true, NoDegradation: true}},
		},
	}
}

// aptibleProcessing: Exhibit A, Annex I.B. Its «Categories of personal
// data transferred» names groups of people rather than kinds of data; the
// measures of Annex II are on the Security Practices Summary page, not in
// the text.
func aptibleProcessing() annex.Description {
	const b = "Exhibit A, Annex I.B"
	return annex.Description{
		Purposes: annex.ListAt(b,
			annex.Purpose{Kind: annex.PurposeServiceDelivery, Text: "To allow data importer to fulfill its obligations pursuant to its agreement with the data exporter."},
		),
		DataSubjects: annex.ListAt(b,
			annex.DataSubject{Kind: annex.SubjectCustomersCustomers, Text: "Data exporter’s customers"},
			annex.DataSubject{Kind: annex.SubjectEndUsers, Text: "end-users"},
		),
		DataCategories: annex.ListAt(b,
			annex.DataCategory{Kind: annex.DataOther, Text: "The personal data relating to data exporter’s authorized end-users; data exporter’s employees, agents, freelancers, contractors, advisors, or other agents; and data exporter’s business partners or vendors."},
		),
		// «Sensitive data transferred (if applicable) …»: «N/A».
		SpecialCategories: annex.NoneAt[annex.SpecialKind](b),
		// 4.1 and Annex II: «as described in the Aptible Security Practices
		// Summary available online at https://www.aptible.com/legal/security/».
		SecurityMeasures: annex.ElsewhereIn[annex.MeasureKind]("Security Practices Summary", "Exhibit A, Annex II"),
		Nature: annex.Statement{Clause: b,
			Text: "Data importer shall only process personal data as necessary to fulfil its obligations pursuant to its agreement with the data exporter, including the performance of any services and support thereunder, or as further instructed by the data exporter."},
		Duration: annex.Statement{Clause: b,
			Text: "For the duration of the agreement between data importer and data exporter, or longer if required by applicable law."},
	}
}

// aptibleSubprocessors is the directory's table in its order. The
// Location column says «United States» for all but Typeform («Spain»).
func aptibleSubprocessors() []subprocessor.Entry {
	rows := []struct{ name, service, country string }{
		{"Adobe Sign", "Contract management", "US"},
		{"Atlassian", "Support, status logging, bug and ticket handling, documentation", "US"},
		{"AWS", "Cloud infrastructure", "US"},
		{"Census", "Analytics", "US"},
		{"Clearbit", "Analytics", "US"},
		{"dbt", "Analytics", "US"},
		{"Discourse", "Analytics", "US"},
		{"Fivetran", "Analytics", "US"},
		{"Google Inc", "Cloud service provider & marketing analytics", "US"},
		{"Gong", "Webinar and meeting recording & analytics", "US"},
		{"Hubspot", "Customer relationship management, onsite chat & marketing automation", "US"},
		{"New Relic", "Logging and monitoring", "US"},
		{"PagerDuty", "Monitoring", "US"},
		{"Postmark", "Email", "US"},
		{"Productboard", "Product Management", "US"},
		{"Segment", "Analytics", "US"},
		{"Slack", "Community discussion", "US"},
		{"Sentry", "Logging and monitoring", "US"},
		{"SolarWinds (Papertrail)", "Logging and monitoring", "US"},
		{"Stitch", "Analytics", "US"},
		{"Stripe", "Payment processing", "US"},
		{"Twilio", "Communication", "US"},
		{"Typeform", "Survey", "ES"},
		{"Vitally", "Customer success", "US"},
		{"Wistia", "Videos and analytics", "US"},
		{"Zapier", "Workflow automation", "US"},
		{"Zendesk", "Support", "US"},
		{"Zoom", "Webinar and meeting hosting", "US"},
	}
	entries := make([]subprocessor.Entry, len(rows))
	for i, r := range rows {
		entries[i] = subprocessor.Entry{Name: r.name, Purpose: r.service,
			Processing: []subprocessor.Location{subprocessor.In(r.country)}, Clause: aptibleDirectory}
	}
	return entries
}
