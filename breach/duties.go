package breach

import (
	"time"

	"golang.org/x/text/language"

	"github.com/personvern/dpa/internal/enum"
	"github.com/personvern/dpa/obligation"
)

// Action is what a [Duty] requires.
type Action uint8

const (
	// NotifyController: the processor notifies the controller (Art. 33(2)).
	NotifyController Action = iota + 1
	// Mitigate: the processor takes the measures needed to limit the
	// consequences and prevent a recurrence.
	Mitigate
	// SupplyMissing: the processor gives the information still missing,
	// in phases without undue further delay (Art. 33(4)).
	SupplyMissing
	// Assist: the processor assists the controller with Arts. 33 and 34
	// (Art. 28(3)(f)).
	Assist
	// NotifyAuthority: the controller notifies the supervisory authority
	// (Art. 33(1)).
	NotifyAuthority
	// CommunicateToSubjects: the controller tells the data subjects
	// (Art. 34(1)).
	CommunicateToSubjects
	// CommunicatePublicly: a public communication instead (Art. 34(3)(c)).
	CommunicatePublicly
	// Document: the controller documents the breach, its effects and the
	// remedial action taken (Art. 33(5)).
	Document

	maxDuties = iota
)

var actionEnum = enum.Table{Prefix: "breach", Type: "Action", Entries: []enum.Entry{
	{},
	{ID: "notify-controller", NB: "varsle behandlingsansvarlig", EN: "notify the controller"},
	{ID: "mitigate", NB: "begrense konsekvensene og hindre gjentakelse", EN: "limit the consequences and prevent a recurrence"},
	{ID: "supply-missing", NB: "ettersende manglende opplysninger", EN: "supply the missing information"},
	{ID: "assist", NB: "bistå behandlingsansvarlig", EN: "assist the controller"},
	{ID: "notify-authority", NB: "melde avviket til Datatilsynet", EN: "notify Datatilsynet"},
	{ID: "communicate-to-subjects", NB: "varsle de registrerte", EN: "tell the data subjects"},
	{ID: "communicate-publicly", NB: "offentlig kunngjøring", EN: "communicate publicly"},
	{ID: "document", NB: "dokumentere avviket", EN: "document the breach"},
}}

// String returns the wire identifier, such as "notify-authority".
func (a Action) String() string { return actionEnum.String(uint8(a)) }

// Label returns the Norwegian Bokmål or English label.
func (a Action) Label(tag language.Tag) string { return actionEnum.Label(uint8(a), tag) }

// MarshalText encodes the identifier; the zero Action is "".
func (a Action) MarshalText() ([]byte, error) { return actionEnum.Marshal(uint8(a)) }

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (a *Action) UnmarshalText(b []byte) error {
	return enum.Unmarshal(&actionEnum, a, b)
}

// Duty is one thing an incident obliges a party to do: who owes it to whom,
// by when, and under which clause and article. The obligation package's
// agenda is being built alongside this one; until it offers a duty type,
// breach returns its own.
type Duty struct {
	// Debtor owes Creditor the Action.
	Debtor   obligation.Party
	Creditor obligation.Party
	Action   Action
	// Period is the time allowed; Due its last instant where it is counted
	// in hours and the start is known, otherwise zero.
	Period obligation.Period
	Due    time.Time
	// OnRequest reports that the duty arises only when the creditor asks.
	OnRequest bool
	// Clause is the agreement's clause, Article the law's.
	Clause  obligation.Clause
	Article string
}

// Duties returns the duties the incident creates, in the order they fall
// due in a typical case: the processor's first, then the controller's. The
// result is a fresh slice.
func (a Assessment) Duties() []Duty {
	t := a.terms
	breach := a.inc.Class != Deviation
	out := make([]Duty, 0, maxDuties)
	add := func(d Duty) { out = append(out, d) }
	p := a.Processor
	undue := obligation.Unquantified(obligation.WithoutUndueDelay)
	if p.Owed {
		add(Duty{Debtor: obligation.Processor, Creditor: obligation.Controller, Action: NotifyController,
			Period: p.Period, Due: p.Due, Clause: p.Clause, Article: p.Article})
	}
	if t.Mitigation.IsStated() {
		add(Duty{Debtor: obligation.Processor, Creditor: obligation.Controller, Action: Mitigate, Period: t.Mitigation.Period,
			Due: due(p.Start, t.Mitigation.Period), OnRequest: t.Mitigation.OnRequest, Clause: t.Mitigation.Clause})
	}
	if p.Owed && a.Missing != 0 {
		add(Duty{Debtor: obligation.Processor, Creditor: obligation.Controller, Action: SupplyMissing, Period: undue,
			Clause: t.Contents.Clause, Article: "GDPR art. 33(4)"})
	}
	if breach {
		add(Duty{Debtor: obligation.Processor, Creditor: obligation.Controller, Action: Assist, Period: t.Assistance.Period,
			Due: due(p.Start, t.Assistance.Period), OnRequest: t.Assistance.OnRequest,
			Clause: t.Assistance.Clause, Article: "GDPR art. 28(3)(f)"})
	}
	if a.Authority.Owed {
		add(Duty{Debtor: a.Authority.By, Creditor: obligation.Authority, Action: NotifyAuthority,
			Period: undue.AtLatest(obligation.Hours(a.Authority.Rule.Hours)), Due: a.Authority.Due,
			Clause: a.Authority.Clause, Article: a.Authority.Rule.Article})
	}
	var subjectsClause obligation.Clause
	if t.Reporting.Subjects != 0 {
		subjectsClause = t.Reporting.Clause
	}
	switch a.Subjects.Decision {
	case Required:
		add(Duty{Debtor: a.Subjects.By, Creditor: obligation.DataSubject, Action: CommunicateToSubjects,
			Period: undue, Clause: subjectsClause, Article: a.Subjects.Article})
	case PublicCommunication:
		add(Duty{Debtor: a.Subjects.By, Creditor: obligation.DataSubject, Action: CommunicatePublicly,
			Period: undue, Clause: subjectsClause, Article: a.Subjects.Article})
	}
	if breach {
		add(Duty{Debtor: obligation.Controller, Action: Document, Article: "GDPR art. 33(5)"})
	}
	return out
}

