package breach

import (
	"testing"
	"time"

	"github.com/personvern/dpa/obligation"
)

// TestStatutoryMaximumWithHours: were the law to set hours for the
// processor (a rule that is not in force), the bound would cap the due
// instant at them. The table is swapped for the test only.
func TestStatutoryMaximumWithHours(t *testing.T) {
	saved, savedStarts := processorRules, processorStarts
	t.Cleanup(func() { processorRules, processorStarts = saved, savedStarts })
	processorRules[0].Hours = 48

	start := time.Date(2026, time.March, 6, 10, 0, 0, 0, oslo)
	terms := Terms{Deadline: Deadline{Provision: obligation.At("3.6"),
		Period: obligation.Unquantified(obligation.WithoutUndueDelay), Bound: StatutoryMaximum}}
	p := terms.Assess(Incident{Aware: start}, start).Processor
	if want := start.Add(48 * time.Hour); !p.Due.Equal(want) || p.Check(want.Add(time.Minute)) != Late {
		t.Errorf("due %v, want %v and late after it", p.Due, want)
	}
	// A bound of the agreement's own that is shorter still governs.
	terms.Deadline.Period = obligation.Unquantified(obligation.WithoutUndueDelay).AtLatest(obligation.Hours(24))
	if p := terms.Assess(Incident{Aware: start}, start).Processor; !p.Due.Equal(start.Add(24 * time.Hour)) {
		t.Errorf("due %v, want the agreement's 24 hours", p.Due)
	}
}
