package agreement

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/personvern/dpa/internal/valid"
	"github.com/personvern/dpa/obligation"
	"github.com/shopspring/decimal"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
)

// Claim is one claim for damages under an agreement.
type Claim struct {
	// Ref identifies the claim to its owner; it is not used.
	Ref string `json:"ref,omitzero"`
	// Amount is the loss claimed.
	Amount obligation.Money `json:"amount"`
	// Date is the day the claim arose; its calendar year is the year whose
	// cap it counts against.
	Date obligation.Date `json:"date"`
	// Loss is the kind of loss.
	Loss LossKind `json:"loss"`
	// Culpability is the fault behind the breach.
	Culpability Culpability `json:"culpability"`
	// Causes are what the claim is for, where a carve-out from the caps
	// names causes ([CapLift.Causes]); [OtherCause] says it is none of
	// them. Empty means not given: where a carve-out names causes, the
	// claim may be one of them, and the assessment is an upper bound.
	Causes []Cause `json:"causes,omitzero"`
}

// YearAmount is an amount for one calendar year.
type YearAmount struct {
	// Year is a calendar year, such as 2026.
	Year   int              `json:"year"`
	Amount obligation.Money `json:"amount"`
}

// Payment is an amount paid on a day.
type Payment struct {
	Date   obligation.Date  `json:"date"`
	Amount obligation.Money `json:"amount"`
}

// LiabilityFacts are the figures caps are measured against. They are not
// in the agreement's text: they come from the customer relationship. A
// figure a cap needs and the facts do not give is reported as missing,
// never guessed.
type LiabilityFacts struct {
	// AnnualFees are the agreement's annual fee for each calendar year,
	// excluding VAT where a cap says "ekskl. merverdiavgift".
	AnnualFees []YearAmount `json:"annualFees,omitzero"`
	// Revenue is the processor's revenue under the agreement in each
	// calendar year.
	Revenue []YearAmount `json:"revenue,omitzero"`
	// Payments are the fees paid, for caps measured on the fees paid in
	// the months before a claim.
	Payments []Payment `json:"payments,omitzero"`
}

func yearAmount(list []YearAmount, year int) (obligation.Money, bool) {
	for _, y := range list {
		if y.Year == year {
			return y.Amount, true
		}
	}
	return obligation.Money{}, false
}

// LiabilityReason is why an assessment reduced a claim or qualified its
// answer.
type LiabilityReason uint8

const (
	// ExcludedLoss: the agreement excludes this kind of loss.
	ExcludedLoss LiabilityReason = iota + 1
	// NotRecoverable: the agreement allows only other kinds of loss.
	NotRecoverable
	// FaultRequired: the agreement requires a graver fault.
	FaultRequired
	// CapReached: a cap limits the claim.
	CapReached
	// CapLifted: the caps do not apply to this fault.
	CapLifted
	// CapUnquantified: a cap's maximum is stated but not quantified, so the
	// amount is an upper bound.
	CapUnquantified
	// CapInOtherDocument: a cap is set by a document that is not part of
	// the agreement's text, so the amount is an upper bound.
	CapInOtherDocument
	// CapFigureMissing: a cap is measured against a figure (annual fee,
	// revenue, fees paid) the facts do not give, so the amount is an upper
	// bound.
	CapFigureMissing
	// CapPeriodUnstated: the text does not say what period a cap limits;
	// it is applied to each claim alone, which bounds the amount from
	// above.
	CapPeriodUnstated
	// PossiblyIndirect: the agreement excludes indirect loss with an open
	// list that does not name this kind; whether it is indirect is for the
	// parties or a court, so it is counted as recoverable.
	PossiblyIndirect
	// CapNeedsClaimDate: a cap is measured on the fees paid before each
	// claim, so it has no amount for a year as such.
	CapNeedsClaimDate
	// NoCap: the agreement says expressly that liability is not capped
	// (a cap with the status [obligation.StatedNone]).
	NoCap
	// CauseNotGiven: a carve-out lifts a cap (or the exclusions) for
	// claims of some causes and the claim gives none, so the cap (or
	// exclusion) is not applied and the amount is an upper bound.
	CauseNotGiven
	// CapReferenceUndetermined: a cap refers to another cap that does not
	// apply to this claim, and the text leaves open whether the reference
	// still gives that cap's amount or no limit; the cap is not applied
	// and the amount is an upper bound.
	CapReferenceUndetermined
)

var reasonLabels = []label{{},
	{"excluded-loss", "tapet er unntatt", "the loss is excluded"},
	{"not-recoverable", "tapet kan ikke kreves erstattet", "the loss is not recoverable"},
	{"fault-required", "krever grovere skyld", "requires a graver fault"},
	{"cap-reached", "ansvarsbegrensningen er nådd", "the cap is reached"},
	{"cap-lifted", "ansvarsbegrensningen gjelder ikke", "the cap does not apply"},
	{"cap-unquantified", "maksimalbeløp som ikke er oppgitt", "maximum amount not stated"},
	{"cap-in-other-document", "begrensning fastsatt i et annet dokument", "cap set by another document"},
	{"cap-figure-missing", "grunnlaget for begrensningen er ikke oppgitt", "the cap's figure is not given"},
	{"cap-period-unstated", "perioden for begrensningen er ikke angitt", "the cap's period is not stated"},
	{"possibly-indirect", "kan være indirekte tap", "may be indirect loss"},
	{"cap-needs-claim-date", "avhenger av kravets dato", "depends on the claim's date"},
	{"no-cap", "uten ansvarsbegrensning", "no cap"},
	{"cause-not-given", "kravets grunnlag er ikke oppgitt", "the claim's cause is not given"},
	{"cap-reference-undetermined", "uavklart om henvisningen begrenser kravet", "undetermined whether the reference limits the claim"},
}

