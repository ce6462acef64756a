package obligation_test

import (
	"fmt"
	"time"

	"github.com/personvern/dpa/obligation"
	"golang.org/x/text/language"
)

// "If the controller has not asked for a copy, the data are deleted within
// three months after expiry": with the fact unknown, the condition holds in
// one branch, which it names.
func ExampleCondition_Decide() {
	c := obligation.Condition{Unless: obligation.CopyWanted}
	for _, fs := range []obligation.Facts{
		{True: obligation.CopyWanted},
		{False: obligation.CopyWanted},
		{},
	} {
		holds, residue := c.Decide(fs)
		fmt.Printf("holds=%v assumes=%q\n", holds, residue.Label(language.English))
	}
	// Output:
	// holds=false assumes=""
	// holds=true assumes=""
	// holds=true assumes="unless the controller asked for a copy"
}

// A three-step end: export within 14 days of the end, deletion 45 days
// after the export window closes, backups 35 days after that. Each step
// counts from the (moved) last day of the one before: ending on Thursday
// 19 March 2026, the export window's last day, 2 April, is Maundy
// Thursday, so it moves past Easter to Tuesday 7 April; 45 days later is
// Friday 22 May, and 35 days after that Friday 26 June.
func ExampleAfterPrevious() {
	P, C := obligation.Processor, obligation.Controller
	rules := []obligation.Rule{
		{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.ProvideExport, Due: obligation.Days(14), Clause: "1"},
		{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.DeleteData, Due: obligation.Days(45),
			Anchor: obligation.AfterPrevious, Clause: "2"},
		{On: obligation.AgreementEnds, Debtor: P, Creditor: C, Action: obligation.DeleteBackups, Due: obligation.Days(35),
			Anchor: obligation.AfterPrevious, Clause: "3"},
	}
	cal := obligation.Norway()
	end := time.Date(2026, 3, 19, 23, 59, 59, 999999999, cal.Location())
	ds, _ := obligation.Agenda(rules, obligation.Event{Kind: obligation.AgreementEnds, At: end}, cal)
	for _, d := range ds {
		fmt.Println(d.Due.At.Format("Mon 2 Jan 2006"), d.Action.Label(language.English))
	}
	// Output:
	// Tue 7 Apr 2026 make an export available
	// Fri 22 May 2026 delete the personal data
	// Fri 26 Jun 2026 delete the backups
}
