package agreement

import (
	"slices"

	"github.com/personvern/dpa/obligation"
)

// The money terms of an agreement are three values: [Liability] (caps,
// exclusions and what can be claimed; liability.go, assessed by
// [Liability.Assess]), [Fees] (prices, invoicing, price adjustment and
// refunds; fees.go) and [Assistance] (what the processor's help costs;
// assistance.go). All amounts are [obligation.Money]: decimal, with a
// currency, rounded to the øre only where a payable amount results.

// Fees are an agreement's prices, invoicing, price adjustment and refund
// terms. Fees is a value; its zero value means the agreement says nothing
// about fees. Its Provision is where the prices are set.
type Fees struct {
	obligation.Provision
	// AnnualFee is the fee for a year of service, where the agreement
	// states one. None of the seeds does: the price is in the order.
	AnnualFee obligation.Money `json:"annualFee,omitzero"`
	// Period is the period a fee covers and is invoiced for ("avtaleperiode
	// på 12 måneder").
	Period obligation.Period `json:"period,omitzero"`
	// IncludesVAT reports that stated prices include VAT and all other
	// charges ("Denne prisen inkluderer alle avgifter og
	// tilleggskostnader").
	IncludesVAT bool `json:"includesVAT,omitzero"`
	// FixedInPeriod reports that prices cannot change within an agreement
	// period ("kan ikke gjøre prisendringer for Tjenester i
	// avtaleperioden").
	FixedInPeriod bool `json:"fixedInPeriod,omitzero"`
	// Invoicing is when invoices are issued and fall due.
	Invoicing Invoicing `json:"invoicing,omitzero"`
	// Adjustment is how prices change at renewal.
	Adjustment PriceAdjustment `json:"adjustment,omitzero"`
	// Refunds are what is refunded when the agreement ends early, one per
	// event the text names.
	Refunds []Refund `json:"refunds,omitzero"`
}

// IsZero reports whether f is the zero Fees.
func (f Fees) IsZero() bool { return f.Equal(Fees{}) }

// Equal reports whether f and g are the same terms. A nil and an empty
// list are equal.
func (f Fees) Equal(g Fees) bool {
	return f.Provision == g.Provision && f.AnnualFee.Equal(g.AnnualFee) && f.Period == g.Period &&
		f.IncludesVAT == g.IncludesVAT && f.FixedInPeriod == g.FixedInPeriod &&
		f.Invoicing == g.Invoicing && f.Adjustment == g.Adjustment && slices.Equal(f.Refunds, g.Refunds)
}

// Refund returns the refund term for event, and whether the agreement has
// one.
func (f Fees) Refund(event RefundEvent) (Refund, bool) {
	for _, r := range f.Refunds {
		if r.On == event {
			return r, true
		}
	}
	return Refund{}, false
}

// Assistance is what the processor assists the controller with and what
// that costs (GDPR Art. 28(3)(e), (f) and (h)): its [AssistanceScope], and
// one [CostTerm] per clause that prices help, in the text's order. An
// agreement may price the same help twice and differently (Assistert
// Selvhjelp: free in the DPA, at the usual rates in Vedlegg 2); both terms
// are kept and [Assistance.Conflicts] reports them. Assistance is a value;
// its zero value means the agreement says nothing about assistance.
type Assistance struct {
	// Costs are the terms that price the processor's help, one per clause,
	// in the text's order; two may price the same help differently.
	Costs []CostTerm `json:"costs,omitzero"`
	// Scope is what the processor assists with (Art. 28(3)(e) and (f)).
	Scope AssistanceScope `json:"scope,omitzero"`
}

// IsZero reports whether a is the zero Assistance.
func (a Assistance) IsZero() bool { return len(a.Costs) == 0 && a.Scope.IsZero() }

// Equal reports whether a and b are the same terms. A nil and an empty
// list are equal.
func (a Assistance) Equal(b Assistance) bool {
	return slices.EqualFunc(a.Costs, b.Costs, CostTerm.Equal) && a.Scope.Equal(b.Scope)
}
