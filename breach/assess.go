package breach

import (
	"fmt"
	"time"

	"golang.org/x/text/language"

	"github.com/personvern/dpa/internal/enum"
	"github.com/personvern/dpa/obligation"
)

// Verdict says whether a notice sent at some instant met a deadline. The
// zero Verdict means it cannot be decided: the instant the clock starts is
// not known, or the notice time is zero.
type Verdict uint8

const (
	// OnTime: sent no later than a quantified deadline.
	OnTime Verdict = iota + 1
	// WithinBound: sent within the bound of an unquantified deadline, such
	// as the 24 hours of Nortelecom 10.1; whether it was also "without
	// undue delay" is a judgement of the facts.
	WithinBound
	// Late: sent after a quantified deadline or a firm bound.
	Late
	// LateUnlessImpossible: sent after a bound that applies only "where
	// possible"; late unless it could not have been sent sooner.
	LateUnlessImpossible
	// Judgement: the deadline is unquantified with no bound ("immediately",
	// "without undue delay"); whether the notice met it is a judgement of
	// the facts.
	Judgement
)

var verdictEnum = enum.Table{Prefix: "breach", Type: "Verdict", Entries: []enum.Entry{
	{},
	{ID: "on-time", NB: "i tide", EN: "on time"},
	{ID: "within-bound", NB: "innenfor fristen, men «uten ugrunnet opphold» må vurderes", EN: "within the bound, but undue delay is a judgement"},
	{ID: "late", NB: "for sent", EN: "late"},
	{ID: "late-unless-impossible", NB: "for sent, med mindre det ikke var mulig tidligere", EN: "late unless it was not possible sooner"},
	{ID: "judgement", NB: "må vurderes konkret", EN: "a judgement of the facts"},
}}

// String returns the wire identifier, such as "late".
func (v Verdict) String() string { return verdictEnum.String(uint8(v)) }

// Label returns the Norwegian Bokmål or English label.
func (v Verdict) Label(tag language.Tag) string { return verdictEnum.Label(uint8(v), tag) }

// MarshalText encodes the identifier; the zero Verdict is "".
func (v Verdict) MarshalText() ([]byte, error) { return verdictEnum.Marshal(uint8(v)) }

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (v *Verdict) UnmarshalText(b []byte) error {
	return enum.Unmarshal(&verdictEnum, v, b)
}

// ProcessorDeadline is the processor's deadline to notify the controller
// of one incident under one agreement.
type ProcessorDeadline struct {
	// Owed reports whether the agreement (or the law) requires a notice of
	// this incident: a [Deviation] is owed only under a wide [Scope].
	Owed bool
	// Period is the period that applies: the agreement's, or the law's
	// "without undue delay" where the agreement states none.
	Period obligation.Period
	// BoundWherePossible reports that the bound applies only where
	// possible.
	BoundWherePossible bool
	// Clock is the event that starts the period.
	Clock Trigger
	// Start is when the clock started; zero when the incident does not
	// record an instant the trigger counts. StartedBy says which of the
	// incident's instants it is: Aware, Discovered or Suspected.
	Start     time.Time
	StartedBy Trigger
	// Due is the last instant of a period in hours, or of the bound of an
	// unquantified one: Start plus the hours of elapsed time, which never
	// move to a working day. Zero when there are no hours to count (the
	// period is "immediately" or "without undue delay" with no bound) or
	// Start is unknown.
	Due time.Time
	// Beyond reports a deadline that has a bound but ends after the end of
	// year 9999, where the calendar stops counting: the notice is owed,
	// but Due is zero because the instant cannot be stated. Until then the
	// notice is not overdue.
	Beyond bool
	// Clause is the agreement's clause, and Article the law's, behind the
	// deadline.
	Clause  obligation.Clause
	Article string
	// Bound is the agreement's bound by reference to the law, and
	// Statutory the rule it resolves to: the processor's rule in force
	// when the clock started. Under the GDPR that is Art. 33(2), which
	// sets no hours, so the bound adds no instant to Due; a rule with
	// hours would bound Due by them.
	Bound     StatutoryBound
	Statutory ProcessorRule
	// Text keeps the agreement's words.
	Text string
}

