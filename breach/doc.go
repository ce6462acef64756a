// Package breach answers "when must this breach be notified, to whom, and
// with what contents": an agreement's breach terms, incidents, and the
// GDPR Art. 33 and 34 assessment, for one customer or for all of them.
//
// # Terms
//
// [Terms] hold what an agreement's breach clause says, each part citing its
// clause through an embedded [obligation.Provision]: what counts as a
// breach ([Scope]; the seeds' "avvik" is often wider than Art. 4(12)), the
// processor's [Deadline] as an [obligation.Period] with the [Trigger] that
// starts it, the [Channel], the agreement's own list of notice [Contents]
// as typed [Requirement] values, who reports onwards ([Reporting],
// including whether the processor may report itself), and the further
// duties it states ([Commitment]). The zero Terms is an agreement silent on
// breaches: the law alone applies.
//
// # Incidents
//
// An [Incident] records what is known about a breach at one moment. Facts
// not yet known are [Known] values left unset, which is distinct from a
// fact known to be empty, so that a notice can be given in phases (Art.
// 33(4)).
//
// # Assessment
//
// [Terms.Assess] is pure and does not allocate. Its [Assessment] gives:
//
//   - the processor's deadline ([ProcessorDeadline]): an instant where the
//     agreement gives hours, counted as elapsed time and never moved to a
//     working day (days and longer units follow Regulation 1182/71 on the
//     calendar of [obligation.Norway]), otherwise the unquantified kind and
//     its bound, with
//     [ProcessorDeadline.Check] for a notice sent at some instant; a bound
//     the text states by reference to the law ([StatutoryMaximum]) is
//     resolved to the processor's rule in force ([ProcessorRuleAt]) and
//     explained by [ProcessorDeadline.BoundText];
//   - the controller's deadline to notify Datatilsynet
//     ([AuthorityDeadline]): the versioned rule of [AuthorityRuleAt] (72
//     hours today) from when the controller became aware, unless the breach
//     is unlikely to result in a risk; a late notice needs reasons;
//   - whether the data subjects must be told ([Subjects]), with the
//     exception of Art. 34(3) that applies;
//   - the contents still missing, the union of Art. 33(3)
//     ([LawRequirements]) and the agreement's list, each with its sources
//     ([Assessment.MissingContents]);
//   - the duties the incident creates ([Assessment.Duties]), also as
//     [obligation.Duty] values for the agreement-wide agenda
//     ([Assessment.Agenda]); [Terms.Rules] gives the processor's duties as
//     [obligation.Rule] templates for [obligation.Agenda];
//   - a draft notice to the controller in Norwegian Bokmål or English
//     ([Assessment.Notice]).
//
// [AssessAll] assesses one incident under many agreements and orders the
// notices owed by deadline.
//
// Instants are shown in Europe/Oslo ([Oslo]), the location of
// [obligation.Norway], loaded from the time zone database embedded in
// package obligation.
package breach
