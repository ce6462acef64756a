package review

import (
	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/obligation"
)

// This file holds the checks on what assistance costs and on liability.

// helpBasis is the Art. 28(3) point that requires the help a cost term
// prices: audits (h), return and deletion (g); general assistance spans
// (e) and (f), so it cites the paragraph.
func helpBasis(h agreement.Help) Reference {
	switch h {
	case agreement.AuditHelp:
		return Art("28", 3, "h")
	case agreement.ReturnAndDeletion, agreement.DataExport:
		return Art("28", 3, "g")
	}
	return Art("28", 3, "")
}

// checkAssistanceCost: two clauses that price the same help differently,
// one free and one charged (Assistert Selvhjelp: free under "Databehandlers
// plikter", at the usual hourly rates in Vedlegg 2 "Kompensasjon"). The law
// requires the assistance, not that it be free, so the contradiction is a
// warning: which clause prevails is for interpretation.
//
// It finds the pairs of [agreement.Assistance.Conflicts] in its order, in
// place: a review needs only their clauses, not a list of copied terms.
func checkAssistanceCost(fs []Finding, a *agreement.Agreement, _ obligation.Date) []Finding {
	costs := a.Assistance.Costs
	for i := range costs {
		free := &costs[i]
		if !free.HasValue() || free.Basis != agreement.Free {
			continue
		}
		for j := range costs {
			if c := &costs[j]; c.For == free.For && c.Charged() {
				fs = append(fs, Finding{
					Code: AssistanceCostConflict, Severity: Weak, Clause: c.Clause, Absent: c.Clause == "",
					Basis: helpBasis(free.For), Args: []Arg{{Clause: free.Clause}, {Clause: c.Clause}},
				})
			}
		}
	}
	return fs
}

// checkLiabilityCaps: a cap "subject to a maximum amount" that never states
// the amount (Nortelecom 9.6) cannot be computed. The GDPR sets no cap
// between the parties, but where the cap covers the processor's liability
// for its subprocessors it sits uneasily with Art. 28(4), under which the
// processor remains fully liable to the controller; that reading is
// debatable, so the finding is a warning citing Art. 28(4).
func checkLiabilityCaps(fs []Finding, a *agreement.Agreement, _ obligation.Date) []Finding {
	for _, c := range a.Liability.Caps {
		if c.Kind != agreement.UnquantifiedMaximum {
			continue
		}
		clause := firstClause(c.Clause, a.Liability.Clause)
		fs = append(fs, Finding{Code: LiabilityMaximumUnquantified, Severity: Weak, Clause: clause, Absent: clause == "",
			Basis: Art("28", 4, "")})
	}
	return fs
}
