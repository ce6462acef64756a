package agreement_test

import (
	"fmt"
	"time"

	"github.com/personvern/dpa/examples"
	"github.com/personvern/dpa/obligation"
	"golang.org/x/text/language"
)

func ExampleAgreement_EndAfterNotice() {
	cal := obligation.Norway()
	a := examples.AssistertSelvhjelp() // 6 months' notice, "Varighet og opphør"
	end, _ := a.EndAfterNotice(time.Date(2026, 1, 15, 10, 0, 0, 0, cal.Location()), cal)
	fmt.Println(end.Format("2006-01-02 15:04:05.999999999 MST"))
	// Output:
	// 2026-07-15 23:59:59.999999999 CEST
}

func ExampleAgreement_Agenda() {
	cal := obligation.Norway()
	oslo := cal.Location()
	a := examples.Nortelecom()
	show := func(ev obligation.Event) {
		duties, err := a.Agenda(ev, cal)
		if err != nil {
			fmt.Println(err)
			return
		}
		for _, d := range duties {
			when := d.Due.At.Format("2006-01-02")
			if d.Refused {
				when = "refused"
			}
			fmt.Printf("%s: %s %s (%s)\n", when, d.Debtor, d.Action.Label(language.English), d.Clause)
		}
	}
	// An audit starting 3 March 2026, asked for in January; then a second
	// one in the same calendar year.
	show(obligation.Event{Kind: obligation.AuditRequested, At: time.Date(2026, 1, 10, 10, 0, 0, 0, oslo),
		Effective: time.Date(2026, 3, 3, 9, 0, 0, 0, oslo)})
	show(obligation.Event{Kind: obligation.AuditRequested, At: time.Date(2026, 6, 1, 10, 0, 0, 0, oslo),
		Effective: time.Date(2026, 9, 1, 9, 0, 0, 0, oslo), Previous: []time.Time{time.Date(2026, 3, 3, 9, 0, 0, 0, oslo)}})
	// Output:
	// 2026-02-02: controller send a detailed audit plan (9.8)
	// 2026-03-03: processor allow the audit (9.7)
	// 2026-08-03: controller send a detailed audit plan (9.8)
	// refused: processor allow the audit (9.7)
}

// A notice under a right on a ground ends the agreement as that right
// says: Assistert Selvhjelp's ordinary six months, the controller's three
// months after an objection to a subprocessor, and a heving for breach
// with immediate effect, of the whole agreement or part of it.
func ExampleAgreement_Agenda_underARight() {
	cal := obligation.Norway()
	a := examples.AssistertSelvhjelp()
	at := time.Date(2026, 1, 6, 10, 0, 0, 0, cal.Location())
	for _, ev := range []obligation.Event{
		{Kind: obligation.TerminationNotice, At: at},
		{Kind: obligation.TerminationNotice, At: at, By: obligation.Controller, Clause: "Bruk av underleverandører ¶3"},
		{Kind: obligation.TerminationNotice, At: at, By: obligation.Processor, Clause: "Mislighold"},
	} {
		duties, err := a.Agenda(ev, cal)
		if err != nil {
			fmt.Println(err)
			continue
		}
		for _, d := range duties {
			if d.Action == obligation.CeaseProcessing && d.Event == obligation.TerminationNotice {
				fmt.Printf("%s (%s): %s\n", d.Due.At.Format("2006-01-02 15:04"), d.Clause, d.Note)
			}
		}
	}
	// Output:
	// 2026-07-06 23:59 (Varighet og opphør): the agreement ends
	// 2026-04-07 23:59 (Bruk av underleverandører ¶3): the agreement ends
	// 2026-01-06 10:00 (Mislighold): the agreement ends, in whole or in part as the terminating party chooses
}