// BoundText explains, in Norwegian Bokmål or English, what the
// agreement's bound by reference to the law comes to; "" without one.
func (d ProcessorDeadline) BoundText(tag language.Tag) string {
	if d.Bound == 0 {
		return ""
	}
	nb := enum.Norwegian(tag)
	if d.Statutory.Article == "" {
		if nb {
			return "lovens lengste frist: ingen regel gjaldt da fristen begynte å løpe"
		}
		return "the statutory maximum: no rule applied when the clock started"
	}
	if d.Statutory.Hours > 0 {
		if nb {
			return fmt.Sprintf("lovens lengste frist: %d timer (%s)", d.Statutory.Hours, d.Statutory.Article)
		}
		return fmt.Sprintf("the statutory maximum: %d hours (%s)", d.Statutory.Hours, d.Statutory.Article)
	}
	if nb {
		return "lovens lengste frist for databehandlerens varsel er «uten ugrunnet opphold» (" + d.Statutory.Article +
			"), uten et antall timer; 72 timer (art. 33 nr. 1) er den behandlingsansvarliges frist overfor tilsynsmyndigheten, regnet fra da den selv ble kjent med bruddet"
	}
	return "the statutory maximum for the processor's notice is «without undue delay» (" + d.Statutory.Article +
		"), with no number of hours; the 72 hours of Art. 33(1) are the controller's, towards the supervisory authority, from its own awareness"
}

// Check says whether a notice sent at sent met the deadline.
func (d ProcessorDeadline) Check(sent time.Time) Verdict {
	if d.Start.IsZero() || sent.IsZero() {
		return 0
	}
	if d.Due.IsZero() {
		return Judgement
	}
	if !sent.After(d.Due) {
		if d.Period.Kind == obligation.Within {
			return OnTime
		}
		return WithinBound
	}
	if d.BoundWherePossible && d.Period.Kind != obligation.Within {
		return LateUnlessImpossible
	}
	return Late
}

// Basis says how the instant the controller became aware was found.
type Basis uint8

const (
	// ControllerAwareness: the incident records when the controller became
	// aware, or when the processor's notice reached it.
	ControllerAwareness Basis = iota + 1
	// Estimate: no notice has been sent; the instant is the earliest the
	// controller can become aware, when the processor's clock starts.
	Estimate
)

var basisEnum = enum.Table{Prefix: "breach", Type: "Basis", Entries: []enum.Entry{
	{},
	{ID: "controller-awareness", NB: "fra da behandlingsansvarlig ble kjent med bruddet", EN: "from when the controller became aware"},
	{ID: "estimate", NB: "anslag: tidligst fra databehandler ble kjent med bruddet", EN: "estimate: at the earliest from when the processor's clock started"},
}}

// String returns the wire identifier, such as "estimate".
func (b Basis) String() string { return basisEnum.String(uint8(b)) }

// Label returns the Norwegian Bokmål or English label.
func (b Basis) Label(tag language.Tag) string { return basisEnum.Label(uint8(b), tag) }

// MarshalText encodes the identifier; the zero Basis is "".
func (b Basis) MarshalText() ([]byte, error) { return basisEnum.Marshal(uint8(b)) }

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (b *Basis) UnmarshalText(text []byte) error {
	return enum.Unmarshal(&basisEnum, b, text)
}

// AuthorityDeadline is the controller's deadline to notify the supervisory
// authority (GDPR Art. 33(1)).
type AuthorityDeadline struct {
	// Owed reports whether a notice is owed: not for a [Deviation] that is
	// no personal data breach, not when the breach is [Unlikely] to result
	// in a risk, and not before the GDPR applied.
	Owed bool
	// By is the party that notifies; the controller in all five seeds
	// and under the law.
	By obligation.Party
	// ProcessorMayReport says whether the agreement lets the processor
	// report the breach itself.
	ProcessorMayReport Permission
	// Rule is the versioned rule applied.
	Rule AuthorityRule
	// Basis says how From was found.
	Basis Basis
	// From is when the controller became aware; zero when unknown.
	From time.Time
	// Due is From plus the rule's hours of elapsed time.
	Due time.Time
	// Latest is, for an [Estimate], the due instant if the processor
	// used the whole of a quantified deadline or bound; zero otherwise.
	Latest time.Time
	// Clause is the agreement's clause on reporting.
	Clause obligation.Clause
}

