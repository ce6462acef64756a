package obligation

import (
	"fmt"
	"slices"
	"time"

	"golang.org/x/text/language"
)

// Anchor is what a [Rule]'s period counts from. The zero Anchor means the
// default, [FromEvent].
type Anchor uint8

const (
	// FromEvent: the period runs forward from the event's instant
	// ([Event.At]): "within 3 months after expiry" on an [AgreementEnds]
	// event.
	FromEvent Anchor = iota + 1
	// FromEffective: the period runs forward from the event's effective
	// instant ([Event.Effective]).
	FromEffective
	// BeforeEffective: the period counts backwards from the effective
	// instant ("a detailed plan at least 4 weeks before the audit"), by
	// [Calendar.LatestInstantBefore].
	BeforeEffective
	// AtEffective: the duty falls due at the effective instant itself,
	// and the rule's period is only shown ("the data are deleted when the
	// agreement ends").
	AtEffective
	// AfterPrevious: the period runs from the last instant of the
	// previous step, the duty the same event gave under the rule before
	// this one in the list: "deletion within 45 days after the export
	// window closes". A step whose previous step has no fixed last
	// instant has none either ([AwaitingStep]).
	AfterPrevious
)

var anchorEnum = enum{
	typ: "Anchor",
	ids: []string{"", "from-event", "from-effective", "before-effective", "at-effective", "after-previous"},
	nb: []string{"", "regnet fra hendelsen", "regnet fra virkningstidspunktet", "regnet bakover fra virkningstidspunktet", "ved virkningstidspunktet",
		"regnet fra slutten av forrige trinn"},
	en: []string{"", "counted from the event", "counted from the effective time", "counted back from the effective time", "at the effective time",
		"counted from the end of the previous step"},
}

// String returns the identifier, such as "before-effective".
func (a Anchor) String() string { return anchorEnum.str(uint8(a)) }

// Label returns the Norwegian Bokmål or English label.
func (a Anchor) Label(tag language.Tag) string { return anchorEnum.label(uint8(a), tag) }

// MarshalText encodes the identifier; the zero Anchor is "".
func (a Anchor) MarshalText() ([]byte, error) { return anchorEnum.marshal(uint8(a)) }

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (a *Anchor) UnmarshalText(b []byte) error {
	// The subprocessor package named an objection window's anchors
	// "notice" and "start" before anchors had one vocabulary.
	switch string(b) {
	case "notice":
		*a = FromEvent
		return nil
	case "start":
		*a = FromEffective
		return nil
	}
	v, err := anchorEnum.unmarshal(b)
	*a = Anchor(v)
	return err
}

// Rule is a duty template: when an event of kind On happens, Debtor owes
// Creditor the Action, due within Due counted from Anchor, at Cost. Terms
// of an agreement derive rules (the agreement, breach and subprocessor
// packages each build their own), and [Agenda] turns them into dated
// duties for one event. A Rule is a plain value.
type Rule struct {
	// On is the kind of event the rule answers.
	On EventKind `json:"on"`
	// Debtor owes Action to Creditor.
	Debtor   Party  `json:"debtor"`
	Creditor Party  `json:"creditor,omitzero"`
	Action   Action `json:"action"`
	// Due is the period the term gives; the zero Period means the term
	// gives none (the duty has no deadline, unless Anchor is
	// [AtEffective]).
	Due Period `json:"due,omitzero"`
	// Anchor is what Due counts from; the zero Anchor is [FromEvent].
	Anchor Anchor `json:"anchor,omitzero"`
	// Cost is who pays for the duty.
	Cost Cost `json:"cost,omitzero"`
	// Survives reports that the duty continues after the agreement ends.
	Survives bool `json:"survives,omitzero"`
	// Limit limits how often the debtor must honour the event: one audit
	// per calendar year (Nortelecom 9.7), "inntil én gang per år eller
	// ved mistanke om brudd". An event beyond its count gives a
	// [Duty.Refused] duty unless a fact of Limit.Unless is true; with
	// those facts unknown the refused duty names them ([Duty.Lifts]).
	Limit Limit `json:"limit,omitzero"`
	// OnRequest reports that the duty arises only if the creditor asks.
	// It is shown with the duty; a caller that knows whether the creditor
	// asked says so through If.When: [Requested].
	OnRequest bool `json:"onRequest,omitzero"`
	// If is when the duty arises: on request, unless the controller asked
	// for a copy, in one alternative of a choice. The zero Condition
	// always holds. [Agenda] decides it from [Event.Facts].
	If Condition `json:"if,omitzero"`
	// Qualifier limits how far the duty goes ("as far as possible") or
	// how often the right may be used ("at reasonable intervals").
	Qualifier Qualifier `json:"qualifier,omitzero"`
	// OnWorkingDays makes a period in hours a response time counted by
	// [Calendar.ResponseDeadline] within Hours: a request outside them
	// counts from the next opening, and the clock runs on working days
	// only (Assistert Selvhjelp's support).
	OnWorkingDays bool          `json:"onWorkingDays,omitzero"`
	Hours         BusinessHours `json:"hours,omitzero"`
	// Clause is where the agreement sets the duty.
	Clause Clause `json:"clause,omitzero"`
	// Note is the text's own qualification, shown with the duty, in
	// English.
	Note string `json:"note,omitzero"`
	// NoteNB is Note in Norwegian Bokmål; see [Duty.NoteText].
	NoteNB string `json:"noteNb,omitzero"`
}

