package review

// The codes of the default checks, in the order [Default] runs them:
// by instrument, then by provision. Each code's comment gives its
// severity, what triggers it and what does not; [Check.Doc] holds the
// same text, in Norwegian Bokmål too.
const (
	// AuthorisationMissing (unmet): Subprocessors without authorisation. The
	// agreement lists subprocessors (or has a register clause) but gives no
	// prior specific or general written authorisation to engage them. Not
	// reported when the agreement says no subprocessors are used, or when it
	// has no subprocessor terms at all (then
	// gdpr-28-3-d-subprocessors-missing).
	AuthorisationMissing Code = "gdpr-28-2-authorisation-missing"
	// NoObjectionRight (unmet): General authorisation without a right to
	// object. A general authorisation under which the agreement gives the
	// controller no opportunity to object to intended changes (the objection
	// term is absent, blank or stated as none). Not reported under a specific
	// authorisation.
	NoObjectionRight Code = "gdpr-28-2-no-objection-right"
	// NoChangeInformation (unmet): General authorisation without information
	// on changes. A general authorisation with neither an announcement term
	// nor a notice term: the processor need not inform the controller of
	// intended additions or replacements. Not reported under a specific
	// authorisation.
	NoChangeInformation Code = "gdpr-28-2-no-change-information"
	// NoticePeriodMissing (weak): No notice period for new subprocessors. A
	// general authorisation whose changes are announced with no notice period
	// at all. Not reported when a period is given, even a vague one (then
	// gdpr-28-2-notice-period-vague), nor when no information is promised
	// (then gdpr-28-2-no-change-information).
	NoticePeriodMissing Code = "gdpr-28-2-notice-period-missing"
	// NoticePeriodVague (weak): Vague notice period for new subprocessors. A
	// general authorisation whose notice of changes is given only by a
	// standard such as “i god tid”, “within a reasonable time” or “as soon as
	// possible”, not a number of days. Not reported for a quantified period.
	NoticePeriodVague Code = "gdpr-28-2-notice-period-vague"
	// ListUpdateOnly (weak): Changes announced only by updating a list. A
	// general authorisation whose only announcement channel is an updated list
	// the controller has to look up. Not reported when any other channel
	// (e-mail, notice in the service) is named.
	ListUpdateOnly Code = "gdpr-28-2-list-update-only"
	// ObjectionWindowShort (weak): Objection required at once. A general
	// authorisation under which an objection must be made “immediately” or “as
	// soon as possible”. Not reported for a window of days, weeks or months.
	ObjectionWindowShort Code = "gdpr-28-2-objection-window-short"
	// ObjectionFromStart (weak): Objection window from the start. An objection
	// window that runs from the day the new subprocessor starts, so the
	// controller can object only after the change. Not reported for a window
	// from the notice.
	ObjectionFromStart Code = "gdpr-28-2-objection-from-start"
	// ObjectionOutlastsNotice (weak): Objection window longer than the notice.
	// An objection window from the notice that certainly lasts longer than the
	// notice before the start (one month against 14 days), so the subprocessor
	// may start before it closes. Not reported where the lengths cannot be
	// compared without a calendar (business days, a standard).
	ObjectionOutlastsNotice Code = "gdpr-28-2-objection-outlasts-notice"
	// StartBeforeObjection (weak): Start before the objection window closes.
	// A notice period and an objection window from the notice of alike
	// length, counted with the Norwegian calendar from each notice day of
	// the year from the review date: on some day the window's last day moves
	// past a weekend or public holiday while the waiting period does not, so
	// the subprocessor may start before the window closes. Reports the first
	// such notice day. Not reported for a window that certainly lasts longer
	// (objection window longer than the notice), for one period the
	// notice's own clause gives for both (the window is the notice itself),
	// nor without a review date.
	StartBeforeObjection Code = "gdpr-28-2-start-before-objection-closes"
	// ObjectionWithoutEffect (weak): Objection right without effect. A right
	// to object whose stated consequence is none: the processor may proceed
	// and no right to terminate follows. Not reported where the objection
	// blocks the change, lets the controller terminate or makes the
	// processor choose a remedy.
	ObjectionWithoutEffect Code = "gdpr-28-2-objection-without-effect"
	// SpecificDeemedAccepted (weak): Specific authorisation deemed given by
	// silence. A specific authorisation beside a term under which silence, or
	// not terminating, counts as acceptance of a new subprocessor. Whether an
	// “object or leave” clause gives the opportunity to object Art. 28(2)
	// requires is debatable. Not reported under a general authorisation.
	SpecificDeemedAccepted Code = "gdpr-28-2-specific-deemed-accepted"
	// SubjectMatterMissing (unmet): Subject matter missing. The agreement does
	// not state the subject matter of the processing: the service term is
	// absent, blank, stated as none, or names no subject matter.
	SubjectMatterMissing Code = "gdpr-28-3-subject-matter-missing"
	// DurationMissing (unmet): Duration missing. The agreement states no
	// duration (no term, no duration in the processing description) and
	// nothing in it runs from the end of the agreement. Not reported when the
	// end-of-processing terms run from the end of the agreement (then
	// gdpr-28-3-duration-implied).
	DurationMissing Code = "gdpr-28-3-duration-missing"
	// DurationImplied (weak): Duration implied only. The agreement states no
	// duration, but its terms on the end of processing run from the end of the
	// agreement, so the processing implicitly lasts as long as the agreement
	// (and the service agreement it serves). Not reported when a term or a
	// duration is stated.
	DurationImplied Code = "gdpr-28-3-duration-implied"
	// ProcessingNotDescribed (unmet): Processing not described. The agreement
	// has no description of the processing at all: none of purposes, data
	// subjects, personal data, special categories, operations, security needs
	// or measures, children, nature or duration. When some part is described,
	// each missing part has its own code instead.
	ProcessingNotDescribed Code = "gdpr-28-3-processing-not-described"
	// PurposeMissing (unmet): Purpose missing. A description of the processing
	// without purposes: the list is absent, blank, stated as none or empty.
	// Not reported when the whole description is missing (then
	// gdpr-28-3-processing-not-described).
	PurposeMissing Code = "gdpr-28-3-purpose-missing"
	// DataSubjectsMissing (unmet): Categories of data subjects missing. A
	// description of the processing without categories of data subjects: the
	// list is absent, blank, stated as none or empty. Not reported when the
	// categories are only implied (then gdpr-28-3-data-subjects-implied) or
	// the whole description is missing.
	DataSubjectsMissing Code = "gdpr-28-3-data-subjects-missing"
	// DataSubjectsImplied (weak): Categories of data subjects implied only.
	// The categories of data subjects are only implied by the text (the
	// recipients on the controller's “own e-mail lists”, with data from other
	// services allowed), not set out as categories. Not reported when the
	// agreement lists them.
	DataSubjectsImplied Code = "gdpr-28-3-data-subjects-implied"
	// PersonalDataMissing (unmet): Types of personal data missing. A
	// description of the processing without the types of personal data: the
	// list is absent, blank, stated as none or empty. Not reported when the
	// whole description is missing.
	PersonalDataMissing Code = "gdpr-28-3-personal-data-missing"
	// NatureMissing (unmet): Nature of the processing missing. A description
	// of the processing that neither describes its nature in words nor lists
	// the processing operations. Not reported when either is given, nor when
	// the whole description is missing.
	NatureMissing Code = "gdpr-28-3-nature-missing"
	// ControllerDutiesMissing (unmet): Controller's obligations and rights
	// missing. The agreement sets out no obligation or right of the
	// controller. Not reported when it sets out at least one, even where a
	// list of them is left empty (then gdpr-28-3-controller-duties-blank).
	ControllerDutiesMissing Code = "gdpr-28-3-controller-duties-missing"
	// ControllerDutiesBlank (weak): Empty list of the controller's
	// obligations. The agreement introduces a list of the controller's
	// obligations and leaves it empty; one finding cites every such place.
	// Reported beside gdpr-28-3-controller-duties-missing when nothing else
	// sets out the controller's obligations.
	ControllerDutiesBlank Code = "gdpr-28-3-controller-duties-blank"
	// DocumentNotReproduced (info): Document of the agreement not reproduced.
	// A document the agreement consists of (a main agreement, a privacy
	// policy) is not part of its published text, so the review could not read
	// its terms and is incomplete for what that document settles. This says
	// nothing about written form: the document may well be in writing (Art.
	// 28(9)).
	DocumentNotReproduced Code = "gdpr-28-3-document-not-reproduced"
	// NoDocumentReproduced (info): No document of the agreement reproduced.
	// The agreement lists the documents it consists of and reproduces none of
	// them, so the whole review rests on what the model could hold. Not
	// reported for an agreement that lists no documents.
	NoDocumentReproduced Code = "gdpr-28-3-no-document-reproduced"
	// TermsNotReviewed (info): Terms that could not be reviewed. Terms of the
	// agreement are in a part of the text missing from the copy at hand, or in
	// a document it does not reproduce; the finding says how many of the
	// agreement's terms. Such terms are never reported as missing by the other
	// checks.
	TermsNotReviewed Code = "gdpr-28-3-terms-not-reviewed"
	// SeparateTermination (weak): Processor agreement terminable on its own.
	// The processor agreement can be terminated by notice on its own, apart
	// from the service it serves, so processing could continue without a
	// contract (EDPB Opinion 14/2019). Not reported when termination is
	// coupled to the main agreement (the termination clause speaks of the
	// whole agreement, or says the two end together), or when there is no
	// notice term.
	SeparateTermination Code = "gdpr-28-3-termination-separate"
	// TerminationNoticeVague (weak): Termination notice without a period. The
	// agreement may be terminated by notice, but it sets no notice period. Not
	// reported when termination is coupled to the main agreement or notice
	// must reach the other party before a period expires.
	TerminationNoticeVague Code = "gdpr-28-3-termination-notice-vague"
	// AssistanceCostConflict (weak): Contradiction on what assistance costs.
	// One clause makes a kind of help free and another bills it. The finding
	// cites the point of Art. 28(3) that requires the help: (h) for audits,
	// (g) for return and deletion, the paragraph for general assistance. Not
	// reported when the clauses agree.
	AssistanceCostConflict Code = "gdpr-28-3-assistance-cost-contradicts"
	// DocumentsContradict (info): Documents disagree, precedence decides.
	// Two documents of the agreement (the DPA and the standard clauses it
	// incorporates, the DPA and the main agreement) give one term
	// differently; the finding cites both clauses and names the document
	// that prevails, whose reading the review applies. It says what
	// decides: the agreement's order of precedence, or a limited rule of
	// precedence (only to the extent of an inconsistency, only for some
	// clauses, only if a document exists or is signed), whose clause it
	// cites. Not reported when the documents agree.
	DocumentsContradict Code = "gdpr-28-3-documents-contradict"
	// TemplateToFill (info): What the template leaves to fill in. The
	// agreement is a template for signing; the finding lists the fields it
	// leaves blank and the choices between options it leaves open, and no
	// other finding reports a blank as missing. Not reported for an
	// agreement that is not a template.
	TemplateToFill Code = "gdpr-28-3-template-to-fill"
	// DocumentsContradictUnranked (weak): Documents disagree, no order of
	// precedence. As gdpr-28-3-documents-contradict, but the agreement's
	// order of precedence does not rank the documents, so which reading
	// binds is a matter of interpretation. The review applies the reading
	// the agreement's model holds.
	DocumentsContradictUnranked Code = "gdpr-28-3-documents-contradict-unranked"
	// GoverningLawMissing (info): Governing law missing. The agreement chooses
	// no governing law (absent, blank, or no country and no document that
	// chooses). Not an Art. 28 requirement; Art. 28(3) only asks for a
	// contract under Union or Member State law. Not reported when another
	// document the agreement names chooses the law.
	GoverningLawMissing Code = "gdpr-28-3-governing-law-missing"
	// VenueMissing (info): Venue missing. The agreement chooses a governing
	// law but no venue. Not reported when another document chooses both.
	VenueMissing Code = "gdpr-28-3-venue-missing"
	// InfringingInstructionMissing (weak): No notice of an infringing
	// instruction. The agreement does not have the processor tell the
	// controller when, in its opinion, an instruction infringes the law. The
	// duty binds the processor by Art. 28(3), second subparagraph, whatever
	// the contract says, and is not among the items (a) to (h) the contract
	// must set out; stating it is the practice of the EDPB and Clause 7.1 of
	// the 2021/915 clauses, so its absence is a drafting weakness. Not
	// reported when the duty is stated with no time (the law's “immediately”
	// then applies).
	InfringingInstructionMissing Code = "gdpr-28-3-infringing-instruction-missing"
	// InfringingInstructionLate (weak): Late notice of an infringing
	// instruction. The agreement gives the processor a looser time than
	// “immediately” to say that an instruction infringes the law (a number of
	// days, “within a reasonable time”). Not reported for “immediately”, or
	// “without undue delay” with no period.
	InfringingInstructionLate Code = "gdpr-28-3-infringing-instruction-late"
	// InstructionsMissing (unmet): Documented instructions missing. No duty to
	// process only on the controller's documented instructions: the term is
	// absent, blank, stated as none, or mentions instructions without saying
	// they are documented.
	InstructionsMissing Code = "gdpr-28-3-a-instructions-missing"
	// ConfidentialityMissing (unmet): Confidentiality missing. No
	// confidentiality terms at all. Not reported when the processor is bound
	// but its staff are not (then gdpr-28-3-b-staff-not-bound).
	ConfidentialityMissing Code = "gdpr-28-3-b-confidentiality-missing"
	// StaffNotBound (weak): Staff not bound by confidentiality.
	// Confidentiality terms that bind the processor but not the persons who
	// process the data (no staff commitment, no signed declarations). Not
	// reported when either is stated.
	StaffNotBound Code = "gdpr-28-3-b-staff-not-bound"
	// SecurityDutyMissing (unmet): Security duty missing. No duty to take the
	// Art. 32 measures and no security measures listed. Not reported when
	// either is there.
	SecurityDutyMissing Code = "gdpr-28-3-c-security-missing"
	// SubprocessorTermsMissing (unmet): Subprocessor terms missing. No terms
	// on engaging subprocessors and none listed. Not reported when the
	// agreement says no subprocessors are used.
	SubprocessorTermsMissing Code = "gdpr-28-3-d-subprocessors-missing"
	// RightsAssistanceMissing (unmet): Assistance with data subjects' rights
	// missing. No duty to assist with data subjects' requests, in the request
	// terms or the assistance scope; also where the processor only passes
	// requests on. Not reported when either term gives the assistance.
	RightsAssistanceMissing Code = "gdpr-28-3-e-rights-assistance-missing"
	// AssistanceMissing (unmet): Assistance with Arts. 32–36 missing. No
	// assistance with any of Arts. 32 to 36 and no general duty to assist.
	AssistanceMissing Code = "gdpr-28-3-f-assistance-missing"
	// AssistanceGeneralOnly (weak): Assistance in general terms only. A
	// general duty to assist the controller that names none of Arts. 32 to 36.
	// Not reported when at least one of them is named.
	AssistanceGeneralOnly Code = "gdpr-28-3-f-assistance-general"
	// DPIAAssistanceMissing (unmet): Assistance with Arts. 35–36 missing.
	// Assistance that names some of Arts. 32 to 36 but leaves out the data
	// protection impact assessment (Art. 35) or prior consultation (Art. 36),
	// with no general duty to assist beside it: nothing else in an agreement
	// covers those. Not reported when a general duty to assist is stated (then
	// gdpr-28-3-f-scope-incomplete).
	DPIAAssistanceMissing Code = "gdpr-28-3-f-dpia-assistance-missing"
	// AssistanceScopeIncomplete (weak): Assistance with part of Arts. 32–36
	// missing. Assistance that names some of Arts. 32 to 36 and leaves out
	// only Art. 32 or Arts. 33–34, which the processor's own security and
	// breach duties may be read to cover; or leaves out Arts. 35–36 where a
	// general duty to assist may cover them. The message names the articles
	// left out and which of the two cases applies.
	AssistanceScopeIncomplete Code = "gdpr-28-3-f-scope-incomplete"
	// BreachTermsMissing (unmet): Breach terms missing. Nothing at all on
	// breach notification: no breach term, deadline or contents. Art. 33(2)
	// binds the processor anyway.
	BreachTermsMissing Code = "gdpr-28-3-f-breach-missing"
	// EndMissing (unmet): Nothing on the data at the end. No terms and no
	// steps on what happens to the data when the service ends.
	EndMissing Code = "gdpr-28-3-g-end-missing"
	// NoDeletion (unmet): No deletion at the end. Terms on the end of the
	// service with no step that deletes the data.
	NoDeletion Code = "gdpr-28-3-g-no-deletion"
	// NoReturnChoice (weak): No return before deletion. Deletion at the end
	// with no way for the controller to get the data back first (return, a
	// copy, an export). Not reported when any of those is a step.
	NoReturnChoice Code = "gdpr-28-3-g-no-return"
	// PeriodContradiction (weak): Two periods for one duty at the end. Two
	// clauses set different periods for the same duty of the same party on the
	// same event at the end. Duties that arise only on request are left out; a
	// condition attached to one of them the model holds is not a
	// contradiction.
	PeriodContradiction Code = "gdpr-28-3-g-periods-contradict"
	// StepsOverlap (weak): Steps of the end that overlap. Two steps from the
	// same event in the same branch whose periods put a later step (deletion,
	// then backups, then the confirmation) certainly before an earlier one
	// (making the data available, then deletion). Steps chained to the end of
	// the previous one, and steps in exclusive branches, are not compared.
	StepsOverlap Code = "gdpr-28-3-g-steps-overlap"
	// DeletionContradictsRetention (weak): Deletion against a retention
	// term. A deletion the end requires within a period, beside a retention
	// term that keeps data from the same event certainly longer. Not
	// reported where one applies only where the law requires retention and
	// the other unless it does.
	DeletionContradictsRetention Code = "gdpr-28-3-g-deletion-contradicts-retention"
	// RetentionOutlastsEnd (weak): Retention that outlasts the end. A
	// retention term counted from an event during the term (a record
	// created, the last use) keeps data certainly longer than the deletion
	// the end requires, so data from just before the end would be kept past
	// it. Not reported for terms that end with the agreement, or where one
	// applies only where the law requires retention and the other unless it
	// does.
	RetentionOutlastsEnd Code = "gdpr-28-3-g-retention-outlasts-end"
	// ComplianceInformationMissing (unmet): Compliance information missing. No
	// duty to make available the information necessary to demonstrate
	// compliance.
	ComplianceInformationMissing Code = "gdpr-28-3-h-information-missing"
	// AuditMissing (unmet): Audit right missing. No right to audits or
	// inspections and no term that assumes them. Not reported when the
	// agreement sets notice terms for audits or tests (then
	// gdpr-28-3-h-audit-implied) or only undertakes to meet requests (then
	// gdpr-28-3-h-audit-soft).
	AuditMissing Code = "gdpr-28-3-h-audit-missing"
	// AuditImplied (weak): Audits assumed, not granted. No audit right, but
	// terms on notice of audits, inspections or tests show the agreement
	// assumes they may happen; whether that grants the right is debatable.
	AuditImplied Code = "gdpr-28-3-h-audit-implied"
	// AuditSoft (weak): Audit only as a soft undertaking. The agreement only
	// undertakes to meet audit or inspection wishes favourably (“vil bli
	// imøtekommet positivt”, “inspection on request”), without granting a
	// right to audit. The agenda shows such an audit as a request, with no
	// start time. Not reported when the agreement grants the right.
	AuditSoft Code = "gdpr-28-3-h-audit-soft"
	// AuditByReports (weak): Audit replaced by reports. A recent certification
	// or audit report (ISAE 3402, ISO 27001) may replace the controller's
	// audit. Art. 28(3)(h) gives the controller audits, including inspections;
	// reports may serve, but the law does not let the processor substitute
	// them. Not reported when reports only supplement audits.
	AuditByReports Code = "gdpr-28-3-h-audit-by-reports"
	// AuditThirdPartyOnly (weak): Audit by a third party only. Audits only by
	// an independent third party, where the law gives the controller the
	// choice of auditing itself or by an auditor it mandates. Not reported
	// when a third party is allowed but not required, nor for terms the third
	// party must accept (a confidentiality agreement).
	AuditThirdPartyOnly Code = "gdpr-28-3-h-third-party-only"
	// AuditorByProcessor (weak): Auditor chosen by the processor. Audits
	// only by an auditor the processor appoints or must approve, where the
	// law lets the controller mandate the auditor. Not reported for the
	// controller or an auditor it mandates, an independent auditor, an
	// auditor both parties agree on, or when the text does not say who
	// audits.
	AuditorByProcessor Code = "gdpr-28-3-h-auditor-by-processor"
	// AuditScopeLimited (weak): Audits that exclude parts of the
	// processing. The text excludes named matters from audits (trade
	// secrets, code, processes), where Art. 28(3)(h) asks for all
	// information necessary to demonstrate compliance. Scope agreed in
	// advance or a confidentiality agreement alone are not reported.
	AuditScopeLimited Code = "gdpr-28-3-h-audit-scope-limited"
	// AuditLimited (weak): Audits limited in number. Audits limited to a
	// number per year or month, calendar or rolling, with no exception for
	// signs of non-compliance (Clause 7.6(c) of the 2021/915 clauses allows
	// them at reasonable intervals or on such signs).
	AuditLimited Code = "gdpr-28-3-h-audit-limited"
	// AuditNoticeVague (info): Audit notice without a period. The controller
	// must give notice before an audit, inspection or document access, or send
	// an audit plan, with no period or only a standard (“i tide”). The duty is
	// the controller's and the GDPR sets none, so this is information. Not
	// reported for a quantified period.
	AuditNoticeVague Code = "gdpr-28-3-h-audit-notice-vague"
	// FlowDownMissing (unmet): Same obligations for subprocessors missing.
	// Subprocessors are used, but the agreement does not require the same data
	// protection obligations to be imposed on them by contract. Not reported
	// when no subprocessors are used.
	FlowDownMissing Code = "gdpr-28-4-flow-down-missing"
	// SubprocessorLiabilityMissing (weak): Full liability for subprocessors
	// not stated. Subprocessors are used, and the agreement does not say that
	// the processor remains fully liable for them; Art. 28(4) provides it
	// anyway. Not reported when no subprocessors are used.
	SubprocessorLiabilityMissing Code = "gdpr-28-4-liability-missing"
	// SubprocessorAgreement (info): Agreement with a subprocessor. The
	// customer is, or for some customers may be, itself a processor for
	// controllers of its own, so the vendor is its subprocessor and the
	// agreement is the contract Art. 28(4) asks for: it must impose the same
	// data protection obligations as the customer's contract with its
	// controller, and the customer may engage the vendor only with that
	// controller's prior written authorisation (Art. 28(2)). The review cannot
	// compare the two contracts. Not reported when the customer is a
	// controller only.
	SubprocessorAgreement Code = "gdpr-28-4-subprocessor-agreement"
	// LiabilityMaximumUnquantified (weak): Liability cap without an amount. A
	// liability cap subject to a maximum amount the agreement never states.
	// Where it covers the processor's liability for subprocessors it sits
	// uneasily with Art. 28(4); that is debatable.
	LiabilityMaximumUnquantified Code = "gdpr-28-4-liability-maximum-unquantified"
	// ProcessorOwnPurpose (unmet): Processing for the processor's own
	// purposes. A purpose that serves the processor itself (improving its own
	// products), one finding per purpose. A processor that determines purposes
	// and means infringes the Regulation and is a controller for that
	// processing (Art. 28(10)); under Art. 29 it processes only on
	// instructions. Not reported for a purpose the agreement makes the
	// processor an independent controller for.
	ProcessorOwnPurpose Code = "gdpr-28-10-processor-own-purpose"
	// MeasuresNotListed (weak): Security measures not listed. A description of
	// the processing with no list of security measures (absent, blank, stated
	// as none or empty). Whether listed measures are concrete is not judged.
	// Not reported when the whole description is missing.
	MeasuresNotListed Code = "gdpr-32-1-measures-not-listed"
	// MeasuresRestateLaw (weak): Security duty only restates the law. The
	// security duty only restates Art. 32 in general words (“appropriate
	// technical and organisational measures”), beside a list of measures. Not
	// reported when the duty is concrete, or there is no list (then
	// gdpr-32-1-measures-not-listed).
	MeasuresRestateLaw Code = "gdpr-32-1-measures-restate-law"
	// ChildrenDataSafeguards (weak): Children's data without special security
	// needs. Children's personal data are processed and no special security
	// need is stated. Children merit specific protection (recital 38); Art.
	// 32(1) asks for security appropriate to the risk. Clause 7.5 of the
	// 2021/915 clauses does not concern children's data.
	ChildrenDataSafeguards Code = "gdpr-32-1-children-safeguards"
	// ChildrenSecurityExcluded (unmet): Security for children's data excluded,
	// yet they are processed. The agreement says the service's security does
	// not cover what children's data need, and also says children's data are
	// processed (and no special categories, which gives
	// scc915-7-5-security-excluded-processed instead).
	ChildrenSecurityExcluded Code = "gdpr-32-1-children-security-excluded"
	// BreachDeadlineUnquantified (info): No breach notice period beyond the
	// law. Breach terms with no deadline, or only the law's “without undue
	// delay” or “as soon as possible”. That is the law; the EDPB recommends
	// agreeing hours. Not reported when there are no breach terms at all (then
	// gdpr-28-3-f-breach-missing).
	BreachDeadlineUnquantified Code = "gdpr-33-2-deadline-unquantified"
	// BreachDeadlineLoose (weak): Loose breach notice deadline. A breach
	// notice deadline looser than “without undue delay” (“within a reasonable
	// time”), or a period of 72 hours or more, or in days, which uses up the
	// controller's 72 hours (Art. 33(1)). Not reported for a period under 72
	// hours.
	BreachDeadlineLoose Code = "gdpr-33-2-deadline-loose"
	// BreachContentsIncomplete (weak): Breach notice contents incomplete. The
	// contents the agreement requires of the processor's notice leave out
	// items Art. 33(3) requires of the controller's notification to the
	// authority. Art. 33(3) governs the controller's notification, not the
	// processor's notice, and some items are required only where possible.
	BreachContentsIncomplete Code = "gdpr-33-3-contents-incomplete"
	// BreachContentsNotListed (info): Breach notice contents not listed.
	// Breach terms that do not say what the processor's notice contains. The
	// law applies anyway. Not reported when there are no breach terms at all.
	BreachContentsNotListed Code = "gdpr-33-3-contents-not-listed"
	// TransferNoBasis (unmet): Transfer without a basis. A subprocessor
	// location or a place the transfer terms name is in a third country, a
	// basis is named, and none applies on the review date. Not reported where
	// no basis is named at all (then gdpr-44-transfer-undetermined): Chapter V
	// requires a transfer tool to exist, not that the agreement names one.
	TransferNoBasis Code = "gdpr-44-transfer-no-basis"
	// TransferUndetermined (weak): Transfer the agreement does not settle. A
	// transfer whose lawfulness cannot be settled from the text: the location
	// is unknown, only an unnamed “approved basis” is given, or the basis
	// covers some recipients only (certification or sector not stated). Not
	// reported for a location in the EEA, with a basis found, or with no
	// basis named (then gdpr-44-transfer-none-named).
	TransferUndetermined Code = "gdpr-44-transfer-undetermined"
	// TransferJudgement (info): Transfer needing a legal judgement. A transfer
	// whose basis needs a legal judgement: an Art. 49 derogation, or an
	// adequacy decision not yet in the EEA Agreement.
	TransferJudgement Code = "gdpr-44-transfer-judgement"
	// TransferNoneNamed (weak): Transfer with no basis named. A subprocessor
	// location or a place the transfer terms name is a named third country
	// or a third country not named, and the agreement names no transfer
	// basis for it, nor does an adequacy decision apply by itself. Chapter V
	// requires a basis to exist, not that the agreement names one, so this
	// is a warning, not gdpr-44-transfer-no-basis.
	TransferNoneNamed Code = "gdpr-44-transfer-none-named"
	// TransferRegionNoBasis (weak): Region with third countries, no basis.
	// A subprocessor location or a place the transfer terms name is a region
	// that includes third countries (“global”, anywhere the provider
	// operates), and the agreement names no transfer basis for it.
	TransferRegionNoBasis Code = "gdpr-44-region-no-basis"
	// TransferBasisLapsed (weak): Lapsed basis beside a valid one. A basis
	// named for a subprocessor's transfer (Privacy Shield, clauses past
	// their transition) gives no basis on the review date, while another
	// basis named holds. The reference should be removed. Not reported for
	// the general transfer terms' Safe Harbour and Privacy Shield (then
	// gdpr-45-9-invalid-mechanism).
	TransferBasisLapsed Code = "gdpr-44-basis-lapsed"
	// ClausesModuleMisfit (weak): Module that does not fit. The 2021/914
	// clauses named use Module 1 (controller to controller) or Module 4
	// (processor to controller), which do not fit a processor agreement's
	// transfers. Reported once per subprocessor and basis.
	ClausesModuleMisfit Code = "gdpr-46-2-c-module-misfit"
	// ClausesLawOutsideEU (weak): Law or courts of the clauses outside the
	// EU. The 2021/914 clauses named choose the law (Clause 17) or the
	// courts (Clause 18) of a state that is not an EU Member State on the
	// review date, which Modules 1 to 3 do not allow. Not reported for Swiss
	// law and courts chosen for a Swiss exporter.
	ClausesLawOutsideEU Code = "gdpr-46-2-c-clauses-law-outside-eu"
	// ClausesLawEEA (info): Law or courts of the clauses in an EEA EFTA
	// state. The 2021/914 clauses named choose the law or courts of Norway,
	// Iceland or Liechtenstein. Whether EEA Protocol 1 lets an EEA state
	// stand for an EU Member State in Clauses 17 and 18 is not confirmed.
	ClausesLawEEA Code = "gdpr-46-2-c-clauses-law-eea"
	// InvalidMechanismOnly (unmet): Only an invalidated transfer basis. The
	// agreement names Safe Harbour or Privacy Shield, invalidated on the
	// review date, and no other transfer basis. Both were decisions under Art.
	// 25(6) of Directive 95/46/EC, kept in force by Art. 45(9) until the Court
	// annulled them.
	InvalidMechanismOnly Code = "gdpr-45-9-invalid-mechanism-only"
	// InvalidMechanism (weak): Invalidated transfer basis beside others. The
	// agreement names Safe Harbour or Privacy Shield, invalidated on the
	// review date, beside another basis that may still serve. Not reported
	// before the invalidation.
	InvalidMechanism Code = "gdpr-45-9-invalid-mechanism"
	// TransferAssessmentOverdue (weak): Transfer impact assessment overdue. A
	// transfer impact assessment the agreement states, for a subprocessor or in
	// its general transfer terms, was due for review before the review date:
	// the next review day it states, or its assessment day plus the interval it
	// states, has passed. The law sets no interval; the EDPB's Recommendations
	// 01/2020 ask the exporter to re-evaluate at appropriate intervals, so the
	// agreement is held to its own schedule. Not reported when the agreement
	// states no review day or interval.
	TransferAssessmentOverdue Code = "gdpr-46-1-assessment-overdue"
	// DirectiveCited (info): Cites the Data Protection Directive. The
	// agreement cites Directive 95/46/EC on or after 25 May 2018, when Art.
	// 94(1) repealed it; Art. 94(2) reads the reference as one to the GDPR. In
	// Norway the Directive's regime, the Personal Data Act of 2000, applied
	// until 20 July 2018. Not reported before 25 May 2018.
	DirectiveCited Code = "gdpr-94-2-directive-cited"
	// SensitiveDataSafeguards (weak): Sensitive data without evident
	// safeguards. Special categories (Art. 9) or data on criminal convictions
	// and offences (Art. 10), which Clause 7.5 calls “sensitive data”, are
	// processed; the specific restrictions or additional safeguards Clause 7.5
	// asks for are not evident. The message says which article applies.
	// Children's data are not sensitive data in this sense
	// (gdpr-32-1-children-safeguards).
	SensitiveDataSafeguards Code = "scc915-7-5-sensitive-data-safeguards"
	// SensitiveSecurityExcluded (weak): Security for sensitive data excluded.
	// The agreement says the service's security does not cover what sensitive
	// data (Arts. 9 and 10), and possibly children's data, need, and does not
	// say such data are processed: if the customer puts them in, the
	// safeguards are missing. Not reported when it says they are processed
	// (then scc915-7-5-security-excluded-processed or
	// gdpr-32-1-children-security-excluded).
	SensitiveSecurityExcluded Code = "scc915-7-5-security-excluded"
	// SensitiveSecurityContradiction (unmet): Security for sensitive data
	// excluded, yet they are processed. The agreement says the service's
	// security does not cover what sensitive data (Arts. 9 and 10) need, and
	// also says such data are processed: they are processed without the
	// safeguards Clause 7.5 asks for.
	SensitiveSecurityContradiction Code = "scc915-7-5-security-excluded-processed"
	// RequestNoticeMissing (info): Data subjects' requests not passed on. The
	// processor assists with data subjects' requests but need not pass them on
	// to the controller, as Clause 8(a) has it. The GDPR does not require it
	// in terms.
	RequestNoticeMissing Code = "scc915-8-a-request-notice-missing"
	// SuspensionRightMissing (info): No right to suspend the processing. The
	// agreement does not itself let the controller suspend the processing
	// while the processor does not comply (Clause 10(a)), or leaves it to a
	// document it does not reproduce. The GDPR does not require such a term.
	SuspensionRightMissing Code = "scc915-10-a-suspension-missing"
	// TerminationRightMissing (info): No right to terminate for
	// non-compliance. The agreement does not itself let the controller
	// terminate for the processor's non-compliance (Clause 10(b)), or leaves
	// it to a document it does not reproduce. The GDPR does not require such a
	// term.
	TerminationRightMissing Code = "scc915-10-b-termination-missing"
	// LawRepealed (weak): Cites a repealed Norwegian act. The agreement cites
	// a Norwegian act or regulation repealed on or before the review date
	// (personopplysningsloven 2000 and its regulation from 20 July 2018,
	// helseregisterloven 2001 from 1 January 2015). Each finding cites the act
	// that replaced it. Not reported before the repeal.
	LawRepealed Code = "no-law-repealed"
)

