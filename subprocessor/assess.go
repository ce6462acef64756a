package subprocessor

import (
	"errors"
	"fmt"
	"time"

	"github.com/personvern/dpa/obligation"
)

// Change is a planned change to the subprocessors of an agreement, as
// [Policy.Assess] takes it. It is a small comparable value.
type Change struct {
	// Kind is what changes.
	Kind ChangeKind `json:"kind"`
	// Name is the subprocessor concerned (the new one for [Add] and
	// [Replace]).
	Name string `json:"name,omitzero"`
	// Start is when the new or changed subprocessor is planned to start
	// processing; zero when not planned yet.
	Start time.Time `json:"start,omitzero"`
	// Noticed is when the notice of the change was sent; zero when it has
	// not been sent, in which case Assess counts from its at.
	Noticed time.Time `json:"noticed,omitzero"`
}

// Article28_2 is the rule behind every notice: the processor informs the
// controller of intended changes concerning the addition or replacement of
// processors, so that the controller may object (GDPR Art. 28(2), FACTS.md
// §1.1).
const Article28_2 = "GDPR Art. 28(2)"

// Assessment is the answer [Policy.Assess] gives for one change under one
// agreement, each part with the clause it comes from. It is a plain value;
// its slices are shared with the policy, not copied.
type Assessment struct {
	// Kind is the change assessed.
	Kind ChangeKind `json:"kind"`

	// NoticeOwed reports that the controller must be told before the
	// change takes effect; Rule names the law behind it ([Article28_2]),
	// which applies even where the agreement is silent.
	NoticeOwed bool   `json:"noticeOwed"`
	Rule       string `json:"rule,omitzero"`
	// Advisory reports that the notice goes beyond the letter of Art.
	// 28(2), which names additions and replacements: a move to another
	// country or wider access changes what the controller authorised, so
	// the notice is the safe course rather than a duty the text states.
	Advisory bool `json:"advisory,omitzero"`
	// Authorisation is the kind the agreement gives; ApprovalNeeded
	// reports that each new subprocessor needs the controller's approval
	// and silence does not give it.
	Authorisation  Authorisation `json:"authorisation,omitzero"`
	ApprovalNeeded bool          `json:"approvalNeeded,omitzero"`
	// Channels are the ways the notice is given, from the announcement
	// clause.
	Channels      []Channel         `json:"channels,omitzero"`
	ChannelClause obligation.Clause `json:"channelClause,omitzero"`
	// NoticePeriod is the period the new subprocessor must wait after the
	// notice; zero when the agreement states none.
	NoticePeriod obligation.Period `json:"noticePeriod,omitzero"`
	NoticeClause obligation.Clause `json:"noticeClause,omitzero"`
	// LatestNotice is the latest day to send the notice for the planned
	// start, in clear days with no roll ([obligation.Calendar.LatestBefore]);
	// zero without a planned start or a quantified period, and for a
	// period in hours, which ends at an instant rather than on a day.
	LatestNotice obligation.Date `json:"latestNotice,omitzero"`
	// NoticeFrom is the instant the notice counts from: the change's
	// Noticed, or at.
	NoticeFrom time.Time `json:"noticeFrom,omitzero"`
	// EarliestStart is the first day the new subprocessor may start after
	// a notice at NoticeFrom: the day after the notice period's last day,
	// counted without moving for weekends (a waiting period is no act
	// that falls due) and without counting the notice's day. With a
	// calendar that counts the act's day ([obligation.InclusiveDays]) it
	// is one day later than that calendar's reading, the safe side.
	EarliestStart obligation.Date `json:"earliestStart,omitzero"`
	// Late reports that the planned start comes before EarliestStart.
	Late bool `json:"late,omitzero"`
	// StartsBeforeObjectionCloses reports that EarliestStart falls on or
	// before the day the objection window closes (ObjectionBy), counted
	// with the same calendar: the new subprocessor could start while the
	// controller may still object. Equal periods do this whenever the
	// window's last day moves past a weekend or holiday.
	StartsBeforeObjectionCloses bool `json:"startsBeforeObjectionCloses,omitzero"`

	// Objection is whether the controller may object: [obligation.Stated],
	// [obligation.StatedNone] (no right), or [obligation.Absent] (the text
	// is silent; Art. 28(2) still gives the opportunity to object).
	Objection       obligation.Status `json:"objection"`
	ObjectionClause obligation.Clause `json:"objectionClause,omitzero"`
	// ObjectionPeriod is the window; zero when none is stated.
	ObjectionPeriod obligation.Period `json:"objectionPeriod,omitzero"`
	// ObjectionBy is the last instant an objection is on time; zero
	// without a quantified window.
	ObjectionBy time.Time `json:"objectionBy,omitzero"`
	// Justified reports that an objection needs justified grounds.
	Justified bool `json:"justified,omitzero"`

	// Remedy is what an objection leads to, as the agreement states it.
	Remedy Remedy `json:"remedy,omitzero"`
	// Refund is what a terminating controller gets back.
	Refund Refund `json:"refund,omitzero"`
	// DeemedAccepted reports that silence counts as acceptance, from
	// AcceptedAfter (the end of the objection window) on.
	DeemedAccepted bool              `json:"deemedAccepted,omitzero"`
	AcceptedAfter  time.Time         `json:"acceptedAfter,omitzero"`
	SilenceClause  obligation.Clause `json:"silenceClause,omitzero"`
}

