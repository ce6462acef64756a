package agreement

import (
	"fmt"
	"slices"
	"time"

	"github.com/personvern/dpa/internal/valid"
	"github.com/personvern/dpa/obligation"
)

// RetentionTerm is how long the processor keeps one category of data
// during the term: "call recordings are deleted after 90 days", "12
// months after the last use", "until the end of the employment plus
// 5 years". Keep runs from the event From names, for each record or
// account it concerns; the deletion is due when it has run. The zero
// RetentionTerm means nothing is stated.
type RetentionTerm struct {
	obligation.Provision
	// Category is the data the term covers, as the text names it ("logs",
	// "call recordings"); empty when the term covers all the data.
	Category string `json:"category,omitzero"`
	// Keep is how long the data are kept; an unquantified standard ("as
	// long as necessary for the purpose") has no deletion date.
	Keep obligation.Period `json:"keep,omitzero"`
	// From is the event Keep runs from: [obligation.RecordCreated],
	// [obligation.LastUse], [obligation.AccountClosed],
	// [obligation.RelationshipEnds], [obligation.PurposeEnds] («til
	// hensiktsmessigheten opphører») or [obligation.AgreementEnds].
	From obligation.EventKind `json:"from"`
	// Or are further events that end the retention in the same way,
	// whichever comes first: "until the account is deleted or the
	// agreement ends" is From [obligation.AccountClosed], Or
	// [obligation.AgreementEnds].
	Or []obligation.EventKind `json:"or,omitzero"`
	// Until reports that the data are kept until the event and no longer,
	// with no period after it («Tills kontot raderas»): the deletion is
	// due when the event happens. Keep is then zero.
	Until bool `json:"until,omitzero"`
	// If is when the term applies ("only where the law requires
	// retention": When [obligation.RetentionRequired]).
	If obligation.Condition `json:"if,omitzero"`
	// Note is the text's own words, or an English gloss of them; NoteNB
	// is the gloss in Norwegian Bokmål, for a Norwegian agenda.
	Note   string `json:"note,omitzero"`
	NoteNB string `json:"noteNb,omitzero"`
}

// DeleteBy returns the last instant the data of a record or account whose
// event (From) happened at from may be kept: Keep counted from from in cal
// ([obligation.Calendar.Deadline]); a term kept [RetentionTerm.Until] its
// event gives from itself. A term without a quantified period gives an
// error wrapping [ErrNoTerm].
func (t RetentionTerm) DeleteBy(from time.Time, cal obligation.Calendar) (time.Time, error) {
	if t.Until {
		return from, nil
	}
	if _, ok := t.Keep.Bound(); !ok {
		return time.Time{}, fmt.Errorf("%w: a retention period for %q", ErrNoTerm, t.Category)
	}
	return cal.Deadline(from, t.Keep)
}

// Retention is an agreement's retention schedule during the term: one
// term per category of data. The zero Retention means the agreement
// states none.
type Retention struct {
	obligation.Provision
	// Schedule are the terms, in the text's order.
	Schedule []RetentionTerm `json:"schedule,omitzero"`
}

// Term returns the term for category, and whether there is one.
func (r Retention) Term(category string) (RetentionTerm, bool) {
	for _, t := range r.Schedule {
		if t.Category == category {
			return t, true
		}
	}
	return RetentionTerm{}, false
}

// DeleteBy returns the deletion instant for a record of category whose
// term's event happened at from ([RetentionTerm.DeleteBy]). A category the
// schedule does not name gives an error wrapping [ErrNoTerm].
func (r Retention) DeleteBy(category string, from time.Time, cal obligation.Calendar) (time.Time, error) {
	t, ok := r.Term(category)
	if !ok {
		return time.Time{}, fmt.Errorf("%w: retention of %q", ErrNoTerm, category)
	}
	return t.DeleteBy(from, cal)
}

// appendRules appends one deletion rule per term and event: on the term's
// event (or any of its Or events), the processor deletes the category's
// data within Keep, or when the event happens for a term kept Until it.
// Terms none of whose events is in want are left out.
func (r Retention) appendRules(dst []obligation.Rule, want kinds) []obligation.Rule {
	for _, t := range r.Schedule {
		if !want.has(t.From) && !slices.ContainsFunc(t.Or, want.has) {
			continue
		}
		note, noteNB := t.Note, t.NoteNB
		if t.Category != "" {
			note, noteNB = t.Category, ""
			if t.Note != "" {
				note += ": " + t.Note
			}
			if t.NoteNB != "" {
				noteNB = t.Category + ": " + t.NoteNB
			}
		}
		rule := obligation.Rule{On: t.From, Debtor: obligation.Processor, Creditor: obligation.Controller,
			Action: obligation.DeleteData, Due: t.Keep, If: t.If, Clause: t.Clause, Note: note, NoteNB: noteNB}
		if t.Until {
			rule.Anchor = obligation.AtEffective
		}
		dst = append(dst, rule)
		for _, k := range t.Or {
			rule.On = k
			dst = append(dst, rule)
		}
	}
	return dst
}

// check adds the problems of the retention schedule to l.
func (r Retention) check(l *valid.List) {
	checkProvision(l, "retention", r.Provision)
	for i, t := range r.Schedule {
		path := valid.Index("retention.schedule", i)
		checkProvision(l, path, t.Provision)
		checkPeriod(l, path+".keep", t.Keep)
		if _, err := t.From.MarshalText(); err != nil || t.From == 0 {
			l.Add(path+".from", "an event the period runs from is needed")
		}
		if err := t.If.Validate(); err != nil {
			l.Add(path+".if", err.Error())
		}
		for j, k := range t.Or {
			if _, err := k.MarshalText(); err != nil || k == 0 || k == t.From {
				l.Add(valid.Index(path+".or", j), "another event the retention ends on is needed")
			}
		}
		if t.Until && !t.Keep.IsZero() {
			l.Add(path+".keep", "a term kept until its event has no period after it")
		}
	}
}