// norway counts periods other than hours: Regulation 1182/71 with
// Norwegian public holidays, in Europe/Oslo. It is built once and never
// modified.
var norway = obligation.Norway()

// due returns the last instant of p (or of its bound) from start: hours as
// elapsed time (time.Time.Add), never moved to a working day; days, weeks,
// months, years and business days by the Norwegian calendar. It is zero
// when start is unknown, p has no quantified bound, or p is malformed.
func due(start time.Time, p obligation.Period) time.Time {
	t, _ := dueOrBeyond(start, p)
	return t
}

// lastCountable is the last instant the Norwegian calendar counts to (the
// end of year 9999 in Europe/Oslo); a deadline after it cannot be stated
// as an instant of the calendar.
var lastCountable = time.Date(10000, 1, 1, 0, 0, 0, 0, norway.Location()).Add(-time.Nanosecond)

// dueOrBeyond is due, and reports beyond when the period has a bound but
// ends after lastCountable (hours or calendar units alike), so that the
// caller can say so instead of returning a zero instant silently.
func dueOrBeyond(start time.Time, p obligation.Period) (time.Time, bool) {
	b, ok := p.Bound()
	if !ok || start.IsZero() || p.Validate() != nil {
		return time.Time{}, false
	}
	if b.Unit == obligation.Hour {
		t := start.Add(time.Duration(b.N) * time.Hour)
		if t.After(lastCountable) {
			return time.Time{}, true
		}
		return t, false
	}
	t, err := norway.Deadline(start, b)
	if err != nil || t.After(lastCountable) {
		return time.Time{}, true
	}
	return t, false
}

// Rules returns the duties the terms give the processor when a breach is
// discovered, as templates for [obligation.Agenda] with the event kind
// [obligation.BreachDiscovered]: the notice to the controller with its
// period (the law's "without undue delay" where the terms state none),
// and the assistance the terms state. Give the event the instant the
// processor's clock starts ([ProcessorDeadline.Start]). The controller's
// own duties depend on the incident, not the terms; see
// [Assessment.Agenda].
func (t Terms) Rules() []obligation.Rule {
	p := t.Deadline.Period
	if p.IsZero() || p.Validate() != nil {
		p = obligation.Unquantified(obligation.WithoutUndueDelay)
	}
	rules := []obligation.Rule{{On: obligation.BreachDiscovered, Debtor: obligation.Processor, Creditor: obligation.Controller,
		Action: obligation.Notify, Due: p, Clause: t.Deadline.Clause, Note: noteOr(t.Deadline.Text, "GDPR art. 33(2)")}}
	if t.Assistance.IsStated() && t.Assistance.Period.Validate() == nil {
		rules = append(rules, obligation.Rule{On: obligation.BreachDiscovered, Debtor: obligation.Processor, Creditor: obligation.Controller,
			Action: obligation.Assist, Due: t.Assistance.Period, OnRequest: t.Assistance.OnRequest, Clause: t.Assistance.Clause,
			Note: noteOr(t.Assistance.Text, "GDPR art. 28(3)(f)")})
	}
	return rules
}

func noteOr(text, article string) string {
	if text == "" {
		return article
	}
	return text
}

// Agenda returns the duties of [Assessment.Duties] as [obligation.Duty]
// values for the agreement-wide agenda, sorted by
// [obligation.SortDuties]. Each Note holds the article. Mitigation and the
// controller's documentation (Art. 33(5)) are left out: obligation has no
// action for them, so only Duties lists them.
func (a Assessment) Agenda() []obligation.Duty {
	var out []obligation.Duty
	for _, d := range a.Duties() {
		act := obligation.Notify
		switch d.Action {
		case Mitigate, Document:
			continue
		case Assist:
			act = obligation.Assist
		}
		note := d.Article
		switch d.Action {
		case SupplyMissing:
			note += ": " + d.Action.Label(language.English)
		case CommunicatePublicly:
			note += ": " + d.Action.Label(language.English)
		}
		out = append(out, obligation.Duty{Event: obligation.BreachDiscovered, Debtor: d.Debtor, Creditor: d.Creditor,
			Action: act, Due: obligation.Due{At: d.Due, Period: d.Period}, OnRequest: d.OnRequest, Clause: d.Clause, Note: note})
	}
	obligation.SortDuties(out)
	return out
}
