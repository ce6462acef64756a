package review

import (
	"cmp"
	"fmt"
	"github.com/personvern/dpa/agreement"
	"slices"
	"strconv"
	"strings"

	"github.com/personvern/dpa/breach"
	"github.com/personvern/dpa/obligation"
	"github.com/personvern/dpa/subprocessor"
)

// Agreement reads agreement a as a privacy lawyer would before signing or
// after the law has moved: against GDPR Art. 28 and the other rules a
// processor agreement must meet, on the day on. It returns every [Finding]
// in a [Report], each with its [Code], [Severity], the clause it concerns
// and its legal basis.
//
// Agreement is pure: it reads no clock and keeps no state, so it is safe for
// concurrent use. Checks that depend on the date (a law repealed on a
// given day) are evaluated on on; the zero Date skips them.
//
// Agreement checks what the agreement's model holds. The codes it can report
// are listed at [Code]; a term the model does not hold yet is not checked,
// so an empty report does not mean the agreement is complete.
func Agreement(a agreement.Agreement, on obligation.Date) Report {
	r := Report{Agreement: a.ID, On: on}
	fs := make([]Finding, 0, 16)
	fs = checkSubjectMatter(a, fs)
	fs = checkDuration(a, fs)
	fs = checkProcessingDescribed(a, fs)
	fs = checkControllerDuties(a, fs)
	fs = checkOwnPurposes(a, fs)
	fs = checkSensitiveData(a, fs)
	fs = checkChildrenData(a, fs)
	fs = checkMeasures(a, fs)
	fs = checkSecurityDuty(a, fs)
	fs = checkSensitiveExcluded(a, fs)
	fs = checkInstructions(a, fs)
	fs = checkInfringingInstruction(a, fs)
	fs = checkConfidentiality(a, fs)
	fs = checkRightsAssistance(a, fs)
	fs = checkAssistanceScope(a, fs)
	fs = checkEndOfProcessing(a, fs)
	fs = checkPeriodContradictions(a, fs)
	fs = checkSeparateTermination(a, fs)
	fs = checkRequestNotice(a, fs)
	fs = checkAudit(a, fs)
	fs = checkNoticePeriods(a, fs)
	fs = checkNonCompliance(a, fs)
	fs = checkAuthorisation(a, fs)
	fs = checkGeneralAuthorisation(a, fs)
	fs = checkObjectionWindow(a, fs)
	fs = checkSpecificDeemedAccepted(a, fs)
	fs = checkFlowDown(a, fs)
	fs = checkTransfers(a, on, fs)
	fs = checkInvalidMechanisms(a, on, fs)
	fs = checkBreachTerms(a, fs)
	fs = checkBreachDeadline(a, fs)
	fs = checkBreachContents(a, fs)
	fs = checkAssistanceCost(a, fs)
	fs = checkLiabilityCaps(a, fs)
	fs = checkWriting(a, fs)
	fs = checkLawsCited(a, on, fs)
	fs = checkGoverningLaw(a, fs)
	fs = slices.DeleteFunc(fs, func(f Finding) bool { return f.Code == "" })
	fs = checkCoverage(a, fs)
	if len(fs) == 0 {
		return r
	}
	sortFindings(fs)
	r.Findings = fs
	return r
}

