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
// and where their staff reach the data from ([Location]: an ISO 3166-1
// country, a third country the text does not name, or unknown), the
// transfer [Safeguard] relied on, the clause that lists them, and their
// own subprocessors. Many agreements keep the list elsewhere, in a privacy
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
// [Transfer] evaluates one location and safeguard on a date against a
// dated table of the legal bases ([Decisions]): EEA membership (no
// transfer), adequacy decisions with their dates and scope, Safe Harbour,
// Privacy Shield, the Data Privacy Framework, the old and the 2021/914
// standard contractual clauses, binding corporate rules and Art. 49
// derogations. The [Outcome] is [NoTransfer], [BasisFound], [NoBasis] or
// [Undetermined], with the reason. [Register.Transfers] and
// [Transfers.Findings] apply it to a register and to an agreement's
// transfer terms; access from a third country counts as a transfer.
//
// # Display
//
// [Register.Table] prints a register in Norwegian Bokmål or English,
// sorted in Norwegian order (… Z, Æ, Ø, Å) whatever the language.
package subprocessor