// String returns the identifier, such as "cap-reached".
func (r LiabilityReason) String() string { return enumString(r, reasonLabels, "LiabilityReason") }

// Label returns the text in Norwegian Bokmål or English.
func (r LiabilityReason) Label(tag language.Tag) string {
	return enumLabel(r, reasonLabels, tag, "LiabilityReason")
}

// MarshalText encodes the identifier.
func (r LiabilityReason) MarshalText() ([]byte, error) {
	return enumMarshal(r, reasonLabels, "liability reason")
}

// UnmarshalText accepts exactly the identifiers String returns.
func (r *LiabilityReason) UnmarshalText(b []byte) error {
	return enumUnmarshal(r, b, reasonLabels, "liability reason")
}

// Reduction is an amount taken off a claim, why, and the clause.
type Reduction struct {
	// Amount is what was taken off.
	Amount obligation.Money `json:"amount"`
	// Reason is why, and Clause the clause that says so.
	Reason LiabilityReason   `json:"reason"`
	Clause obligation.Clause `json:"clause,omitzero"`
}

// Note qualifies an answer without reducing it: a cap that does not apply,
// or one that cannot be quantified.
type Note struct {
	// Reason is what the note says, and Clause the clause it is about.
	Reason LiabilityReason   `json:"reason"`
	Clause obligation.Clause `json:"clause,omitzero"`
	// Year is the year of a missing figure.
	Year int `json:"year,omitzero"`
	// Document is the document that sets a cap elsewhere.
	Document string `json:"document,omitzero"`
	// Refers is the clause of the cap a [CapReferenceUndetermined] cap
	// refers to.
	Refers obligation.Clause `json:"refers,omitzero"`
}

// Text describes the note in Norwegian Bokmål or English, with its
// clause.
func (n Note) Text(tag language.Tag) string {
	nb := norwegian(tag)
	var s string
	switch n.Reason {
	case CapUnquantified:
		s = pick(nb, "begrenset av et maksimalbeløp som ikke er oppgitt", "bounded by a maximum amount the agreement does not state")
	case CapInOtherDocument:
		s = pick(nb, "begrenset som fastsatt i ", "bounded as set by ") + n.Document
	case CapFigureMissing:
		s = pick(nb, "grunnlaget for "+strconv.Itoa(n.Year)+" er ikke oppgitt", "the figure for "+strconv.Itoa(n.Year)+" is not given")
	case CauseNotGiven:
		s = pick(nb, "kravets grunnlag er ikke oppgitt, og unntaket kan gjelde", "the claim's cause is not given, and the carve-out may apply")
	case CapReferenceUndetermined:
		s = pick(nb, "begrensningen viser til pkt. "+string(n.Refers)+", som ikke gjelder dette kravet; uavklart om henvisningen likevel begrenser det",
			"the cap refers to clause "+string(n.Refers)+", which does not apply to this claim; undetermined whether the reference still limits it")
	default:
		s = n.Reason.Label(tag)
	}
	if n.Clause != "" {
		s += pick(nb, " (pkt. ", " (clause ") + string(n.Clause) + ")"
	}
	return s
}

func pick(nb bool, no, en string) string {
	if nb {
		return no
	}
	return en
}

// ClaimResult is the assessment of one claim.
type ClaimResult struct {
	// Claim is the claim assessed, as given.
	Claim Claim `json:"claim"`
	// Recoverable is what the agreement lets the claimant recover.
	Recoverable obligation.Money `json:"recoverable"`
	// AtMost reports that Recoverable is an upper bound: a cap applies
	// whose amount this agreement's text and the facts do not give.
	AtMost bool `json:"atMost,omitzero"`
	// Reductions say, in order, what was taken off the claim and why.
	Reductions []Reduction `json:"reductions,omitzero"`
	// Notes qualify the answer.
	Notes []Note `json:"notes,omitzero"`
}

// CapValue is one cap as it stands for a year or a claim.
type CapValue struct {
	// Cap is the agreement's term. It points into the Caps of the
	// [Liability] that gave the value, so that a year's or a claim's caps
	// are not copied per value; treat it as read-only. A value decoded
	// from JSON has its own.
	Cap *Cap `json:"cap"`
	// Amount is the cap, when Known.
	Amount obligation.Money `json:"amount,omitzero"`
	// Known reports whether the amount is quantified.
	Known bool `json:"known,omitzero"`
	// Why says, when not Known, what is missing.
	Why Note `json:"why,omitzero"`
}