// Equal reports whether r and s are the same rule.
func (r Rule) Equal(s Rule) bool {
	return r.On == s.On && r.Debtor == s.Debtor && r.Creditor == s.Creditor && r.Action == s.Action &&
		r.Due == s.Due && r.Anchor == s.Anchor && r.Cost.Equal(s.Cost) && r.Survives == s.Survives &&
		r.Limit == s.Limit && r.OnRequest == s.OnRequest && r.OnWorkingDays == s.OnWorkingDays &&
		r.Hours == s.Hours && r.Clause == s.Clause && r.Note == s.Note && r.NoteNB == s.NoteNB && r.If == s.If && r.Qualifier == s.Qualifier
}

// Validate reports whether r is well formed: a known event kind, debtor
// and action, a valid period and a known anchor.
func (r Rule) Validate() error { return r.validate() }

// validate is Validate without copying the rule.
func (r *Rule) validate() error {
	switch {
	case !eventEnum.valid(uint8(r.On)):
		return fmt.Errorf("obligation: rule: invalid event kind %d", r.On)
	case !partyEnum.valid(uint8(r.Debtor)):
		return fmt.Errorf("obligation: rule for %s: invalid debtor %d", r.On, r.Debtor)
	case r.Creditor != 0 && !partyEnum.valid(uint8(r.Creditor)):
		return fmt.Errorf("obligation: rule for %s: invalid creditor %d", r.On, r.Creditor)
	case !actionEnum.valid(uint8(r.Action)):
		return fmt.Errorf("obligation: rule for %s: invalid action %d", r.On, r.Action)
	case r.Anchor != 0 && !anchorEnum.valid(uint8(r.Anchor)):
		return fmt.Errorf("obligation: rule for %s: invalid anchor %d", r.On, r.Anchor)
	case r.OnWorkingDays && r.Due.IsQuantified() && r.Due.Unit != Hour:
		return fmt.Errorf("obligation: rule for %s: a working-day response time is counted in hours, not %ss", r.On, r.Due.Unit)
	case r.Qualifier != 0 && !qualifierEnum.valid(uint8(r.Qualifier)):
		return fmt.Errorf("obligation: rule for %s: invalid qualifier %d", r.On, r.Qualifier)
	}
	if !r.If.isAlways() {
		if err := r.If.Validate(); err != nil {
			return fmt.Errorf("obligation: rule for %s: %w", r.On, err)
		}
	}
	if r.Limit != (Limit{}) {
		if err := r.Limit.Validate(); err != nil {
			return fmt.Errorf("obligation: rule for %s: %w", r.On, err)
		}
	}
	if err := r.Hours.Validate(); err != nil {
		return fmt.Errorf("obligation: rule for %s: %w", r.On, err)
	}
	if err := r.Due.Validate(); err != nil {
		return fmt.Errorf("obligation: rule for %s: %w", r.On, err)
	}
	return nil
}

// Source gives the duties an event creates. [Rule] covers terms whose
// timing is a period from the event; a package whose duties need more
// (a breach notice whose contents depend on the incident) implements
// Source, and the agreement collects the duties of all its sources
// without this package importing theirs.
type Source interface {
	AppendDuties(dst []Duty, ev Event, cal Calendar) ([]Duty, error)
}