// Code identifies the kind of a [Finding]: a stable kebab-case name for
// programs, tests and suppression lists. Codes that concern an Art. 28
// requirement start with the provision ("art28-3-…"); the others name their
// topic. [Agreement] reports these codes:
//
//   - [SubjectMatterMissing] "art28-3-subject-matter-missing": the subject
//     matter of the processing is not stated (Art. 28(3) first sentence).
//   - [DurationMissing] "art28-3-duration-missing": the duration is not
//     stated (Art. 28(3) first sentence).
//   - [ProcessingNotDescribed] "art28-3-processing-not-described": no
//     description of the nature and purpose of the processing, the type of
//     personal data and the categories of data subjects (Art. 28(3) first
//     sentence).
//   - [PurposeMissing] "art28-3-purpose-missing", [DataSubjectsMissing]
//     "art28-3-data-subjects-missing", [PersonalDataMissing]
//     "art28-3-personal-data-missing" and [NatureMissing]
//     "art28-3-nature-missing": a description of the processing that lacks
//     that part, or gives an empty list for it (Art. 28(3) first
//     sentence).
//   - [ControllerDutiesMissing] "art28-3-controller-duties-missing" and
//     [ControllerDutiesBlank] "art28-3-controller-duties-blank": the
//     controller's obligations and rights are not set out, or a list of
//     them is introduced and left empty (a warning) (Art. 28(3) first
//     sentence).
//   - [ProcessorOwnPurpose] "art28-10-processor-own-purpose": a purpose
//     that serves the processor itself (Art. 28(10), Art. 29).
//   - [SensitiveDataSafeguards] "clause7-5-sensitive-data-safeguards":
//     special categories processed; the specific safeguards Clause 7.5 of
//     the 2021/915 clauses calls for are not evident (a warning).
//   - [ChildrenDataSafeguards] "children-data-safeguards": children's data
//     with no special security need stated (a warning, Art. 32(1)).
//   - [MeasuresNotConcrete] "art32-measures-not-concrete": no concrete
//     security measures described (a warning, Art. 32(1)).
//   - [SecurityDutyMissing] "art28-3-c-security-missing": no duty to take
//     the Art. 32 measures and no measures listed (Art. 28(3)(c)).
//   - [MeasuresGeneric] "art32-measures-generic": the security terms only
//     restate Art. 32 in general words (a warning, Art. 32(1)).
//   - [SensitiveSecurityExcluded] "clause7-5-security-excluded": the
//     agreement says the service's security does not cover special
//     categories or children's data (a warning; unmet where it also says
//     such data are processed) (2021/915 Clause 7.5).
//   - [InstructionsMissing] "art28-3-a-instructions-missing": no duty to
//     process only on documented instructions (Art. 28(3)(a)).
//   - [InfringingInstructionMissing] "art28-3-infringing-instruction-missing"
//     and [InfringingInstructionLate] "art28-3-infringing-instruction-late":
//     no duty to tell the controller immediately of an instruction that
//     infringes the law, or a looser time (a warning) (Art. 28(3), second
//     subparagraph).
//   - [ConfidentialityMissing] "art28-3-b-confidentiality-missing" and
//     [StaffNotBound] "art28-3-b-staff-not-bound": no confidentiality
//     terms, or terms that do not bind the persons who process the data (a
//     warning) (Art. 28(3)(b)).
//   - [RightsAssistanceMissing] "art28-3-e-rights-assistance-missing": no
//     assistance with data subjects' requests (Art. 28(3)(e)).
//   - [AssistanceMissing] "art28-3-f-assistance-missing",
//     [AssistanceGeneralOnly] "art28-3-f-assistance-general" and
//     [AssistanceScopeIncomplete] "art28-3-f-scope-incomplete": no
//     assistance with Arts. 32–36, assistance only in general terms (a
//     warning), or assistance that leaves some of the articles out (unmet
//     for Arts. 35–36, otherwise a warning) (Art. 28(3)(f)).
//   - [EndMissing] "art28-3-g-end-missing", [NoDeletion]
//     "art28-3-g-no-deletion" and [NoReturnChoice] "art28-3-g-no-return":
//     nothing on the data at the end, no deletion, or deletion without the
//     controller's choice of getting the data back (a warning) (Art.
//     28(3)(g)).
//   - [ComplianceInformationMissing] "art28-3-h-information-missing",
//     [AuditMissing] "art28-3-h-audit-missing", [AuditThirdPartyOnly]
//     "art28-3-h-third-party-only" and [AuditLimited]
//     "art28-3-h-audit-limited": no information to demonstrate compliance,
//     no right to audit and inspect, audits by a third party only, or
//     audits limited in number (the last two warnings) (Art. 28(3)(h)).
//   - [NoticeUnquantified] "notice-period-unquantified": notice promised
//     before an audit or a termination with no period, or only a standard
//     such as "in good time" (a warning).
//   - [SuspensionRightMissing] "clause10-a-suspension-missing" and
//     [TerminationRightMissing] "clause10-b-termination-missing": the
//     agreement is silent on what Clause 10(a) and (b) of the 2021/915
//     clauses settle, the controller's right to suspend the processing and
//     to terminate for the processor's non-compliance (information).
//   - [PeriodContradiction] "contradiction-periods": two clauses set
//     different periods for the same duty at the end of processing (a
//     warning).
//   - [SeparateTermination] "termination-separate": the processor agreement
//     can be terminated by notice apart from the service, which could leave
//     processing without a contract (a warning).
//   - [RequestNoticeMissing] "clause8-a-request-notice-missing": no duty to
//     pass data subjects' requests on to the controller, which Clause 8(a)
//     of the 2021/915 clauses has (information).
//   - [SubprocessorTermsMissing] "art28-3-d-subprocessors-missing": no terms
//     on engaging subprocessors (Art. 28(3)(d)).
//   - [AuthorisationMissing] "art28-2-authorisation-missing": subprocessors
//     listed but never authorised (Art. 28(2)).
//   - [NoObjectionRight] "art28-2-no-objection-right": a general
//     authorisation without an opportunity to object (Art. 28(2)).
//   - [NoChangeInformation] "art28-2-no-change-information": a general
//     authorisation without information on intended changes (Art. 28(2)).
//   - [NoticePeriodMissing] "art28-2-notice-period-missing": changes
//     announced without a time frame, or a vague one (a warning).
//   - [ObjectionWindowShort] "art28-2-objection-window-short": an objection
//     that must be made at once, leaving no time to assess the change (a
//     warning).
//   - [ObjectionFromStart] "art28-2-objection-from-start" and
//     [ObjectionOutlastsNotice] "art28-2-objection-outlasts-notice": an
//     objection window that opens only when the new subprocessor starts,
//     or that runs longer than the notice, so the subprocessor may start
//     before it closes (warnings).
//   - [ListUpdateOnly] "art28-2-list-update-only": changes announced only by
//     updating a list (a warning).
//   - [SpecificDeemedAccepted] "art28-2-specific-deemed-accepted": a
//     specific authorisation under which silence counts as acceptance (a
//     warning).
//   - [FlowDownMissing] "art28-4-flow-down-missing": the same obligations
//     are not imposed on subprocessors (Art. 28(4)).
//   - [SubprocessorLiabilityMissing] "art28-4-liability-missing": the
//     processor's full liability for subprocessors is not stated (a
//     warning; the law provides it).
//   - [TransferNoBasis] "chapter5-no-transfer-basis", [TransferUndetermined]
//     "chapter5-transfer-undetermined" and [TransferJudgement]
//     "chapter5-transfer-judgement": a transfer to a third country with no
//     basis, one the agreement does not settle, and one whose basis needs a
//     legal judgement, on the review date (Chapter V, Art. 44).
//   - [InvalidMechanism] "chapter5-invalid-mechanism": the agreement names
//     Safe Harbour or Privacy Shield after it was invalidated.
//   - [BreachTermsMissing] "art28-3-f-breach-missing": nothing on breach
//     notification (Art. 28(3)(f)).
//   - [BreachDeadlineUnquantified] "art33-2-deadline-unquantified": no
//     period beyond the law's "without undue delay" (information).
//   - [BreachDeadlineLoose] "art33-2-deadline-loose": a looser standard or
//     a period that uses up the controller's 72 hours (a warning).
//   - [BreachContentsIncomplete] "art33-3-contents-incomplete" and
//     [BreachContentsNotListed] "art33-3-contents-not-listed": the notice's
//     required contents leave out items of Art. 33(3) (a warning), or are
//     not listed (information).
//   - [AssistanceCostConflict] "contradiction-assistance-cost": one clause
//     makes help free and another bills it (a warning).
//   - [LiabilityMaximumUnquantified] "liability-maximum-unquantified": a
//     liability cap subject to a maximum amount that is never stated (a
//     warning, Art. 28(4)).
//   - [NoWrittenText] "art28-9-no-written-text": the agreement lists the
//     documents it consists of and reproduces none of them (Art. 28(9)).
//   - [DocumentNotReproduced] "art28-9-document-not-reproduced": a document
//     the agreement consists of is not part of its published text, so its
//     terms could not be read (Art. 28(9)).
//   - [LawRepealed] "law-repealed": the agreement cites an instrument that
//     was repealed or replaced on or before the review date.
//   - [GoverningLawMissing] "governing-law-missing": no governing law or
//     venue (information; not an Art. 28 requirement).
//   - [VenueMissing] "venue-missing": a governing law without an agreed
//     venue (information).
//   - [TermsNotReviewed] "terms-not-reviewed": how many of the agreement's
//     terms the review could not judge because they are not in the text at
//     hand: missing from a partial copy ([obligation.NotSeen]) or in a
//     document not reproduced ([obligation.Elsewhere]). No other finding
//     reports such a term as missing (information). Each document not
//     reproduced is asked for once, as [DocumentNotReproduced].
type Code string