// YearCap is the limit on damages for claims arising in one calendar
// year, as far as the agreement and the facts quantify it.
type YearCap struct {
	// Year is the calendar year of the claims the caps limit.
	Year int `json:"year"`
	// Caps are the agreement's caps, each valued for the year.
	Caps []CapValue `json:"caps,omitzero"`
	// Lowest is the lowest known cap; the zero Money when none is known.
	Lowest obligation.Money `json:"lowest,omitzero"`
	// Bounded reports that some cap is not quantified, so the limit may be
	// lower than Lowest (or, with no Lowest, is unknown). It is never
	// guessed.
	Bounded bool `json:"bounded,omitzero"`
	// Lift is when the caps do not apply.
	Lift CapLift `json:"lift,omitzero"`
}

// YearResult sums an assessment for one calendar year.
type YearResult struct {
	// Year is the calendar year in which the claims arose.
	Year int `json:"year"`
	// Claimed is the total claimed and Recoverable the total recoverable.
	Claimed     obligation.Money `json:"claimed"`
	Recoverable obligation.Money `json:"recoverable"`
	// AtMost reports that Recoverable is an upper bound.
	AtMost bool `json:"atMost,omitzero"`
	// Cap is the limit for the year.
	Cap YearCap `json:"cap"`
}

// Assessment is the answer of [Liability.Assess]: each claim in the order
// given, each calendar year in order, and the total.
type Assessment struct {
	// Claims are the claims' results, in the order the claims were given.
	Claims []ClaimResult `json:"claims"`
	// Years are the calendar years with claims, in order.
	Years []YearResult `json:"years"`
	// Total is the total recoverable; the zero Money when there are no
	// claims.
	Total obligation.Money `json:"total"`
	// AtMost reports that Total is an upper bound.
	AtMost bool `json:"atMost,omitzero"`
}

// CapFor values l's caps for claims arising in year. A cap measured on a
// figure the facts do not give, set by another document, or stated
// without an amount is reported as unknown with the reason; the result is
// then Bounded. An agreement without caps gives a YearCap with no Caps.
func (l Liability) CapFor(year int, f LiabilityFacts) (YearCap, error) {
	if err := l.Validate(); err != nil {
		return YearCap{}, err
	}
	if err := checkFacts(f, "facts"); err != nil {
		return YearCap{}, err
	}
	if year < 1 || year > maxYear {
		return YearCap{}, fmt.Errorf("agreement: %d is not a year from 1 to %d", year, maxYear)
	}
	var y YearCap
	if err := l.capFor(&y, year, func(k int, v *CapValue) error { return l.valueInto(v, k, year, obligation.Date{}, f) }); err != nil {
		return YearCap{}, err
	}
	return y, nil
}

// valueAt values cap k for a claim arising on day (for the zero day, for
// the year as such): a cap that refers to another has that cap's amount,
// and when that is unknown, is bounded as set by its document.
func (l *Liability) valueAt(k, year int, day obligation.Date, f LiabilityFacts) (CapValue, error) {
	var v CapValue
	err := l.valueInto(&v, k, year, day, f)
	return v, err
}

// valueInto is valueAt writing into v, which must be the zero CapValue,
// so that a value goes straight into its place in a list.
func (l *Liability) valueInto(v *CapValue, k, year int, day obligation.Date, f LiabilityFacts) error {
	src := k
	if l.Caps[k].Refers != "" {
		src = l.source(k)
	}
	err := valueCap(v, &l.Caps[src], year, day, f)
	if src != k {
		c := &l.Caps[k]
		v.Cap = c
		if !v.Known && v.Why.Reason != NoCap {
			v.Why = Note{Reason: CapInOtherDocument, Clause: c.Clause, Document: c.Document}
		}
	}
	return err
}

// capFor values the caps for year into y, a zero YearCap, by value, which
// values cap k into v, a zero CapValue.
func (l *Liability) capFor(y *YearCap, year int, value func(k int, v *CapValue) error) error {
	y.Year, y.Lift = year, l.Lift
	if len(l.Caps) > 0 {
		y.Caps = make([]CapValue, len(l.Caps))
	}
	for k := range l.Caps {
		v := &y.Caps[k]
		if err := value(k, v); err != nil {
			return err
		}
		if !v.Known {
			y.Bounded = y.Bounded || v.Why.Reason != NoCap
			continue
		}
		if y.Lowest.IsZero() {
			y.Lowest = v.Amount
			continue
		}
		c, err := v.Amount.Cmp(y.Lowest)
		if err != nil {
			return err
		}
		if c < 0 {
			y.Lowest = v.Amount
		}
	}
	return nil
}

