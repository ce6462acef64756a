package obligation_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/personvern/dpa/obligation"
	"golang.org/x/text/language"
)

func TestSwedishHolidays(t *testing.T) {
	cal := obligation.Sweden()
	// Lag (1989:253) om allmänna helgdagar §§ 1–2 as amended by lag
	// (2004:1320): 1 and 6 January, långfredagen, påskdagen, annandag
	// påsk, Kristi himmelsfärdsdag, pingstdagen, 1 May, 6 June,
	// midsommardagen (the Saturday 20–26 June), alla helgons dag (the
	// Saturday 31 October–6 November), 25 and 26 December. Easter Sunday
	// 2025 is 20 April (FACTS §4), so långfredagen is 18 April, annandag
	// påsk 21 April, Kristi himmelsfärdsdag (the sixth Thursday after)
	// 29 May and pingstdagen (the seventh Sunday after) 8 June.
	want := []string{
		"2025-01-01", "2025-01-06", "2025-04-18", "2025-04-20", "2025-04-21",
		"2025-05-01", "2025-05-29", "2025-06-06", "2025-06-08", "2025-06-21",
		"2025-11-01", "2025-12-25", "2025-12-26",
	}
	if diff := cmp.Diff(want, holidaysIn(cal, 2025)); diff != "" {
		t.Errorf("2025 mismatch (-want +got):\n%s", diff)
	}
	// Before lag (2004:1320) took effect (1 April 2005) annandag pingst
	// was a holiday and 6 June was not: Easter 2004 was 11 April, so
	// pingstdagen was 30 May and annandag pingst 31 May; 6 June 2003 was
	// a Friday and a working day.
	if h, ok := cal.Holiday(date("2004-05-31")); !ok || h.Name != "Annandag pingst" {
		t.Errorf("2004-05-31 = %v, %v; want Annandag pingst", h, ok)
	}
	if !cal.IsWorkingDay(date("2003-06-06")) {
		t.Errorf("2003-06-06 is not a working day; 6 June became a holiday in 2005")
	}
	if !cal.IsWorkingDay(date("2025-06-09")) {
		t.Errorf("2025-06-09 (the day after pingstdagen) is not a working day; annandag pingst is no holiday since 2005")
	}
	// Midsommarafton, julafton and nyårsafton are not allmänna helgdagar.
	for _, d := range []string{"2025-06-20", "2025-12-24", "2025-12-31"} {
		if !cal.IsWorkingDay(date(d)) {
			t.Errorf("%s is not a working day in Sweden()", d)
		}
	}
	if got := cal.Location().String(); got != "Europe/Stockholm" {
		t.Errorf("location %s, want Europe/Stockholm", got)
	}
}

func TestSwedishEves(t *testing.T) {
	// Lag (1930:173) § 2: midsommarafton, julafton, nyårsafton. In 2026
	// midsommardagen is Saturday 20 June, so midsommarafton is Friday 19
	// June.
	cal := obligation.NewCalendar(obligation.Sweden().Location(),
		obligation.Union{obligation.SwedishHolidays{}, obligation.SwedishEves{}})
	want := []string{
		"2026-01-01", "2026-01-06", "2026-04-03", "2026-04-05", "2026-04-06",
		"2026-05-01", "2026-05-14", "2026-05-24", "2026-06-06", "2026-06-19",
		"2026-06-20", "2026-10-31", "2026-12-24", "2026-12-25", "2026-12-26", "2026-12-31",
	}
	if diff := cmp.Diff(want, holidaysIn(cal, 2026)); diff != "" {
		t.Errorf("2026 mismatch (-want +got):\n%s", diff)
	}
}

// TestCalendarsDiffer counts the same 30 days in both calendars: from 7
// May 2025 the 30th day is Friday 6 June, nationaldagen in Sweden, so the
// Swedish period ends on Monday 9 June (no longer a holiday there), the
// Norwegian one on 6 June (a working day in Norway, where 9 June is 2.
// pinsedag).
func TestCalendarsDiffer(t *testing.T) {
	for _, tt := range []struct {
		name obligation.CalendarName
		want string
	}{
		{obligation.NorwegianCalendar, "2025-06-06"},
		{obligation.SwedishCalendar, "2025-06-09"},
		{0, "2025-06-06"},
	} {
		cal := tt.name.Calendar()
		start := time.Date(2025, time.May, 7, 12, 0, 0, 0, cal.Location())
		got, err := cal.DeadlineDay(start, obligation.Days(30))
		if err != nil {
			t.Fatal(err)
		}
		if got.String() != tt.want {
			t.Errorf("%v: 30 days from 2025-05-07 end on %s, want %s", tt.name, got, tt.want)
		}
	}
}

func TestCalendarNameText(t *testing.T) {
	for _, n := range []obligation.CalendarName{obligation.NorwegianCalendar, obligation.SwedishCalendar} {
		b, err := n.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back obligation.CalendarName
		if err := back.UnmarshalText(b); err != nil || back != n {
			t.Errorf("%v: round trip gave %v, %v", n, back, err)
		}
	}
	var n obligation.CalendarName
	if err := n.UnmarshalText([]byte("denmark")); err == nil {
		t.Error("unknown calendar accepted")
	}
	if got := obligation.SwedishCalendar.Label(language.Norwegian); got != "svensk kalender" {
		t.Errorf("label %q", got)
	}
	if got := obligation.CalendarName(0).String(); got != "unset" {
		t.Errorf("zero prints %q, want unset", got)
	}
}

// Thirty days from 7 December 2026 in a Swedish agreement: day 30 is 6
// January 2027, trettondedag jul, so the period runs to the next working
// day.
func ExampleSweden() {
	cal := obligation.SwedishCalendar.Calendar()
	start := time.Date(2026, time.December, 7, 12, 0, 0, 0, cal.Location())
	h, _ := cal.Holiday(obligation.NewDate(2027, time.January, 6))
	due, _ := cal.Deadline(start, obligation.Days(30))
	fmt.Println(h.Name, "→", due.Format(time.RFC3339))
	// Output:
	// Trettondedag jul → 2027-01-07T23:59:59+01:00
}
