package obligation_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/personvern/dpa/obligation"
	"golang.org/x/text/language"
)

// The whole flow: a Norwegian calendar, a period from an agreement's text,
// the deadline it gives, and the duties an event creates.
func Example() {
	cal := obligation.Norway()
	oslo := cal.Location()

	// Nortelecom 10.1: without undue delay, at the latest 24 hours after
	// discovery; discovered at 02:10 on the Saturday before summer time.
	p := obligation.MustParsePeriod("without-undue-delay/PT24H")
	discovered := time.Date(2026, 3, 28, 2, 10, 0, 0, oslo)
	due, _ := cal.Deadline(discovered, p)
	fmt.Println(p.Label(language.English), "→", due.Format(time.RFC3339))

	// Nortelecom 9.7–9.8: one audit per calendar year, with a detailed plan
	// at least 4 weeks before it starts.
	rules := []obligation.Rule{
		{On: obligation.AuditRequested, Debtor: obligation.Controller, Creditor: obligation.Processor,
			Action: obligation.SubmitAuditPlan, Due: obligation.Weeks(4), Anchor: obligation.BeforeEffective, Clause: "9.8"},
		{On: obligation.AuditRequested, Debtor: obligation.Processor, Creditor: obligation.Controller,
			Action: obligation.AllowAudit, Anchor: obligation.AtEffective, Limit: obligation.Limit{Times: 1, Per: obligation.Years(1), Window: obligation.CalendarPeriod}, Clause: "9.7"},
	}
	ev := obligation.Event{Kind: obligation.AuditRequested, At: time.Date(2026, 1, 10, 10, 0, 0, 0, oslo),
		Effective: time.Date(2026, 3, 3, 9, 0, 0, 0, oslo)}
	duties, _ := obligation.Agenda(rules, ev, cal)
	for _, d := range duties {
		fmt.Printf("%s: %s by %s (clause %s)\n", d.Debtor, d.Action.Label(language.English), d.Due.At.Format("2006-01-02 15:04"), d.Clause)
	}
	// Output:
	// without undue delay, at the latest 24 hours → 2026-03-29T03:10:00+02:00
	// controller: send a detailed audit plan by 2026-02-02 23:59 (clause 9.8)
	// processor: allow the audit by 2026-03-03 09:00 (clause 9.7)
}