// valueCap values c into v, which must be the zero CapValue, for a claim
// arising on day (or, for the zero day, for the year as such).
func valueCap(v *CapValue, c *Cap, year int, day obligation.Date, f LiabilityFacts) error {
	v.Cap = c
	switch c.Status {
	case obligation.Stated:
	case obligation.StatedNone, obligation.Absent:
		v.Why = Note{Reason: NoCap, Clause: c.Clause}
		return nil
	default: // a template blank: there is a cap, its amount not filled in
		v.Why = Note{Reason: CapUnquantified, Clause: c.Clause}
		return nil
	}
	switch c.Kind {
	case FixedAmount:
		v.Amount, v.Known = c.Amount, true
	case FeeBased:
		switch c.Basis {
		case AnnualFee:
			fee, ok := yearAmount(f.AnnualFees, year)
			if !ok {
				v.Why = Note{Reason: CapFigureMissing, Clause: c.Clause, Year: year}
				return nil
			}
			v.Amount, v.Known = c.scaled(fee), true
		case FeesPaidBefore:
			if day.IsZero() {
				v.Why = Note{Reason: CapNeedsClaimDate, Clause: c.Clause}
				return nil
			}
			from := day.AddMonths(-c.Months)
			var sum obligation.Money
			for _, p := range f.Payments {
				if p.Date.Before(from) || !p.Date.Before(day) {
					continue
				}
				var err error
				if sum, err = sum.Add(p.Amount); err != nil {
					return err
				}
			}
			v.Amount, v.Known = c.scaled(sum), true
		default:
			v.Why = Note{Reason: CapUnquantified, Clause: c.Clause}
		}
	case PreviousYearRevenue:
		rev, ok := yearAmount(f.Revenue, year-1)
		if !ok {
			v.Why = Note{Reason: CapFigureMissing, Clause: c.Clause, Year: year - 1}
			return nil
		}
		v.Amount, v.Known = c.scaled(rev), true
	case OtherDocument:
		v.Why = Note{Reason: CapInOtherDocument, Clause: c.Clause, Document: c.Document}
	default:
		v.Why = Note{Reason: CapUnquantified, Clause: c.Clause}
	}
	return nil
}

