package agreement

import (
	"fmt"
	"slices"

	"github.com/personvern/dpa/obligation"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// Help is a kind of help the processor gives the controller, as the cost
// clauses name it.
type Help uint8

const (
	// GeneralAssistance is assistance under the DPA in general: with data
	// subjects' rights, security, breaches, DPIAs and prior consultation
	// (GDPR Art. 28(3)(e) and (f)).
	GeneralAssistance Help = iota + 1
	// AuditHelp is making audits and inspections possible (Art. 28(3)(h)).
	AuditHelp
	// ReturnAndDeletion is returning and deleting the data at the end
	// (Art. 28(3)(g)).
	ReturnAndDeletion
	// DataExport is exporting data beyond what the service's own interface
	// offers (We Are Media "Returner og ødelegg personlig informasjon").
	DataExport
)

var helpLabels = []label{{},
	{"assistance", "bistand", "assistance"},
	{"audit", "revisjon og inspeksjon", "audits and inspections"},
	{"return-and-deletion", "tilbakelevering og sletting", "return and deletion"},
	{"data-export", "dataeksport utenfor grensesnittet", "data export beyond the interface"},
}

// String returns the identifier, such as "audit".
func (h Help) String() string { return enumString(h, helpLabels, "Help") }

// Label returns the name in Norwegian Bokmål or English.
func (h Help) Label(tag language.Tag) string { return enumLabel(h, helpLabels, tag, "Help") }

// MarshalText encodes the identifier.
func (h Help) MarshalText() ([]byte, error) { return enumMarshal(h, helpLabels, "help") }

// UnmarshalText accepts exactly the identifiers String returns.
func (h *Help) UnmarshalText(b []byte) error { return enumUnmarshal(h, b, helpLabels, "help") }

// CostBasis is how help is paid for: the one vocabulary of costs,
// [obligation.CostKind], that duties use too.
type CostBasis = obligation.CostKind

// The cost bases assistance terms name; every [obligation.CostKind] may be
// used.
const (
	// Free: "kostnadsfritt".
	Free = obligation.Free
	// HourlyRate: a stated rate per hour ("timepris á kr 1.100 eks. mva.",
	// MailMojo 2.3.5).
	HourlyRate = obligation.Billed
	// UsualRates: the processor's usual or current rates, not stated
	// ("Databehandlers vanlige betingelser og timesatser", "gjeldende
	// timepris").
	UsualRates = obligation.ProcessorRates
	// DocumentedCosts: the processor's documented extra costs
	// ("dokumenterte merkostnader").
	DocumentedCosts = obligation.DocumentedExtraCosts
	// SpecialFee: a fee the processor may charge, set case by case
	// ("særskilt godtgjørelse", "inngå en avtale om betaling").
	SpecialFee = obligation.AgreedPrice
	// ControllersCost: the controller bears the costs ("for den
	// databehandlingsansvarliges regning").
	ControllersCost = obligation.ControllerPays
	// InOtherDocument: set by another document ("vises i avtalen",
	// Nortelecom 5.4).
	InOtherDocument = obligation.InOtherDocument
)

// CostTerm is one clause's price for one kind of help.
type CostTerm struct {
	obligation.Provision
	// For is the help the term prices.
	For Help `json:"for"`
	// Basis is how the help is paid for.
	Basis CostBasis `json:"basis"`
	// Rate is the hourly rate of an [HourlyRate] term.
	Rate obligation.Money `json:"rate,omitzero"`
	// ExcludingVAT reports that Rate is without VAT ("eks. mva.").
	ExcludingVAT bool `json:"excludingVAT,omitzero"`
	// Payment is the time to pay from the invoice date ("betalingsfrist 10
	// dager netto"), in calendar days.
	Payment obligation.Period `json:"payment,omitzero"`
	// Document names the document that sets an [InOtherDocument] price.
	Document string `json:"document,omitzero"`
}

// Equal reports whether c and d are the same term.
func (c CostTerm) Equal(d CostTerm) bool {
	return c.Provision == d.Provision && c.For == d.For && c.Basis == d.Basis && c.Rate.Equal(d.Rate) &&
		c.ExcludingVAT == d.ExcludingVAT && c.Payment == d.Payment && c.Document == d.Document
}

// Charged reports whether the term makes the controller pay something.
func (c CostTerm) Charged() bool {
	return c.HasValue() && c.Basis != Free && c.Basis != 0
}

// Bill is an invoice for help billed by the hour.
type Bill struct {
	// Hours are the hours billed.
	Hours decimal.Decimal `json:"hours"`
	// Net is hours × rate without VAT, rounded to the øre.
	Net obligation.Money `json:"net"`
	// VAT is the value added tax on Net.
	VAT obligation.Money `json:"vat"`
	// Gross is Net plus VAT.
	Gross obligation.Money `json:"gross"`
	// Invoiced is the invoice date and Due the due date, when the term
	// sets a payment period.
	Invoiced obligation.Date `json:"invoiced"`
	Due      obligation.Date `json:"due,omitzero"`
	// Clause is the clause of the rate.
	Clause obligation.Clause `json:"clause,omitzero"`
}

// Equal reports whether b and c are the same bill.
func (b Bill) Equal(c Bill) bool {
	return b.Hours.Equal(c.Hours) && b.Net.Equal(c.Net) && b.VAT.Equal(c.VAT) && b.Gross.Equal(c.Gross) &&
		b.Invoiced == c.Invoiced && b.Due == c.Due && b.Clause == c.Clause
}

// Bill prices hours of help invoiced on the day invoiced: hours × rate,
// rounded to the øre half away from zero; VAT at vatRate (a fraction, such
// as [obligation.NorwegianVAT]) on top where the rate excludes VAT, or
// taken out of it where it includes VAT; and the due date from the payment
// period in calendar days. Only an [HourlyRate] term can be billed; any
// other is an error wrapping [ErrNoTerm].
func (c CostTerm) Bill(hours decimal.Decimal, invoiced obligation.Date, vatRate decimal.Decimal) (Bill, error) {
	if !c.HasValue() || c.Basis != HourlyRate || c.Rate.IsZero() {
		return Bill{}, fmt.Errorf("%w: an hourly rate for %s (%s is %s)", ErrNoTerm, c.For, c.Clause, c.Basis)
	}
	if err := checkDecimal(hours); err != nil {
		return Bill{}, err
	}
	if err := checkDecimal(vatRate); err != nil {
		return Bill{}, err
	}
	if hours.Sign() < 0 || vatRate.Sign() < 0 {
		return Bill{}, fmt.Errorf("agreement: hours and VAT rate must not be negative")
	}
	if !invoiced.IsValid() {
		return Bill{}, fmt.Errorf("agreement: invoice date %q is not a calendar date", invoiced)
	}
	amount := c.Rate.Mul(hours).Round()
	b := Bill{Hours: hours, Invoiced: invoiced, Clause: c.Clause}
	if c.ExcludingVAT {
		b.Net, b.VAT = amount, amount.VAT(vatRate)
		b.Gross, _ = b.Net.Add(b.VAT)
	} else {
		b.Gross = amount
		b.Net = obligation.NewMoney(amount.Amount.DivRound(vatRate.Add(decimal.NewFromInt(1)), int32(amount.MinorDigits())), amount.Currency)
		b.VAT, _ = b.Gross.Sub(b.Net)
	}
	if !c.Payment.IsZero() {
		due, err := addPeriod(invoiced, c.Payment, 1)
		if err != nil {
			return Bill{}, err
		}
		b.Due = due
	}
	return b, nil
}

// CostConflict is two cost terms that price the same help differently: one
// free, the other charged.
type CostConflict struct {
	// For is the help priced twice; Free and Charged are the two terms.
	For     Help     `json:"for"`
	Free    CostTerm `json:"free"`
	Charged CostTerm `json:"charged"`
}

// Conflicts returns every pair of terms that make the same help both free
// and charged, in the order of the terms, for a review to report. The
// library does not decide which prevails.
func (a Assistance) Conflicts() []CostConflict {
	var out []CostConflict
	for _, f := range a.Costs {
		if !f.HasValue() || f.Basis != Free {
			continue
		}
		for _, c := range a.Costs {
			if c.For == f.For && c.Charged() {
				out = append(out, CostConflict{For: f.For, Free: f, Charged: c})
			}
		}
	}
	return out
}

// CostOf returns the terms that price help h, in the text's order.
func (a Assistance) CostOf(h Help) []CostTerm {
	var out []CostTerm
	for _, c := range a.Costs {
		if c.For == h {
			out = append(out, c)
		}
	}
	return out
}

// Task is a duty of the controller's that the processor assists with, as
// GDPR Art. 28(3)(e) and (f) name them; Clause 8 of the 2021/915 standard
// clauses spells out the same list.
type Task uint8

const (
	// RightsRequests: responding to requests to exercise the data
	// subject's rights under Chapter III (Art. 28(3)(e); 2021/915 Clause
	// 8(b)).
	RightsRequests Task = iota + 1
	// SecurityTask: the controller's own security of processing (Art. 32;
	// Clause 8(c)(4)).
	SecurityTask
	// BreachTask: notifying a personal data breach to the supervisory
	// authority and communicating it to the data subjects (Arts. 33 and 34;
	// Clause 9.1).
	BreachTask
	// ImpactAssessment: a data protection impact assessment (Art. 35;
	// Clause 8(c)(1)).
	ImpactAssessment
	// PriorConsultation: consulting the supervisory authority before
	// processing (Art. 36; Clause 8(c)(2)).
	PriorConsultation
	// ComplianceInGeneral: the controller's obligations under the law in
	// general, without naming them ("yte hjelp slik at kundene kan oppfylle
	// sitt ansvar i samsvar med lover og regler").
	ComplianceInGeneral
)

var taskLabels = []label{{},
	{"rights-requests", "henvendelser fra registrerte (art. 12–22)", "data subjects' requests (Arts. 12–22)"},
	{"security", "sikkerhet ved behandlingen (art. 32)", "security of processing (Art. 32)"},
	{"breach", "melding og varsling av avvik (art. 33 og 34)", "breach notification and communication (Arts. 33 and 34)"},
	{"impact-assessment", "vurdering av personvernkonsekvenser (art. 35)", "data protection impact assessment (Art. 35)"},
	{"prior-consultation", "forhåndsdrøftinger med tilsynsmyndigheten (art. 36)", "prior consultation of the supervisory authority (Art. 36)"},
	{"compliance-in-general", "den behandlingsansvarliges plikter i sin alminnelighet", "the controller's obligations in general"},
}

// String returns the identifier, such as "impact-assessment".
func (t Task) String() string { return enumString(t, taskLabels, "Task") }

// Label returns the name in Norwegian Bokmål or English.
func (t Task) Label(tag language.Tag) string { return enumLabel(t, taskLabels, tag, "Task") }

// MarshalText encodes the identifier; the zero or an unknown Task is an
// error.
func (t Task) MarshalText() ([]byte, error) { return enumMarshal(t, taskLabels, "task") }

// UnmarshalText accepts exactly the identifiers String returns.
func (t *Task) UnmarshalText(b []byte) error { return enumUnmarshal(t, b, taskLabels, "task") }

// Assist is one task the agreement has the processor assist with, and the
// clause that says so.
type Assist struct {
	// Task is what the processor assists with (GDPR Art. 28(3)(e) and
	// (f)).
	Task Task `json:"task"`
	// Clause is where the agreement says so.
	Clause obligation.Clause `json:"clause,omitzero"`
}

// AssistanceScope is what the processor assists the controller with (GDPR
// Art. 28(3)(e) and (f); 2021/915 Clauses 8 and 9.1), one [Assist] per task
// and clause, in the text's order. The embedded Provision is the clause
// that lists the tasks; a list the text introduces and leaves empty
// (MailMojo 2.3.4: "herunder bistå Behandlingsansvarlig med å:" and nothing
// follows) is [obligation.Blank]. The zero AssistanceScope is an agreement
// silent on what the processor assists with.
type AssistanceScope struct {
	obligation.Provision
	// Tasks are the tasks the processor assists with, one per task and
	// clause, in the text's order.
	Tasks []Assist `json:"tasks,omitzero"`
}

// IsZero reports whether s is the zero AssistanceScope.
func (s AssistanceScope) IsZero() bool {
	return s.Provision == obligation.Provision{} && len(s.Tasks) == 0
}

// Equal reports whether s and t are the same scope. A nil and an empty
// list are equal.
func (s AssistanceScope) Equal(t AssistanceScope) bool {
	return s.Provision == t.Provision && slices.Equal(s.Tasks, t.Tasks)
}

// Covers reports whether the scope names task t, and the first clause that
// does.
func (s AssistanceScope) Covers(t Task) (obligation.Clause, bool) {
	for _, a := range s.Tasks {
		if a.Task == t {
			return a.Clause, true
		}
	}
	return "", false
}
