package main

import (
	"fmt"
	"io"
	"slices"
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

// printMoney prints the liability cap for 2026 and the losses excluded,
// the costs of assistance with any conflict between them, the refunds, and
// for an agreement with a fixed cap a worked set of claims.
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
	fmt.Fprintf(w, "    %s: %s\n", tr(tag, "ansvarsbegrensning 2026", "liability cap 2026"), capText(yc, a, tag))
	if ex := a.Liability.Excluded; ex.HasValue() && (ex.Indirect || len(ex.Kinds) > 0) {
		s := ""
		if ex.Indirect {
			s = tr(tag, "indirekte tap", "indirect loss")
		}
		if len(ex.Kinds) > 0 {
			kinds := make([]string, len(ex.Kinds))
			for i, k := range ex.Kinds {
				kinds[i] = k.Label(tag)
			}
			if s != "" {
				s += tr(tag, ", herunder ", ", including ")
			}
			s += strings.Join(kinds, tr(tag, " og ", " and "))
		}
		fmt.Fprintf(w, "    %s: %s\n", tr(tag, "kan ikke kreves erstattet", "not recoverable"), provisionText(ex.Provision, s, tag, a.Language))
	}
	for _, d := range a.Liability.Disclaimers {
		fmt.Fprintf(w, "    %s: %s\n", tr(tag, "ikke ansvar for", "not liable for"), provisionText(d.Provision, quote(d.About, tag), tag, a.Language))
	}

	for _, c := range a.Assistance.Costs {
		s := c.Basis.Label(tag)
		if c.Basis == agreement.HourlyRate {
			s += " " + c.Rate.Display(tag, obligation.DisplayCompact)
			if c.ExcludingVAT {
				s += tr(tag, " ekskl. mva.", " excl. VAT")
			}
		}
		if !c.Payment.IsZero() {
			s += tr(tag, ", betalingsfrist ", ", payment within ") + c.Payment.Label(tag)
		}
		fmt.Fprintf(w, "    %s: %s\n", c.For.Label(tag), provisionText(c.Provision, s, tag, a.Language))
	}
	for _, c := range a.Assistance.Conflicts() {
		fmt.Fprintf(w, "    %s: %s%s %s %s%s\n", tr(tag, "motstrid", "conflict"),
			c.Free.Basis.Label(tag), paren(citeClause(c.Free.Clause, tag, a.Language)), tr(tag, "mot", "against"),
			c.Charged.Basis.Label(tag), paren(citeClause(c.Charged.Clause, tag, a.Language)))
	}
	for _, r := range a.Fees.Refunds {
		basis := r.Basis.Label(tag)
		if r.Services {
			basis = tr(tag, "forholdsmessig etter ubrukte tjenester og gjenstående tid", "in proportion to the unused services and the time left")
		}
		fmt.Fprintf(w, "    %s, %s: %s\n", tr(tag, "refusjon", "refund"), r.On.Label(tag), provisionText(r.Provision, basis, tag, a.Language))
	}
	for _, c := range a.Liability.Caps {
		if c.HasValue() && c.Kind == agreement.FixedAmount && c.Period == agreement.PerCalendarYear {
			printWorkedCase(w, a, tag)
			break
		}
	}
}