// RuleSource is implemented by terms that derive duty rules, such as the
// breach package's notification terms; an agreement collects the rules of
// its parts through it without this package importing theirs.
type RuleSource interface {
	Rules() []Rule
}

// Rules is a list of rules; it implements [Source].
type Rules []Rule

// AppendDuties appends the duties ev creates under rs, in rule order. A
// rule anchored [AfterPrevious] counts from the last instant of the duty
// the rule before it gave for ev.
func (rs Rules) AppendDuties(dst []Duty, ev Event, cal Calendar) ([]Duty, error) {
	prev := -1 // index in dst of the previous duty ev gave
	for i := range rs {
		if rs[i].On != ev.Kind {
			continue
		}
		n := len(dst)
		var err error
		if dst, err = rs[i].appendDuty(dst, ev, cal, prev); err != nil {
			return dst, err
		}
		if len(dst) > n {
			prev = n
		}
	}
	return dst, nil
}

// AppendDuty appends the duty ev creates under r, if any: nothing when the
// event is of another kind, a [Duty.Refused] duty when the event exceeds
// r's yearly limit, and otherwise the duty with its due instant counted in
// cal.
//
// A rule with a condition ([Rule.If]) gives no duty when ev.Facts settle
// it as false; when they leave it open, the duty is given with the facts
// it assumes ([Duty.Assumes]). An event with a zero At has not happened
// yet: its duties are given without a due instant, [AwaitingEvent]. A
// rule anchored [AfterPrevious] has no previous step here, and its duty
// is [AwaitingStep]; use [Rules] for chains.
func (r *Rule) AppendDuty(dst []Duty, ev Event, cal Calendar) ([]Duty, error) {
	if r.On != ev.Kind {
		return dst, nil
	}
	return r.appendDuty(dst, ev, cal, -1)
}

// appendDuty is AppendDuty for a rule of ev's kind, with prev the index in
// dst of the previous step's duty, or -1.
func (r *Rule) appendDuty(dst []Duty, ev Event, cal Calendar, prev int) ([]Duty, error) {
	if err := r.validate(); err != nil {
		return dst, err
	}
	var assumes Assumption
	if !r.If.isAlways() {
		var holds bool
		if holds, assumes = r.If.Decide(ev.Facts); !holds {
			return dst, nil
		}
	}
	// The duty is built in its place in dst: a Duty is large, and
	// building it aside and appending would copy it.
	n := len(dst)
	dst = append(dst, Duty{})
	d := &dst[n]
	d.Event, d.Since, d.Debtor, d.Creditor, d.Action = ev.Kind, ev.At, r.Debtor, r.Creditor, r.Action
	d.Due.Period, d.Due.Before, d.Due.AfterPrevious = r.Due, r.Anchor == BeforeEffective, r.Anchor == AfterPrevious
	d.Cost, d.Survives, d.OnRequest, d.If, d.Assumes, d.Qualifier = r.Cost, r.Survives, r.OnRequest, r.If, assumes, r.Qualifier
	d.Clause, d.Note, d.NoteNB = r.Clause, r.Note, r.NoteNB
	if d.Qualifier == 0 {
		d.Qualifier = r.Limit.Standard // "at reasonable intervals"
	}
	if ev.At.IsZero() {
		d.Pending = AwaitingEvent
		return dst, nil
	}
	if r.Anchor == AfterPrevious {
		if prev < 0 || !dst[prev].Due.IsFixed() {
			if _, ok := r.Due.Bound(); ok || prev < 0 || dst[prev].Pending != 0 {
				d.Pending = AwaitingStep
			}
			return dst, nil
		}
		if _, ok := r.Due.Bound(); !ok {
			return dst, nil
		}
		at, err := cal.Deadline(dst[prev].Due.At, r.Due)
		if err != nil {
			return dst[:n], fmt.Errorf("obligation: rule for %s (clause %s): %w", r.On, r.Clause, err)
		}
		d.Due.At = at
		return dst, nil
	}
	if r.Limit.Times > 0 && r.Limit.Reached(ev.effective(), ev.Previous, cal.Location()) {
		lifts := r.Limit.Unless &^ ev.Facts.False
		if r.Limit.Unless&ev.Facts.True == 0 {
			// Beyond the count, and no fact known to lift it: the debtor
			// may refuse, unless one of the facts not known to be false
			// proves true.
			d.Refused, d.Lifts, d.Due = true, lifts, Due{}
			return dst, nil
		}
		d.Lifts = r.Limit.Unless & ev.Facts.True // lifted by these
	}
	at, err := r.dueAt(ev, cal)
	if err != nil {
		return dst[:n], fmt.Errorf("obligation: rule for %s (clause %s): %w", r.On, r.Clause, err)
	}
	d.Due.At = at
	return dst, nil
}