// ErrChange is wrapped by the errors for a malformed [Change].
var ErrChange = errors.New("subprocessor: invalid change")

// Assess answers, for change c under the policy p, whether notice is owed,
// the latest day to send it, the earliest start after a notice sent at
// c.Noticed (or at at, when c.Noticed is zero), the objection deadline,
// what the controller may do, the refund and whether silence is
// acceptance, each with its clause. Every date comes from cal.
//
// Assess is pure and does not allocate: the Norwegian calendar's
// deadlines are computed without allocation, and the assessment shares
// the policy's slices. An invalid change kind or a calendar error is an
// error.
func (p Policy) Assess(c Change, at time.Time, cal obligation.Calendar) (a Assessment, err error) {
	if !changeKindEnum.Valid(uint8(c.Kind)) {
		return Assessment{}, fmt.Errorf("%w: kind %d", ErrChange, c.Kind)
	}
	a = Assessment{
		Kind:            c.Kind,
		Authorisation:   p.Authorisation.Kind,
		Channels:        p.Announcement.Channels,
		ChannelClause:   p.Announcement.Clause,
		NoticePeriod:    p.Notice.Period,
		NoticeClause:    p.Notice.Clause,
		Objection:       p.Objection.Status,
		ObjectionClause: p.Objection.Clause,
		ObjectionPeriod: p.Objection.Period,
		Justified:       p.Objection.Justified,
		Remedy:          p.Remedy,
		Refund:          p.Refund,
		SilenceClause:   p.Silence.Clause,
	}
	if !noticeOwed(c.Kind) {
		// Remove, Amend: Art. 28(2) names neither.
		a.Remedy, a.Refund = Remedy{}, Refund{}
		a.Objection, a.ObjectionClause, a.ObjectionPeriod, a.Justified = obligation.Absent, "", obligation.Period{}, false
		return a, nil
	}
	a.NoticeOwed, a.Rule = true, Article28_2
	a.Advisory = c.Kind == Relocate || c.Kind == MoveAccess || c.Kind == Widen
	a.ApprovalNeeded = p.Authorisation.Kind == Specific && !p.Silence.Accepts
	a.NoticeFrom = c.Noticed
	if a.NoticeFrom.IsZero() {
		a.NoticeFrom = at
	}
	// A policy with neither a notice period nor an objection window has
	// no dates to count, and the assessment keeps them zero.
	if !p.Notice.Period.IsZero() || !p.Objection.Period.IsZero() {
		d, err := dates(&p, &c, a.NoticeFrom, cal)
		if err != nil {
			return Assessment{}, err
		}
		a.LatestNotice, a.EarliestStart, a.ObjectionBy = d.latest, d.earliest, d.objectionBy
		a.StartsBeforeObjectionCloses = !d.earliest.IsZero() && !d.objectionBy.IsZero() &&
			!d.earliest.After(obligation.DateOf(d.objectionBy.In(cal.Location())))
		// The notice is late when it is sent after the latest day, which
		// is the same as a planned start before the earliest start.
		a.Late = !d.latest.IsZero() && d.noticeDay.After(d.latest)
	}
	if p.Silence.Accepts {
		a.DeemedAccepted = true
		a.AcceptedAfter = a.ObjectionBy
	}
	return a, nil
}

