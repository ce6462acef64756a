// Package obligation answers "by when, and who owes what". It holds the
// primitives every term of an agreement shares, counts deadlines the way the
// law counts them, and turns events into dated duties.
//
// # Terms and their sources
//
// A [Clause] names where in the text a term comes from ("2.7",
// "Vedlegg 3.3 §4.3"); a text without numbers is cited by heading and
// paragraph ([Paragraph], [Opening]), never by an invented number. A
// [Provision] pairs it with a [Status], the term's provenance: the text
// addresses the term ([Stated]), says there is none ([StatedNone]), leaves a
// template blank ([Blank]), implies it ([Inferred], with the reason), or is
// silent ([Absent], the zero value); or our copy cannot tell, because the
// part is missing from a partial copy ([NotSeen]) or the term is in a
// document not reproduced ([Elsewhere], with the document's name).
// [Provision.Reviewable] tells a review which terms it can judge. A
// [Placeholder] marks any other field a template leaves open.
//
// # Periods and deadlines
//
// A [Period] is "24 hours", "30 days", "5 business days", "2 months", or one
// of the unquantified standards that are kinds in their own right:
// [Immediately], [WithoutUndueDelay], [AsSoonAsPossible], [ReasonableTime],
// [InGoodTime], [InTime], [Promptly],
// optionally bounded ("without undue delay and at the latest 24 hours").
// Its text form is an ISO 8601 duration ("PT24H", "P30D", "P2M"; "P5BD" for
// business days) or the kind's name ("without-undue-delay/PT24H").
//
// A [Calendar] counts them. [Norway] gives Europe/Oslo (from embedded zone
// data) with the Norwegian public holidays: the ten days of the Holidays Act
// with Easter computed, and 1 and 17 May. [Sweden] gives Europe/Stockholm
// with the Swedish «allmänna helgdagar» ([SwedishHolidays]); an agreement
// names its calendar with a [CalendarName]. [NewCalendar] builds one for
// any other place from a location and a [Holidays] set. By default
// [Calendar.Deadline] follows Regulation (EEC, Euratom) No 1182/71: a day,
// week, month or year period does not count the event's day and ends at the
// end of its last day; month ends clamp; a last day on a Saturday, Sunday or
// holiday moves to the next working day; hours run from the instant as
// elapsed time and never move, across daylight-saving changes too.
// [Calendar.LatestBefore] counts backwards in clear days ("at least 30 days
// before the start"). Options change each reading: [Roll], [HourStart],
// [Counting] and [Weekend]; their doc comments say which reading each takes.
// [BusinessHours] adds opening hours for terms such as "response within 24
// hours on working days 09:00–16:00".
//
// # Money
//
// [Money] is a decimal amount with an ISO 4217 currency: arithmetic refuses
// to mix currencies ([MismatchError]), rounding follows the currency's minor
// unit, and display gives "kr 25 000" or "NOK 25,000.00".
//
// # Duties and the agenda
//
// A [Rule] is a duty template an agreement's term gives: on which
// [EventKind], who owes ([Party]) what ([Action]) to whom, within which
// period, at whose [Cost], and whether it survives the agreement. [Agenda]
// applies rules to an [Event] and returns dated [Duty] values sorted by due
// time. Other packages plug their own duties in through [RuleSource] and
// [Source] without this package importing them.
//
// A rule may hold only on a [Condition] ("unless the customer deleted the
// data itself", the alternative the controller chooses, with the
// [Condition].Default that applies when it makes no choice in time), and
// how often its event must be honoured is a [Limit] (once a calendar year,
// unless there are signs of a breach). The caller passes what it knows as
// [Facts]; what they leave open, the duty names ([Duty].Assumes,
// [Duty].Lifts), so the agenda gives each branch instead of guessing.
//
// Everything here is a value and every function is pure; nothing reads the
// clock.
package obligation