// Check says whether a notice to the authority sent at sent met the
// deadline: [OnTime] or [Late]. A late notice must give reasons for the
// delay (Art. 33(1)); see NeedsReasons.
func (d AuthorityDeadline) Check(sent time.Time) Verdict {
	if !d.Owed || d.Due.IsZero() || sent.IsZero() {
		return 0
	}
	if sent.After(d.Due) {
		return Late
	}
	return OnTime
}

// NeedsReasons reports whether a notice sent at sent must be accompanied
// by reasons for the delay (Art. 33(1), second sentence).
func (d AuthorityDeadline) NeedsReasons(sent time.Time) bool { return d.Check(sent) == Late }

// Decision is the answer to "must the data subjects be told?" (GDPR Art.
// 34). The zero Decision means it cannot be decided yet: the controller has
// not assessed the risk.
type Decision uint8

const (
	// NotRequired: the breach is not likely to result in a high risk.
	NotRequired Decision = iota + 1
	// Required: likely high risk and no exception: tell the data subjects
	// without undue delay (Art. 34(1)).
	Required
	// ExemptUnintelligible: Art. 34(3)(a), the data were unintelligible to
	// anyone not authorised, such as by encryption.
	ExemptUnintelligible
	// ExemptMitigated: Art. 34(3)(b), subsequent measures ensure the high
	// risk is no longer likely to materialise.
	ExemptMitigated
	// PublicCommunication: Art. 34(3)(c), telling each person would
	// involve disproportionate effort; a public communication or a
	// similar, equally effective measure is required instead.
	PublicCommunication
)

var decisionEnum = enum.Table{Prefix: "breach", Type: "Decision", Entries: []enum.Entry{
	{},
	{ID: "not-required", NB: "ikke påkrevd: ikke sannsynlig høy risiko", EN: "not required: no likely high risk"},
	{ID: "required", NB: "påkrevd: sannsynlig høy risiko", EN: "required: likely high risk"},
	{ID: "exempt-unintelligible", NB: "unntatt: opplysningene var uleselige for uvedkommende (kryptert)", EN: "exempt: the data were unintelligible to unauthorised persons (encrypted)"},
	{ID: "exempt-mitigated", NB: "unntatt: etterfølgende tiltak gjør at høy risiko ikke lenger er sannsynlig", EN: "exempt: subsequent measures mean the high risk is no longer likely"},
	{ID: "public-communication", NB: "offentlig kunngjøring i stedet: uforholdsmessig stor innsats å varsle hver enkelt", EN: "public communication instead: telling each person would involve disproportionate effort"},
}}

// String returns the wire identifier, such as "public-communication".
func (d Decision) String() string { return decisionEnum.String(uint8(d)) }

// Label returns the Norwegian Bokmål or English label, with the reason.
func (d Decision) Label(tag language.Tag) string { return decisionEnum.Label(uint8(d), tag) }

// MarshalText encodes the identifier; the zero Decision is "".
func (d Decision) MarshalText() ([]byte, error) { return decisionEnum.Marshal(uint8(d)) }

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (d *Decision) UnmarshalText(b []byte) error {
	return enum.Unmarshal(&decisionEnum, d, b)
}

// Subjects is the Art. 34 decision and why.
type Subjects struct {
	// Decision is the answer; zero while the risk is not assessed.
	Decision Decision
	// Article cites the provision the decision rests on, such as "GDPR
	// art. 34(3)(c)".
	Article string
	// By is the party that tells the data subjects: the controller, unless
	// the agreement says otherwise.
	By obligation.Party
}

// Assessment is everything [Terms.Assess] finds about one incident under
// one agreement. It is a value; its methods do not change it.
type Assessment struct {
	// At is the instant of the assessment.
	At time.Time
	// Processor is the processor's deadline to notify the controller.
	Processor ProcessorDeadline
	// Overdue reports that at At no notice has been recorded and a
	// quantified deadline or bound has passed.
	Overdue bool
	// Authority is the controller's deadline to notify Datatilsynet.
	Authority AuthorityDeadline
	// Subjects is the Art. 34 decision.
	Subjects Subjects
	// Required is every item the notice must contain: the union of Art.
	// 33(3) and the agreement's list (for a [Deviation], the agreement's
	// list alone). Missing is those the incident does
	// not yet know; see [Assessment.MissingContents] for their sources.
	Required Items
	Missing  Items

	terms Terms
	inc   Incident
}

