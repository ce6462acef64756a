package obligation_test

import (
	"fmt"
	"time"

	"github.com/personvern/dpa/obligation"
	"golang.org/x/text/language"
)

// A period counted in Sweden's calendar and in Norway's. The dates are
// worked out by hand from the holiday table of lag (1989:253) om allmänna
// helgdagar cited at [obligation.SwedishHolidays]: Easter Sunday 2026 is 5
// April, so Kristi himmelsfärdsdag (Easter + 39 days) is Thursday 14 May
// and pingstdagen (Easter + 49) Sunday 24 May; annandag pingst, Monday 25
// May, has not been a Swedish holiday since lag (2004:1320), while 2.
// pinsedag is a Norwegian one.
func ExampleSwedishHolidays() {
	se, no := obligation.Sweden(), obligation.Norway()

	// Ten days from Monday 4 May 2026 end on Thursday 14 May, Kristi
	// himmelsfärdsdag, and move to the end of Friday 15 May in Stockholm
	// (Regulation 1182/71 Art. 3(4)).
	h, _ := se.Holiday(obligation.NewDate(2026, time.May, 14))
	due, _ := se.Deadline(time.Date(2026, time.May, 4, 12, 0, 0, 0, se.Location()), obligation.Days(10))
	fmt.Println(h.Name, "→", due.Format(time.RFC3339))

	// Five working days from Friday 22 May 2026: Monday 25 May counts in
	// Sweden (26, 27, 28, 29 May follow), not in Norway (26, 27, 28, 29 May
	// and Monday 1 June).
	from := obligation.NewDate(2026, time.May, 22)
	d1, _ := se.AddBusinessDays(from, 5)
	d2, _ := no.AddBusinessDays(from, 5)
	fmt.Println("Sweden:", d1, "Norway:", d2)

	// An agreement that names its calendar counts in it.
	fmt.Println(obligation.SwedishCalendar.Label(language.English), obligation.SwedishCalendar.Calendar().Location())
	// Output:
	// Kristi himmelsfärdsdag → 2026-05-15T23:59:59+02:00
	// Sweden: 2026-05-29 Norway: 2026-06-01
	// Swedish calendar Europe/Stockholm
}

// How often a right may be used: Datamynt's Sporløs agreement, clause 9,
// lets the customer audit «inntil én gang per år eller ved mistanke om
// brudd». «per år» does not say which year, so the window is left unstated
// and an audit is over the limit only where the calendar year and the
// twelve months before it both hold an earlier one.
func ExampleLimit_Reached() {
	l := obligation.Limit{Times: 1, Per: obligation.Years(1), Unless: obligation.NonCompliance,
		Words: "inntil én gang per år eller ved mistanke om brudd"}
	oslo := obligation.Norway().Location()
	asked := time.Date(2027, time.June, 1, 9, 0, 0, 0, oslo)
	february := []time.Time{time.Date(2027, time.February, 1, 9, 0, 0, 0, oslo)}
	november := []time.Time{time.Date(2026, time.November, 2, 9, 0, 0, 0, oslo)}
	fmt.Println(l.Label(language.English))
	fmt.Println("after February 2027:", l.Reached(asked, february, oslo))
	fmt.Println("after November 2026:", l.Reached(asked, november, oslo))
	// Output:
	// 1 per year, or if there are indications of non-compliance
	// after February 2027: true
	// after November 2026: false
}

// A plain list whose items come from different clauses: notices «in
// writing» (18.1), then by e-mail or registered letter (18.2). The list
// keeps its bare values and its own clause; ItemClauses beside it say
// where each item is read from, an empty entry meaning the list's clause.
func ExampleItemClauses_Of() {
	channels := []obligation.Channel{obligation.Written, obligation.Email, obligation.Letter}
	where := obligation.ItemClauses{"", "18.2", "18.2"}
	if err := where.Check(len(channels)); err != nil {
		fmt.Println(err)
		return
	}
	for i, ch := range channels {
		fmt.Println(ch, where.Of(i, "18.1"))
	}
	// Output:
	// written 18.1
	// email 18.2
	// post 18.2
}

// A choice with a default. Stimma 16.1 lets the controller choose between
// return and deletion, 16.3 «senast vid Avtalets upphörande», and without a
// choice the processor deletes: the deletion's condition is Choice Delete
// with Default Delete. Made in time, the choice decides; with the time
// passed and no choice made (Facts.NoChoice), the default does; with
// nothing known, the branch names both ways it may arise.
func ExampleCondition_Decide_default() {
	deletion := obligation.Condition{Choice: obligation.Delete, By: obligation.Controller, Default: obligation.Delete}
	for _, fs := range []obligation.Facts{
		{Chosen: obligation.Return},
		{NoChoice: true},
		{},
	} {
		holds, residue := deletion.Decide(fs)
		fmt.Printf("holds=%v assumes=%q\n", holds, residue.Label(language.English))
	}
	// Output:
	// holds=false assumes=""
	// holds=true assumes=""
	// holds=true assumes="if the controller chooses to delete, or makes no choice in time"
}
