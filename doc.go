// Package dpa models GDPR processor agreements (Norwegian
// databehandleravtaler) as typed Go values, and answers the questions they
// raise with pure evaluator functions.
//
// A SaaS company signs a processor agreement (GDPR Art. 28) with each
// customer. This module turns each agreement into an [agreement.Agreement]
// value whose every term cites the clause it comes from, and answers:
//
//   - A breach was discovered at 22:40 on a Saturday: whom must we notify,
//     by when, and with what contents? (package breach)
//   - We want a new subprocessor from 1 March: whom must we tell, by when,
//     until when may each customer object, and what happens if they do?
//     (package subprocessor)
//   - A customer terminates or asks for an audit: what do we owe, by which
//     date, at whose cost? (package obligation, through the agreement's
//     agenda)
//   - How much could we owe this calendar year under the liability cap?
//     (package agreement)
//   - What does this agreement lack under Art. 28, and does it rely on law
//     that is no longer in force? (package agreement/review)
//
// # Packages
//
//   - annex: what is processed: purposes, data subjects, categories of
//     personal data, special categories, processing operations, security
//     needs and measures, with Norwegian and English labels.
//   - obligation: time and duties: periods ("30 days", "without undue
//     delay"), deadlines counted by Regulation 1182/71 on a Norwegian
//     calendar, events and the duties they create; the clause references
//     and money every term uses.
//   - subprocessor: the register, authorisation and change rules, register
//     diffs, and the legal basis of transfers to third countries on a date.
//   - breach: incidents, notification deadlines, notice contents and the
//     Art. 33 and 34 decisions.
//   - agreement: the whole agreement, its validation and strict JSON, the
//     liability cap, fees and refunds, and the agenda of duties.
//   - agreement/review: the Art. 28 review, a set of checks, each a value
//     with a stable code, its documentation, the legal basis it tests and
//     a default severity; the default set, and a driver that runs it, a
//     subset, or the default set with checks of one's own.
//   - examples: the five real agreements the library was built from, as
//     values, and the tour program that prints what the library knows
//     about them.
//
// # Principles
//
// Agreements are plain values: write them as literals, compare, copy and
// serialise them. Evaluators are pure functions of their inputs and an
// explicit instant; they read no clock and no global state, and are safe
// for concurrent use. Money is decimal with an ISO 4217 currency; time is
// time.Time in Europe/Oslo unless the agreement says otherwise. Bad input
// gets an error naming the field, never a panic.
package dpa