// The codes [Agreement] reports; see [Code] for what each means.
const (
	SubjectMatterMissing         Code = "art28-3-subject-matter-missing"
	DurationMissing              Code = "art28-3-duration-missing"
	ProcessingNotDescribed       Code = "art28-3-processing-not-described"
	PurposeMissing               Code = "art28-3-purpose-missing"
	DataSubjectsMissing          Code = "art28-3-data-subjects-missing"
	PersonalDataMissing          Code = "art28-3-personal-data-missing"
	NatureMissing                Code = "art28-3-nature-missing"
	ControllerDutiesMissing      Code = "art28-3-controller-duties-missing"
	ControllerDutiesBlank        Code = "art28-3-controller-duties-blank"
	ProcessorOwnPurpose          Code = "art28-10-processor-own-purpose"
	SensitiveDataSafeguards      Code = "clause7-5-sensitive-data-safeguards"
	ChildrenDataSafeguards       Code = "children-data-safeguards"
	MeasuresNotConcrete          Code = "art32-measures-not-concrete"
	SecurityDutyMissing          Code = "art28-3-c-security-missing"
	MeasuresGeneric              Code = "art32-measures-generic"
	SensitiveSecurityExcluded    Code = "clause7-5-security-excluded"
	InstructionsMissing          Code = "art28-3-a-instructions-missing"
	InfringingInstructionMissing Code = "art28-3-infringing-instruction-missing"
	InfringingInstructionLate    Code = "art28-3-infringing-instruction-late"
	ConfidentialityMissing       Code = "art28-3-b-confidentiality-missing"
	StaffNotBound                Code = "art28-3-b-staff-not-bound"
	RightsAssistanceMissing      Code = "art28-3-e-rights-assistance-missing"
	AssistanceMissing            Code = "art28-3-f-assistance-missing"
	AssistanceGeneralOnly        Code = "art28-3-f-assistance-general"
	AssistanceScopeIncomplete    Code = "art28-3-f-scope-incomplete"
	EndMissing                   Code = "art28-3-g-end-missing"
	NoDeletion                   Code = "art28-3-g-no-deletion"
	NoReturnChoice               Code = "art28-3-g-no-return"
	ComplianceInformationMissing Code = "art28-3-h-information-missing"
	AuditMissing                 Code = "art28-3-h-audit-missing"
	AuditLimited                 Code = "art28-3-h-audit-limited"
	AuditThirdPartyOnly          Code = "art28-3-h-third-party-only"
	NoticeUnquantified           Code = "notice-period-unquantified"
	SuspensionRightMissing       Code = "clause10-a-suspension-missing"
	TerminationRightMissing      Code = "clause10-b-termination-missing"
	PeriodContradiction          Code = "contradiction-periods"
	SeparateTermination          Code = "termination-separate"
	RequestNoticeMissing         Code = "clause8-a-request-notice-missing"
	SubprocessorTermsMissing     Code = "art28-3-d-subprocessors-missing"
	AuthorisationMissing         Code = "art28-2-authorisation-missing"
	NoObjectionRight             Code = "art28-2-no-objection-right"
	NoChangeInformation          Code = "art28-2-no-change-information"
	NoticePeriodMissing          Code = "art28-2-notice-period-missing"
	ListUpdateOnly               Code = "art28-2-list-update-only"
	ObjectionWindowShort         Code = "art28-2-objection-window-short"
	ObjectionFromStart           Code = "art28-2-objection-from-start"
	ObjectionOutlastsNotice      Code = "art28-2-objection-outlasts-notice"
	SpecificDeemedAccepted       Code = "art28-2-specific-deemed-accepted"
	FlowDownMissing              Code = "art28-4-flow-down-missing"
	SubprocessorLiabilityMissing Code = "art28-4-liability-missing"
	TransferNoBasis              Code = "chapter5-no-transfer-basis"
	TransferUndetermined         Code = "chapter5-transfer-undetermined"
	TransferJudgement            Code = "chapter5-transfer-judgement"
	InvalidMechanism             Code = "chapter5-invalid-mechanism"
	BreachTermsMissing           Code = "art28-3-f-breach-missing"
	BreachDeadlineUnquantified   Code = "art33-2-deadline-unquantified"
	BreachDeadlineLoose          Code = "art33-2-deadline-loose"
	BreachContentsIncomplete     Code = "art33-3-contents-incomplete"
	BreachContentsNotListed      Code = "art33-3-contents-not-listed"
	AssistanceCostConflict       Code = "contradiction-assistance-cost"
	LiabilityMaximumUnquantified Code = "liability-maximum-unquantified"
	NoWrittenText                Code = "art28-9-no-written-text"
	DocumentNotReproduced        Code = "art28-9-document-not-reproduced"
	LawRepealed                  Code = "law-repealed"
	GoverningLawMissing          Code = "governing-law-missing"
	VenueMissing                 Code = "venue-missing"
	TermsNotReviewed             Code = "terms-not-reviewed"
)

