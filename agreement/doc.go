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
//     guessed.
//   - [Invoicing], [PriceAdjustment], [Refund] and [Assistance.Bill]: due
//     dates, consumer-price-index adjustment, refunds on early termination,
//     and billed assistance, exact to the øre.
//   - [Agreement.Agenda]: the duties an [obligation.Event] creates (a
//     termination notice, the end, an audit request, a data subject request,
//     a breach), each with debtor, creditor, due instant and clause.
//
// All evaluators are pure: they take the agreement, the facts and an explicit
// instant or date, read no clock and keep no state.
package agreement
