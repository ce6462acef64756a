// Package subprocessor answers "who may process, from when, where, and on
// what legal basis": the register of subprocessors, the rules for engaging
// and changing them, the differences between two registers, and the
// lawfulness of transfers to third countries on a date.
//
// # The register
//
// A [Register] lists an agreement's subprocessors as [Entry] values: legal
// name, service, purpose, what data they reach ([PersonalData], or
// [AnonymousStatistics] only, like MailMojo's Sentry), where they process
// and where their staff reach the data from, kept apart ([Location]: an
// ISO 3166-1 country, a [Region] the law knows such as the EU or the EEA,
// "global", a set of countries, a third country the text does not name,
// or unknown), the transfer [Basis] values the text names with what each
// needs (module, certification, law of the clauses, exporter side, the
// place it is named for), a transfer [ImpactAssessment] and supplementary
// [Measure]s, the clause that lists them, and their own subprocessors. Many agreements keep the list elsewhere, in a privacy
// policy or on a web page: [Referenced] records that, and is not the same
// as [NoneUsed].
//
// # The policy and a change
//
// A [Policy] holds the agreement's terms, each embedding an
// [obligation.Provision] that says whether the text addresses it and in
// which clause: the kind of [Authorisation], how changes are announced,
// the [Notice] period (a zero period is "no period stated", not a period
// of zero), the [Objection] window and what it runs from, whether an
// objection needs justified grounds, what it does ([Remedy]), the
// [Refund], whether [Silence] is acceptance, liability for subprocessors
// and flow-down of the same obligations.
//
// [Policy.Assess] evaluates a [Change] under a policy on an
// [obligation.Calendar]: whether notice is owed (GDPR Art. 28(2)), the
// latest day to send it, the earliest start after a notice, the objection
// deadline, the remedy and refund, and when silence becomes acceptance,
// each with its clause. It is pure and does not allocate. [Batch] does the
// same for one change across many agreements and orders the notices by
// deadline.
//
// # Diff
//
// [Diff] compares two registers and returns typed [Difference] values
// (added, removed, replaced, moved, access changed, widened to personal
// data, amended) at every level of the chain, matching names robustly
// ([NormalName]) and in an order that does not depend on the input order.
//
// # Transfers
//
// [Law] holds the dated legal tables, embedded in the module as readable
// files with a source per row (law/regions.tsv, law/decisions.tsv,
// law/clauses.tsv): region membership (the United Kingdom in the EU until
// 31 January 2020), adequacy decisions with their scope, Safe Harbour,
// Privacy Shield and the Data Privacy Framework (with its UK Extension
// and the Swiss-US framework), the standard contractual clauses and their
// transitions for EEA, UK and Swiss exporters, the UK IDTA and Addendum.
// [EmbeddedLaw] returns them; [ReadLaw] reads newer copies, and the
// methods of a Law value evaluate against them.
//
// [Law.AssessEntry] judges every basis an entry names, and every basis
// the agreement's general [Transfers] terms name, for each place on a
// day: each as [Valid], [Lapsed] (with the day), [Insufficient],
// [NotApplicable] or [Unsettled] ([Judged]), with the module, the law and
// courts of the clauses and the exporter side checked. The place's
// [Outcome] is [NoTransfer], [BasisFound] (the best valid basis; a lapsed
// one beside it is still listed, [Finding.Weak]), [NoBasis] (bases named,
// none valid), [Undetermined], or [NoneNamed] ("undetermined: no basis
// named"). An adequacy decision applies by itself when no basis named is
// valid. [Transfer] judges one place and one basis; [Register.Transfers]
// and [Transfers.Findings] apply the assessment to a register and to the
// general terms; access from a third country counts as a transfer, and a
// subprocessor's own subprocessor reached from a third country is an
// onward transfer ([EntryFinding.Onward]). [OverdueAssessments] finds
// transfer impact assessments whose stated review day has passed.
//
// # Display
//
// [Register.Table] prints a register in Norwegian Bokmål or English,
// sorted in Norwegian order (… Z, Æ, Ø, Å) whatever the language.
package subprocessor