func ExampleParsePeriod() {
	for _, s := range []string{"PT72H", "P30D", "P5BD", "P2M", "immediately", "without-undue-delay/PT24H", "P30"} {
		p, err := obligation.ParsePeriod(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-26s %s / %s\n", p, p.Label(language.Norwegian), p.Label(language.English))
	}
	// Output:
	// PT72H                      72 timer / 72 hours
	// P30D                       30 dager / 30 days
	// P5BD                       5 virkedager / 5 business days
	// P2M                        2 måneder / 2 months
	// immediately                umiddelbart / immediately
	// without-undue-delay/PT24H  uten ugrunnet opphold, senest 24 timer / without undue delay, at the latest 24 hours
	// obligation: invalid period "P30": unknown or combined designator "" (one of PTnH, PnD, PnBD, PnW, PnM, PnY)
}

func ExampleNorway() {
	cal := obligation.Norway()
	for d := obligation.NewDate(2026, time.April, 1); d.Day <= 7; d = d.AddDays(1) {
		h, _ := cal.Holiday(d)
		fmt.Println(strings.TrimSpace(fmt.Sprintf("%s %-9s working=%-5v %s", d, d.Weekday(), cal.IsWorkingDay(d), h.Label(language.Norwegian))))
	}
	// Output:
	// 2026-04-01 Wednesday working=true
	// 2026-04-02 Thursday  working=false Skjærtorsdag
	// 2026-04-03 Friday    working=false Langfredag
	// 2026-04-04 Saturday  working=false
	// 2026-04-05 Sunday    working=false 1. påskedag
	// 2026-04-06 Monday    working=false 2. påskedag
	// 2026-04-07 Tuesday   working=true
}

func ExampleNewCalendar() {
	// A calendar for another country without changing the package: Sweden,
	// with two of its holidays supplied by the user.
	stockholm, _ := time.LoadLocation("Europe/Stockholm")
	se := obligation.NewCalendar(stockholm, obligation.HolidayRules{
		{Holiday: obligation.Holiday{Name: "Sveriges nationaldag", English: "National Day of Sweden"}, Month: time.June, Day: 6},
		{Holiday: obligation.Holiday{Name: "Långfredagen", English: "Good Friday"}, EasterOffset: -2},
	})
	d, _ := se.AddBusinessDays(obligation.NewDate(2026, time.April, 1), 2)
	fmt.Println(d)
	// Output:
	// 2026-04-06
}

func ExampleCalendar_Deadline() {
	cal := obligation.Norway()
	oslo := cal.Location()
	notice := time.Date(2026, 1, 15, 12, 0, 0, 0, oslo)
	for _, p := range []obligation.Period{obligation.Hours(72), obligation.Days(30), obligation.Months(6), obligation.BusinessDays(5)} {
		d, _ := cal.Deadline(notice, p)
		fmt.Printf("%-5s %s\n", p, d.Format("Mon 2006-01-02 15:04:05.999999999 MST"))
	}
	// The 72 hours cross the change to summer time as elapsed time.
	d, _ := cal.Deadline(time.Date(2026, 3, 28, 12, 0, 0, 0, oslo), obligation.Hours(72))
	fmt.Println(d.Format("2006-01-02 15:04 MST"))
	// Output:
	// PT72H Sun 2026-01-18 12:00:00 CET
	// P30D  Mon 2026-02-16 23:59:59.999999999 CET
	// P6M   Wed 2026-07-15 23:59:59.999999999 CEST
	// P5BD  Thu 2026-01-22 23:59:59.999999999 CET
	// 2026-03-31 13:00 CEST
}

func ExampleCalendar_With() {
	oslo := obligation.Norway().Location()
	start := time.Date(2026, 5, 15, 12, 0, 0, 0, oslo) // a Friday; 17 May is a Sunday
	for _, roll := range []obligation.Roll{obligation.RollNextWorkingDay, obligation.RollDomstolloven, obligation.RollNone} {
		d, _ := obligation.Norway(roll).DeadlineDay(start, obligation.Days(2))
		fmt.Printf("%-16s %s %s\n", roll, d, d.Weekday())
	}
	// Output:
	// next-working-day 2026-05-19 Tuesday
	// domstolloven-149 2026-05-18 Monday
	// none             2026-05-17 Sunday
}

func ExampleCalendar_LatestBefore() {
	cal := obligation.Norway()
	oslo := cal.Location()
	start := time.Date(2026, 3, 1, 0, 0, 0, 0, oslo)
	clear, _ := cal.LatestBefore(start, obligation.Days(30))
	inclusive, _ := cal.With(obligation.InclusiveDays).LatestBefore(start, obligation.Days(30))
	audit, _ := cal.LatestBefore(time.Date(2026, 3, 3, 9, 0, 0, 0, oslo), obligation.Weeks(4))
	fmt.Println(clear, inclusive, audit)
	// Output:
	// 2026-01-29 2026-01-30 2026-02-02
}

func ExampleCalendar_ResponseDeadline() {
	// Assistert Selvhjelp: "Normal responstid for support er innen 24 timer
	// på virkedager mellom kl. 09.00 og 16.00".
	cal := obligation.Norway(obligation.BusinessHours{Open: 9 * time.Hour, Close: 16 * time.Hour})
	oslo := cal.Location()
	for _, received := range []time.Time{
		time.Date(2026, 3, 13, 15, 30, 0, 0, oslo), // Friday afternoon
		time.Date(2026, 3, 14, 11, 0, 0, 0, oslo),  // Saturday
		time.Date(2026, 4, 1, 10, 0, 0, 0, oslo),   // the day before skjærtorsdag
	} {
		d, _ := cal.ResponseDeadline(received, 24*time.Hour)
		b, _ := cal.AddBusinessHours(received, 24*time.Hour)
		fmt.Printf("%s → %s (24 business hours: %s)\n", received.Format("Mon 02 Jan 15:04"), d.Format("Mon 02 Jan 15:04"), b.Format("Mon 02 Jan 15:04"))
	}
	// Output:
	// Fri 13 Mar 15:30 → Mon 16 Mar 15:30 (24 business hours: Thu 19 Mar 11:30)
	// Sat 14 Mar 11:00 → Tue 17 Mar 09:00 (24 business hours: Thu 19 Mar 12:00)
	// Wed 01 Apr 10:00 → Tue 07 Apr 10:00 (24 business hours: Thu 09 Apr 13:00)
}

func ExampleAgenda() {
	cal := obligation.Norway()
	oslo := cal.Location()
	// MailMojo 5: all data deleted 12 months after the controller last used
	// the platform, with a written declaration.
	rules := []obligation.Rule{
		{On: obligation.LastUse, Debtor: obligation.Processor, Creditor: obligation.Controller,
			Action: obligation.DeleteData, Due: obligation.Months(12), Clause: "5"},
		{On: obligation.LastUse, Debtor: obligation.Processor, Creditor: obligation.Controller,
			Action: obligation.ConfirmDeletion, Due: obligation.Months(12), Clause: "5"},
	}
	duties, _ := obligation.Agenda(rules, obligation.Event{Kind: obligation.LastUse, At: time.Date(2026, 3, 31, 15, 0, 0, 0, oslo)}, cal)
	for _, d := range duties {
		fmt.Printf("%s: %s, %s\n", d.Clause, d.Action.Label(language.Norwegian), d.Due.At.Format("2006-01-02 15:04"))
	}
	// Output:
	// 5: slette personopplysningene, 2027-03-31 23:59
	// 5: bekrefte slettingen skriftlig, 2027-03-31 23:59
}

func ExampleEasterSunday() {
	for _, y := range []int{2025, 2026, 2027} {
		fmt.Println(obligation.EasterSunday(y))
	}
	// Output:
	// 2025-04-20
	// 2026-04-05
	// 2027-03-28
}

func ExampleCalendar_AddBusinessDays() {
	cal := obligation.Norway()
	// Five working days from Monday 30 March 2026 skip skjærtorsdag,
	// langfredag and 2. påskedag.
	d, _ := cal.AddBusinessDays(obligation.NewDate(2026, time.March, 30), 5)
	fmt.Println(d, d.Weekday())
	fmt.Println(cal.BusinessDaysBetween(obligation.NewDate(2026, time.March, 30), d))
	// Output:
	// 2026-04-09 Thursday
	// 5
}

func ExampleCalendar_LatestInstantBefore() {
	cal := obligation.Norway()
	oslo := cal.Location()
	start := time.Date(2026, 3, 30, 10, 0, 0, 0, oslo)
	h, _ := cal.LatestInstantBefore(start, obligation.Hours(48)) // elapsed time, across the change to summer time
	d, _ := cal.LatestInstantBefore(start, obligation.Days(2))
	fmt.Println(h.Format("2006-01-02 15:04 MST"))
	fmt.Println(d.Format("2006-01-02 15:04 MST"))
	// Output:
	// 2026-03-28 09:00 CET
	// 2026-03-27 23:59 CET
}

func ExampleCalendar_NextOpen() {
	cal := obligation.Norway(obligation.BusinessHours{Open: 9 * time.Hour, Close: 16 * time.Hour})
	oslo := cal.Location()
	for _, t := range []time.Time{
		time.Date(2026, 5, 13, 17, 0, 0, 0, oslo), // Wednesday after closing; Thursday is Kristi himmelfartsdag
		time.Date(2026, 5, 15, 10, 30, 0, 0, oslo),
	} {
		open, _ := cal.NextOpen(t)
		fmt.Println(cal.IsOpen(t), open.Format("Mon 2006-01-02 15:04"))
	}
	// Output:
	// false Fri 2026-05-15 09:00
	// true Fri 2026-05-15 10:30
}