// families are the functions several default checks share; a [Pass]
// runs each once. Index 0 is unused.
var families = [...]checkFunc{nil, checkAuthorisation, checkGeneralAuthorisation, checkObjectionWindow, checkDuration, checkProcessingDescribed, checkControllerDuties, checkDocuments, checkNoticePeriods, checkGoverningLaw, checkInfringingInstruction, checkConfidentiality, checkSecurityDuty, checkAssistanceScope, checkEndOfProcessing, checkAudit, checkFlowDown, checkSensitiveExcluded, checkBreachDeadline, checkBreachContents, checkTransfers, checkInvalidMechanisms, checkLawsCited, checkNonCompliance, checkReadings}

// defaultSet holds the default checks. It is never changed: [Default]
// returns a copy, and [Agreement] only reads it.
var defaultSet = [...]Check{
	{Code: AuthorisationMissing, Severity: Unmet, Basis: Art("28", 2, ""), Run: shared(AuthorisationMissing, 1),
		Title: Text{NB: "underdatabehandlere uten tillatelse", EN: "subprocessors without authorisation"},
		Doc: Text{
			NB: "Avtalen lister opp underdatabehandlere (eller har et punkt om en liste), men gir ingen særskilt eller generell skriftlig forhåndstillatelse til å bruke dem. Rapporteres ikke når avtalen sier at ingen underdatabehandlere brukes, eller når den ikke har noen vilkår om underdatabehandlere (da gdpr-28-3-d-subprocessors-missing).",
			EN: "The agreement lists subprocessors (or has a register clause) but gives no prior specific or general written authorisation to engage them. Not reported when the agreement says no subprocessors are used, or when it has no subprocessor terms at all (then gdpr-28-3-d-subprocessors-missing).",
		},
	},
	{Code: NoObjectionRight, Severity: Unmet, Basis: Art("28", 2, ""), Run: shared(NoObjectionRight, 2),
		Title: Text{NB: "generell tillatelse uten rett til å motsette seg", EN: "general authorisation without a right to object"},
		Doc: Text{
			NB: "En generell tillatelse der avtalen ikke gir den behandlingsansvarlige mulighet til å motsette seg tiltenkte endringer (vilkåret mangler, er ikke fylt ut eller sier at det ikke finnes). Rapporteres ikke ved særskilt tillatelse.",
			EN: "A general authorisation under which the agreement gives the controller no opportunity to object to intended changes (the objection term is absent, blank or stated as none). Not reported under a specific authorisation.",
		},
	},
	{Code: NoChangeInformation, Severity: Unmet, Basis: Art("28", 2, ""), Run: shared(NoChangeInformation, 2),
		Title: Text{NB: "generell tillatelse uten informasjon om endringer", EN: "general authorisation without information on changes"},
		Doc: Text{
			NB: "En generell tillatelse uten vilkår om kunngjøring eller varsel: databehandleren trenger ikke informere om planlagte tilføyelser eller utskiftninger. Rapporteres ikke ved særskilt tillatelse.",
			EN: "A general authorisation with neither an announcement term nor a notice term: the processor need not inform the controller of intended additions or replacements. Not reported under a specific authorisation.",
		},
	},
	{Code: NoticePeriodMissing, Severity: Weak, Basis: Art("28", 2, ""), Run: shared(NoticePeriodMissing, 2),
		Title: Text{NB: "ingen varslingsfrist for nye underdatabehandlere", EN: "no notice period for new subprocessors"},
		Doc: Text{
			NB: "En generell tillatelse der endringer kunngjøres uten noen varslingsfrist. Rapporteres ikke når en frist er angitt, selv en skjønnsmessig (da gdpr-28-2-notice-period-vague), eller når det ikke loves informasjon (da gdpr-28-2-no-change-information).",
			EN: "A general authorisation whose changes are announced with no notice period at all. Not reported when a period is given, even a vague one (then gdpr-28-2-notice-period-vague), nor when no information is promised (then gdpr-28-2-no-change-information).",
		},
	},
	{Code: NoticePeriodVague, Severity: Weak, Basis: Art("28", 2, ""), Run: shared(NoticePeriodVague, 2),
		Title: Text{NB: "skjønnsmessig varslingsfrist for nye underdatabehandlere", EN: "vague notice period for new subprocessors"},
		Doc: Text{
			NB: "En generell tillatelse der varsel om endringer bare har en skjønnsmessig frist som “i god tid”, “innen rimelig tid” eller “så snart som mulig”, ikke et antall dager. Rapporteres ikke når fristen er tallfestet.",
			EN: "A general authorisation whose notice of changes is given only by a standard such as “i god tid”, “within a reasonable time” or “as soon as possible”, not a number of days. Not reported for a quantified period.",
		},
	},
	{Code: ListUpdateOnly, Severity: Weak, Basis: Art("28", 2, ""), Run: shared(ListUpdateOnly, 2),
		Title: Text{NB: "endringer bare ved oppdatert liste", EN: "changes announced only by updating a list"},
		Doc: Text{
			NB: "En generell tillatelse der den eneste kunngjøringskanalen er en oppdatert liste den behandlingsansvarlige selv må oppsøke. Rapporteres ikke når en annen kanal (e-post, melding i tjenesten) er nevnt.",
			EN: "A general authorisation whose only announcement channel is an updated list the controller has to look up. Not reported when any other channel (e-mail, notice in the service) is named.",
		},
	},
	{Code: ObjectionWindowShort, Severity: Weak, Basis: Art("28", 2, ""), Run: shared(ObjectionWindowShort, 2),
		Title: Text{NB: "innsigelse må komme straks", EN: "objection required at once"},
		Doc: Text{
			NB: "En generell tillatelse der innsigelse må komme “umiddelbart” eller “så snart som mulig”. Rapporteres ikke når fristen er dager, uker eller måneder.",
			EN: "A general authorisation under which an objection must be made “immediately” or “as soon as possible”. Not reported for a window of days, weeks or months.",
		},
	},
	{Code: ObjectionFromStart, Severity: Weak, Basis: Art("28", 2, ""), Run: shared(ObjectionFromStart, 3),
		Title: Text{NB: "innsigelsesfrist fra oppstart", EN: "objection window from the start"},
		Doc: Text{
			NB: "En innsigelsesfrist som løper fra den dagen den nye underdatabehandleren begynner, så den behandlingsansvarlige kan protestere først etter endringen. Rapporteres ikke når fristen løper fra varselet.",
			EN: "An objection window that runs from the day the new subprocessor starts, so the controller can object only after the change. Not reported for a window from the notice.",
		},
	},
	{Code: ObjectionOutlastsNotice, Severity: Weak, Basis: Art("28", 2, ""), Run: shared(ObjectionOutlastsNotice, 3),
		Title: Text{NB: "innsigelsesfristen varer lenger enn varselet", EN: "objection window longer than the notice"},
		Doc: Text{
			NB: "En innsigelsesfrist fra varselet som sikkert er lengre enn varselet før oppstart (en måned mot 14 dager), så underdatabehandleren kan begynne før fristen er ute. Rapporteres ikke når lengdene ikke kan sammenlignes uten en kalender (virkedager, en skjønnsmessig frist).",
			EN: "An objection window from the notice that certainly lasts longer than the notice before the start (one month against 14 days), so the subprocessor may start before it closes. Not reported where the lengths cannot be compared without a calendar (business days, a standard).",
		},
	},
	{Code: StartBeforeObjection, Severity: Weak, Basis: Art("28", 2, ""), Run: only(StartBeforeObjection, checkStartBeforeObjection),
		Title: Text{NB: "oppstart før innsigelsesfristen er ute", EN: "start before the objection window closes"},
		Doc: Text{
			NB: "Et varsel og en innsigelsesfrist fra varselet av lik lengde, regnet med den norske kalenderen fra hver varseldag i året fra gjennomgangsdatoen: en dag flyttes fristens siste dag forbi en helg eller helligdag mens ventetiden ikke flyttes, så underdatabehandleren kan begynne før fristen er ute. Den første slike varseldagen rapporteres. Rapporteres ikke når fristen sikkert er lengre (innsigelsesfristen varer lenger enn varselet), når varselets eget punkt gir én frist for begge (fristen er selve varselet), eller uten gjennomgangsdato.",
			EN: "A notice period and an objection window from the notice of alike length, counted with the Norwegian calendar from each notice day of the year from the review date: on some day the window's last day moves past a weekend or public holiday while the waiting period does not, so the subprocessor may start before the window closes. Reports the first such notice day. Not reported for a window that certainly lasts longer (objection window longer than the notice), for one period the notice's own clause gives for both (the window is the notice itself), nor without a review date.",
		},
	},
	{Code: ObjectionWithoutEffect, Severity: Weak, Basis: Art("28", 2, ""), Run: only(ObjectionWithoutEffect, checkObjectionWithoutEffect),
		Title: Text{NB: "innsigelsesrett uten virkning", EN: "objection right without effect"},
		Doc: Text{
			NB: "En rett til å motsette seg der den angitte virkningen er ingen: databehandleren kan gå videre, og ingen rett til å si opp følger. Rapporteres ikke når innsigelsen stanser endringen, gir rett til å si opp eller lar databehandleren velge et tiltak.",
			EN: "A right to object whose stated consequence is none: the processor may proceed and no right to terminate follows. Not reported where the objection blocks the change, lets the controller terminate or makes the processor choose a remedy.",
		},
	},
	{Code: SpecificDeemedAccepted, Severity: Weak, Basis: Art("28", 2, ""), Run: only(SpecificDeemedAccepted, checkSpecificDeemedAccepted),
		Title: Text{NB: "særskilt tillatelse som anses gitt ved taushet", EN: "specific authorisation deemed given by silence"},
		Doc: Text{
			NB: "En særskilt tillatelse sammen med et vilkår der taushet, eller at avtalen ikke sies opp, regnes som godkjenning av en ny underdatabehandler. Om “protester eller gå” gir muligheten til å motsette seg som art. 28 nr. 2 krever, kan diskuteres. Rapporteres ikke ved generell tillatelse.",
			EN: "A specific authorisation beside a term under which silence, or not terminating, counts as acceptance of a new subprocessor. Whether an “object or leave” clause gives the opportunity to object Art. 28(2) requires is debatable. Not reported under a general authorisation.",
		},
	},
	{Code: SubjectMatterMissing, Severity: Unmet, Basis: Art("28", 3, ""), Run: only(SubjectMatterMissing, checkSubjectMatter),
		Title: Text{NB: "behandlingens gjenstand mangler", EN: "subject matter missing"},
		Doc: Text{
			NB: "Avtalen angir ikke behandlingens gjenstand: vilkåret om tjenesten mangler, er ikke fylt ut, sier at det ikke finnes, eller nevner ingen gjenstand.",
			EN: "The agreement does not state the subject matter of the processing: the service term is absent, blank, stated as none, or names no subject matter.",
		},
	},
	{Code: DurationMissing, Severity: Unmet, Basis: Art("28", 3, ""), Run: shared(DurationMissing, 4),
		Title: Text{NB: "varighet mangler", EN: "duration missing"},
		Doc: Text{
			NB: "Avtalen angir ingen varighet (verken avtaletid eller varighet i beskrivelsen av behandlingen), og ingenting i den løper fra avtalens opphør. Rapporteres ikke når vilkårene om behandlingens slutt løper fra avtalens opphør (da gdpr-28-3-duration-implied).",
			EN: "The agreement states no duration (no term, no duration in the processing description) and nothing in it runs from the end of the agreement. Not reported when the end-of-processing terms run from the end of the agreement (then gdpr-28-3-duration-implied).",
		},
	},
	{Code: DurationImplied, Severity: Weak, Basis: Art("28", 3, ""), Run: shared(DurationImplied, 4),
		Title: Text{NB: "varighet bare underforstått", EN: "duration implied only"},
		Doc: Text{
			NB: "Avtalen angir ingen varighet, men vilkårene om behandlingens slutt løper fra avtalens opphør, så behandlingen varer underforstått like lenge som avtalen (og tjenesteavtalen den hører til). Rapporteres ikke når avtaletid eller varighet er angitt.",
			EN: "The agreement states no duration, but its terms on the end of processing run from the end of the agreement, so the processing implicitly lasts as long as the agreement (and the service agreement it serves). Not reported when a term or a duration is stated.",
		},
	},
	{Code: ProcessingNotDescribed, Severity: Unmet, Basis: Art("28", 3, ""), Run: shared(ProcessingNotDescribed, 5),
		Title: Text{NB: "behandlingen er ikke beskrevet", EN: "processing not described"},
		Doc: Text{
			NB: "Avtalen har ingen beskrivelse av behandlingen: verken formål, registrerte, personopplysninger, særlige kategorier, behandlingsaktiviteter, sikkerhetsbehov eller -tiltak, barn, art eller varighet. Når noe er beskrevet, har hver manglende del sin egen kode i stedet.",
			EN: "The agreement has no description of the processing at all: none of purposes, data subjects, personal data, special categories, operations, security needs or measures, children, nature or duration. When some part is described, each missing part has its own code instead.",
		},
	},
	{Code: PurposeMissing, Severity: Unmet, Basis: Art("28", 3, ""), Run: shared(PurposeMissing, 5),
		Title: Text{NB: "formål mangler", EN: "purpose missing"},
		Doc: Text{
			NB: "En beskrivelse av behandlingen uten formål: listen mangler, er ikke fylt ut, sier at det ikke finnes noen, eller er tom. Rapporteres ikke når hele beskrivelsen mangler (da gdpr-28-3-processing-not-described).",
			EN: "A description of the processing without purposes: the list is absent, blank, stated as none or empty. Not reported when the whole description is missing (then gdpr-28-3-processing-not-described).",
		},
	},
	{Code: DataSubjectsMissing, Severity: Unmet, Basis: Art("28", 3, ""), Run: shared(DataSubjectsMissing, 5),
		Title: Text{NB: "kategorier av registrerte mangler", EN: "categories of data subjects missing"},
		Doc: Text{
			NB: "En beskrivelse av behandlingen uten kategorier av registrerte: listen mangler, er ikke fylt ut, sier at det ikke finnes noen, eller er tom. Rapporteres ikke når kategoriene bare er underforstått (da gdpr-28-3-data-subjects-implied) eller hele beskrivelsen mangler.",
			EN: "A description of the processing without categories of data subjects: the list is absent, blank, stated as none or empty. Not reported when the categories are only implied (then gdpr-28-3-data-subjects-implied) or the whole description is missing.",
		},
	},
	{Code: DataSubjectsImplied, Severity: Weak, Basis: Art("28", 3, ""), Run: only(DataSubjectsImplied, checkDataSubjectsImplied),
		Title: Text{NB: "kategorier av registrerte bare underforstått", EN: "categories of data subjects implied only"},
		Doc: Text{
			NB: "Kategoriene av registrerte er bare underforstått i teksten (mottakerne på den behandlingsansvarliges “egne e-postlister”, med opplysninger fra andre tjenester tillatt), ikke angitt som kategorier. Rapporteres ikke når avtalen lister dem opp.",
			EN: "The categories of data subjects are only implied by the text (the recipients on the controller's “own e-mail lists”, with data from other services allowed), not set out as categories. Not reported when the agreement lists them.",
		},
	},
	{Code: PersonalDataMissing, Severity: Unmet, Basis: Art("28", 3, ""), Run: shared(PersonalDataMissing, 5),
		Title: Text{NB: "typer personopplysninger mangler", EN: "types of personal data missing"},
		Doc: Text{
			NB: "En beskrivelse av behandlingen uten typene personopplysninger: listen mangler, er ikke fylt ut, sier at det ikke finnes noen, eller er tom. Rapporteres ikke når hele beskrivelsen mangler.",
			EN: "A description of the processing without the types of personal data: the list is absent, blank, stated as none or empty. Not reported when the whole description is missing.",
		},
	},
	{Code: NatureMissing, Severity: Unmet, Basis: Art("28", 3, ""), Run: shared(NatureMissing, 5),
		Title: Text{NB: "behandlingens art mangler", EN: "nature of the processing missing"},
		Doc: Text{
			NB: "En beskrivelse av behandlingen som verken beskriver dens art med ord eller lister behandlingsaktivitetene. Rapporteres ikke når en av dem finnes, eller når hele beskrivelsen mangler.",
			EN: "A description of the processing that neither describes its nature in words nor lists the processing operations. Not reported when either is given, nor when the whole description is missing.",
		},
	},
	{Code: ControllerDutiesMissing, Severity: Unmet, Basis: Art("28", 3, ""), Run: shared(ControllerDutiesMissing, 6),
		Title: Text{NB: "den behandlingsansvarliges plikter og rettigheter mangler", EN: "controller's obligations and rights missing"},
		Doc: Text{
			NB: "Avtalen angir ingen av den behandlingsansvarliges plikter eller rettigheter. Rapporteres ikke når den angir minst én, selv om en liste over dem står tom (da gdpr-28-3-controller-duties-blank).",
			EN: "The agreement sets out no obligation or right of the controller. Not reported when it sets out at least one, even where a list of them is left empty (then gdpr-28-3-controller-duties-blank).",
		},
	},
	{Code: ControllerDutiesBlank, Severity: Weak, Basis: Art("28", 3, ""), Run: shared(ControllerDutiesBlank, 6),
		Title: Text{NB: "tom liste over den behandlingsansvarliges plikter", EN: "empty list of the controller's obligations"},
		Doc: Text{
			NB: "Avtalen innleder en liste over den behandlingsansvarliges plikter og lar den stå tom; ett funn viser til hvert slikt sted. Rapporteres sammen med gdpr-28-3-controller-duties-missing når ingenting annet angir den behandlingsansvarliges plikter.",
			EN: "The agreement introduces a list of the controller's obligations and leaves it empty; one finding cites every such place. Reported beside gdpr-28-3-controller-duties-missing when nothing else sets out the controller's obligations.",
		},
	},
	{Code: DocumentNotReproduced, Severity: Info, Basis: Art("28", 3, ""), Run: shared(DocumentNotReproduced, 7),
		Title: Text{NB: "dokument i avtalen er ikke gjengitt", EN: "document of the agreement not reproduced"},
		Doc: Text{
			NB: "Et dokument avtalen består av (en hovedavtale, en personvernerklæring) er ikke med i den publiserte teksten, så gjennomgangen kunne ikke lese vilkårene der og er ufullstendig for det dokumentet regulerer. Dette sier ingenting om skriftlighet: dokumentet kan godt være skriftlig (art. 28 nr. 9).",
			EN: "A document the agreement consists of (a main agreement, a privacy policy) is not part of its published text, so the review could not read its terms and is incomplete for what that document settles. This says nothing about written form: the document may well be in writing (Art. 28(9)).",
		},
	},
	{Code: NoDocumentReproduced, Severity: Info, Basis: Art("28", 3, ""), Run: shared(NoDocumentReproduced, 7),
		Title: Text{NB: "ingen av avtalens dokumenter er gjengitt", EN: "no document of the agreement reproduced"},
		Doc: Text{
			NB: "Avtalen lister opp dokumentene den består av og gjengir ingen av dem, så hele gjennomgangen bygger på det modellen kunne ta inn. Rapporteres ikke for en avtale som ikke lister opp dokumenter.",
			EN: "The agreement lists the documents it consists of and reproduces none of them, so the whole review rests on what the model could hold. Not reported for an agreement that lists no documents.",
		},
	},
	{Code: TermsNotReviewed, Severity: Info, Basis: Art("28", 3, ""), Run: only(TermsNotReviewed, checkTermsNotReviewed),
		Title: Text{NB: "vilkår som ikke kunne gjennomgås", EN: "terms that could not be reviewed"},
		Doc: Text{
			NB: "Vilkår i avtalen står i en del av teksten som mangler i kopien, eller i et dokument den ikke gjengir; funnet sier hvor mange av avtalens vilkår. Slike vilkår meldes aldri som manglende av de andre kontrollene.",
			EN: "Terms of the agreement are in a part of the text missing from the copy at hand, or in a document it does not reproduce; the finding says how many of the agreement's terms. Such terms are never reported as missing by the other checks.",
		},
	},
	{Code: SeparateTermination, Severity: Weak, Basis: Art("28", 3, ""), Run: only(SeparateTermination, checkSeparateTermination),
		Title: Text{NB: "databehandleravtalen kan sies opp for seg", EN: "processor agreement terminable on its own"},
		Doc: Text{
			NB: "Databehandleravtalen kan sies opp med varsel for seg, uavhengig av tjenesten, så behandlingen kan fortsette uten avtale (EDPB uttalelse 14/2019). Rapporteres ikke når oppsigelsen er knyttet til hovedavtalen (oppsigelsespunktet gjelder hele avtalen, eller sier at de opphører samtidig), eller når det ikke er noe vilkår om varsel.",
			EN: "The processor agreement can be terminated by notice on its own, apart from the service it serves, so processing could continue without a contract (EDPB Opinion 14/2019). Not reported when termination is coupled to the main agreement (the termination clause speaks of the whole agreement, or says the two end together), or when there is no notice term.",
		},
	},
	{Code: TerminationNoticeVague, Severity: Weak, Basis: Art("28", 3, ""), Run: shared(TerminationNoticeVague, 8),
		Title: Text{NB: "oppsigelse uten frist", EN: "termination notice without a period"},
		Doc: Text{
			NB: "Avtalen kan sies opp med varsel, men angir ingen oppsigelsesfrist. Rapporteres ikke når oppsigelsen er knyttet til hovedavtalen, eller varselet må komme før en periode løper ut.",
			EN: "The agreement may be terminated by notice, but it sets no notice period. Not reported when termination is coupled to the main agreement or notice must reach the other party before a period expires.",
		},
	},
	{Code: TemplateToFill, Severity: Info, Basis: Art("28", 3, ""), Run: only(TemplateToFill, checkTemplate),
		Title: Text{NB: "det malen lar stå åpent", EN: "what the template leaves to fill in"},
		Doc: Text{
			NB: "Avtalen er en mal for signering; funnet lister feltene den lar stå tomme og valgene mellom alternativer den lar stå åpne, og ingen andre funn melder et tomt felt som manglende. Rapporteres ikke for en avtale som ikke er en mal.",
			EN: "The agreement is a template for signing; the finding lists the fields it leaves blank and the choices between options it leaves open, and no other finding reports a blank as missing. Not reported for an agreement that is not a template.",
		},
	},
	{Code: DocumentsContradict, Severity: Info, Basis: Art("28", 3, ""), Run: shared(DocumentsContradict, 24),
		Title: Text{NB: "dokumentene sier ulikt, forrangen avgjør", EN: "documents disagree, precedence decides"},
		Doc: Text{
			NB: "To av avtalens dokumenter (databehandleravtalen og standardvilkårene den innlemmer, databehandleravtalen og hovedavtalen) angir samme vilkår ulikt; funnet viser til begge punktene og nevner dokumentet som går foran, og gjennomgangen bruker det. Det sier hva som avgjør: avtalens rangordning, eller en rangordningsregel med begrenset rekkevidde (bare så langt dokumentene er uforenlige, bare for noen punkter, bare hvis et dokument finnes eller er signert), som funnet viser til. Rapporteres ikke når dokumentene sier det samme.",
			EN: "Two documents of the agreement (the DPA and the standard clauses it incorporates, the DPA and the main agreement) give one term differently; the finding cites both clauses and names the document that prevails, whose reading the review applies. It says what decides: the agreement's order of precedence, or a limited rule of precedence (only to the extent of an inconsistency, only for some clauses, only if a document exists or is signed), whose clause it cites. Not reported when the documents agree.",
		},
	},
	{Code: DocumentsContradictUnranked, Severity: Weak, Basis: Art("28", 3, ""), Run: shared(DocumentsContradictUnranked, 24),
		Title: Text{NB: "dokumentene sier ulikt, uten rangordning", EN: "documents disagree, no order of precedence"},
		Doc: Text{
			NB: "Som gdpr-28-3-documents-contradict, men avtalens rangordning rangerer ikke dokumentene, så hvilket punkt som binder, må avgjøres ved tolking. Gjennomgangen bruker lesningen avtalens modell holder.",
			EN: "As gdpr-28-3-documents-contradict, but the agreement's order of precedence does not rank the documents, so which reading binds is a matter of interpretation. The review applies the reading the agreement's model holds.",
		},
	},
	{Code: AssistanceCostConflict, Severity: Weak, Basis: Art("28", 3, ""), Run: only(AssistanceCostConflict, checkAssistanceCost),
		Title: Text{NB: "motstrid om hva bistand koster", EN: "contradiction on what assistance costs"},
		Doc: Text{
			NB: "Ett punkt gjør en type bistand kostnadsfri og et annet fakturerer den. Funnet viser til bokstaven i art. 28 nr. 3 som krever bistanden: h for revisjon, g for tilbakelevering og sletting, nummeret for generell bistand. Rapporteres ikke når punktene stemmer overens.",
			EN: "One clause makes a kind of help free and another bills it. The finding cites the point of Art. 28(3) that requires the help: (h) for audits, (g) for return and deletion, the paragraph for general assistance. Not reported when the clauses agree.",
		},
	},
	{Code: GoverningLawMissing, Severity: Info, Basis: Art("28", 3, ""), Run: shared(GoverningLawMissing, 9),
		Title: Text{NB: "lovvalg mangler", EN: "governing law missing"},
		Doc: Text{
			NB: "Avtalen velger ikke lov (mangler, ikke fylt ut, eller verken land eller dokument som velger). Ikke et krav etter art. 28; art. 28 nr. 3 krever bare en avtale etter unionsretten eller nasjonal rett. Rapporteres ikke når et annet dokument avtalen nevner, velger lov.",
			EN: "The agreement chooses no governing law (absent, blank, or no country and no document that chooses). Not an Art. 28 requirement; Art. 28(3) only asks for a contract under Union or Member State law. Not reported when another document the agreement names chooses the law.",
		},
	},
	{Code: VenueMissing, Severity: Info, Basis: Art("28", 3, ""), Run: shared(VenueMissing, 9),
		Title: Text{NB: "verneting mangler", EN: "venue missing"},
		Doc: Text{
			NB: "Avtalen velger lov, men ikke verneting. Rapporteres ikke når et annet dokument velger begge.",
			EN: "The agreement chooses a governing law but no venue. Not reported when another document chooses both.",
		},
	},
	{Code: InfringingInstructionMissing, Severity: Weak, Basis: Reference{Instrument: GDPR, Article: "28", Paragraph: 3, Subparagraph: 2}, Run: shared(InfringingInstructionMissing, 10),
		Title: Text{NB: "ikke varsel om ulovlig instruks", EN: "no notice of an infringing instruction"},
		Doc: Text{
			NB: "Avtalen pålegger ikke databehandleren å si fra når en instruks etter dens mening er i strid med loven. Plikten gjelder for databehandleren etter art. 28 nr. 3 annet ledd uansett hva avtalen sier, og er ikke blant punktene a til h avtalen skal angi; å ta den med er praksis etter EDPB og klausul 7.1 i standardavtalevilkårene 2021/915, så mangelen er en svakhet i utformingen. Rapporteres ikke når plikten er angitt uten frist (da gjelder lovens “umiddelbart”).",
			EN: "The agreement does not have the processor tell the controller when, in its opinion, an instruction infringes the law. The duty binds the processor by Art. 28(3), second subparagraph, whatever the contract says, and is not among the items (a) to (h) the contract must set out; stating it is the practice of the EDPB and Clause 7.1 of the 2021/915 clauses, so its absence is a drafting weakness. Not reported when the duty is stated with no time (the law's “immediately” then applies).",
		},
	},
	{Code: InfringingInstructionLate, Severity: Weak, Basis: Reference{Instrument: GDPR, Article: "28", Paragraph: 3, Subparagraph: 2}, Run: shared(InfringingInstructionLate, 10),
		Title: Text{NB: "sen varsling om ulovlig instruks", EN: "late notice of an infringing instruction"},
		Doc: Text{
			NB: "Avtalen gir databehandleren lengre tid enn “umiddelbart” til å si fra om en ulovlig instruks (et antall dager, “innen rimelig tid”). Rapporteres ikke for “umiddelbart”, eller “uten ugrunnet opphold” uten frist.",
			EN: "The agreement gives the processor a looser time than “immediately” to say that an instruction infringes the law (a number of days, “within a reasonable time”). Not reported for “immediately”, or “without undue delay” with no period.",
		},
	},
	{Code: InstructionsMissing, Severity: Unmet, Basis: Art("28", 3, "a"), Run: only(InstructionsMissing, checkInstructions),
		Title: Text{NB: "dokumenterte instrukser mangler", EN: "documented instructions missing"},
		Doc: Text{
			NB: "Ingen plikt til bare å behandle etter dokumenterte instrukser: vilkåret mangler, er ikke fylt ut, sier at det ikke finnes, eller nevner instrukser uten at de skal være dokumentert.",
			EN: "No duty to process only on the controller's documented instructions: the term is absent, blank, stated as none, or mentions instructions without saying they are documented.",
		},
	},
	{Code: ConfidentialityMissing, Severity: Unmet, Basis: Art("28", 3, "b"), Run: shared(ConfidentialityMissing, 11),
		Title: Text{NB: "taushetsplikt mangler", EN: "confidentiality missing"},
		Doc: Text{
			NB: "Ingen vilkår om taushetsplikt. Rapporteres ikke når databehandleren er bundet, men ikke de ansatte (da gdpr-28-3-b-staff-not-bound).",
			EN: "No confidentiality terms at all. Not reported when the processor is bound but its staff are not (then gdpr-28-3-b-staff-not-bound).",
		},
	},
	{Code: StaffNotBound, Severity: Weak, Basis: Art("28", 3, "b"), Run: shared(StaffNotBound, 11),
		Title: Text{NB: "ansatte ikke bundet av taushetsplikt", EN: "staff not bound by confidentiality"},
		Doc: Text{
			NB: "Vilkår om taushetsplikt som binder databehandleren, men ikke personene som behandler opplysningene (ingen forpliktelse for ansatte, ingen signerte erklæringer). Rapporteres ikke når en av dem er angitt.",
			EN: "Confidentiality terms that bind the processor but not the persons who process the data (no staff commitment, no signed declarations). Not reported when either is stated.",
		},
	},
	{Code: SecurityDutyMissing, Severity: Unmet, Basis: Art("28", 3, "c"), Run: shared(SecurityDutyMissing, 12),
		Title: Text{NB: "sikkerhetsplikt mangler", EN: "security duty missing"},
		Doc: Text{
			NB: "Ingen plikt til å treffe tiltakene etter art. 32 og ingen sikkerhetstiltak listet opp. Rapporteres ikke når en av dem finnes.",
			EN: "No duty to take the Art. 32 measures and no security measures listed. Not reported when either is there.",
		},
	},
	{Code: SubprocessorTermsMissing, Severity: Unmet, Basis: Art("28", 3, "d"), Run: shared(SubprocessorTermsMissing, 1),
		Title: Text{NB: "vilkår om underdatabehandlere mangler", EN: "subprocessor terms missing"},
		Doc: Text{
			NB: "Ingen vilkår om bruk av underdatabehandlere og ingen listet opp. Rapporteres ikke når avtalen sier at ingen underdatabehandlere brukes.",
			EN: "No terms on engaging subprocessors and none listed. Not reported when the agreement says no subprocessors are used.",
		},
	},
	{Code: RightsAssistanceMissing, Severity: Unmet, Basis: Art("28", 3, "e"), Run: only(RightsAssistanceMissing, checkRightsAssistance),
		Title: Text{NB: "bistand med de registrertes rettigheter mangler", EN: "assistance with data subjects' rights missing"},
		Doc: Text{
			NB: "Ingen plikt til å bistå med de registrertes henvendelser, verken i vilkårene om henvendelser eller i bistandsplikten; også når databehandleren bare videresender henvendelser. Rapporteres ikke når ett av vilkårene gir bistanden.",
			EN: "No duty to assist with data subjects' requests, in the request terms or the assistance scope; also where the processor only passes requests on. Not reported when either term gives the assistance.",
		},
	},
	{Code: AssistanceMissing, Severity: Unmet, Basis: Art("28", 3, "f"), Run: shared(AssistanceMissing, 13),
		Title: Text{NB: "bistand med art. 32–36 mangler", EN: "assistance with Arts. 32–36 missing"},
		Doc: Text{
			NB: "Ingen bistand med noen av art. 32–36 og ingen generell bistandsplikt.",
			EN: "No assistance with any of Arts. 32 to 36 and no general duty to assist.",
		},
	},
	{Code: AssistanceGeneralOnly, Severity: Weak, Basis: Art("28", 3, "f"), Run: shared(AssistanceGeneralOnly, 13),
		Title: Text{NB: "bistand bare i generelle ordelag", EN: "assistance in general terms only"},
		Doc: Text{
			NB: "En generell plikt til å bistå den behandlingsansvarlige som ikke nevner noen av art. 32–36. Rapporteres ikke når minst én av dem er nevnt.",
			EN: "A general duty to assist the controller that names none of Arts. 32 to 36. Not reported when at least one of them is named.",
		},
	},
	{Code: DPIAAssistanceMissing, Severity: Unmet, Basis: Art("28", 3, "f"), Run: shared(DPIAAssistanceMissing, 13),
		Title: Text{NB: "bistand med art. 35–36 mangler", EN: "assistance with Arts. 35–36 missing"},
		Doc: Text{
			NB: "Bistand som nevner noen av art. 32–36, men utelater vurdering av personvernkonsekvenser (art. 35) eller forhåndsdrøftinger (art. 36), uten en generell bistandsplikt ved siden av: ingenting annet i en avtale dekker dem. Rapporteres ikke når en generell bistandsplikt er angitt (da gdpr-28-3-f-scope-incomplete).",
			EN: "Assistance that names some of Arts. 32 to 36 but leaves out the data protection impact assessment (Art. 35) or prior consultation (Art. 36), with no general duty to assist beside it: nothing else in an agreement covers those. Not reported when a general duty to assist is stated (then gdpr-28-3-f-scope-incomplete).",
		},
	},
	{Code: AssistanceScopeIncomplete, Severity: Weak, Basis: Art("28", 3, "f"), Run: shared(AssistanceScopeIncomplete, 13),
		Title: Text{NB: "bistand med deler av art. 32–36 mangler", EN: "assistance with part of Arts. 32–36 missing"},
		Doc: Text{
			NB: "Bistand som nevner noen av art. 32–36 og bare utelater art. 32 eller art. 33–34, som databehandlerens egne sikkerhets- og avviksplikter kan leses å dekke; eller utelater art. 35–36 der en generell bistandsplikt kan dekke dem. Meldingen nevner artiklene som mangler og hvilket av tilfellene som gjelder.",
			EN: "Assistance that names some of Arts. 32 to 36 and leaves out only Art. 32 or Arts. 33–34, which the processor's own security and breach duties may be read to cover; or leaves out Arts. 35–36 where a general duty to assist may cover them. The message names the articles left out and which of the two cases applies.",
		},
	},
	{Code: BreachTermsMissing, Severity: Unmet, Basis: Art("28", 3, "f"), Run: only(BreachTermsMissing, checkBreachTerms),
		Title: Text{NB: "vilkår om avvik mangler", EN: "breach terms missing"},
		Doc: Text{
			NB: "Ingenting om varsling av avvik: verken vilkår, frist eller innhold. Art. 33 nr. 2 binder databehandleren uansett.",
			EN: "Nothing at all on breach notification: no breach term, deadline or contents. Art. 33(2) binds the processor anyway.",
		},
	},
	{Code: EndMissing, Severity: Unmet, Basis: Art("28", 3, "g"), Run: shared(EndMissing, 14),
		Title: Text{NB: "ingenting om opplysningene ved opphør", EN: "nothing on the data at the end"},
		Doc: Text{
			NB: "Ingen vilkår eller trinn om hva som skjer med opplysningene når tjenesten opphører.",
			EN: "No terms and no steps on what happens to the data when the service ends.",
		},
	},
	{Code: NoDeletion, Severity: Unmet, Basis: Art("28", 3, "g"), Run: shared(NoDeletion, 14),
		Title: Text{NB: "ingen sletting ved opphør", EN: "no deletion at the end"},
		Doc: Text{
			NB: "Vilkår om tjenestens opphør uten noe trinn som sletter opplysningene.",
			EN: "Terms on the end of the service with no step that deletes the data.",
		},
	},
	{Code: NoReturnChoice, Severity: Weak, Basis: Art("28", 3, "g"), Run: shared(NoReturnChoice, 14),
		Title: Text{NB: "ingen tilbakelevering før sletting", EN: "no return before deletion"},
		Doc: Text{
			NB: "Sletting ved opphør uten at den behandlingsansvarlige kan få opplysningene tilbake først (tilbakelevering, kopi, eksport). Rapporteres ikke når ett av dem er et trinn.",
			EN: "Deletion at the end with no way for the controller to get the data back first (return, a copy, an export). Not reported when any of those is a step.",
		},
	},
	{Code: PeriodContradiction, Severity: Weak, Basis: Art("28", 3, "g"), Run: only(PeriodContradiction, checkPeriodContradictions),
		Title: Text{NB: "to frister for samme plikt ved opphør", EN: "two periods for one duty at the end"},
		Doc: Text{
			NB: "To punkter setter ulike frister for samme plikt for samme part ved samme hendelse ved opphør. Plikter som bare oppstår på anmodning holdes utenfor; et vilkår modellen har for én av dem er ikke motstrid.",
			EN: "Two clauses set different periods for the same duty of the same party on the same event at the end. Duties that arise only on request are left out; a condition attached to one of them the model holds is not a contradiction.",
		},
	},
	{Code: DeletionContradictsRetention, Severity: Weak, Basis: Art("28", 3, "g"), Run: only(DeletionContradictsRetention, checkDeletionRetention),
		Title: Text{NB: "sletting i strid med en lagringsregel", EN: "deletion against a retention term"},
		Doc: Text{
			NB: "En sletting avtalen krever innen en frist ved opphør, ved siden av en lagringsregel som sikkert beholder opplysninger lenger fra samme hendelse. Rapporteres ikke der den ene bare gjelder når loven krever lagring og den andre med mindre den gjør det.",
			EN: "A deletion the end requires within a period, beside a retention term that keeps data from the same event certainly longer. Not reported where one applies only where the law requires retention and the other unless it does.",
		},
	},
	{Code: RetentionOutlastsEnd, Severity: Weak, Basis: Art("28", 3, "g"), Run: only(RetentionOutlastsEnd, checkRetentionPastEnd),
		Title: Text{NB: "lagring som varer forbi opphøret", EN: "retention that outlasts the end"},
		Doc: Text{
			NB: "En lagringsregel regnet fra en hendelse i avtaleperioden (en registrering opprettet, siste bruk) beholder opplysninger sikkert lenger enn slettingen avtalen krever ved opphør, så opplysninger fra like før opphøret ville bli beholdt etter det. Rapporteres ikke for regler som opphører med avtalen, eller der den ene bare gjelder når loven krever lagring og den andre med mindre den gjør det.",
			EN: "A retention term counted from an event during the term (a record created, the last use) keeps data certainly longer than the deletion the end requires, so data from just before the end would be kept past it. Not reported for terms that end with the agreement, or where one applies only where the law requires retention and the other unless it does.",
		},
	},
	{Code: StepsOverlap, Severity: Weak, Basis: Art("28", 3, "g"), Run: only(StepsOverlap, checkChainOverlap),
		Title: Text{NB: "trinn ved opphør som overlapper", EN: "steps of the end that overlap"},
		Doc: Text{
			NB: "To trinn fra samme hendelse i samme gren der fristene sikkert legger et senere trinn (sletting, deretter sikkerhetskopier, deretter bekreftelsen) før et tidligere (å gjøre opplysningene tilgjengelige, deretter sletting). Trinn som løper fra slutten av forrige trinn, og trinn i grener som utelukker hverandre, sammenlignes ikke.",
			EN: "Two steps from the same event in the same branch whose periods put a later step (deletion, then backups, then the confirmation) certainly before an earlier one (making the data available, then deletion). Steps chained to the end of the previous one, and steps in exclusive branches, are not compared.",
		},
	},
	{Code: ComplianceInformationMissing, Severity: Unmet, Basis: Art("28", 3, "h"), Run: shared(ComplianceInformationMissing, 15),
		Title: Text{NB: "informasjon om etterlevelse mangler", EN: "compliance information missing"},
		Doc: Text{
			NB: "Ingen plikt til å gjøre tilgjengelig informasjonen som trengs for å påvise at pliktene er oppfylt.",
			EN: "No duty to make available the information necessary to demonstrate compliance.",
		},
	},
	{Code: AuditMissing, Severity: Unmet, Basis: Art("28", 3, "h"), Run: shared(AuditMissing, 15),
		Title: Text{NB: "revisjonsrett mangler", EN: "audit right missing"},
		Doc: Text{
			NB: "Ingen rett til revisjon eller inspeksjon og ingen vilkår som forutsetter dem. Rapporteres ikke når avtalen setter vilkår for varsel om revisjoner eller tester (da gdpr-28-3-h-audit-implied) eller bare lover å imøtekomme ønsker (da gdpr-28-3-h-audit-soft).",
			EN: "No right to audits or inspections and no term that assumes them. Not reported when the agreement sets notice terms for audits or tests (then gdpr-28-3-h-audit-implied) or only undertakes to meet requests (then gdpr-28-3-h-audit-soft).",
		},
	},
	{Code: AuditImplied, Severity: Weak, Basis: Art("28", 3, "h"), Run: shared(AuditImplied, 15),
		Title: Text{NB: "revisjon bare forutsatt", EN: "audits assumed, not granted"},
		Doc: Text{
			NB: "Ingen revisjonsrett, men vilkår om varsel før revisjoner, inspeksjoner eller tester viser at avtalen forutsetter dem; om det gir en rett, kan diskuteres.",
			EN: "No audit right, but terms on notice of audits, inspections or tests show the agreement assumes they may happen; whether that grants the right is debatable.",
		},
	},
	{Code: AuditSoft, Severity: Weak, Basis: Art("28", 3, "h"), Run: shared(AuditSoft, 15),
		Title: Text{NB: "revisjon bare som et løfte om velvilje", EN: "audit only as a soft undertaking"},
		Doc: Text{
			NB: "Avtalen lover bare å imøtekomme ønsker om revisjon eller inspeksjon velvillig (“vil bli imøtekommet positivt”, “inspeksjon etter avtale”), uten å gi en rett til revisjon. Agendaen viser en slik revisjon som en anmodning, uten starttidspunkt. Rapporteres ikke når avtalen gir retten.",
			EN: "The agreement only undertakes to meet audit or inspection wishes favourably (“vil bli imøtekommet positivt”, “inspection on request”), without granting a right to audit. The agenda shows such an audit as a request, with no start time. Not reported when the agreement grants the right.",
		},
	},
	{Code: AuditByReports, Severity: Weak, Basis: Art("28", 3, "h"), Run: shared(AuditByReports, 15),
		Title: Text{NB: "revisjon erstattet av rapporter", EN: "audit replaced by reports"},
		Doc: Text{
			NB: "En fersk sertifisering eller revisjonsrapport (ISAE 3402, ISO 27001) kan erstatte den behandlingsansvarliges revisjon. Art. 28 nr. 3 bokstav h gir den behandlingsansvarlige revisjon, herunder inspeksjon; rapporter kan være nok, men loven lar ikke databehandleren sette dem i stedet. Rapporteres ikke når rapportene bare kommer i tillegg.",
			EN: "A recent certification or audit report (ISAE 3402, ISO 27001) may replace the controller's audit. Art. 28(3)(h) gives the controller audits, including inspections; reports may serve, but the law does not let the processor substitute them. Not reported when reports only supplement audits.",
		},
	},
	{Code: AuditThirdPartyOnly, Severity: Weak, Basis: Art("28", 3, "h"), Run: shared(AuditThirdPartyOnly, 15),
		Title: Text{NB: "revisjon bare ved tredjepart", EN: "audit by a third party only"},
		Doc: Text{
			NB: "Revisjon bare ved en uavhengig tredjepart, der loven lar den behandlingsansvarlige velge å revidere selv eller ved en revisor den gir fullmakt. Rapporteres ikke når en tredjepart er tillatt, men ikke påkrevd, eller for vilkår tredjeparten må godta (en taushetserklæring).",
			EN: "Audits only by an independent third party, where the law gives the controller the choice of auditing itself or by an auditor it mandates. Not reported when a third party is allowed but not required, nor for terms the third party must accept (a confidentiality agreement).",
		},
	},
	{Code: AuditorByProcessor, Severity: Weak, Basis: Art("28", 3, "h"), Run: shared(AuditorByProcessor, 15),
		Title: Text{NB: "revisor valgt av databehandleren", EN: "auditor chosen by the processor"},
		Doc: Text{
			NB: "Revisjon bare ved en revisor databehandleren utpeker eller må godkjenne, der loven lar den behandlingsansvarlige gi en revisor fullmakt. Rapporteres ikke for den behandlingsansvarlige eller en revisor den gir fullmakt, en uavhengig revisor, en revisor partene blir enige om, eller når teksten ikke sier hvem som reviderer.",
			EN: "Audits only by an auditor the processor appoints or must approve, where the law lets the controller mandate the auditor. Not reported for the controller or an auditor it mandates, an independent auditor, an auditor both parties agree on, or when the text does not say who audits.",
		},
	},
	{Code: AuditScopeLimited, Severity: Weak, Basis: Art("28", 3, "h"), Run: shared(AuditScopeLimited, 15),
		Title: Text{NB: "revisjon som utelater deler av behandlingen", EN: "audits that exclude parts of the processing"},
		Doc: Text{
			NB: "Teksten holder navngitte forhold utenfor revisjonen (forretningshemmeligheter, kildekode, prosesser), der art. 28 nr. 3 bokstav h krever all informasjon som er nødvendig for å påvise at pliktene overholdes. Omfang som avtales på forhånd eller en konfidensialitetsavtale alene rapporteres ikke.",
			EN: "The text excludes named matters from audits (trade secrets, code, processes), where Art. 28(3)(h) asks for all information necessary to demonstrate compliance. Scope agreed in advance or a confidentiality agreement alone are not reported.",
		},
	},
	{Code: AuditLimited, Severity: Weak, Basis: Art("28", 3, "h"), Run: shared(AuditLimited, 15),
		Title: Text{NB: "begrenset antall revisjoner", EN: "audits limited in number"},
		Doc: Text{
			NB: "Revisjoner begrenset til et antall per år eller måned, kalenderperiode eller løpende, uten unntak ved tegn på brudd (klausul 7.6 bokstav c i standardavtalevilkårene 2021/915 tillater dem med rimelige mellomrom eller ved slike tegn).",
			EN: "Audits limited to a number per year or month, calendar or rolling, with no exception for signs of non-compliance (Clause 7.6(c) of the 2021/915 clauses allows them at reasonable intervals or on such signs).",
		},
	},
	{Code: AuditNoticeVague, Severity: Info, Basis: Art("28", 3, "h"), Run: shared(AuditNoticeVague, 8),
		Title: Text{NB: "varsel før revisjon uten frist", EN: "audit notice without a period"},
		Doc: Text{
			NB: "Den behandlingsansvarlige må varsle før revisjon, inspeksjon eller dokumentinnsyn, eller sende en revisjonsplan, uten frist eller med bare en skjønnsmessig (“i tide”). Plikten er den behandlingsansvarliges og personvernforordningen setter ingen, så dette er til orientering. Rapporteres ikke når fristen er tallfestet.",
			EN: "The controller must give notice before an audit, inspection or document access, or send an audit plan, with no period or only a standard (“i tide”). The duty is the controller's and the GDPR sets none, so this is information. Not reported for a quantified period.",
		},
	},
	{Code: FlowDownMissing, Severity: Unmet, Basis: Art("28", 4, ""), Run: shared(FlowDownMissing, 16),
		Title: Text{NB: "samme plikter for underdatabehandlere mangler", EN: "same obligations for subprocessors missing"},
		Doc: Text{
			NB: "Underdatabehandlere brukes, men avtalen krever ikke at de pålegges de samme personvernforpliktelsene ved avtale. Rapporteres ikke når ingen underdatabehandlere brukes.",
			EN: "Subprocessors are used, but the agreement does not require the same data protection obligations to be imposed on them by contract. Not reported when no subprocessors are used.",
		},
	},
	{Code: SubprocessorLiabilityMissing, Severity: Weak, Basis: Art("28", 4, ""), Run: shared(SubprocessorLiabilityMissing, 16),
		Title: Text{NB: "fullt ansvar for underdatabehandlere ikke angitt", EN: "full liability for subprocessors not stated"},
		Doc: Text{
			NB: "Underdatabehandlere brukes, og avtalen sier ikke at databehandleren fortsatt er fullt ansvarlig for dem; det følger av art. 28 nr. 4 uansett. Rapporteres ikke når ingen underdatabehandlere brukes.",
			EN: "Subprocessors are used, and the agreement does not say that the processor remains fully liable for them; Art. 28(4) provides it anyway. Not reported when no subprocessors are used.",
		},
	},
	{Code: SubprocessorAgreement, Severity: Info, Basis: Art("28", 4, ""), Run: only(SubprocessorAgreement, checkSubprocessorAgreement),
		Title: Text{NB: "avtale med en underdatabehandler", EN: "agreement with a subprocessor"},
		Doc: Text{
			NB: "Kunden er, eller kan for noen kunder være, selv databehandler for sine egne behandlingsansvarlige, så leverandøren er kundens underdatabehandler og avtalen er den avtalen art. 28 nr. 4 krever: den skal pålegge de samme personvernforpliktelsene som kundens avtale med den behandlingsansvarlige, og kunden kan bare engasjere leverandøren med forhåndsgodkjenning fra den behandlingsansvarlige (art. 28 nr. 2). Gjennomgangen kan ikke sammenligne de to avtalene. Rapporteres ikke når kunden bare er behandlingsansvarlig.",
			EN: "The customer is, or for some customers may be, itself a processor for controllers of its own, so the vendor is its subprocessor and the agreement is the contract Art. 28(4) asks for: it must impose the same data protection obligations as the customer's contract with its controller, and the customer may engage the vendor only with that controller's prior written authorisation (Art. 28(2)). The review cannot compare the two contracts. Not reported when the customer is a controller only.",
		},
	},
	{Code: LiabilityMaximumUnquantified, Severity: Weak, Basis: Art("28", 4, ""), Run: only(LiabilityMaximumUnquantified, checkLiabilityCaps),
		Title: Text{NB: "ansvarsgrense uten beløp", EN: "liability cap without an amount"},
		Doc: Text{
			NB: "En ansvarsgrense med et maksimalbeløp avtalen aldri angir. Der den gjelder databehandlerens ansvar for underdatabehandlere, passer den dårlig med art. 28 nr. 4; det kan diskuteres.",
			EN: "A liability cap subject to a maximum amount the agreement never states. Where it covers the processor's liability for subprocessors it sits uneasily with Art. 28(4); that is debatable.",
		},
	},
	{Code: ProcessorOwnPurpose, Severity: Unmet, Basis: Art("28", 10, ""), Run: only(ProcessorOwnPurpose, checkOwnPurposes),
		Title: Text{NB: "behandling for databehandlerens egne formål", EN: "processing for the processor's own purposes"},
		Doc: Text{
			NB: "Et formål som tjener databehandleren selv (forbedre egne produkter), ett funn per formål. En databehandler som fastsetter formålene med og midlene for behandlingen, overtrer forordningen og anses som behandlingsansvarlig for den (art. 28 nr. 10); etter art. 29 behandler den bare etter instruks. Rapporteres ikke for et formål avtalen gjør databehandleren til selvstendig behandlingsansvarlig for.",
			EN: "A purpose that serves the processor itself (improving its own products), one finding per purpose. A processor that determines purposes and means infringes the Regulation and is a controller for that processing (Art. 28(10)); under Art. 29 it processes only on instructions. Not reported for a purpose the agreement makes the processor an independent controller for.",
		},
	},
	{Code: MeasuresNotListed, Severity: Weak, Basis: Art("32", 1, ""), Run: only(MeasuresNotListed, checkMeasures),
		Title: Text{NB: "sikkerhetstiltak ikke listet opp", EN: "security measures not listed"},
		Doc: Text{
			NB: "En beskrivelse av behandlingen uten liste over sikkerhetstiltak (mangler, ikke fylt ut, sier at det ikke finnes noen, eller tom). Om tiltakene som er listet er konkrete, vurderes ikke. Rapporteres ikke når hele beskrivelsen mangler.",
			EN: "A description of the processing with no list of security measures (absent, blank, stated as none or empty). Whether listed measures are concrete is not judged. Not reported when the whole description is missing.",
		},
	},
	{Code: MeasuresRestateLaw, Severity: Weak, Basis: Art("32", 1, ""), Run: shared(MeasuresRestateLaw, 12),
		Title: Text{NB: "sikkerhetsplikten gjengir bare loven", EN: "security duty only restates the law"},
		Doc: Text{
			NB: "Sikkerhetsplikten gjengir bare art. 32 i generelle ord (“egnede tekniske og organisatoriske tiltak”), ved siden av en liste over tiltak. Rapporteres ikke når plikten er konkret, eller når listen mangler (da gdpr-32-1-measures-not-listed).",
			EN: "The security duty only restates Art. 32 in general words (“appropriate technical and organisational measures”), beside a list of measures. Not reported when the duty is concrete, or there is no list (then gdpr-32-1-measures-not-listed).",
		},
	},
	{Code: ChildrenDataSafeguards, Severity: Weak, Basis: Art("32", 1, ""), Run: only(ChildrenDataSafeguards, checkChildrenData),
		Title: Text{NB: "opplysninger om barn uten særlige sikkerhetsbehov", EN: "children's data without special security needs"},
		Doc: Text{
			NB: "Opplysninger om barn behandles, og ingen særlige sikkerhetsbehov er angitt. Barn fortjener særlig vern (fortalepunkt 38); art. 32 nr. 1 krever sikkerhet som står i forhold til risikoen. Klausul 7.5 i standardavtalevilkårene 2021/915 gjelder ikke opplysninger om barn.",
			EN: "Children's personal data are processed and no special security need is stated. Children merit specific protection (recital 38); Art. 32(1) asks for security appropriate to the risk. Clause 7.5 of the 2021/915 clauses does not concern children's data.",
		},
	},
	{Code: ChildrenSecurityExcluded, Severity: Unmet, Basis: Art("32", 1, ""), Run: shared(ChildrenSecurityExcluded, 17),
		Title: Text{NB: "sikkerhet for barns opplysninger er unntatt, men de behandles", EN: "security for children's data excluded, yet they are processed"},
		Doc: Text{
			NB: "Avtalen sier at tjenestens sikkerhet ikke dekker det opplysninger om barn trenger, og sier samtidig at slike opplysninger behandles (og ingen særlige kategorier; da gjelder scc915-7-5-security-excluded-processed i stedet).",
			EN: "The agreement says the service's security does not cover what children's data need, and also says children's data are processed (and no special categories, which gives scc915-7-5-security-excluded-processed instead).",
		},
	},
	{Code: BreachDeadlineUnquantified, Severity: Info, Basis: Art("33", 2, ""), Run: shared(BreachDeadlineUnquantified, 18),
		Title: Text{NB: "ingen frist for varsel om avvik ut over loven", EN: "no breach notice period beyond the law"},
		Doc: Text{
			NB: "Vilkår om avvik uten frist, eller bare lovens “uten ugrunnet opphold” eller “så snart som mulig”. Det tilsvarer lovens krav; EDPB anbefaler å avtale timer. Rapporteres ikke når det ikke finnes vilkår om avvik (da gdpr-28-3-f-breach-missing).",
			EN: "Breach terms with no deadline, or only the law's “without undue delay” or “as soon as possible”. That is the law; the EDPB recommends agreeing hours. Not reported when there are no breach terms at all (then gdpr-28-3-f-breach-missing).",
		},
	},
	{Code: BreachDeadlineLoose, Severity: Weak, Basis: Art("33", 2, ""), Run: shared(BreachDeadlineLoose, 18),
		Title: Text{NB: "løs frist for varsel om avvik", EN: "loose breach notice deadline"},
		Doc: Text{
			NB: "En frist for varsel om avvik som er løsere enn “uten ugrunnet opphold” (“innen rimelig tid”), eller en frist på 72 timer eller mer, eller i dager, som bruker opp den behandlingsansvarliges 72 timer (art. 33 nr. 1). Rapporteres ikke for en frist under 72 timer.",
			EN: "A breach notice deadline looser than “without undue delay” (“within a reasonable time”), or a period of 72 hours or more, or in days, which uses up the controller's 72 hours (Art. 33(1)). Not reported for a period under 72 hours.",
		},
	},
	{Code: BreachContentsIncomplete, Severity: Weak, Basis: Art("33", 3, ""), Run: shared(BreachContentsIncomplete, 19),
		Title: Text{NB: "varselet om avvik utelater innhold", EN: "breach notice contents incomplete"},
		Doc: Text{
			NB: "Innholdet avtalen krever i databehandlerens varsel, utelater noe art. 33 nr. 3 krever i den behandlingsansvarliges melding til tilsynsmyndigheten. Art. 33 nr. 3 gjelder den behandlingsansvarliges melding, ikke databehandlerens varsel, og noe kreves bare når det er mulig.",
			EN: "The contents the agreement requires of the processor's notice leave out items Art. 33(3) requires of the controller's notification to the authority. Art. 33(3) governs the controller's notification, not the processor's notice, and some items are required only where possible.",
		},
	},
	{Code: BreachContentsNotListed, Severity: Info, Basis: Art("33", 3, ""), Run: shared(BreachContentsNotListed, 19),
		Title: Text{NB: "innholdet i varselet om avvik er ikke angitt", EN: "breach notice contents not listed"},
		Doc: Text{
			NB: "Vilkår om avvik som ikke sier hva databehandlerens varsel skal inneholde. Loven gjelder uansett. Rapporteres ikke når det ikke finnes vilkår om avvik.",
			EN: "Breach terms that do not say what the processor's notice contains. The law applies anyway. Not reported when there are no breach terms at all.",
		},
	},
	{Code: TransferNoBasis, Severity: Unmet, Basis: Art("44", 0, ""), Run: shared(TransferNoBasis, 20),
		Title: Text{NB: "overføring uten grunnlag", EN: "transfer without a basis"},
		Doc: Text{
			NB: "Et sted en underdatabehandler behandler eller nås fra, eller et sted overføringsvilkårene nevner, er i et tredjeland, et grunnlag er nevnt, og ingen gjelder på gjennomgangsdatoen. Rapporteres ikke når intet grunnlag er nevnt (da gdpr-44-transfer-undetermined): kapittel V krever at et overføringsgrunnlag finnes, ikke at avtalen nevner det.",
			EN: "A subprocessor location or a place the transfer terms name is in a third country, a basis is named, and none applies on the review date. Not reported where no basis is named at all (then gdpr-44-transfer-undetermined): Chapter V requires a transfer tool to exist, not that the agreement names one.",
		},
	},
	{Code: TransferUndetermined, Severity: Weak, Basis: Art("44", 0, ""), Run: shared(TransferUndetermined, 20),
		Title: Text{NB: "overføring som avtalen ikke avgjør", EN: "transfer the agreement does not settle"},
		Doc: Text{
			NB: "En overføring der det ikke kan avgjøres ut fra teksten om den er lovlig: stedet er ukjent, bare et unavngitt “godkjent grunnlag” er oppgitt, eller grunnlaget dekker bare noen mottakere (sertifisering eller sektor er ikke oppgitt). Rapporteres ikke for et sted i EØS, med et grunnlag funnet, eller når intet grunnlag er oppgitt (da gdpr-44-transfer-none-named).",
			EN: "A transfer whose lawfulness cannot be settled from the text: the location is unknown, only an unnamed “approved basis” is given, or the basis covers some recipients only (certification or sector not stated). Not reported for a location in the EEA, with a basis found, or with no basis named (then gdpr-44-transfer-none-named).",
		},
	},
	{Code: TransferJudgement, Severity: Info, Basis: Art("44", 0, ""), Run: shared(TransferJudgement, 20),
		Title: Text{NB: "overføring som krever en juridisk vurdering", EN: "transfer needing a legal judgement"},
		Doc: Text{
			NB: "En overføring der grunnlaget krever en juridisk vurdering: et unntak etter art. 49, eller en beslutning om tilstrekkelig beskyttelsesnivå som ennå ikke er tatt inn i EØS-avtalen.",
			EN: "A transfer whose basis needs a legal judgement: an Art. 49 derogation, or an adequacy decision not yet in the EEA Agreement.",
		},
	},
	{Code: TransferNoneNamed, Severity: Weak, Basis: Art("44", 0, ""), Run: shared(TransferNoneNamed, 20),
		Title: Text{NB: "overføring uten oppgitt grunnlag", EN: "transfer with no basis named"},
		Doc: Text{
			NB: "Et sted en underdatabehandler behandler eller nås fra, eller et sted overføringsvilkårene nevner, er et navngitt tredjeland eller et tredjeland som ikke er navngitt, og avtalen oppgir intet overføringsgrunnlag for det, og ingen tilstrekkelighetsbeslutning gjelder av seg selv. Kapittel V krever at et grunnlag finnes, ikke at avtalen nevner det, så dette er en advarsel, ikke gdpr-44-transfer-no-basis.",
			EN: "A subprocessor location or a place the transfer terms name is a named third country or a third country not named, and the agreement names no transfer basis for it, nor does an adequacy decision apply by itself. Chapter V requires a basis to exist, not that the agreement names one, so this is a warning, not gdpr-44-transfer-no-basis.",
		},
	},
	{Code: TransferRegionNoBasis, Severity: Weak, Basis: Art("44", 0, ""), Run: shared(TransferRegionNoBasis, 20),
		Title: Text{NB: "region med tredjeland, uten grunnlag", EN: "region with third countries, no basis"},
		Doc: Text{
			NB: "Et sted en underdatabehandler behandler eller nås fra, eller et sted overføringsvilkårene nevner, er en region som omfatter tredjeland (“globalt”, der leverandøren har virksomhet), og avtalen oppgir intet overføringsgrunnlag for det.",
			EN: "A subprocessor location or a place the transfer terms name is a region that includes third countries (“global”, anywhere the provider operates), and the agreement names no transfer basis for it.",
		},
	},
	{Code: TransferBasisLapsed, Severity: Weak, Basis: Art("44", 0, ""), Run: shared(TransferBasisLapsed, 20),
		Title: Text{NB: "bortfalt grunnlag ved siden av et gyldig", EN: "lapsed basis beside a valid one"},
		Doc: Text{
			NB: "Et grunnlag som er oppgitt for en underdatabehandlers overføring (Privacy Shield, standardavtaler etter overgangsperioden), gir ikke grunnlag på gjennomgangsdatoen, mens et annet grunnlag som er oppgitt, gjelder. Henvisningen bør fjernes. Rapporteres ikke for Safe Harbour og Privacy Shield i de generelle overføringsvilkårene (da gdpr-45-9-invalid-mechanism).",
			EN: "A basis named for a subprocessor's transfer (Privacy Shield, clauses past their transition) gives no basis on the review date, while another basis named holds. The reference should be removed. Not reported for the general transfer terms' Safe Harbour and Privacy Shield (then gdpr-45-9-invalid-mechanism).",
		},
	},
	{Code: ClausesModuleMisfit, Severity: Weak, Basis: Art("46", 2, "c"), Run: shared(ClausesModuleMisfit, 20),
		Title: Text{NB: "modul som ikke passer", EN: "module that does not fit"},
		Doc: Text{
			NB: "Standardavtalene i 2021/914 som er oppgitt, bruker modul 1 (behandlingsansvarlig til behandlingsansvarlig) eller modul 4 (databehandler til behandlingsansvarlig), som ikke passer for overføringer under en databehandleravtale. Rapporteres én gang per underdatabehandler og grunnlag.",
			EN: "The 2021/914 clauses named use Module 1 (controller to controller) or Module 4 (processor to controller), which do not fit a processor agreement's transfers. Reported once per subprocessor and basis.",
		},
	},
	{Code: ClausesLawOutsideEU, Severity: Weak, Basis: Art("46", 2, "c"), Run: shared(ClausesLawOutsideEU, 20),
		Title: Text{NB: "lovvalg eller verneting for klausulene utenfor EU", EN: "law or courts of the clauses outside the EU"},
		Doc: Text{
			NB: "Standardavtalene i 2021/914 som er oppgitt, velger lov (klausul 17) eller domstoler (klausul 18) i en stat som ikke er EU-medlemsstat på gjennomgangsdatoen, noe modul 1 til 3 ikke tillater. Rapporteres ikke for sveitsisk lov og sveitsiske domstoler valgt for en sveitsisk eksportør.",
			EN: "The 2021/914 clauses named choose the law (Clause 17) or the courts (Clause 18) of a state that is not an EU Member State on the review date, which Modules 1 to 3 do not allow. Not reported for Swiss law and courts chosen for a Swiss exporter.",
		},
	},
	{Code: ClausesLawEEA, Severity: Info, Basis: Art("46", 2, "c"), Run: shared(ClausesLawEEA, 20),
		Title: Text{NB: "lovvalg eller verneting for klausulene i en EFTA-stat i EØS", EN: "law or courts of the clauses in an EEA EFTA state"},
		Doc: Text{
			NB: "Standardavtalene i 2021/914 som er oppgitt, velger lov eller domstoler i Norge, Island eller Liechtenstein. Om EØS-avtalens protokoll 1 lar en EØS-stat tre i stedet for en EU-medlemsstat i klausul 17 og 18, er ikke bekreftet.",
			EN: "The 2021/914 clauses named choose the law or courts of Norway, Iceland or Liechtenstein. Whether EEA Protocol 1 lets an EEA state stand for an EU Member State in Clauses 17 and 18 is not confirmed.",
		},
	},
	{Code: InvalidMechanismOnly, Severity: Unmet, Basis: Art("45", 9, ""), Run: shared(InvalidMechanismOnly, 21),
		Title: Text{NB: "bare et ugyldig overføringsgrunnlag", EN: "only an invalidated transfer basis"},
		Doc: Text{
			NB: "Avtalen nevner Safe Harbour eller Privacy Shield, som er ugyldige på gjennomgangsdatoen, og ikke noe annet overføringsgrunnlag. Begge var beslutninger etter direktiv 95/46/EF art. 25 nr. 6, som art. 45 nr. 9 holdt i kraft til EU-domstolen kjente dem ugyldige.",
			EN: "The agreement names Safe Harbour or Privacy Shield, invalidated on the review date, and no other transfer basis. Both were decisions under Art. 25(6) of Directive 95/46/EC, kept in force by Art. 45(9) until the Court annulled them.",
		},
	},
	{Code: InvalidMechanism, Severity: Weak, Basis: Art("45", 9, ""), Run: shared(InvalidMechanism, 21),
		Title: Text{NB: "ugyldig overføringsgrunnlag ved siden av andre", EN: "invalidated transfer basis beside others"},
		Doc: Text{
			NB: "Avtalen nevner Safe Harbour eller Privacy Shield, som er ugyldige på gjennomgangsdatoen, ved siden av et annet grunnlag som kan gjelde. Rapporteres ikke før de ble ugyldige.",
			EN: "The agreement names Safe Harbour or Privacy Shield, invalidated on the review date, beside another basis that may still serve. Not reported before the invalidation.",
		},
	},
	{Code: TransferAssessmentOverdue, Severity: Weak, Basis: Art("46", 1, ""), Run: only(TransferAssessmentOverdue, checkAssessmentsOverdue),
		Title: Text{NB: "vurdering av overføringens virkninger på overtid", EN: "transfer impact assessment overdue"},
		Doc: Text{
			NB: "En vurdering av overføringens virkninger (TIA) som avtalen oppgir, for en underdatabehandler eller i de generelle overføringsvilkårene, skulle vært gjennomgått på nytt før gjennomgangsdatoen: neste gjennomgang den oppgir, eller vurderingsdagen pluss intervallet den oppgir, er passert. Loven setter ikke noe intervall; EDPB-anbefaling 01/2020 ber eksportøren vurdere på nytt med passende mellomrom, så avtalen holdes til sin egen plan. Rapporteres ikke når avtalen ikke oppgir noen gjennomgangsdag eller noe intervall.",
			EN: "A transfer impact assessment the agreement states, for a subprocessor or in its general transfer terms, was due for review before the review date: the next review day it states, or its assessment day plus the interval it states, has passed. The law sets no interval; the EDPB's Recommendations 01/2020 ask the exporter to re-evaluate at appropriate intervals, so the agreement is held to its own schedule. Not reported when the agreement states no review day or interval.",
		},
	},
	{Code: DirectiveCited, Severity: Info, Basis: Art("94", 2, ""), Run: shared(DirectiveCited, 22),
		Title: Text{NB: "viser til personverndirektivet", EN: "cites the Data Protection Directive"},
		Doc: Text{
			NB: "Avtalen viser til direktiv 95/46/EF på eller etter 25. mai 2018, da art. 94 nr. 1 opphevet det; etter art. 94 nr. 2 leses henvisningen som en henvisning til forordningen. I Norge gjaldt direktivets ordning, personopplysningsloven av 2000, til 20. juli 2018. Rapporteres ikke før 25. mai 2018.",
			EN: "The agreement cites Directive 95/46/EC on or after 25 May 2018, when Art. 94(1) repealed it; Art. 94(2) reads the reference as one to the GDPR. In Norway the Directive's regime, the Personal Data Act of 2000, applied until 20 July 2018. Not reported before 25 May 2018.",
		},
	},
	{Code: SensitiveDataSafeguards, Severity: Weak, Basis: Reference{Instrument: StandardClauses, Article: "7.5"}, Run: only(SensitiveDataSafeguards, checkSensitiveData),
		Title: Text{NB: "sensitive opplysninger uten tydelige garantier", EN: "sensitive data without evident safeguards"},
		Doc: Text{
			NB: "Særlige kategorier (art. 9) eller opplysninger om straffedommer og lovovertredelser (art. 10), som klausul 7.5 kaller “sensitive opplysninger”, behandles; de særlige begrensningene eller ytterligere garantiene klausul 7.5 krever, er ikke tydelige. Meldingen sier hvilken artikkel som gjelder. Opplysninger om barn er ikke sensitive opplysninger i denne betydningen (gdpr-32-1-children-safeguards).",
			EN: "Special categories (Art. 9) or data on criminal convictions and offences (Art. 10), which Clause 7.5 calls “sensitive data”, are processed; the specific restrictions or additional safeguards Clause 7.5 asks for are not evident. The message says which article applies. Children's data are not sensitive data in this sense (gdpr-32-1-children-safeguards).",
		},
	},
	{Code: SensitiveSecurityExcluded, Severity: Weak, Basis: Reference{Instrument: StandardClauses, Article: "7.5"}, Run: shared(SensitiveSecurityExcluded, 17),
		Title: Text{NB: "sikkerhet for sensitive opplysninger unntatt", EN: "security for sensitive data excluded"},
		Doc: Text{
			NB: "Avtalen sier at tjenestens sikkerhet ikke dekker det sensitive opplysninger (art. 9 og 10), og eventuelt opplysninger om barn, trenger, og sier ikke at slike opplysninger behandles: legger kunden dem inn, mangler garantiene. Rapporteres ikke når den sier at de behandles (da scc915-7-5-security-excluded-processed eller gdpr-32-1-children-security-excluded).",
			EN: "The agreement says the service's security does not cover what sensitive data (Arts. 9 and 10), and possibly children's data, need, and does not say such data are processed: if the customer puts them in, the safeguards are missing. Not reported when it says they are processed (then scc915-7-5-security-excluded-processed or gdpr-32-1-children-security-excluded).",
		},
	},
	{Code: SensitiveSecurityContradiction, Severity: Unmet, Basis: Reference{Instrument: StandardClauses, Article: "7.5"}, Run: shared(SensitiveSecurityContradiction, 17),
		Title: Text{NB: "sikkerhet for sensitive opplysninger unntatt, men de behandles", EN: "security for sensitive data excluded, yet they are processed"},
		Doc: Text{
			NB: "Avtalen sier at tjenestens sikkerhet ikke dekker det sensitive opplysninger (art. 9 og 10) trenger, og sier samtidig at slike opplysninger behandles: de behandles uten garantiene klausul 7.5 krever.",
			EN: "The agreement says the service's security does not cover what sensitive data (Arts. 9 and 10) need, and also says such data are processed: they are processed without the safeguards Clause 7.5 asks for.",
		},
	},
	{Code: RequestNoticeMissing, Severity: Info, Basis: Reference{Instrument: StandardClauses, Article: "8", Point: "a"}, Run: only(RequestNoticeMissing, checkRequestNotice),
		Title: Text{NB: "henvendelser fra registrerte videresendes ikke", EN: "data subjects' requests not passed on"},
		Doc: Text{
			NB: "Databehandleren bistår med henvendelser fra registrerte, men trenger ikke videresende dem til den behandlingsansvarlige, slik klausul 8 bokstav a sier. Personvernforordningen krever det ikke uttrykkelig.",
			EN: "The processor assists with data subjects' requests but need not pass them on to the controller, as Clause 8(a) has it. The GDPR does not require it in terms.",
		},
	},
	{Code: SuspensionRightMissing, Severity: Info, Basis: Reference{Instrument: StandardClauses, Article: "10", Point: "a"}, Run: shared(SuspensionRightMissing, 23),
		Title: Text{NB: "ingen rett til å stanse behandlingen", EN: "no right to suspend the processing"},
		Doc: Text{
			NB: "Avtalen lar ikke selv den behandlingsansvarlige stanse behandlingen mens databehandleren ikke etterlever avtalen (klausul 10 bokstav a), eller overlater det til et dokument som ikke er gjengitt. Personvernforordningen krever ikke et slikt vilkår.",
			EN: "The agreement does not itself let the controller suspend the processing while the processor does not comply (Clause 10(a)), or leaves it to a document it does not reproduce. The GDPR does not require such a term.",
		},
	},
	{Code: TerminationRightMissing, Severity: Info, Basis: Reference{Instrument: StandardClauses, Article: "10", Point: "b"}, Run: shared(TerminationRightMissing, 23),
		Title: Text{NB: "ingen rett til å heve ved brudd", EN: "no right to terminate for non-compliance"},
		Doc: Text{
			NB: "Avtalen lar ikke selv den behandlingsansvarlige heve avtalen når databehandleren ikke etterlever den (klausul 10 bokstav b), eller overlater det til et dokument som ikke er gjengitt. Personvernforordningen krever ikke et slikt vilkår.",
			EN: "The agreement does not itself let the controller terminate for the processor's non-compliance (Clause 10(b)), or leaves it to a document it does not reproduce. The GDPR does not require such a term.",
		},
	},
	{Code: LawRepealed, Severity: Weak, Basis: Reference{}, Run: shared(LawRepealed, 22),
		Title: Text{NB: "viser til opphevet norsk lov", EN: "cites a repealed Norwegian act"},
		Doc: Text{
			NB: "Avtalen viser til en norsk lov eller forskrift som var opphevet på gjennomgangsdatoen (personopplysningsloven 2000 og forskriften fra 20. juli 2018, helseregisterloven 2001 fra 1. januar 2015). Hvert funn viser til loven som erstattet den. Rapporteres ikke før opphevelsen.",
			EN: "The agreement cites a Norwegian act or regulation repealed on or before the review date (personopplysningsloven 2000 and its regulation from 20 July 2018, helseregisterloven 2001 from 1 January 2015). Each finding cites the act that replaced it. Not reported before the repeal.",
		},
	},
}