// codes lists every code [Agreement] reports, in the order [Code] documents.
var codes = [...]Code{
	SubjectMatterMissing, DurationMissing, ProcessingNotDescribed,
	PurposeMissing, DataSubjectsMissing, PersonalDataMissing, NatureMissing,
	ControllerDutiesMissing, ControllerDutiesBlank,
	ProcessorOwnPurpose, SensitiveDataSafeguards, ChildrenDataSafeguards, MeasuresNotConcrete,
	SecurityDutyMissing, MeasuresGeneric, SensitiveSecurityExcluded,
	InstructionsMissing, InfringingInstructionMissing, InfringingInstructionLate,
	ConfidentialityMissing, StaffNotBound, RightsAssistanceMissing,
	AssistanceMissing, AssistanceGeneralOnly, AssistanceScopeIncomplete,
	EndMissing, NoDeletion,
	NoReturnChoice, ComplianceInformationMissing, AuditMissing, AuditThirdPartyOnly, AuditLimited,
	NoticeUnquantified, SuspensionRightMissing, TerminationRightMissing,
	PeriodContradiction, SeparateTermination, RequestNoticeMissing,
	SubprocessorTermsMissing, AuthorisationMissing, NoObjectionRight, NoChangeInformation,
	NoticePeriodMissing, ObjectionWindowShort, ObjectionFromStart, ObjectionOutlastsNotice,
	ListUpdateOnly, SpecificDeemedAccepted, FlowDownMissing,
	SubprocessorLiabilityMissing, TransferNoBasis, TransferUndetermined, TransferJudgement,
	InvalidMechanism, BreachTermsMissing, BreachDeadlineUnquantified, BreachDeadlineLoose,
	BreachContentsIncomplete, BreachContentsNotListed,
	AssistanceCostConflict, LiabilityMaximumUnquantified,
	NoWrittenText, DocumentNotReproduced, LawRepealed,
	GoverningLawMissing, VenueMissing, TermsNotReviewed,
}

