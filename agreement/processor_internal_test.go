package agreement

import (
	"strings"
	"testing"

	"github.com/personvern/dpa/internal/valid"
	"github.com/personvern/dpa/obligation"
)

// TestCheckTime checks that the time terms' problems are found with their
// paths. Agreement.Validate is to call checkTime.
func TestCheckTime(t *testing.T) {
	a := Agreement{
		Audit: Audit{
			Provision:  obligation.Provision{Status: obligation.Stated},
			Inspection: AdvanceNotice{Provision: obligation.At("x"), Period: obligation.Days(-3)},
			Limit:      AuditLimit{Provision: obligation.At("9.7"), Limit: obligation.Limit{Times: -1}},
		},
		End: EndOfProcessing{Provision: obligation.At("5"), Steps: []obligation.Rule{{On: obligation.LastUse, Clause: "5"}}},
		Requests: Requests{DataSubjects: RequestTerm{Provision: obligation.At("4.6"),
			Cost: obligation.Cost{Kind: obligation.Billed, Rate: obligation.Money{Amount: obligation.NOK(1).Amount}}}},
		Delivery: Delivery{Support: Support{Provision: obligation.At("Support"),
			Hours: obligation.BusinessHours{Open: 16, Close: 9}}},
	}
	var l valid.List
	a.checkTime(&l)
	err := l.Err()
	if err == nil {
		t.Fatal("checkTime found nothing")
	}
	for _, path := range []string{"audit.clause", "audit.inspection.period", "audit.limit: obligation: limit: negative count", "end.steps[0]",
		"requests.dataSubjects.cost.rate", "delivery.support.hours"} {
		if !strings.Contains(err.Error(), path) {
			t.Errorf("checkTime: no problem at %s in %v", path, err)
		}
	}
	var ok valid.List
	Agreement{}.checkTime(&ok)
	if ok.Err() != nil {
		t.Errorf("checkTime on the zero Agreement: %v", ok.Err())
	}
}
