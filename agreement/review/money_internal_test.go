package review

import (
	"testing"

	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/obligation"
)

// TestAssistanceCostFindsConflicts: the check reports exactly the pairs
// Assistance.Conflicts returns, in its order, each with the free and the
// charged clause.
func TestAssistanceCostFindsConflicts(t *testing.T) {
	a := &agreement.Agreement{Assistance: agreement.Assistance{Costs: []agreement.CostTerm{
		{Provision: obligation.At("2"), For: agreement.GeneralAssistance, Basis: agreement.UsualRates},
		{Provision: obligation.At("3"), For: agreement.GeneralAssistance, Basis: agreement.Free},
		{Provision: obligation.At("4"), For: agreement.AuditHelp, Basis: agreement.Free},
		{Provision: obligation.At("5"), For: agreement.AuditHelp, Basis: agreement.SpecialFee},
		{Provision: obligation.At("6"), For: agreement.GeneralAssistance, Basis: agreement.HourlyRate, Rate: obligation.NOK(1100)},
		{Provision: obligation.BlankAt("7"), For: agreement.AuditHelp, Basis: agreement.Free},
	}}}
	want := a.Assistance.Conflicts()
	got := checkAssistanceCost(nil, a, obligation.Date{})
	if len(got) != len(want) || len(want) != 3 {
		t.Fatalf("%d findings, %d conflicts; want 3 of each", len(got), len(want))
	}
	for i, c := range want {
		f := got[i]
		if f.Code != AssistanceCostConflict || f.Clause != c.Charged.Clause || f.Basis != helpBasis(c.For) ||
			len(f.Args) != 2 || f.Args[0].Clause != c.Free.Clause || f.Args[1].Clause != c.Charged.Clause {
			t.Errorf("finding %d = %+v, want the pair %s/%s", i, f, c.Free.Clause, c.Charged.Clause)
		}
	}
}
