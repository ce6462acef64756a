package subprocessor

import (
	"strings"

	"github.com/personvern/dpa/obligation"
)

// Rules returns the duty rules p derives, so that an agreement's agenda
// ([obligation.Agenda]) gives them for the events a change raises:
//
//   - on [obligation.SubprocessorChangeAnnounced] (At: the notice sent,
//     Effective: the planned start): the processor's notice, due the
//     notice period before the start, and the controller's right to
//     object, due at the end of the objection window counted with the
//     same calendar (from the notice, or from the start);
//   - on [obligation.ObjectionReceived]: what the objection leads to, as
//     the remedy states it: the processor's choice among its options, the
//     controller's right to terminate with its notice and scope, and the
//     refund.
//
// A policy that states no right to object gives no objection duty, and an
// objection with no stated consequence gives none either (the review
// reports such a right as one without effect).
func (p Policy) Rules() []obligation.Rule { return p.AppendRules(nil) }

// AppendRules appends [Policy.Rules] to dst.
func (p Policy) AppendRules(dst []obligation.Rule) []obligation.Rule {
	P, C := obligation.Processor, obligation.Controller
	announced, objected := obligation.SubprocessorChangeAnnounced, obligation.ObjectionReceived
	if n := p.Notice; n.Status == obligation.Stated && !n.Period.IsZero() {
		dst = append(dst, obligation.Rule{On: announced, Debtor: P, Creditor: C, Action: obligation.Notify,
			Due: n.Period, Anchor: obligation.BeforeEffective, Clause: n.Clause,
			Note: "notice of the change before the new subprocessor starts"})
	}
	if o := p.Objection; o.Status == obligation.Stated {
		r := obligation.Rule{On: announced, Debtor: C, Creditor: P, Action: obligation.Object, Due: o.Period, Clause: o.Clause}
		if o.Anchor == FromStart {
			r.Anchor = obligation.FromEffective
		}
		var notes []string
		if o.Justified {
			notes = append(notes, "only on justified grounds")
		}
		if o.Written {
			notes = append(notes, "in writing")
		}
		if p.Silence.Accepts {
			notes = append(notes, "without an objection (or a termination) the change counts as accepted")
		}
		r.Note = strings.Join(notes, "; ")
		dst = append(dst, r)
	}
	rm := p.Remedy
	if rm.Status != obligation.Stated {
		return dst
	}
	switch rm.Effect {
	case ProcessorChooses:
		names := make([]string, len(rm.Options))
		for i, o := range rm.Options {
			names[i] = o.String()
		}
		dst = append(dst, obligation.Rule{On: objected, Debtor: P, Creditor: C, Action: obligation.DecideRemedy,
			Clause: rm.Clause, Note: "the processor chooses: " + strings.Join(names, ", ")})
		if hasOption(rm.Options, ProcessorTerminates) {
			dst = append(dst, p.terminate())
		}
	case ControllerMayTerminate:
		dst = append(dst, p.terminate())
	default:
		return dst
	}
	if f := p.Refund; f.Status == obligation.Stated && f.Kind != NoRefund && f.Kind != 0 {
		dst = append(dst, obligation.Rule{On: objected, Debtor: P, Creditor: C, Action: obligation.Refund,
			Clause: f.Clause, Note: f.Kind.Label(english)})
	}
	return dst
}

// terminate is the controller's right to terminate after an objection,
// with the remedy's condition in its note.
func (p Policy) terminate() obligation.Rule {
	rm := p.Remedy
	r := obligation.Rule{On: obligation.ObjectionReceived, Debtor: obligation.Controller, Creditor: obligation.Processor,
		Action: obligation.Terminate, Due: rm.Termination, Clause: rm.Clause}
	var notes []string
	if rm.Scope != 0 {
		notes = append(notes, rm.Scope.Label(english))
	}
	if rm.Condition != "" {
		notes = append(notes, rm.Condition)
	}
	if rm.WithoutPenalty {
		notes = append(notes, "without penalty")
	}
	r.Note = strings.Join(notes, "; ")
	return r
}

func hasOption(os []Option, o Option) bool {
	for _, x := range os {
		if x == o {
			return true
		}
	}
	return false
}