// Codes returns every code [Agreement] can report, in a fixed order.
func Codes() []Code { return slices.Clone(codes[:]) }

// Known reports whether c is one of the codes [Agreement] reports.
func (c Code) Known() bool { return slices.Contains(codes[:], c) }

// String returns the code itself.
func (c Code) String() string { return string(c) }

// MarshalText encodes a known code; an unknown one is an error.
func (c Code) MarshalText() ([]byte, error) {
	if !c.Known() {
		return nil, fmt.Errorf("review: unknown finding code %q", string(c))
	}
	return []byte(c), nil
}

// UnmarshalText accepts exactly the known codes.
func (c *Code) UnmarshalText(b []byte) error {
	if !Code(b).Known() {
		return fmt.Errorf("review: unknown finding code %q", b)
	}
	*c = Code(b)
	return nil
}

// Severity is how much a [Finding] matters. Lower values are more severe,
// so sorting by Severity puts the most severe first. The zero Severity is
// unspecified.
type Severity uint8

const (
	// Unmet: a requirement of the law is missing from the agreement or
	// contradicted by it.
	Unmet Severity = iota + 1
	// Weak: the agreement addresses the matter, but weakly, vaguely or in a
	// way that carries a risk; also where the reading is debatable.
	Weak
	// Info: for information; nothing the law requires is missing.
	Info
)