// noticeOwed reports whether a change of kind k needs notice: additions and
// replacements by Art. 28(2), moves and widening as the safe course.
func noticeOwed(k ChangeKind) bool {
	switch k {
	case Add, Replace, Relocate, MoveAccess, Widen:
		return true
	}
	return false
}

// computed holds the dates an assessment derives from the calendar.
type computed struct {
	latest, earliest, noticeDay obligation.Date
	objectionBy                 time.Time
}

// dates computes the latest notice day, the earliest start and the
// objection deadline for change c under p, with the notice at from. They
// depend on the policy only through [termsKey].
func dates(p *Policy, c *Change, from time.Time, cal obligation.Calendar) (computed, error) {
	var d computed
	if hasBound(p.Notice.Period) {
		if !c.Start.IsZero() {
			day, err := cal.LatestBefore(c.Start, p.Notice.Period)
			if err != nil && !errors.Is(err, obligation.ErrHoursBackward) {
				return d, err
			}
			d.latest = day
		}
		day, noticeDay, err := earliestStart(cal, from, p.Notice.Period)
		if err != nil {
			return d, err
		}
		d.earliest, d.noticeDay = day, noticeDay
	}
	if p.Objection.Status != obligation.StatedNone && hasBound(p.Objection.Period) {
		if p.Objection.Anchor == FromStart {
			from = c.Start
		}
		if !from.IsZero() {
			t, err := cal.Deadline(from, p.Objection.Period)
			if err != nil {
				return d, err
			}
			d.objectionBy = t
		}
	}
	return d, nil
}

func hasBound(p obligation.Period) bool {
	_, ok := p.Bound()
	return ok
}

// earliestStart returns the first day after a waiting period p that
// follows a notice at t: the notice's day does not count, the period ends
// at the end of its last day without moving for weekends or holidays
// (months clamp at month ends: 31 January + 1 month ends on 28 February),
// and the new subprocessor may start the day after. A period in business
// days ends on the n-th working day after the notice's day; one in hours
// gives the day its last instant falls on.
func earliestStart(cal obligation.Calendar, t time.Time, p obligation.Period) (start, noticeDay obligation.Date, err error) {
	q, ok := p.Bound()
	if !ok {
		return obligation.Date{}, obligation.Date{}, obligation.ErrNoPeriod
	}
	loc := cal.Location()
	day := obligation.DateOf(t.In(loc))
	var last obligation.Date
	switch q.Unit {
	case obligation.Hour:
		return obligation.DateOf(t.Add(time.Duration(q.N) * time.Hour).In(loc)), day, nil
	case obligation.Day:
		last = day.AddDays(q.N)
	case obligation.Week:
		last = day.AddDays(7 * q.N)
	case obligation.Month:
		last = day.AddMonths(q.N)
	case obligation.Year:
		last = day.AddMonths(12 * q.N)
	case obligation.BusinessDay:
		if last, err = cal.AddBusinessDays(day, q.N); err != nil {
			return obligation.Date{}, obligation.Date{}, err
		}
	default:
		return obligation.Date{}, obligation.Date{}, fmt.Errorf("subprocessor: invalid period unit %d", q.Unit)
	}
	last = last.AddDays(1)
	if last.Year > 9999 {
		return obligation.Date{}, obligation.Date{}, obligation.ErrOutOfRange
	}
	return last, day, nil
}