// Assess assesses inc under the terms t at the instant at. It is pure: it
// reads no clock and changes nothing, and it does not allocate.
//
// The processor's clock starts at the earliest instant the incident
// records that the terms' [Trigger] counts: Aware or Discovered for
// [Awareness] and [Discovery], and Suspected as well for [Suspicion]. A
// period in hours is elapsed time from that instant (time.Time.Add) and
// never moves to a working day.
//
// The authority's clock starts when the controller became aware: the
// earlier of inc.ControllerAware and inc.Notified, or, while neither is
// known, the processor's clock start as an [Estimate].
func (t Terms) Assess(inc Incident, at time.Time) (a Assessment) {
	// The result is filled in place: a named result spares the copy of
	// the whole assessment, terms and incident included, on return.
	a.At, a.terms, a.inc = at, t, inc
	breach := inc.Class != Deviation

	// Processor → controller.
	a.Processor = processorOf(&t, &inc, breach)
	p := &a.Processor
	a.Overdue = p.Owed && inc.Notified.IsZero() && !p.Due.IsZero() && at.After(p.Due)

	// Controller → authority.
	d := &a.Authority
	d.By = t.Reporting.Authority
	if d.By == 0 {
		d.By = obligation.Controller
	}
	d.ProcessorMayReport = t.Reporting.ProcessorMayReport
	d.Clause = t.Reporting.Clause
	d.From = earliest(inc.ControllerAware, inc.Notified)
	d.Basis = ControllerAwareness
	if d.From.IsZero() {
		d.From, d.Basis = p.Start, Estimate
	}
	if d.From.IsZero() {
		d.Basis = 0
	}
	// The rule is the one in force when the breach became known; with no
	// instant at all, the latest rule.
	rule, inForce := authorityRules[len(authorityRules)-1], true
	if when := earliest(d.From, p.Start, at); !when.IsZero() {
		rule, inForce = AuthorityRuleAt(when)
	}
	if breach && inc.Risk != Unlikely && inForce {
		d.Owed, d.Rule = true, rule
		if !d.From.IsZero() {
			d.Due = d.From.Add(time.Duration(rule.Hours) * time.Hour)
			if d.Basis == Estimate && !p.Due.IsZero() {
				d.Latest = p.Due.Add(time.Duration(rule.Hours) * time.Hour)
			}
		}
	}

	// Data subjects.
	a.Subjects = decide(&inc, breach)
	a.Subjects.By = t.Reporting.Subjects
	if a.Subjects.By == 0 {
		a.Subjects.By = obligation.Controller
	}

	// Contents.
	if p.Owed {
		a.Required = t.Contents.Items()
		if breach {
			a.Required |= lawItems
		}
		a.Missing = a.Required &^ knows(&inc)
	}
	return a
}

// processorOf computes the processor's deadline; breach reports whether inc
// is a personal data breach.
func processorOf(t *Terms, inc *Incident, breach bool) ProcessorDeadline {
	p := ProcessorDeadline{
		Owed: breach || t.Scope.Wide, Period: t.Deadline.Period, Clause: t.Deadline.Clause,
		Text:               t.Deadline.Text,
		BoundWherePossible: t.Deadline.BoundWherePossible, Clock: t.Deadline.Clock,
		Bound: t.Deadline.Bound,
	}
	if breach {
		p.Article = "GDPR art. 33(2)"
	}
	if p.Period.IsZero() || p.Period.Validate() != nil {
		p.Period = obligation.Unquantified(obligation.WithoutUndueDelay)
	}
	if p.Clock == 0 || p.Clock > Suspicion {
		p.Clock = Awareness
	}
	// The earliest instant the trigger counts starts the clock; on a tie
	// the stricter trigger names it.
	for _, c := range [...]struct {
		t  time.Time
		by Trigger
	}{{inc.Aware, Awareness}, {inc.Discovered, Discovery}, {inc.Suspected, Suspicion}} {
		if c.t.IsZero() || (c.by == Suspicion && p.Clock != Suspicion) {
			continue
		}
		if p.Start.IsZero() || !c.t.After(p.Start) {
			p.Start, p.StartedBy = c.t, c.by
		}
	}
	p.Due, p.Beyond = dueOrBeyond(p.Start, p.Period)
	if p.Bound == StatutoryMaximum {
		if rule, ok := ProcessorRuleAt(p.Start); ok {
			p.Statutory = rule
			if rule.Hours > 0 && !p.Start.IsZero() {
				if due := p.Start.Add(time.Duration(rule.Hours) * time.Hour); p.Due.IsZero() && !p.Beyond || due.Before(p.Due) {
					p.Due, p.Beyond = due, false
				}
			}
		}
	}
	return p
}

