package subprocessor_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/personvern/dpa/examples"
	"github.com/personvern/dpa/obligation"
	"github.com/personvern/dpa/subprocessor"
)

// TestAssessmentAgenda: MailMojo 2.7 gives two months' written notice of a
// new subprocessor and one month to object. For a start on 1 March 2026
// the notice must go out by 31 December 2025 (two clear months before);
// a notice sent on 1 December 2025 leaves the objection open for one
// month, to 1 January 2026, a public holiday, so to the end of Friday
// 2 January 2026 (Regulation 1182/71 art. 3(4)).
func TestAssessmentAgenda(t *testing.T) {
	cal := obligation.Norway()
	oslo := cal.Location()
	at := time.Date(2025, 12, 1, 9, 0, 0, 0, oslo)
	as, err := examples.MailMojo().SubprocessorPolicy.Assess(subprocessor.Change{Kind: subprocessor.Add,
		Start: time.Date(2026, 3, 1, 0, 0, 0, 0, oslo), Noticed: at}, at, cal)
	if err != nil {
		t.Fatal(err)
	}
	endOf := func(y int, m time.Month, d int) time.Time {
		return time.Date(y, m, d, 23, 59, 59, 999999999, oslo)
	}
	want := []obligation.Duty{
		{Event: obligation.SubprocessorChangeAnnounced, Since: at, Debtor: obligation.Processor, Creditor: obligation.Controller,
			Action: obligation.Notify, Due: obligation.Due{At: endOf(2025, 12, 31), Period: obligation.MustParsePeriod("P2M"), Before: true}, Clause: "2.7"},
		{Event: obligation.SubprocessorChangeAnnounced, Since: at, Debtor: obligation.Controller, Creditor: obligation.Processor,
			Action: obligation.Notify, Due: obligation.Due{At: endOf(2026, 1, 2), Period: obligation.MustParsePeriod("P1M")}, Clause: "2.7",
			Note: "the last instant an objection is on time"},
	}
	got := as.Agenda(oslo)
	if diff := cmp.Diff(want, got, cmp.Comparer(func(a, b obligation.Duty) bool { return a.Equal(b) })); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

// ExampleAssessment_Agenda lists the deadlines of a new subprocessor under
// MailMojo's clause 2.7 (two months' notice, one month to object), for a
// start on 1 March 2026 announced on 1 December 2025.
func ExampleAssessment_Agenda() {
	cal := obligation.Norway()
	oslo := cal.Location()
	at := time.Date(2025, 12, 1, 9, 0, 0, 0, oslo)
	as, _ := examples.MailMojo().SubprocessorPolicy.Assess(subprocessor.Change{Kind: subprocessor.Add,
		Start: time.Date(2026, 3, 1, 0, 0, 0, 0, oslo), Noticed: at}, at, cal)
	for _, d := range as.Agenda(oslo) {
		fmt.Println(d.Debtor, d.Action, d.Due.At.Format("2006-01-02 15:04"), d.Clause)
	}
	// Output:
	// processor notify 2025-12-31 23:59 2.7
	// controller notify 2026-01-02 23:59 2.7
}