// dueAt returns the last instant on time for r and ev, or the zero time
// when the rule gives no computable deadline.
func (r *Rule) dueAt(ev Event, cal Calendar) (time.Time, error) {
	if r.Anchor == AtEffective {
		return ev.effective(), nil
	}
	b, ok := r.Due.Bound()
	if !ok {
		return time.Time{}, nil // no period, or unquantified without bound
	}
	if r.OnWorkingDays && b.Unit == Hour {
		start := ev.At
		if r.Anchor == FromEffective {
			start = ev.effective()
		}
		cal.hours = r.Hours
		return cal.ResponseDeadline(start, time.Duration(b.N)*time.Hour)
	}
	switch r.Anchor {
	case FromEffective:
		return cal.Deadline(ev.effective(), r.Due)
	case BeforeEffective:
		return cal.LatestInstantBefore(ev.effective(), r.Due)
	}
	return cal.Deadline(ev.At, r.Due)
}

// Agenda returns the duties event ev creates under rules, each with its
// due instant counted in cal and the clause it comes from, sorted by
// [SortDuties]. A rule that is malformed, or whose deadline cannot be
// computed, is an error naming its clause.
func Agenda(rules []Rule, ev Event, cal Calendar) ([]Duty, error) {
	// Every rule for ev's kind gives exactly one duty: size the result
	// once instead of growing it.
	n := 0
	for i := range rules {
		if rules[i].On == ev.Kind {
			n++
		}
	}
	if n == 0 {
		return nil, nil
	}
	ds, err := AppendAgenda(make([]Duty, 0, n), rules, ev, cal)
	if err != nil {
		return nil, err
	}
	return ds, nil
}

// AppendAgenda is like [Agenda] but appends to dst (and sorts only what it
// appended), so a caller can reuse a buffer.
func AppendAgenda(dst []Duty, rules []Rule, ev Event, cal Calendar) ([]Duty, error) {
	n := len(dst)
	dst, err := Rules(rules).AppendDuties(dst, ev, cal)
	if err != nil {
		return dst[:n], err
	}
	SortDuties(dst[n:])
	return dst, nil
}

// SortDuties sorts ds by due time, stably. A duty with a fixed last
// instant sorts by it; one due at once with no fixed instant
// ("immediately", "without undue delay" with no bound) sorts by the
// instant of its event ([Duty.Since]), after fixed duties at the same
// instant; then come the duties with no period at all (a duty that simply
// continues, such as confidentiality), then the duties waiting for an
// event, the agreement's end or a previous step ([Duty.Pending]), in the
// order given, and refused duties last.
func SortDuties(ds []Duty) {
	if len(ds) > 20 {
		slices.SortStableFunc(ds, func(a, b Duty) int { return compareDuties(&a, &b) })
		return
	}
	// An agenda's few duties: a stable insertion sort that compares
	// them in place rather than copying each into the comparison.
	for i := 1; i < len(ds); i++ {
		for j := i; j > 0 && compareDuties(&ds[j], &ds[j-1]) < 0; j-- {
			ds[j], ds[j-1] = ds[j-1], ds[j]
		}
	}
}

// compareDuties orders a before b as [SortDuties] does.
func compareDuties(a, b *Duty) int {
	if ca, cb := dueClass(a), dueClass(b); ca != cb || ca != 0 {
		return ca - cb
	}
	if c := dueKey(a).Compare(dueKey(b)); c != 0 {
		return c
	}
	return fixedFirst(a) - fixedFirst(b)
}

func dueClass(d *Duty) int {
	switch {
	case d.Refused:
		return 3
	case d.Pending != 0:
		return 2
	case d.Due.IsFixed() || !d.Due.Period.IsZero():
		return 0
	}
	return 1
}

func dueKey(d *Duty) time.Time {
	if d.Due.IsFixed() {
		return d.Due.At
	}
	return d.Since
}

func fixedFirst(d *Duty) int {
	if d.Due.IsFixed() {
		return 0
	}
	return 1
}