// decide applies Art. 34: high risk requires telling the data subjects
// unless one of the exceptions of 34(3) applies, tried in the order (a),
// (b), (c).
func decide(inc *Incident, breach bool) Subjects {
	switch {
	case !breach:
		return Subjects{Decision: NotRequired, Article: "GDPR art. 4(12)"}
	case inc.Risk == 0:
		return Subjects{Article: "GDPR art. 34(1)"}
	case inc.Risk != High:
		return Subjects{Decision: NotRequired, Article: "GDPR art. 34(1)"}
	case inc.Unintelligible.Ok && inc.Unintelligible.Value:
		return Subjects{Decision: ExemptUnintelligible, Article: "GDPR art. 34(3)(a)"}
	case inc.Mitigated:
		return Subjects{Decision: ExemptMitigated, Article: "GDPR art. 34(3)(b)"}
	case inc.DisproportionateEffort:
		return Subjects{Decision: PublicCommunication, Article: "GDPR art. 34(3)(c)"}
	}
	return Subjects{Decision: Required, Article: "GDPR art. 34(1)"}
}

// earliest returns the earliest non-zero instant, or the zero time.
func earliest(ts ...time.Time) time.Time {
	var e time.Time
	for _, t := range ts {
		if !t.IsZero() && (e.IsZero() || t.Before(e)) {
			e = t
		}
	}
	return e
}

// Missing is a notice item the incident does not yet know, with every
// source that requires it.
type Missing struct {
	Item    Item
	Sources []Requirement
}

// MissingContents returns the items still missing from a notice, in item
// order, each with the requirements (Art. 33(3) and the agreement's list)
// that ask for it. It returns nil when nothing is missing.
func (a Assessment) MissingContents() []Missing {
	if a.Missing == 0 {
		return nil
	}
	out := make([]Missing, 0, a.Missing.Len())
	for i := Item(1); i <= numItems; i++ {
		if !a.Missing.Has(i) {
			continue
		}
		out = append(out, Missing{Item: i, Sources: a.Sources(i)})
	}
	return out
}

// Sources returns the requirements that ask for item i, the law's first.
func (a Assessment) Sources(i Item) []Requirement {
	var out []Requirement
	for _, r := range art33_3 {
		if r.Items.Has(i) && a.inc.Class != Deviation {
			out = append(out, r)
		}
	}
	for _, r := range a.terms.Contents.Required {
		if r.Items.Has(i) {
			r.Source = Agreement
			out = append(out, r)
		}
	}
	return out
}

// Equal reports whether a and b are the same assessment of the same
// incident under the same terms, comparing instants with time.Time.Equal.
// It lets go-cmp compare assessments, whose unexported fields it would
// otherwise refuse.
func (a Assessment) Equal(b Assessment) bool {
	pa, pb := a.Processor, b.Processor
	da, db := a.Authority, b.Authority
	return a.At.Equal(b.At) && a.Overdue == b.Overdue && a.Subjects == b.Subjects &&
		a.Required == b.Required && a.Missing == b.Missing &&
		pa.Owed == pb.Owed && pa.Period == pb.Period && pa.BoundWherePossible == pb.BoundWherePossible &&
		pa.Clock == pb.Clock && pa.Start.Equal(pb.Start) && pa.StartedBy == pb.StartedBy && pa.Due.Equal(pb.Due) &&
		pa.Clause == pb.Clause && pa.Article == pb.Article && pa.Text == pb.Text &&
		pa.Bound == pb.Bound && pa.Statutory == pb.Statutory &&
		da.Owed == db.Owed && da.By == db.By && da.ProcessorMayReport == db.ProcessorMayReport && da.Rule == db.Rule &&
		da.Basis == db.Basis && da.From.Equal(db.From) && da.Due.Equal(db.Due) && da.Latest.Equal(db.Latest) &&
		da.Clause == db.Clause && a.terms.Equal(b.terms) && a.inc.Equal(b.inc)
}
