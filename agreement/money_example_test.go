package agreement_test

import (
	"fmt"

	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/obligation"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// mailMojoLiability is MailMojo's clause 4 as a value: direct loss from
// negligent breaches, indirect loss excluded, NOK 25 000 per calendar
// year, not for intent or gross negligence.
func mailMojoLiability() agreement.Liability {
	return agreement.Liability{
		Provision: obligation.At("4"),
		Recoverable: agreement.Recoverable{
			Provision: obligation.At("4"), Losses: []agreement.LossKind{agreement.DirectLoss}, Only: true,
			MinCulpability: agreement.Negligence,
		},
		Excluded: agreement.Exclusion{
			Provision: obligation.At("4"), Indirect: true,
			Kinds: []agreement.LossKind{agreement.LostProfit, agreement.BusinessInterruption, agreement.ThirdPartyClaims, agreement.DataSubjectClaims, agreement.Fines},
		},
		Caps: []agreement.Cap{{
			Provision: obligation.At("4"), Kind: agreement.FixedAmount, Amount: obligation.NOK(25000),
			Period: agreement.PerCalendarYear, Mutual: true,
		}},
		Lift: agreement.CapLift{Provision: obligation.At("4"), By: []agreement.Culpability{agreement.GrossNegligence, agreement.Intent}},
	}
}

// Example_money assesses claims under MailMojo's liability clause: three
// negligent direct-loss claims in 2026 reach the NOK 25 000 cap, a fourth
// in January 2027 counts against 2027's cap, a grossly negligent one is
// not capped, and lost profit is excluded.
func Example_money() {
	l := mailMojoLiability()
	claim := func(amount, day string, loss agreement.LossKind, c agreement.Culpability) agreement.Claim {
		return agreement.Claim{Amount: obligation.MustParseMoney(amount + " NOK"), Date: obligation.MustParseDate(day), Loss: loss, Culpability: c}
	}
	a, err := l.Assess([]agreement.Claim{
		claim("10000", "2026-02-10", agreement.DirectLoss, agreement.Negligence),
		claim("12000", "2026-05-04", agreement.DirectLoss, agreement.Negligence),
		claim("9000", "2026-09-30", agreement.DirectLoss, agreement.Negligence),
		claim("8000", "2027-01-15", agreement.DirectLoss, agreement.Negligence),
		claim("40000", "2026-06-01", agreement.DirectLoss, agreement.GrossNegligence),
		claim("5000", "2026-07-01", agreement.LostProfit, agreement.Negligence),
	}, agreement.LiabilityFacts{})
	if err != nil {
		fmt.Println(err)
		return
	}
	en := language.English
	for _, r := range a.Claims {
		fmt.Printf("%s %-9s %-16s → %s", r.Claim.Date, r.Claim.Amount.Amount, r.Claim.Culpability.Label(en)+",", r.Recoverable.Display(en, obligation.DisplayCompact))
		for _, red := range r.Reductions {
			fmt.Printf("; %s %s (clause %s)", red.Reason.Label(en), red.Amount.Display(en, obligation.DisplayCompact), red.Clause)
		}
		for _, n := range r.Notes {
			fmt.Printf("; %s", n.Text(en))
		}
		fmt.Println()
	}
	for _, y := range a.Years {
		fmt.Printf("%d: %s of %s; cap %s\n", y.Year, y.Recoverable.Display(en, obligation.DisplayCompact), y.Claimed.Display(en, obligation.DisplayCompact), y.Cap.Text(en))
	}
	// Output:
	// 2026-02-10 10000     negligence,      → NOK 10,000
	// 2026-05-04 12000     negligence,      → NOK 12,000
	// 2026-09-30 9000      negligence,      → NOK 3,000; the cap is reached NOK 6,000 (clause 4)
	// 2027-01-15 8000      negligence,      → NOK 8,000
	// 2026-06-01 40000     gross negligence, → NOK 40,000; the cap does not apply (clause 4)
	// 2026-07-01 5000      negligence,      → NOK 0; the loss is excluded NOK 5,000 (clause 4)
	// 2026: NOK 65,000 of NOK 76,000; cap NOK 25,000 per calendar year (clause 4); does not apply to gross negligence or intent (clause 4)
	// 2027: NOK 8,000 of NOK 8,000; cap NOK 25,000 per calendar year (clause 4); does not apply to gross negligence or intent (clause 4)
}

func ExampleLiability_Assess() {
	// Nortelecom 9.6: the previous year's revenue, "men beløpet er under
	// alle omstendigheter underlagt et maksimalbeløp" that is never stated.
	l := agreement.Liability{
		Provision: obligation.At("11"),
		Caps: []agreement.Cap{
			{Provision: obligation.At("9.6"), Kind: agreement.PreviousYearRevenue},
			{Provision: obligation.At("9.6"), Kind: agreement.UnquantifiedMaximum},
		},
	}
	facts := agreement.LiabilityFacts{Revenue: []agreement.YearAmount{{Year: 2025, Amount: obligation.NOK(200000)}}}
	a, err := l.Assess([]agreement.Claim{{
		Amount: obligation.NOK(500000), Date: obligation.MustParseDate("2026-04-01"),
		Loss: agreement.DirectLoss, Culpability: agreement.Negligence,
	}}, facts)
	if err != nil {
		fmt.Println(err)
		return
	}
	r := a.Claims[0]
	fmt.Println(r.Recoverable, "at most:", r.AtMost)
	for _, n := range r.Notes {
		fmt.Println(n.Text(language.English))
	}
	// Output:
	// 200000 NOK at most: true
	// the cap's period is not stated (clause 9.6)
	// bounded by a maximum amount the agreement does not state (clause 9.6)
}

func ExampleLiability_CapFor() {
	// Assistert Selvhjelp: "Avtalens samlede årlige vederlag ekskl.
	// merverdiavgift" per calendar year.
	l := agreement.Liability{
		Provision: obligation.At("Mislighold"),
		Caps: []agreement.Cap{{
			Provision: obligation.At("Mislighold"), Kind: agreement.FeeBased, Basis: agreement.AnnualFee,
			ExcludingVAT: true, Period: agreement.PerCalendarYear,
		}},
	}
	facts := agreement.LiabilityFacts{AnnualFees: []agreement.YearAmount{{Year: 2026, Amount: obligation.NOK(120000)}}}
	for _, year := range []int{2026, 2027} {
		yc, err := l.CapFor(year, facts)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%d: %s\n", year, yc.Text(language.English))
	}
	// Output:
	// 2026: NOK 120,000 per calendar year (clause Mislighold)
	// 2027: not quantified; the figure for 2027 is not given (clause Mislighold)
}

func ExampleInvoicing_DueDate() {
	// Assistert Selvhjelp "Betaling": "minimum 14 kalenderdager etter
	// fakturadato".
	in := agreement.Invoicing{Provision: obligation.At("Betaling"), Due: obligation.Days(14), DueAtLeast: true}
	due, err := in.DueDate(obligation.MustParseDate("2026-03-02"))
	fmt.Println(due, err)
	// Output: 2026-03-16 <nil>
}

func ExampleInvoicing_CheckDueDate() {
	in := agreement.Invoicing{Provision: obligation.At("Betaling"), Due: obligation.Days(14), DueAtLeast: true}
	invoiced := obligation.MustParseDate("2026-03-02")
	fmt.Println(in.CheckDueDate(invoiced, obligation.MustParseDate("2026-03-31")))
	fmt.Println(in.CheckDueDate(invoiced, obligation.MustParseDate("2026-03-10")))
	// Output:
	// <nil>
	// agreement: due date 2026-03-10 is before 2026-03-16, 14 days after the invoice date 2026-03-02 (Betaling)
}

func ExampleInvoicing_EarliestInvoice() {
	// "Faktura for ny avtaleperiode kan utstedes inntil 14 kalenderdager
	// før ny periode begynner å løpe."
	in := agreement.Invoicing{Provision: obligation.At("Betaling"), EarliestBefore: obligation.Days(14)}
	d, err := in.EarliestInvoice(obligation.MustParseDate("2027-03-15"))
	fmt.Println(d, err)
	// Output: 2027-03-01 <nil>
}

func ExamplePriceAdjustment_Adjust() {
	p := agreement.PriceAdjustment{Provision: obligation.At("Priser"), Index: agreement.ConsumerPriceIndex, AtRenewal: true}
	// The index values are inputs: 130.0 when the price was set, 134.5
	// at renewal.
	price, err := p.Adjust(obligation.NOK(120000), decimal.RequireFromString("130.0"), decimal.RequireFromString("134.5"))
	fmt.Println(price, err)
	// Output: 124153.85 NOK <nil>
}

func ExampleRefund_Amount() {
	// Assistert Selvhjelp: a refund "i forhold til … tid som gjenstår",
	// measured in days; 2028 is a leap year.
	r := agreement.Refund{Provision: obligation.At("Endringer i tjenesteavtalen"), On: agreement.MaterialChange, Basis: agreement.UnusedTime}
	period := agreement.Span{Start: obligation.MustParseDate("2028-01-01"), End: obligation.MustParseDate("2029-01-01")}
	got, err := r.Amount(obligation.NOK(120000), period, obligation.MustParseDate("2028-03-01"))
	fmt.Println(got.Amount, got.UnusedDays, got.PeriodDays, err)
	// Output: 100327.87 NOK 306 366 <nil>
}

func ExampleFees_Refund() {
	f := agreement.Fees{Refunds: []agreement.Refund{{Provision: obligation.NoneAt("2.7"), On: agreement.SubprocessorObjection}}}
	r, ok := f.Refund(agreement.SubprocessorObjection)
	fmt.Println(ok, r.Status)
	_, ok = f.Refund(agreement.MaterialChange)
	fmt.Println(ok)
	// Output:
	// true none
	// false
}

func ExampleCostTerm_Bill() {
	// MailMojo 2.3.5: "timepris á kr 1.100 eks. mva., med betalingsfrist
	// 10 dager netto".
	c := agreement.CostTerm{
		Provision: obligation.At("2.3.5"), For: agreement.GeneralAssistance, Basis: agreement.HourlyRate,
		Rate: obligation.NOK(1100), ExcludingVAT: true, Payment: obligation.Days(10),
	}
	b, err := c.Bill(decimal.RequireFromString("3.5"), obligation.MustParseDate("2026-11-23"), obligation.NorwegianVAT())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(b.Net, "+", b.VAT, "=", b.Gross, "due", b.Due)
	// Output: 3850 NOK + 962.5 NOK = 4812.5 NOK due 2026-12-03
}

func ExampleAssistance_Conflicts() {
	// Assistert Selvhjelp: free in the DPA, at the usual rates in
	// Vedlegg 2.
	a := agreement.Assistance{Costs: []agreement.CostTerm{
		{Provision: obligation.At("Databehandlers plikter"), For: agreement.GeneralAssistance, Basis: agreement.Free},
		{Provision: obligation.At("Vedlegg 2 Kompensasjon"), For: agreement.GeneralAssistance, Basis: agreement.UsualRates},
	}}
	for _, c := range a.Conflicts() {
		fmt.Printf("%s: %s (%s) vs %s (%s)\n", c.For.Label(language.English), c.Free.Basis.Label(language.English), c.Free.Clause, c.Charged.Basis.Label(language.English), c.Charged.Clause)
	}
	// Output: assistance: free of charge (Databehandlers plikter) vs the processor's usual rates (Vedlegg 2 Kompensasjon)
}

func ExampleInvoicing_DueDateIn() {
	// 14 calendar days from 21 March 2026 end on Easter Saturday; with the
	// Norwegian calendar the due date moves past Easter Monday.
	in := agreement.Invoicing{Provision: obligation.At("Betaling"), Due: obligation.Days(14), DueAtLeast: true}
	plain, _ := in.DueDate(obligation.MustParseDate("2026-03-21"))
	rolled, err := in.DueDateIn(obligation.Norway(), obligation.MustParseDate("2026-03-21"))
	fmt.Println(plain, rolled, err)
	// Output: 2026-04-04 2026-04-07 <nil>
}

func ExampleAssistance_CostOf() {
	a := agreement.Assistance{Costs: []agreement.CostTerm{
		{Provision: obligation.At("2.3.5"), For: agreement.GeneralAssistance, Basis: agreement.HourlyRate, Rate: obligation.NOK(1100), ExcludingVAT: true},
		{Provision: obligation.At("2.6"), For: agreement.AuditHelp, Basis: agreement.SpecialFee},
	}}
	for _, c := range a.CostOf(agreement.AuditHelp) {
		fmt.Println(c.Clause, c.Basis)
	}
	// Output: 2.6 agreed-price
}

func ExampleLiability_Validate() {
	l := agreement.Liability{Caps: []agreement.Cap{{Provision: obligation.At("4"), Kind: agreement.FixedAmount}}}
	fmt.Println(l.Validate())
	// Output:
	// 1 problem
	// 	caps[0].amount: missing
}

func ExampleYearCap_Text() {
	yc, err := mailMojoLiability().CapFor(2026, agreement.LiabilityFacts{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(yc.Text(language.English))
	// Output: NOK 25,000 per calendar year (clause 4); does not apply to gross negligence or intent (clause 4)
}