// severityLabels holds each Severity's identifier and its Norwegian
// Bokmål and English names, indexed by the Severity.
var severityLabels = [...]struct{ id, nb, en string }{{},
	{"unmet", "mangler eller motstrid", "missing or contradicted"},
	{"weak", "svakt, vagt eller risikabelt", "weak, vague or risky"},
	{"info", "til orientering", "for information"},
}

func (s Severity) valid() bool { return s != 0 && int(s) < len(severityLabels) }

// String returns the identifier: "unmet", "weak" or "info"; an invalid
// Severity prints as "%!Severity(n)".
func (s Severity) String() string {
	if !s.valid() {
		return "%!Severity(" + strconv.Itoa(int(s)) + ")"
	}
	return severityLabels[s].id
}

// MarshalText encodes the identifier; the zero or an unknown Severity is
// an error.
func (s Severity) MarshalText() ([]byte, error) {
	if !s.valid() {
		return nil, fmt.Errorf("review: invalid severity %d", uint8(s))
	}
	return []byte(severityLabels[s].id), nil
}

// UnmarshalText accepts exactly the identifiers String returns.
func (s *Severity) UnmarshalText(b []byte) error {
	for i := 1; i < len(severityLabels); i++ {
		if severityLabels[i].id == string(b) {
			*s = Severity(i)
			return nil
		}
	}
	return fmt.Errorf("review: unknown severity %q (want one of [\"unmet\" \"weak\" \"info\"])", b)
}

// Finding is one thing a [Agreement] found. It is data: its text is produced
// at display time by [Finding.Message] in the reader's language.
type Finding struct {
	// Code says what kind of finding this is.
	Code Code `json:"code"`
	// Severity says how much it matters.
	Severity Severity `json:"severity"`
	// Clause is the clause the finding concerns, when there is one.
	Clause obligation.Clause `json:"clause,omitzero"`
	// Absent reports that what the finding concerns is not in the
	// agreement at all; Clause is then empty.
	Absent bool `json:"absent,omitzero"`
	// Basis is the legal reference behind the finding.
	Basis Reference `json:"basis"`
	// Args are the message's parameters, in the order the message of Code
	// uses them.
	Args []Arg `json:"args,omitzero"`
}

