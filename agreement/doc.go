// Package agreement holds the whole processor agreement as one value, and
// the evaluators that need all of it: validation, strict JSON, the
// liability cap and what is recoverable, fees and refunds, the agenda of
// duties an event creates. The Art. 28 review, which reads the whole
// agreement, is package [github.com/personvern/dpa/agreement/review].
//
// # The value
//
// An [Agreement] is a plain struct: write it as a literal, copy it, compare
// it, store it as JSON. Each term is a small struct that embeds an
// [obligation.Provision], saying whether the text addresses the term and in
// which clause:
//
//	a.Termination = agreement.Termination{
//		Provision: obligation.At("Varighet og opphør"),
//		By:        agreement.EitherParty,
//		Notice:    obligation.Months(6),
//	}
//
// A term the text is silent on keeps its zero value ([obligation.Absent]);
// one that says there is none is [obligation.StatedNone]; a template blank
// such as "[SPECIFY TIME PERIOD]" is [obligation.Blank]. The parts other
// packages own are held as their types: the processing description
// ([annex.Description]), the subprocessor register and policy
// ([subprocessor.Register], [subprocessor.Policy]) and the breach terms
// ([breach.Terms]).
//
// # Several documents
//
// An agreement is often more than one text: a DPA, the main agreement it
// belongs to, the standard contractual clauses it incorporates. Where they
// give a term differently, the agreement value holds one reading and
// [Agreement].Readings the others, each citing its document and clause;
// [Precedence] says which prevails, by a plain ranking (Order) or by
// [PrecedenceRule] values for what a ranking cannot say: only to the
// extent of an inconsistency, only for some clauses or terms, only if a
// separate document exists or is signed. [Agreement.Conflicts] lists the
// terms in conflict and which reading governs under which rule;
// [Agreement.Governing] returns the agreement with each term set to the
// reading that governs, and the evaluators that take a whole agreement
// apply it themselves.
//
// [Agreement].Calendar names the national calendar the agreement counts
// in, Norway's by default or Sweden's ([obligation.CalendarName]).
//
// # Reading and checking
//
// [Decode] reads JSON strictly and names the path of the first problem
// ([PathError]); [Encode] writes the stable, indented form. [Agreement.Validate]
// checks well-formedness and returns every problem at once as a
// *[ValidationError] whose problems carry their JSON paths. Validation is
// about form, not law: the five seed agreements are all valid.
//
// # Evaluators
//
//   - [Liability.CapFor] and [Liability.Assess]: the cap for a calendar year,
//     and what each claim can recover, with the reason and clause for each
//     reduction; a cap the text leaves unquantified is reported, never
//     guessed. A cap limits a calendar year, each claim, the whole
//     agreement or any period of some months ([Rolling]). Carve-outs by
//     cause or fault ([CapLift]) lift the caps, a cap may refer to
//     another document's cap ([Cap].Refers), and where
//     the claim's cause is not given or the text leaves the reference
//     open, the answer is an upper bound that says so.
//   - [Invoicing], [PriceAdjustment], [Refund] and [Assistance.Bill]: due
//     dates, consumer-price-index adjustment, refunds on early termination,
//     and billed assistance, exact to the øre.
//   - [Agreement.Agenda]: the duties an [obligation.Event] creates (a
//     termination notice, the end, an audit request, a data subject request,
//     a breach), each with debtor, creditor, due instant and clause; an
//     audit beyond its [AuditLimit] is a refused duty that names the facts
//     that would lift the limit.
//   - [Retention.DeleteBy]: when a record of a category must be deleted,
//     after a period or when an event happens ([RetentionTerm].Until).
//   - [Notices.ReceivedOn]: the day a notice sent by a channel counts as
//     received, in the agreement's calendar.
//
// All evaluators are pure: they take the agreement, the facts and an explicit
// instant or date, read no clock and keep no state.
package agreement
