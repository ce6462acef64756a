package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/obligation"
	"golang.org/x/text/language"
)

func init() { sections = append(sections, printMoney) }

// tourFacts are example figures for the caps that depend on the customer
// relationship; the agreements do not state them, so the tour says they
// are examples.
var tourFacts = map[string]agreement.LiabilityFacts{
	"assistert-selvhjelp": {AnnualFees: []agreement.YearAmount{{Year: 2026, Amount: obligation.NOK(120000)}}},
	"nortelecom":          {Revenue: []agreement.YearAmount{{Year: 2025, Amount: obligation.NOK(200000)}}},
}

// printMoney prints the liability cap for 2026, the costs of assistance
// with any conflict between them, the refunds, and for MailMojo the
// worked case of issue 6.
func printMoney(w io.Writer, a agreement.Agreement, tag language.Tag) {
	heading(w, tr(tag, "Ansvar og vederlag", "Liability and fees"))
	facts := tourFacts[a.ID]
	for _, y := range facts.AnnualFees {
		fmt.Fprintf(w, "    %s %d: %s\n", tr(tag, "eksempel: årlig vederlag ekskl. mva.", "example: annual fee excl. VAT"), y.Year, y.Amount.Display(tag, obligation.DisplayCompact))
	}
	for _, y := range facts.Revenue {
		fmt.Fprintf(w, "    %s %d: %s\n", tr(tag, "eksempel: omsetning under avtalen", "example: revenue under the agreement"), y.Year, y.Amount.Display(tag, obligation.DisplayCompact))
	}
	yc, err := a.Liability.CapFor(2026, facts)
	if err != nil {
		fmt.Fprintf(w, "    %v\n", err)
		return
	}
	fmt.Fprintf(w, "    %s: %s\n", tr(tag, "ansvarsbegrensning 2026", "liability cap 2026"), yc.Text(tag))
	for _, d := range a.Liability.Disclaimers {
		fmt.Fprintf(w, "    %s: %s\n", tr(tag, "ikke ansvar for", "not liable for"), provisionText(d.Provision, d.About, tag))
	}

	for _, c := range a.Assistance.Costs {
		s := c.Basis.Label(tag)
		if c.Basis == agreement.HourlyRate {
			s += " " + c.Rate.Display(tag, obligation.DisplayCompact)
			if c.ExcludingVAT {
				s += tr(tag, " eks. mva.", " excl. VAT")
			}
		}
		if !c.Payment.IsZero() {
			s += tr(tag, ", betalingsfrist ", ", payment within ") + c.Payment.Label(tag)
		}
		fmt.Fprintf(w, "    %s: %s\n", c.For.Label(tag), provisionText(c.Provision, s, tag))
	}
	for _, c := range a.Assistance.Conflicts() {
		fmt.Fprintf(w, "    %s: %s (%s) / %s (%s)\n", tr(tag, "motstrid", "conflict"),
			c.Free.Basis.Label(tag), c.Free.Clause, c.Charged.Basis.Label(tag), c.Charged.Clause)
	}
	for _, r := range a.Fees.Refunds {
		fmt.Fprintf(w, "    %s, %s: %s\n", tr(tag, "refusjon", "refund"), r.On.Label(tag), provisionText(r.Provision, r.Basis.Label(tag), tag))
	}
	if a.ID == "mailmojo" {
		printWorkedCase(w, a, tag)
	}
}

// printWorkedCase assesses issue 6's claims under MailMojo clause 4.
func printWorkedCase(w io.Writer, a agreement.Agreement, tag language.Tag) {
	claim := func(amount int64, day string, loss agreement.LossKind, c agreement.Culpability) agreement.Claim {
		return agreement.Claim{Amount: obligation.NOK(amount), Date: obligation.MustParseDate(day), Loss: loss, Culpability: c}
	}
	res, err := a.Liability.Assess([]agreement.Claim{
		claim(10000, "2026-02-10", agreement.DirectLoss, agreement.Negligence),
		claim(12000, "2026-05-04", agreement.DirectLoss, agreement.Negligence),
		claim(9000, "2026-09-30", agreement.DirectLoss, agreement.Negligence),
		claim(8000, "2027-01-15", agreement.DirectLoss, agreement.Negligence),
		claim(40000, "2026-06-01", agreement.DirectLoss, agreement.GrossNegligence),
		claim(5000, "2026-07-01", agreement.LostProfit, agreement.Negligence),
	}, agreement.LiabilityFacts{})
	if err != nil {
		fmt.Fprintf(w, "    %v\n", err)
		return
	}
	fmt.Fprintf(w, "    %s\n", tr(tag, "eksempel på erstatningskrav:", "example claims:"))
	for _, r := range res.Claims {
		var why []string
		for _, red := range r.Reductions {
			why = append(why, fmt.Sprintf("%s, %s %s (%s %s)", red.Reason.Label(tag), tr(tag, "minus", "less"),
				red.Amount.Display(tag, obligation.DisplayCompact), tr(tag, "pkt.", "clause"), red.Clause))
		}
		for _, n := range r.Notes {
			why = append(why, n.Text(tag))
		}
		line := fmt.Sprintf("      %s %s, %s, %s → %s", r.Claim.Date, r.Claim.Amount.Display(tag, obligation.DisplayCompact),
			r.Claim.Loss.Label(tag), r.Claim.Culpability.Label(tag), r.Recoverable.Display(tag, obligation.DisplayCompact))
		if len(why) > 0 {
			line += ": " + strings.Join(why, "; ")
		}
		fmt.Fprintln(w, line)
	}
	for _, y := range res.Years {
		fmt.Fprintf(w, "      %d: %s %s %s %s\n", y.Year, y.Recoverable.Display(tag, obligation.DisplayCompact),
			tr(tag, "kan kreves av", "recoverable of"), y.Claimed.Display(tag, obligation.DisplayCompact), tr(tag, "krevd", "claimed"))
	}
}