// Equal reports whether f and g are the same finding. Finding holds a
// slice, so == does not compile; Equal lets go-cmp compare findings.
func (f Finding) Equal(g Finding) bool {
	return f.Code == g.Code && f.Severity == g.Severity && f.Clause == g.Clause &&
		f.Absent == g.Absent && f.Basis == g.Basis && slices.Equal(f.Args, g.Args)
}

// Arg is one parameter of a finding's message. At most one field is set:
// Text is shown as it is (a document's title, a subprocessor's name), Date
// in the reader's language; Law, Country (ISO 3166-1 alpha-2), Mechanism,
// Items (breach notice contents) and Period by their names in the reader's
// language; and Key is a phrase of the review's message catalog. The zero
// Arg shows as nothing.
type Arg struct {
	Text      string                 `json:"text,omitzero"`
	Date      obligation.Date        `json:"date,omitzero"`
	Law       Instrument             `json:"law,omitzero"`
	Country   string                 `json:"country,omitzero"`
	Mechanism subprocessor.Mechanism `json:"mechanism,omitzero"`
	Items     breach.Items           `json:"items,omitzero"`
	Period    obligation.Period      `json:"period,omitzero"`
	Key       string                 `json:"key,omitzero"`
}

// Report is the result of a [Agreement]: the agreement's ID, the review date
// and the findings, ordered by severity (most severe first), then legal
// basis, then code, then clause. The order is stable: the same agreement
// reviewed on the same day gives the same report. A Report is a value;
// its methods return new reports and never change the receiver's findings.
type Report struct {
	// Agreement is the reviewed agreement's ID.
	Agreement string `json:"agreement"`
	// On is the day the agreement was reviewed on.
	On obligation.Date `json:"on,omitzero"`
	// Findings are the findings in the report's order; nil when there are
	// none.
	Findings []Finding `json:"findings,omitzero"`
}

// Equal reports whether r and s hold the same findings for the same
// agreement and day.
func (r Report) Equal(s Report) bool {
	return r.Agreement == s.Agreement && r.On == s.On && slices.EqualFunc(r.Findings, s.Findings, Finding.Equal)
}

// Filter returns the report with only the findings keep accepts.
func (r Report) Filter(keep func(Finding) bool) Report {
	out := Report{Agreement: r.Agreement, On: r.On}
	for _, f := range r.Findings {
		if keep(f) {
			out.Findings = append(out.Findings, f)
		}
	}
	return out
}

// WithSeverity returns the report with only findings of the given
// severities.
func (r Report) WithSeverity(s ...Severity) Report {
	return r.Filter(func(f Finding) bool { return slices.Contains(s, f.Severity) })
}

// WithCode returns the report with only findings of the given codes.
func (r Report) WithCode(c ...Code) Report {
	return r.Filter(func(f Finding) bool { return slices.Contains(c, f.Code) })
}

// Within returns the report with only findings whose basis lies within
// ref: Reference{Instrument: GDPR, Article: "28"} keeps findings under
// every paragraph and point of Art. 28.
func (r Report) Within(ref Reference) Report {
	return r.Filter(func(f Finding) bool { return ref.Contains(f.Basis) })
}

// Suppress returns the report without findings of the given codes, for
// findings a reader has seen and accepted.
func (r Report) Suppress(c ...Code) Report {
	return r.Filter(func(f Finding) bool { return !slices.Contains(c, f.Code) })
}

// Has reports whether the report holds a finding with code c.
func (r Report) Has(c Code) bool {
	return slices.ContainsFunc(r.Findings, func(f Finding) bool { return f.Code == c })
}

// Count returns how many findings have severity s.
func (r Report) Count(s Severity) int {
	n := 0
	for _, f := range r.Findings {
		if f.Severity == s {
			n++
		}
	}
	return n
}

// sortFindings puts findings in the order [Report] documents; the last
// keys make the order total, so it does not depend on the checks' order.
func sortFindings(fs []Finding) {
	slices.SortStableFunc(fs, func(f, g Finding) int {
		return cmp.Or(
			cmp.Compare(f.Severity, g.Severity),
			f.Basis.Compare(g.Basis),
			strings.Compare(string(f.Code), string(g.Code)),
			strings.Compare(string(f.Clause), string(g.Clause)),
			slices.CompareFunc(f.Args, g.Args, compareArg),
		)
	})
}