// Text describes the year's limit in Norwegian Bokmål or English, such as
// "kr 25 000 per kalenderår (pkt. 4); gjelder ikke ved grov uaktsomhet
// eller forsett (pkt. 4)". Unknown caps are named with what is missing;
// no amount is ever guessed.
func (y YearCap) Text(tag language.Tag) string {
	nb := norwegian(tag)
	if len(y.Caps) == 0 {
		return pick(nb, "ingen ansvarsbegrensning oppgitt", "no cap stated")
	}
	var parts []string
	if !y.Lowest.IsZero() {
		var clauses []string
		period := ""
		for _, v := range y.Caps {
			if v.Known && v.Amount.Equal(y.Lowest) {
				if v.Cap == nil {
					continue
				}
				if !slices.Contains(clauses, string(v.Cap.Clause)) {
					clauses = append(clauses, string(v.Cap.Clause))
				}
				if period == "" {
					period = v.Cap.PeriodLabel(tag)
				}
			}
		}
		s := y.Lowest.Display(tag, obligation.DisplayCompact)
		if period != "" {
			s += " " + period
		}
		if len(clauses) > 0 {
			s += pick(nb, " (pkt. ", " (clause ") + strings.Join(clauses, ", ") + ")"
		}
		parts = append(parts, s)
	} else if y.Bounded {
		parts = append(parts, pick(nb, "ikke tallfestet", "not quantified"))
	}
	for _, v := range y.Caps {
		if !v.Known {
			parts = append(parts, v.Why.Text(tag))
		}
	}
	if y.Lift.HasValue() && len(y.Lift.By)+len(y.Lift.Causes) > 0 {
		names := make([]string, 0, len(y.Lift.By)+len(y.Lift.Causes))
		for _, c := range y.Lift.By {
			names = append(names, c.Label(tag))
		}
		for _, c := range y.Lift.Causes {
			names = append(names, c.Label(tag))
		}
		s := pick(nb, "gjelder ikke ved ", "does not apply to ") + strings.Join(names, pick(nb, " eller ", " or "))
		if y.Lift.Clause != "" {
			s += pick(nb, " (pkt. ", " (clause ") + string(y.Lift.Clause) + ")"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "; ")
}

// Assess applies l to claims and returns what is recoverable for each
// claim, each calendar year and in total, with the reason and clause for
// every reduction. It is a pure function of its inputs.
//
// For each claim, in order of date (claims on the same day in the order
// given), Assess:
//
//  1. excludes the losses the agreement excludes (indirect loss and the
//     kinds it lists); a kind its open list does not name is counted and
//     noted as [PossiblyIndirect];
//  2. excludes losses outside what the agreement lets be recovered, and
//     claims below the fault it requires;
//  3. unless the claim's fault lifts the caps, limits the claim by every
//     cap: what is left of a calendar-year cap for the claim's year, of a
//     whole-agreement cap, or a per-claim cap. A cap whose period the text
//     does not state is applied per claim and noted. A cap that cannot be
//     quantified makes the answer an upper bound ([ClaimResult.AtMost]).
//
// A claim whose fault lifts the caps neither is limited by nor uses up a
// cap. All amounts must be in one currency; claims, facts and caps in
// different currencies give an [obligation.MismatchError]. Malformed
// terms, claims or facts give a *[ValidationError] naming each problem.
//
// Arithmetic is exact. Assess works in whole units of the finest precision
// among the claims and caps (the øre, for NOK amounts with at most two
// decimals), which limits it to at most [MaxClaims] claims of fewer than
// 15 significant digits at that precision (under NOK 10 000 billion at
// øre precision); larger inputs give an error wrapping [ErrOutOfRange].
func (l Liability) Assess(claims []Claim, f LiabilityFacts) (Assessment, error) {
	if err := l.Validate(); err != nil {
		return Assessment{}, err
	}
	if err := checkClaims(claims, f); err != nil {
		return Assessment{}, err
	}
	if len(claims) == 0 {
		return Assessment{}, nil
	}
	if len(claims) > MaxClaims {
		return Assessment{}, fmt.Errorf("%w: %d claims (at most %d)", ErrOutOfRange, len(claims), MaxClaims)
	}
	cur := claims[0].Amount.Currency
	sc := scale{exp: -int32(claims[0].Amount.MinorDigits())}
	for _, c := range claims {
		sc.exp = min(sc.exp, c.Amount.Amount.Exponent())
	}
	for k := range l.Caps {
		if c := &l.Caps[k]; c.Kind == FixedAmount && !c.Amount.IsZero() {
			if c.Amount.Currency != cur {
				return Assessment{}, fmt.Errorf("agreement: caps[%d]: %w", k, obligation.MismatchError{A: claims[0].Amount, B: c.Amount})
			}
			sc.exp = min(sc.exp, c.Amount.Amount.Exponent())
		}
	}
	if sc.exp < -maxScale {
		return Assessment{}, fmt.Errorf("%w: amounts with more than %d decimals", ErrOutOfRange, maxScale)
	}

	var stack [16]int
	order := stack[:0]
	if len(claims) > len(stack) {
		order = make([]int, 0, len(claims))
	}
	for i := range claims {
		order = append(order, i)
	}
	slices.SortStableFunc(order, func(i, j int) int { return claims[i].Date.Compare(claims[j].Date) })

	st := assessState{l: l, f: f, sc: sc, cur: cur}
	// A rolling cap records what each claim takes of it: room for all.
	rolling := 0
	for k := range l.Caps {
		c := &l.Caps[k]
		if c.Period == Rolling || c.Period == 0 && c.Refers != "" && l.Caps[l.source(k)].Period == Rolling {
			rolling++
		}
	}
	if rolling > 0 {
		st.dated = make([]datedUse, 0, rolling*len(claims))
	}
	results := make([]ClaimResult, len(claims))
	// A claim has at most one reduction: an exclusion leaves nothing for
	// the caps to limit.
	reductions := make([]Reduction, len(claims))
	// claimed and recoverable are each claim's amounts in scale units.
	var stack2 [2 * 16]int64
	var both []int64
	if len(claims) > 16 {
		both = make([]int64, 2*len(claims))
	} else {
		both = stack2[:2*len(claims)]
	}
	claimed, recoverable := both[:len(claims)], both[len(claims):]
	// Notes share one backing array, when notes are likely: caps that can
	// be unknown, apply per claim, refer to another or are lifted by
	// cause. Its length is a bound on the notes, which the slicing below
	// relies on: a claim has at most one note that its loss may be
	// indirect, and then either one note about the carve-out of l.Lift
	// (the caps lifted, or the claim's cause not given) or, from
	// applyCaps, at most one note per cap. A cap that is stated, of a
	// fixed amount, for a stated period, with no reference and no
	// carve-out of its own is always known and gives none.
	var notes []Note
	capNotes := 0
	for k := range l.Caps {
		if c := &l.Caps[k]; c.Period == 0 || c.Kind != FixedAmount || c.Status != obligation.Stated || c.Refers != "" || c.Lift != nil {
			capNotes++
		}
	}
	if capNotes > 0 || len(l.Lift.Causes) > 0 {
		bound := len(claims) * max(capNotes, 1)
		if l.Excluded.HasValue() {
			for i := range claims {
				if l.Excluded.mayBeIndirect(claims[i].Loss) {
					bound++
				}
			}
		}
		notes = make([]Note, 0, bound)
	}
	ex, rec := &l.Excluded, &l.Recoverable
	for _, i := range order {
		c := &claims[i]
		amount, ok := sc.fixed(c.Amount.Amount, claimDigits)
		if !ok {
			return Assessment{}, fmt.Errorf("%w: claims[%d].amount %s", ErrOutOfRange, i, c.Amount)
		}
		claimed[i] = amount
		r := &results[i]
		r.Claim, r.Recoverable = *c, c.Amount
		r.Notes = notes[len(notes):]
		lift := l.Lift.state(c)
		liftEx := lift != notLifted && l.Lift.Exclusions
		var reason LiabilityReason
		var clause obligation.Clause
		switch {
		case ex.HasValue() && ex.excludes(c.Loss) && !liftEx:
			reason, clause = ExcludedLoss, ex.Clause
		case rec.HasValue() && rec.Only && !slices.Contains(rec.Losses, c.Loss):
			reason, clause = NotRecoverable, rec.Clause
		case rec.HasValue() && rec.MinCulpability != 0 && c.Culpability < rec.MinCulpability:
			reason, clause = FaultRequired, rec.Clause
		}
		if reason != 0 {
			reductions[i] = Reduction{Amount: c.Amount, Reason: reason, Clause: clause}
			r.Reductions = reductions[i : i+1 : i+1]
			r.Recoverable = sc.money(0, cur)
			amount = 0
		}
		if amount > 0 && ex.HasValue() && ex.mayBeIndirect(c.Loss) {
			r.Notes = append(r.Notes, Note{Reason: PossiblyIndirect, Clause: ex.Clause})
		}
		// A claim that may be one the carve-out names is assessed as if it
		// were: the upper bound.
		if amount > 0 && lift == maybeLifted && (len(l.Caps) > 0 || liftEx && ex.HasValue() && ex.excludes(c.Loss)) {
			r.AtMost = true
			r.Notes = append(r.Notes, Note{Reason: CauseNotGiven, Clause: l.Lift.Clause})
		}
		if amount > 0 && len(l.Caps) > 0 && lift != maybeLifted {
			if lift == lifted {
				r.Notes = append(r.Notes, Note{Reason: CapLifted, Clause: l.Lift.Clause})
			} else {
				allowed, binding, err := st.applyCaps(r, i, amount)
				if err != nil {
					return Assessment{}, err
				}
				if allowed < amount {
					cut := r.Recoverable
					if allowed > 0 {
						cut = sc.money(amount-allowed, cur)
					}
					reductions[i] = Reduction{Amount: cut, Reason: CapReached, Clause: binding}
					r.Reductions = reductions[i : i+1 : i+1]
					r.Recoverable = sc.money(allowed, cur)
					amount = allowed
				}
			}
		}
		recoverable[i] = amount
		if n := len(r.Notes); n == 0 {
			r.Notes = nil
		} else {
			if cap(notes) > 0 {
				notes = notes[:len(notes)+n]
			}
			r.Notes = r.Notes[:n:n]
		}
	}
	return st.summarise(results, claimed, recoverable)
}

// MaxClaims is the most claims [Liability.Assess] takes at once.
const MaxClaims = 1000

// ErrOutOfRange is wrapped by the errors of calculations whose inputs are
// beyond the range they compute exactly.
var ErrOutOfRange = errors.New("agreement: out of range")

const (
	// claimDigits bounds a claim's digits at the common precision, so that
	// MaxClaims of them add up within int64.
	claimDigits = 15
	// capDigits bounds a cap; a larger cap exceeds every total of claims
	// and never binds.
	capDigits = 18
	// maxScale is the finest precision an assessment works in.
	maxScale = 12
)

// scale converts decimals to and from whole multiples of 10^exp.
type scale struct{ exp int32 }

// fixed returns d in units of 10^exp, and false when it has more than
// digits digits at that precision or is finer than it.
func (s scale) fixed(d decimal.Decimal, digits int) (int64, bool) {
	if d.IsZero() {
		return 0, true
	}
	shift := int(d.Exponent() - s.exp)
	if shift < 0 || d.NumDigits()+shift > digits {
		return 0, false
	}
	v := d.CoefficientInt64()
	for range shift {
		v *= 10
	}
	return v, true
}

func (s scale) money(v int64, cur currency.Unit) obligation.Money {
	if v == 0 {
		return obligation.NewMoney(decimal.Decimal{}, cur)
	}
	return obligation.NewMoney(decimal.New(v, s.exp), cur)
}

// assessState carries an assessment's inputs and what claims have used of
// each cap.
type assessState struct {
	l    Liability
	f    LiabilityFacts
	sc   scale
	cur  currency.Unit
	used []capUse
	// dated is what claims have used of [Rolling] caps, by day.
	dated []datedUse
	// values caches year-based cap values.
	values []capYear
	// scratch holds a cap valued for one claim's date.
	scratch capYear
}

// capUse is what claims have used of one cap in one scope: a calendar
// year, a claim, or the whole agreement.
type capUse struct {
	cap, key int
	amount   int64
}

// datedUse is what the claim of one day took of a [Rolling] cap.
type datedUse struct {
	cap    int
	day    obligation.Date
	amount int64
}

// usedSince returns what claims after day from have taken of rolling cap
// k. Claims are assessed in date order, so none is later than the claim
// being assessed.
func (st *assessState) usedSince(k int, from obligation.Date) int64 {
	var sum int64
	for _, u := range st.dated {
		if u.cap == k && u.day.After(from) {
			sum += u.amount
		}
	}
	return sum
}

// rollingKey marks, among a claim's caps, one whose scope is a rolling
// period rather than a year, the claim or the whole agreement.
const rollingKey = math.MinInt

// capYear is cap k valued for a year: the parts of its [CapValue] an
// assessment reads, kept small since every claim reads them.
type capYear struct {
	cap, year int
	amount    obligation.Money
	known     bool
	why       Note
	limit     int64 // amount in scale units, when binds
	binds     bool  // known and within the range a total can reach
}

// capValue returns x as the CapValue of cap x.cap.
func (st *assessState) capValue(x *capYear) CapValue {
	return CapValue{Cap: &st.l.Caps[x.cap], Amount: x.amount, Known: x.known, Why: x.why}
}

func (st *assessState) usedOf(cap, key int) int64 {
	for _, u := range st.used {
		if u.cap == cap && u.key == key {
			return u.amount
		}
	}
	return 0
}

func (st *assessState) use(cap, key int, v int64) {
	for i := range st.used {
		if st.used[i].cap == cap && st.used[i].key == key {
			st.used[i].amount += v
			return
		}
	}
	st.used = append(st.used, capUse{cap, key, v})
}

// value values cap k for a claim on day, with its amount in scale units
// and whether it can bind, caching caps that depend only on the year. The
// value it points to is valid until the next call.
func (st *assessState) value(k int, day obligation.Date) (*capYear, error) {
	src := k
	if st.l.Caps[k].Refers != "" {
		src = st.l.source(k)
	}
	if c := &st.l.Caps[src]; c.Kind == FeeBased && c.Basis == FeesPaidBefore {
		v, err := st.l.valueAt(k, day.Year, day, st.f)
		st.scratch = st.entry(k, day.Year, &v)
		return &st.scratch, err
	}
	for i := range st.values {
		if x := &st.values[i]; x.cap == k && x.year == day.Year {
			return x, nil
		}
	}
	v, err := st.l.valueAt(k, day.Year, day, st.f)
	if err != nil {
		return nil, err
	}
	if st.values == nil {
		st.values = make([]capYear, 0, 2*len(st.l.Caps))
	}
	st.values = append(st.values, st.entry(k, day.Year, &v))
	return &st.values[len(st.values)-1], nil
}

func (st *assessState) entry(k, year int, v *CapValue) capYear {
	limit, binds := st.limitOf(*v)
	return capYear{cap: k, year: year, amount: v.Amount, known: v.Known, why: v.Why, limit: limit, binds: binds}
}

// limitOf returns v's amount in scale units, and false when it cannot
// bind: unknown, or beyond every total of claims. A cap finer than the
// claims' precision is rounded down to it, since it is a limit.
func (st *assessState) limitOf(v CapValue) (int64, bool) {
	if !v.Known {
		return 0, false
	}
	if limit, ok := st.sc.fixed(v.Amount.Amount, capDigits); ok {
		return limit, true
	}
	if v.Amount.Amount.Exponent() >= st.sc.exp {
		return 0, false // too large to bind
	}
	return st.sc.fixed(v.Amount.Amount.Truncate(-st.sc.exp), capDigits)
}

// applyCaps returns how much of amount (in scale units) the caps allow for
// claim idx, and the clause of the cap that binds; it records the notes
// and what the claim uses of each cap.
func (st *assessState) applyCaps(r *ClaimResult, idx int, amount int64) (int64, obligation.Clause, error) {
	c := &r.Claim
	var binding obligation.Clause
	allowed := amount
	var keys [4][2]int
	known := keys[:0]
	for k := range st.l.Caps {
		cp := &st.l.Caps[k]
		if s := cp.Lift.state(c); s != notLifted {
			clause := cp.Lift.Clause
			if clause == "" {
				clause = cp.Clause
			}
			if s == lifted {
				r.Notes = append(r.Notes, Note{Reason: CapLifted, Clause: clause})
			} else {
				r.AtMost = true
				r.Notes = append(r.Notes, Note{Reason: CauseNotGiven, Clause: clause})
			}
			continue
		}
		period, window := cp.Period, cp.Window
		if cp.Refers != "" {
			if j := st.l.source(k); j != k {
				if st.l.Caps[j].Lift.state(c) != notLifted {
					r.AtMost = true
					r.Notes = append(r.Notes, Note{Reason: CapReferenceUndetermined, Clause: cp.Clause, Refers: cp.Refers})
					continue
				}
				if period == 0 {
					period, window = st.l.Caps[j].Period, st.l.Caps[j].Window
				}
			}
		}
		v, err := st.value(k, c.Date)
		if err != nil {
			return 0, "", err
		}
		if !v.known {
			if v.why.Reason != NoCap {
				r.AtMost = true
				r.Notes = append(r.Notes, v.why)
			}
			continue
		}
		if v.amount.Currency != st.cur && !v.amount.IsZero() {
			return 0, "", fmt.Errorf("agreement: caps[%d]: %w", k, obligation.MismatchError{A: c.Amount, B: v.amount})
		}
		limit, binds := v.limit, v.binds
		key := -1 - idx
		switch period {
		case PerCalendarYear:
			key = c.Date.Year
		case WholeAgreement:
			key = 0
		case Rolling:
			key = rollingKey
		case PerClaim:
		default:
			r.Notes = append(r.Notes, Note{Reason: CapPeriodUnstated, Clause: cp.Clause})
		}
		if !binds {
			continue
		}
		var used int64
		if key == rollingKey {
			// The window of Window months that ends on the claim's day:
			// the claims after the same day Window months before.
			used = st.usedSince(k, c.Date.AddMonths(-window))
		} else {
			used = st.usedOf(k, key)
		}
		left := max(limit-used, 0)
		if left < allowed {
			allowed, binding = left, cp.Clause
		}
		known = append(known, [2]int{k, key})
	}
	for _, s := range known {
		switch {
		case s[1] == rollingKey:
			if allowed > 0 {
				st.dated = append(st.dated, datedUse{cap: s[0], day: c.Date, amount: allowed})
			}
		case s[1] >= 0: // a per-claim scope is never read again
			st.use(s[0], s[1], allowed)
		}
	}
	return allowed, binding, nil
}

func (st *assessState) summarise(results []ClaimResult, claimedUnits, recoverable []int64) (Assessment, error) {
	a := Assessment{Claims: results}
	var ys [8]int
	years := ys[:0]
	for i := range results {
		if y := results[i].Claim.Date.Year; !slices.Contains(years, y) {
			years = append(years, y)
		}
	}
	slices.Sort(years)
	a.Years = make([]YearResult, len(years))
	var total int64
	for n, y := range years {
		yr := &a.Years[n]
		yr.Year = y
		err := st.l.capFor(&yr.Cap, y, func(k int, v *CapValue) error {
			if c := &st.l.Caps[st.l.source(k)]; c.Kind == FeeBased && c.Basis == FeesPaidBefore {
				return st.l.valueInto(v, k, y, obligation.Date{}, st.f)
			}
			x, err := st.value(k, obligation.NewDate(y, time.January, 1))
			if err != nil {
				return err
			}
			*v = st.capValue(x)
			return nil
		})
		if err != nil {
			return Assessment{}, err
		}
		var claimed, rec int64
		for i := range results {
			if r := &results[i]; r.Claim.Date.Year != y {
				continue
			}
			claimed += claimedUnits[i]
			rec += recoverable[i]
			yr.AtMost = yr.AtMost || results[i].AtMost
		}
		yr.Claimed, yr.Recoverable = st.sc.money(claimed, st.cur), st.sc.money(rec, st.cur)
		total += rec
		a.AtMost = a.AtMost || yr.AtMost
	}
	a.Total = st.sc.money(total, st.cur)
	return a, nil
}

// maxYear keeps years within what obligation.Date and time arithmetic
// handle.
const maxYear = 9999

func checkClaims(claims []Claim, f LiabilityFacts) error {
	var l valid.List
	var cur obligation.Money
	for i, c := range claims {
		at := item("", "claims", i, "amount")
		switch {
		case !c.Amount.IsValid() || c.Amount.IsZero():
			l.Add(at(), "missing or without a currency")
		case c.Amount.Amount.Exponent() < -40 || c.Amount.Amount.Exponent() > 40:
			// Digits are bounded when the amount is scaled.
			l.Add(at(), "agreement: amount out of range")
		case c.Amount.Sign() < 0:
			l.Addf(at(), "%s is negative", c.Amount)
		case cur.IsZero():
			cur = c.Amount
		case cur.Currency != c.Amount.Currency:
			return fmt.Errorf("agreement: %s: %w", at(), obligation.MismatchError{A: cur, B: c.Amount})
		}
		if !c.Date.IsValid() {
			l.Add(item("", "claims", i, "date")(), "missing or not a calendar date")
		}
		if c.Loss == 0 || int(c.Loss) >= len(lossKindLabels) {
			l.Add(item("", "claims", i, "loss")(), "missing or unknown loss kind")
		}
		if c.Culpability == 0 || int(c.Culpability) >= len(culpabilityLabels) {
			l.Add(item("", "claims", i, "culpability")(), "missing or unknown culpability")
		}
		for j, x := range c.Causes {
			if x == 0 || int(x) >= len(causeLabels) {
				l.Add(valid.Index(item("", "claims", i, "causes")(), j), "missing or unknown cause")
			}
		}
	}
	if err := l.Err(); err != nil {
		return err
	}
	return checkFacts(f, "facts")
}

func checkFacts(f LiabilityFacts, path string) error {
	var l valid.List
	for _, list := range [...]struct {
		name string
		ys   []YearAmount
	}{{"annualFees", f.AnnualFees}, {"revenue", f.Revenue}} {
		for i, y := range list.ys {
			at := item(path, list.name, i, "")
			if y.Year < 1 || y.Year > maxYear {
				l.Addf(valid.Join(at(), "year"), "%d is not a year from 1 to %d", y.Year, maxYear)
			}
			for j := range i {
				if list.ys[j].Year == y.Year {
					l.Addf(valid.Join(at(), "year"), "%d is given twice", y.Year)
				}
			}
			if checkAmount(y.Amount) != nil || y.Amount.IsZero() {
				l.Add(valid.Join(at(), "amount"), "missing, without a currency or out of range")
			}
		}
	}
	for i, pay := range f.Payments {
		at := item(path, "payments", i, "")
		if !pay.Date.IsValid() {
			l.Add(valid.Join(at(), "date"), "missing or not a calendar date")
		}
		if checkAmount(pay.Amount) != nil || pay.Amount.IsZero() {
			l.Add(valid.Join(at(), "amount"), "missing, without a currency or out of range")
		}
	}
	return l.Err()
}

// checkAmount bounds an amount so that arithmetic on it stays cheap: a
// currency, at most 40 digits, and an exponent within ±40.
func checkAmount(m obligation.Money) error {
	if !m.IsValid() {
		return errors.New("agreement: an amount without a currency")
	}
	return checkDecimal(m.Amount)
}

func checkDecimal(d decimal.Decimal) error {
	if e := d.Exponent(); e < -40 || e > 40 {
		return fmt.Errorf("agreement: amount out of range (exponent %d)", e)
	}
	if n := d.NumDigits(); n > 40 {
		return fmt.Errorf("agreement: amount of %d digits (at most 40)", n)
	}
	return nil
}