// capText describes the year's limit: the lowest known cap with its
// clauses, what is missing for the others, and what lifts the caps.
func capText(y agreement.YearCap, a agreement.Agreement, tag language.Tag) string {
	if len(y.Caps) == 0 {
		return tr(tag, "ingen ansvarsbegrensning oppgitt", "no cap stated")
	}
	var parts []string
	if !y.Lowest.IsZero() {
		var clauses []string
		period := ""
		for _, v := range y.Caps {
			if v.Known && v.Amount.Equal(y.Lowest) && v.Cap != nil {
				if c := citeClause(v.Cap.Clause, tag, a.Language); c != "" && !slices.Contains(clauses, c) {
					clauses = append(clauses, c)
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
		parts = append(parts, s+paren(strings.Join(clauses, tr(tag, " og ", " and "))))
	} else if y.Bounded {
		parts = append(parts, tr(tag, "ikke tallfestet", "not quantified"))
	}
	for _, v := range y.Caps {
		if v.Known {
			continue
		}
		n := v.Why
		var s string
		switch n.Reason {
		case agreement.CapUnquantified:
			s = tr(tag, "begrenset av et maksimalbeløp som ikke er oppgitt", "bounded by a maximum amount the agreement does not state")
		case agreement.CapInOtherDocument:
			s = tr(tag, "begrenset som fastsatt i ", "bounded as set by ") + words(n.Document, a, tag)
		case agreement.CapFigureMissing:
			s = tr(tag, fmt.Sprintf("grunnlaget for %d er ikke oppgitt", n.Year), fmt.Sprintf("the figure for %d is not given", n.Year))
		default:
			s = n.Reason.Label(tag)
		}
		parts = append(parts, s+paren(citeClause(n.Clause, tag, a.Language)))
	}
	if y.Lift.HasValue() && len(y.Lift.By) > 0 {
		names := make([]string, len(y.Lift.By))
		for i, c := range y.Lift.By {
			names[i] = c.Label(tag)
		}
		parts = append(parts, tr(tag, "gjelder ikke ved ", "does not apply to ")+strings.Join(names, tr(tag, " eller ", " or "))+paren(citeClause(y.Lift.Clause, tag, a.Language)))
	}
	return strings.Join(parts, "; ")
}

// printWorkedCase assesses a set of example claims under the agreement's
// caps, in date order.
func printWorkedCase(w io.Writer, a agreement.Agreement, tag language.Tag) {
	claim := func(amount int64, day string, loss agreement.LossKind, c agreement.Culpability) agreement.Claim {
		return agreement.Claim{Amount: obligation.NOK(amount), Date: obligation.MustParseDate(day), Loss: loss, Culpability: c}
	}
	res, err := a.Liability.Assess([]agreement.Claim{
		claim(10000, "2026-02-10", agreement.DirectLoss, agreement.Negligence),
		claim(12000, "2026-05-04", agreement.DirectLoss, agreement.Negligence),
		claim(40000, "2026-06-01", agreement.DirectLoss, agreement.GrossNegligence),
		claim(5000, "2026-07-01", agreement.LostProfit, agreement.Negligence),
		claim(9000, "2026-09-30", agreement.DirectLoss, agreement.Negligence),
		claim(8000, "2027-01-15", agreement.DirectLoss, agreement.Negligence),
	}, agreement.LiabilityFacts{})
	if err != nil {
		fmt.Fprintf(w, "    %v\n", err)
		return
	}
	claims := slices.Clone(res.Claims)
	slices.SortStableFunc(claims, func(x, y agreement.ClaimResult) int { return x.Claim.Date.Compare(y.Claim.Date) })
	fmt.Fprintf(w, "    %s\n", tr(tag, "eksempel på erstatningskrav, i datoorden:", "example claims, in date order:"))
	for _, r := range claims {
		var why []string
		for _, red := range r.Reductions {
			why = append(why, red.Reason.Label(tag)+tr(tag, ", avkortet med ", ", reduced by ")+
				red.Amount.Display(tag, obligation.DisplayCompact)+paren(citeClause(red.Clause, tag, a.Language)))
		}
		for _, n := range r.Notes {
			why = append(why, n.Text(tag))
		}
		line := fmt.Sprintf("      %s: %s, %s, %s; %s %s", proseDate(r.Claim.Date, tag), r.Claim.Amount.Display(tag, obligation.DisplayCompact),
			r.Claim.Loss.Label(tag), r.Claim.Culpability.Label(tag), tr(tag, "kan kreves:", "recoverable:"), r.Recoverable.Display(tag, obligation.DisplayCompact))
		if len(why) > 0 {
			line += "; " + strings.Join(why, "; ")
		}
		fmt.Fprintln(w, line)
	}
	for _, y := range res.Years {
		fmt.Fprintf(w, "      %d: %s %s %s %s\n", y.Year, y.Recoverable.Display(tag, obligation.DisplayCompact),
			tr(tag, "kan kreves av", "recoverable of"), y.Claimed.Display(tag, obligation.DisplayCompact), tr(tag, "krevd", "claimed"))
	}
}