func compareArg(a, b Arg) int {
	return cmp.Or(
		strings.Compare(a.Text, b.Text),
		a.Date.Compare(b.Date),
		strings.Compare(string(a.Law), string(b.Law)),
		strings.Compare(a.Country, b.Country),
		cmp.Compare(a.Mechanism, b.Mechanism),
		cmp.Compare(a.Items, b.Items),
		strings.Compare(a.Period.String(), b.Period.String()),
		strings.Compare(a.Key, b.Key),
	)
}

// Reference is a point in a legal instrument: GDPR Art. 28(3)(h) is
// Reference{Instrument: GDPR, Article: "28", Paragraph: 3, Point: "h"}. The
// article is an article of an EU regulation or directive, a clause of the
// 2021/915 standard clauses ("7.5") or a section (§) of a Norwegian act;
// an empty Article refers to the instrument as a whole. It is comparable.
type Reference struct {
	Instrument Instrument `json:"instrument"`
	Article    string     `json:"article,omitzero"`
	// Paragraph is the numbered paragraph (GDPR "28(3)"); 0 means none.
	Paragraph int `json:"paragraph,omitzero"`
	// Subparagraph is the unnumbered subparagraph of the paragraph, from
	// 1 ("Art. 28(3), second subparagraph" is 2); 0 means the whole
	// paragraph.
	Subparagraph int `json:"subparagraph,omitzero"`
	// Point is the lettered point ("h"); empty means none.
	Point string `json:"point,omitzero"`
}

// Art returns the reference to GDPR Art. article(paragraph)(point); a zero
// paragraph or empty point leaves that part out.
func Art(article string, paragraph int, point string) Reference {
	return Reference{Instrument: GDPR, Article: article, Paragraph: paragraph, Point: point}
}

// Contains reports whether s lies within r: the same instrument, and every
// part r gives equal in s.
func (r Reference) Contains(s Reference) bool {
	return r.Instrument == s.Instrument &&
		(r.Article == "" || r.Article == s.Article) &&
		(r.Paragraph == 0 || r.Paragraph == s.Paragraph) &&
		(r.Subparagraph == 0 || r.Subparagraph == s.Subparagraph) &&
		(r.Point == "" || r.Point == s.Point)
}

// Compare orders references: the GDPR first, then the 2021/915 clauses,
// then other instruments by identifier; within an instrument by article
// in numeric order (28 before 32, 7.5 before 7.10), paragraph,
// subparagraph and point.
func (r Reference) Compare(s Reference) int {
	return cmp.Or(
		cmp.Compare(r.Instrument.rank(), s.Instrument.rank()),
		strings.Compare(string(r.Instrument), string(s.Instrument)),
		compareNumbers(r.Article, s.Article),
		cmp.Compare(r.Paragraph, s.Paragraph),
		cmp.Compare(r.Subparagraph, s.Subparagraph),
		strings.Compare(r.Point, s.Point),
	)
}

// compareNumbers compares dotted numbers such as "7.5" and "7.10" part by
// part, numerically where both parts are numbers.
func compareNumbers(a, b string) int {
	for a != "" || b != "" {
		var pa, pb string
		pa, a, _ = strings.Cut(a, ".")
		pb, b, _ = strings.Cut(b, ".")
		na, okA := number(pa)
		nb, okB := number(pb)
		var c int
		if okA && okB {
			c = cmp.Compare(na, nb)
		} else {
			c = strings.Compare(pa, pb)
		}
		if c != 0 {
			return c
		}
	}
	return 0
}

// number returns the value of s when it is a run of at most 18 decimal
// digits. It stands in for strconv.Atoi, whose error for a part that is
// not a number (the empty article of a whole instrument, "V") allocates,
// and sorting a report compares articles many times.
func number(s string) (int, bool) {
	if s == "" || len(s) > 18 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}
