// Package review reads a processor agreement as a privacy lawyer would
// before signing, or after the law has moved: against GDPR Art. 28, Art.
// 32, Art. 33(2), Chapter V, the standard contractual clauses of Decision
// (EU) 2021/915 and Norwegian law, on a given day. It is modelled on
// golang.org/x/tools/go/analysis and on staticcheck's stable check
// identifiers.
//
// # Checks
//
// Each check is a [Check] value: its stable [Code], a title and
// documentation in Norwegian Bokmål and English, the provision it tests
// ([Reference]), its [Severity], and a pure Run function that reads the
// agreement and the day from a [Pass] and reports [Finding] values.
// [Default] returns the default set, listed below; the constant of each
// code documents exactly what triggers it and what does not.
//
// # Running a review
//
// [Agreement] runs the default set: review.Agreement(a, on). A [Set] runs
// any list of checks with [Set.Review]: the default set without some
// ([Set.Without]), only some ([Set.Only]), with a severity changed
// ([Set.WithSeverity]), or with checks of one's own ([Set.With]). The
// result is a [Report]: the findings ordered by severity, then legal
// basis, code and clause, each citing the clauses it concerns; the same
// gap in two clauses is one finding. A review date that is not a day is
// an error ([ErrInvalidDate]), as is a check the driver cannot run
// ([ErrInvalidCheck]).
//
// The transfer checks judge against the legal tables package subprocessor
// embeds; [WithLaw] gives them newer tables (read with
// [subprocessor.ReadLaw], or a copy with rows changed) without a new
// release of the module.
//
// Findings are data; their text is produced when shown, in either
// language ([Finding.Message], [Report.WriteText], [Report.WriteMarkdown]).
//
// # Codes
//
// Codes name the instrument first, then the provision, then the topic;
// see [Code] for the rule. A code has one severity, and a golden file in
// the tests pins every code with its severity and basis, so a rename is
// never silent.
//
// # The default checks
//
//   - gdpr-28-2-authorisation-missing (unmet): subprocessors without
//     authorisation; [AuthorisationMissing].
//   - gdpr-28-2-no-objection-right (unmet): general authorisation without a
//     right to object; [NoObjectionRight].
//   - gdpr-28-2-no-change-information (unmet): general authorisation without
//     information on changes; [NoChangeInformation].
//   - gdpr-28-2-notice-period-missing (weak): no notice period for new
//     subprocessors; [NoticePeriodMissing].
//   - gdpr-28-2-notice-period-vague (weak): vague notice period for new
//     subprocessors; [NoticePeriodVague].
//   - gdpr-28-2-list-update-only (weak): changes announced only by updating
//     a list; [ListUpdateOnly].
//   - gdpr-28-2-objection-window-short (weak): objection required at once;
//     [ObjectionWindowShort].
//   - gdpr-28-2-objection-from-start (weak): objection window from the
//     start; [ObjectionFromStart].
//   - gdpr-28-2-objection-outlasts-notice (weak): objection window longer
//     than the notice; [ObjectionOutlastsNotice].
//   - gdpr-28-2-objection-without-effect (weak): objection right without
//     effect; [ObjectionWithoutEffect].
//   - gdpr-28-2-start-before-objection-closes (weak): start before the
//     objection window closes; [StartBeforeObjection].
//   - gdpr-28-2-specific-deemed-accepted (weak): specific authorisation
//     deemed given by silence; [SpecificDeemedAccepted].
//   - gdpr-28-3-subject-matter-missing (unmet): subject matter missing;
//     [SubjectMatterMissing].
//   - gdpr-28-3-duration-missing (unmet): duration missing;
//     [DurationMissing].
//   - gdpr-28-3-duration-implied (weak): duration implied only;
//     [DurationImplied].
//   - gdpr-28-3-processing-not-described (unmet): processing not described;
//     [ProcessingNotDescribed].
//   - gdpr-28-3-purpose-missing (unmet): purpose missing; [PurposeMissing].
//   - gdpr-28-3-data-subjects-missing (unmet): categories of data subjects
//     missing; [DataSubjectsMissing].
//   - gdpr-28-3-data-subjects-implied (weak): categories of data subjects
//     implied only; [DataSubjectsImplied].
//   - gdpr-28-3-personal-data-missing (unmet): types of personal data
//     missing; [PersonalDataMissing].
//   - gdpr-28-3-nature-missing (unmet): nature of the processing missing;
//     [NatureMissing].
//   - gdpr-28-3-controller-duties-missing (unmet): controller's obligations
//     and rights missing; [ControllerDutiesMissing].
//   - gdpr-28-3-controller-duties-blank (weak): empty list of the
//     controller's obligations; [ControllerDutiesBlank].
//   - gdpr-28-3-document-not-reproduced (info): document of the agreement
//     not reproduced; [DocumentNotReproduced].
//   - gdpr-28-3-no-document-reproduced (info): no document of the agreement
//     reproduced; [NoDocumentReproduced].
//   - gdpr-28-3-terms-not-reviewed (info): terms that could not be reviewed;
//     [TermsNotReviewed].
//   - gdpr-28-3-termination-separate (weak): processor agreement terminable
//     on its own; [SeparateTermination].
//   - gdpr-28-3-termination-notice-vague (weak): termination notice without
//     a period; [TerminationNoticeVague].
//   - gdpr-28-3-template-to-fill (info): what the template leaves to fill
//     in; [TemplateToFill].
//   - gdpr-28-3-documents-contradict (info): documents disagree, precedence
//     decides; [DocumentsContradict].
//   - gdpr-28-3-documents-contradict-unranked (weak): documents disagree, no
//     order of precedence; [DocumentsContradictUnranked].
//   - gdpr-28-3-assistance-cost-contradicts (weak): contradiction on what
//     assistance costs; [AssistanceCostConflict].
//   - gdpr-28-3-governing-law-missing (info): governing law missing;
//     [GoverningLawMissing].
//   - gdpr-28-3-venue-missing (info): venue missing; [VenueMissing].
//   - gdpr-28-3-infringing-instruction-missing (weak): no notice of an
//     infringing instruction; [InfringingInstructionMissing].
//   - gdpr-28-3-infringing-instruction-late (weak): late notice of an
//     infringing instruction; [InfringingInstructionLate].
//   - gdpr-28-3-a-instructions-missing (unmet): documented instructions
//     missing; [InstructionsMissing].
//   - gdpr-28-3-b-confidentiality-missing (unmet): confidentiality missing;
//     [ConfidentialityMissing].
//   - gdpr-28-3-b-staff-not-bound (weak): staff not bound by
//     confidentiality; [StaffNotBound].
//   - gdpr-28-3-c-security-missing (unmet): security duty missing;
//     [SecurityDutyMissing].
//   - gdpr-28-3-d-subprocessors-missing (unmet): subprocessor terms missing;
//     [SubprocessorTermsMissing].
//   - gdpr-28-3-e-rights-assistance-missing (unmet): assistance with data
//     subjects' rights missing; [RightsAssistanceMissing].
//   - gdpr-28-3-f-assistance-missing (unmet): assistance with Arts. 32–36
//     missing; [AssistanceMissing].
//   - gdpr-28-3-f-assistance-general (weak): assistance in general terms
//     only; [AssistanceGeneralOnly].
//   - gdpr-28-3-f-dpia-assistance-missing (unmet): assistance with Arts.
//     35–36 missing; [DPIAAssistanceMissing].
//   - gdpr-28-3-f-scope-incomplete (weak): assistance with part of Arts.
//     32–36 missing; [AssistanceScopeIncomplete].
//   - gdpr-28-3-f-breach-missing (unmet): breach terms missing;
//     [BreachTermsMissing].
//   - gdpr-28-3-g-end-missing (unmet): nothing on the data at the end;
//     [EndMissing].
//   - gdpr-28-3-g-no-deletion (unmet): no deletion at the end; [NoDeletion].
//   - gdpr-28-3-g-no-return (weak): no return before deletion;
//     [NoReturnChoice].
//   - gdpr-28-3-g-periods-contradict (weak): two periods for one duty at the
//     end; [PeriodContradiction].
//   - gdpr-28-3-g-deletion-contradicts-retention (weak): deletion against a
//     retention term; [DeletionContradictsRetention].
//   - gdpr-28-3-g-retention-outlasts-end (weak): retention that outlasts the
//     end; [RetentionOutlastsEnd].
//   - gdpr-28-3-g-steps-overlap (weak): steps of the end that overlap;
//     [StepsOverlap].
//   - gdpr-28-3-h-information-missing (unmet): compliance information
//     missing; [ComplianceInformationMissing].
//   - gdpr-28-3-h-audit-missing (unmet): audit right missing;
//     [AuditMissing].
//   - gdpr-28-3-h-audit-implied (weak): audits assumed, not granted;
//     [AuditImplied].
//   - gdpr-28-3-h-audit-soft (weak): audit only as a soft undertaking;
//     [AuditSoft].
//   - gdpr-28-3-h-audit-by-reports (weak): audit replaced by reports;
//     [AuditByReports].
//   - gdpr-28-3-h-third-party-only (weak): audit by a third party only;
//     [AuditThirdPartyOnly].
//   - gdpr-28-3-h-auditor-by-processor (weak): auditor chosen by the
//     processor; [AuditorByProcessor].
//   - gdpr-28-3-h-audit-scope-limited (weak): audits that exclude parts of
//     the processing; [AuditScopeLimited].
//   - gdpr-28-3-h-audit-limited (weak): audits limited in number;
//     [AuditLimited].
//   - gdpr-28-3-h-audit-notice-vague (info): audit notice without a period;
//     [AuditNoticeVague].
//   - gdpr-28-4-flow-down-missing (unmet): same obligations for
//     subprocessors missing; [FlowDownMissing].
//   - gdpr-28-4-liability-missing (weak): full liability for subprocessors
//     not stated; [SubprocessorLiabilityMissing].
//   - gdpr-28-4-subprocessor-agreement (info): agreement with a
//     subprocessor; [SubprocessorAgreement].
//   - gdpr-28-4-liability-maximum-unquantified (weak): liability cap without
//     an amount; [LiabilityMaximumUnquantified].
//   - gdpr-28-10-processor-own-purpose (unmet): processing for the
//     processor's own purposes; [ProcessorOwnPurpose].
//   - gdpr-32-1-measures-not-listed (weak): security measures not listed;
//     [MeasuresNotListed].
//   - gdpr-32-1-measures-restate-law (weak): security duty only restates the
//     law; [MeasuresRestateLaw].
//   - gdpr-32-1-children-safeguards (weak): children's data without special
//     security needs; [ChildrenDataSafeguards].
//   - gdpr-32-1-children-security-excluded (unmet): security for children's
//     data excluded, yet they are processed; [ChildrenSecurityExcluded].
//   - gdpr-33-2-deadline-unquantified (info): no breach notice period beyond
//     the law; [BreachDeadlineUnquantified].
//   - gdpr-33-2-deadline-loose (weak): loose breach notice deadline;
//     [BreachDeadlineLoose].
//   - gdpr-33-3-contents-incomplete (weak): breach notice contents
//     incomplete; [BreachContentsIncomplete].
//   - gdpr-33-3-contents-not-listed (info): breach notice contents not
//     listed; [BreachContentsNotListed].
//   - gdpr-44-transfer-no-basis (unmet): transfer without a basis;
//     [TransferNoBasis].
//   - gdpr-44-transfer-undetermined (weak): transfer the agreement does not
//     settle; [TransferUndetermined].
//   - gdpr-44-transfer-judgement (info): transfer needing a legal judgement;
//     [TransferJudgement].
//   - gdpr-44-transfer-none-named (weak): transfer with no basis named;
//     [TransferNoneNamed].
//   - gdpr-44-region-no-basis (weak): region with third countries, no
//     basis; [TransferRegionNoBasis].
//   - gdpr-44-basis-lapsed (weak): lapsed basis beside a valid one;
//     [TransferBasisLapsed].
//   - gdpr-46-2-c-module-misfit (weak): module that does not fit;
//     [ClausesModuleMisfit].
//   - gdpr-46-2-c-clauses-law-outside-eu (weak): law or courts of the
//     clauses outside the EU; [ClausesLawOutsideEU].
//   - gdpr-46-2-c-clauses-law-eea (info): law or courts of the clauses in an
//     EEA EFTA state; [ClausesLawEEA].
//   - gdpr-45-9-invalid-mechanism-only (unmet): only an invalidated transfer
//     basis; [InvalidMechanismOnly].
//   - gdpr-45-9-invalid-mechanism (weak): invalidated transfer basis beside
//     others; [InvalidMechanism].
//   - gdpr-46-1-assessment-overdue (weak): transfer impact assessment
//     overdue; [TransferAssessmentOverdue].
//   - gdpr-94-2-directive-cited (info): cites the Data Protection Directive;
//     [DirectiveCited].
//   - scc915-7-5-sensitive-data-safeguards (weak): sensitive data without
//     evident safeguards; [SensitiveDataSafeguards].
//   - scc915-7-5-security-excluded (weak): security for sensitive data
//     excluded; [SensitiveSecurityExcluded].
//   - scc915-7-5-security-excluded-processed (unmet): security for sensitive
//     data excluded, yet they are processed;
//     [SensitiveSecurityContradiction].
//   - scc915-8-a-request-notice-missing (info): data subjects' requests not
//     passed on; [RequestNoticeMissing].
//   - scc915-10-a-suspension-missing (info): no right to suspend the
//     processing; [SuspensionRightMissing].
//   - scc915-10-b-termination-missing (info): no right to terminate for
//     non-compliance; [TerminationRightMissing].
//   - no-law-repealed (weak): cites a repealed Norwegian act; [LawRepealed].
package review
