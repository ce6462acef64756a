package agreement

import (
	"errors"
	"fmt"
	"time"

	"github.com/personvern/dpa/obligation"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// ErrNoTerm is wrapped by the errors of money calculations that need a term
// the agreement does not state.
var ErrNoTerm = errors.New("agreement: the agreement does not state this term")

// Invoicing is when invoices are issued and when they fall due.
type Invoicing struct {
	obligation.Provision
	// InAdvance reports that each period is invoiced before it is
	// delivered ("faktureres for avtaleperioden forskuddsvis").
	InAdvance bool `json:"inAdvance,omitzero"`
	// Due is the time to pay, counted in calendar days from the invoice
	// date ("10 dager netto", "minimum 14 kalenderdager etter
	// fakturadato").
	Due obligation.Period `json:"due,omitzero"`
	// DueAtLeast reports that Due is a floor: the due date is the one the
	// invoice states, which must be at least Due after the invoice date.
	DueAtLeast bool `json:"dueAtLeast,omitzero"`
	// EarliestBefore is how long before a new period its invoice may be
	// issued at the earliest ("Faktura for ny avtaleperiode kan utstedes
	// inntil 14 kalenderdager før ny periode begynner å løpe").
	EarliestBefore obligation.Period `json:"earliestBefore,omitzero"`
}

// DueDate returns the due date of an invoice dated invoiced: the invoice
// date plus Due, in calendar days. Where Due is a floor ([Invoicing.DueAtLeast]),
// it is the earliest due date the invoice may state; see
// [Invoicing.CheckDueDate]. The date is not moved off weekends or
// holidays: the agreements count calendar days and say nothing of it.
func (i Invoicing) DueDate(invoiced obligation.Date) (obligation.Date, error) {
	if i.Due.IsZero() {
		return obligation.Date{}, fmt.Errorf("%w: payment deadline", ErrNoTerm)
	}
	return addPeriod(invoiced, i.Due, 1)
}

// DueDateIn is like [Invoicing.DueDate] but counts the period as cal
// counts periods (for [obligation.Norway], the library's reading of
// Regulation 1182/71: a last day on a Saturday, Sunday or public holiday
// moves to the next working day). The result is never before
// [Invoicing.DueDate], so a floor such as "minimum 14 kalenderdager" still
// holds.
func (i Invoicing) DueDateIn(cal obligation.Calendar, invoiced obligation.Date) (obligation.Date, error) {
	if _, err := i.DueDate(invoiced); err != nil {
		return obligation.Date{}, err
	}
	return cal.DeadlineDay(invoiced.In(cal.Location()), i.Due)
}

// CheckDueDate reports whether an invoice dated invoiced may state the due
// date stated: on or after [Invoicing.DueDate] where Due is a floor, and
// exactly on it otherwise. The error says why not.
func (i Invoicing) CheckDueDate(invoiced, stated obligation.Date) error {
	due, err := i.DueDate(invoiced)
	if err != nil {
		return err
	}
	if !stated.IsValid() {
		return fmt.Errorf("agreement: stated due date %q is not a calendar date", stated)
	}
	switch {
	case stated.Before(due) && i.DueAtLeast:
		return fmt.Errorf("agreement: due date %s is before %s, %s after the invoice date %s (%s)", stated, due, i.Due.Label(language.English), invoiced, i.Clause)
	case stated != due && !i.DueAtLeast:
		return fmt.Errorf("agreement: due date %s is not %s, %s after the invoice date %s (%s)", stated, due, i.Due.Label(language.English), invoiced, i.Clause)
	}
	return nil
}

// EarliestInvoice returns the earliest date an invoice for a period
// starting on start may be issued.
func (i Invoicing) EarliestInvoice(start obligation.Date) (obligation.Date, error) {
	if i.EarliestBefore.IsZero() {
		return obligation.Date{}, fmt.Errorf("%w: earliest invoice before a period", ErrNoTerm)
	}
	return addPeriod(start, i.EarliestBefore, -1)
}

// addPeriod moves d by p (forward for sign 1, back for -1) in calendar
// days, weeks, months or years; months clamp to the month's last day.
func addPeriod(d obligation.Date, p obligation.Period, sign int) (obligation.Date, error) {
	if !d.IsValid() {
		return obligation.Date{}, fmt.Errorf("agreement: %04d-%02d-%02d is not a calendar date", d.Year, int(d.Month), d.Day)
	}
	if !p.IsQuantified() || p.N < 0 || p.N > obligation.MaxN {
		return obligation.Date{}, fmt.Errorf("agreement: period %s is not a number of calendar days, weeks, months or years", p)
	}
	var out obligation.Date
	switch p.Unit {
	case obligation.Day:
		out = d.AddDays(sign * p.N)
	case obligation.Week:
		out = d.AddDays(sign * 7 * p.N)
	case obligation.Month:
		out = d.AddMonths(sign * p.N)
	case obligation.Year:
		out = d.AddMonths(sign * 12 * p.N)
	default:
		return obligation.Date{}, fmt.Errorf("agreement: period %s is not a number of calendar days, weeks, months or years", p)
	}
	if !out.IsValid() {
		return obligation.Date{}, fmt.Errorf("agreement: %s from %s is out of range", p, d)
	}
	return out, nil
}

// PriceIndex is the index prices are adjusted by.
type PriceIndex uint8

const (
	// ConsumerPriceIndex is Statistics Norway's consumer price index
	// ("konsumprisindeks (jfr. SSB)").
	ConsumerPriceIndex PriceIndex = iota + 1
)

var priceIndexLabels = []label{{},
	{"consumer-price-index", "konsumprisindeksen (SSB)", "consumer price index (Statistics Norway)"},
}

// String returns the identifier, such as "consumer-price-index".
func (p PriceIndex) String() string { return enumString(p, priceIndexLabels, "PriceIndex") }

// Label returns the name in Norwegian Bokmål or English.
func (p PriceIndex) Label(tag language.Tag) string {
	return enumLabel(p, priceIndexLabels, tag, "PriceIndex")
}

// MarshalText encodes the identifier.
func (p PriceIndex) MarshalText() ([]byte, error) {
	return enumMarshal(p, priceIndexLabels, "price index")
}

// UnmarshalText accepts exactly the identifiers String returns.
func (p *PriceIndex) UnmarshalText(b []byte) error {
	return enumUnmarshal(p, b, priceIndexLabels, "price index")
}

// PriceAdjustment is how prices change when the agreement renews.
type PriceAdjustment struct {
	obligation.Provision
	// Index is the index prices follow, if any.
	Index PriceIndex `json:"index,omitzero"`
	// AtRenewal reports that prices change only when a new period begins
	// ("ved fornyelse").
	AtRenewal bool `json:"atRenewal,omitzero"`
	// OtherChangesNotice is the notice before renewal of any other price
	// change ("varsles om dette senest 1 måned i forkant av avtalt
	// fornyelsesdato").
	OtherChangesNotice obligation.Period `json:"otherChangesNotice,omitzero"`
	// Rounding is how the adjusted price is rounded to the minor unit, where
	// the text says; zero means half away from zero.
	Rounding obligation.Rounding `json:"rounding,omitzero"`
}

// Adjust returns price adjusted by the index: price × current ÷ base,
// rounded exactly to the øre half away from zero, or by
// [PriceAdjustment.Rounding] where the term sets one. The index values
// are inputs
// (for the consumer price index, Statistics Norway's figures for the
// months the parties use); both must be positive.
func (p PriceAdjustment) Adjust(price obligation.Money, base, current decimal.Decimal) (obligation.Money, error) {
	if p.Index == 0 {
		return obligation.Money{}, fmt.Errorf("%w: price index", ErrNoTerm)
	}
	if err := checkAmount(price); err != nil {
		return obligation.Money{}, err
	}
	for _, d := range []decimal.Decimal{base, current} {
		if err := checkDecimal(d); err != nil {
			return obligation.Money{}, err
		}
		if d.Sign() <= 0 {
			return obligation.Money{}, fmt.Errorf("agreement: index value %s is not positive", d)
		}
	}
	return price.MulDiv(current, base, p.Rounding)
}

// RefundEvent is the event that ends an agreement early with a refund
// question.
type RefundEvent uint8

const (
	// SubprocessorObjection: the controller terminates after objecting to
	// a new subprocessor (We Are Media "Bruk av underleverandører",
	// MailMojo 2.7).
	SubprocessorObjection RefundEvent = iota + 1
	// MaterialChange: the controller terminates because it does not accept
	// a material change to the terms (Assistert Selvhjelp "Endringer i
	// tjenesteavtalen").
	MaterialChange
	// AtWillTermination: the controller terminates at will (Aptible,
	// Terms of Service 11: «You will not receive any refunds if you
	// terminate this Agreement»).
	AtWillTermination
	// ForceMajeureTermination: the controller terminates because force
	// majeure keeps the processor from performing (Cradl, Terms of
	// Service 10: «and will not be entitled to a refund»).
	ForceMajeureTermination
)

var refundEventLabels = []label{{},
	{"subprocessor-objection", "oppsigelse etter innsigelse mot ny underdatabehandler", "termination after an objection to a new subprocessor"},
	{"material-change", "oppsigelse etter vesentlige endringer i avtalen", "termination after a material change to the terms"},
	{"at-will", "oppsigelse uten grunn", "termination at will"},
	{"force-majeure", "oppsigelse etter force majeure", "termination for force majeure"},
}

// String returns the identifier, such as "subprocessor-objection".
func (e RefundEvent) String() string { return enumString(e, refundEventLabels, "RefundEvent") }

// Label returns the name in Norwegian Bokmål or English.
func (e RefundEvent) Label(tag language.Tag) string {
	return enumLabel(e, refundEventLabels, tag, "RefundEvent")
}

// MarshalText encodes the identifier.
func (e RefundEvent) MarshalText() ([]byte, error) {
	return enumMarshal(e, refundEventLabels, "refund event")
}

// UnmarshalText accepts exactly the identifiers String returns.
func (e *RefundEvent) UnmarshalText(b []byte) error {
	return enumUnmarshal(e, b, refundEventLabels, "refund event")
}

// RefundBasis is how a refund is measured: the one vocabulary of refunds,
// [obligation.RefundKind], that subprocessor terms use too.
type RefundBasis = obligation.RefundKind

// The refund bases [Refund.Amount] measures.
const (
	// PaidForCurrentPeriod: everything paid for the current agreement
	// period ("beløpet som er betalt innen gjeldende avtaleperiode vil bli
	// refundert", We Are Media).
	PaidForCurrentPeriod = obligation.CurrentPeriod
	// UnusedTime: the share of what was paid for the period that its
	// unused days make up ("refusjon som står i forhold til … tid som
	// gjenstår i avtalen", Assistert Selvhjelp).
	UnusedTime = obligation.ProRata
)

// Refund is what is refunded when the agreement ends early on an event.
// A [obligation.StatedNone] provision means the text says nothing is
// refunded (MailMojo 2.7: "Tjenester som allerede er fakturert … refunderes
// ikke").
type Refund struct {
	obligation.Provision
	// On is the event the refund is for.
	On RefundEvent `json:"on"`
	// Basis is how the refund is measured; zero when nothing is refunded.
	Basis RefundBasis `json:"basis,omitzero"`
	// Services reports that the refund is also in proportion to the
	// services left unused, beside the time left ("refusjon som står i
	// forhold til ubrukte Tjenester som brukt/ubrukt og tid som gjenstår
	// i avtalen"). The services used are not an input of
	// [Refund.Amount], so its result measures the time alone and is an
	// upper bound where services were used.
	Services bool `json:"services,omitzero"`
}

// Span is a period of days from Start up to but not including End, such as
// an agreement period from 2026-03-15 to 2027-03-15 (365 days).
type Span struct {
	// Start is the first day and End the day after the last.
	Start obligation.Date `json:"start"`
	End   obligation.Date `json:"end"`
}

// Days returns the number of days in s.
func (s Span) Days() int { return daysBetween(s.Start, s.End) }

// daysBetween counts the days from a to b in whole UTC days. It counts in
// seconds since the epoch rather than with time.Time.Sub, whose Duration
// saturates at about 292 years.
func daysBetween(a, b obligation.Date) int {
	return int((b.In(time.UTC).Unix() - a.In(time.UTC).Unix()) / (24 * 60 * 60))
}

// RefundResult is a refund and how it was measured.
type RefundResult struct {
	// Amount is the refund; zero in the currency paid when nothing is
	// refunded.
	Amount obligation.Money `json:"amount"`
	// UnusedDays and PeriodDays are the days counted for [UnusedTime].
	UnusedDays int `json:"unusedDays,omitzero"`
	PeriodDays int `json:"periodDays,omitzero"`
	// Basis is how it was measured; zero when nothing is refunded.
	Basis RefundBasis `json:"basis,omitzero"`
	// Clause is the clause of the refund term.
	Clause obligation.Clause `json:"clause,omitzero"`
	// AtMost reports that Amount is an upper bound: the term also
	// counts the services left unused ([Refund.Services]), which are
	// not an input.
	AtMost bool `json:"atMost,omitzero"`
}

// Amount returns the refund when the agreement ends on the day ended
// within period, for which paid was paid. For [UnusedTime] the unused
// days are those from ended to the end of the period, so a period ended on
// its first day refunds everything and one ended on its last day refunds
// one day's share; the amount is paid × unused ÷ period days, rounded to
// the øre half away from zero. A refund term the agreement does not state
// ([obligation.Absent]) is an error wrapping [ErrNoTerm]; one it states as
// none gives zero.
func (r Refund) Amount(paid obligation.Money, period Span, ended obligation.Date) (RefundResult, error) {
	if err := checkAmount(paid); err != nil || paid.IsZero() || paid.Sign() < 0 {
		return RefundResult{}, fmt.Errorf("agreement: refund: the amount paid must be a non-negative amount in a currency")
	}
	if !period.Start.IsValid() || !period.End.IsValid() || !period.Start.Before(period.End) {
		return RefundResult{}, fmt.Errorf("agreement: refund: period %s to %s is not a span of days", period.Start, period.End)
	}
	if !ended.IsValid() {
		return RefundResult{}, fmt.Errorf("agreement: refund: end date %q is not a calendar date", ended)
	}
	none := RefundResult{Amount: obligation.NewMoney(decimal.Decimal{}, paid.Currency), Clause: r.Clause}
	switch r.Status {
	case obligation.Absent:
		return RefundResult{}, fmt.Errorf("%w: refund on %s", ErrNoTerm, r.On)
	case obligation.StatedNone:
		return none, nil
	case obligation.Blank:
		return RefundResult{}, fmt.Errorf("agreement: refund on %s is left blank (%s)", r.On, r.Clause)
	}
	switch r.Basis {
	case PaidForCurrentPeriod:
		return RefundResult{Amount: paid, Basis: PaidForCurrentPeriod, Clause: r.Clause}, nil
	case UnusedTime:
		total := period.Days()
		from := ended
		if from.Before(period.Start) {
			from = period.Start
		}
		unused := min(max(daysBetween(from, period.End), 0), total)
		amt, err := paid.Share(int64(unused), int64(total))
		if err != nil {
			return RefundResult{}, err
		}
		return RefundResult{Amount: amt, UnusedDays: unused, PeriodDays: total, Basis: UnusedTime, Clause: r.Clause, AtMost: r.Services}, nil
	}
	return RefundResult{}, fmt.Errorf("agreement: refund on %s has no basis (%s)", r.On, r.Clause)
}
