package obligation_test

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/personvern/dpa/obligation"
	"golang.org/x/text/language"
)

var oslo = mustLoad("Europe/Oslo")

func mustLoad(name string) *time.Location {
	l, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return l
}

// osloTime parses "2006-01-02 15:04" (optionally with seconds) as Oslo wall
// time.
func osloTime(s string) time.Time {
	layout := "2006-01-02 15:04"
	if len(s) > len(layout) {
		layout = time.DateTime
	}
	t, err := time.ParseInLocation(layout, s, oslo)
	if err != nil {
		panic(err)
	}
	return t
}

// endOf returns 23:59:59.999999999 Oslo time on the given day.
func endOf(s string) time.Time {
	d := obligation.MustParseDate(s)
	return time.Date(d.Year, d.Month, d.Day, 23, 59, 59, 999999999, oslo)
}

func date(s string) obligation.Date { return obligation.MustParseDate(s) }

// holidaysIn lists the days of year y that cal names as holidays.
func holidaysIn(cal obligation.Calendar, y int) []string {
	var out []string
	for d := obligation.NewDate(y, time.January, 1); d.Year == y; d = d.AddDays(1) {
		if _, ok := cal.Holiday(d); ok {
			out = append(out, d.String())
		}
	}
	return out
}

func TestNorwegianHolidays(t *testing.T) {
	cal := obligation.Norway()
	// Expected dates: FACTS §4 (lov om helligdager og helligdagsfred § 2,
	// lov 26 April 1947 nr. 1, Easter 2025-04-20, 2026-04-05, 2027-03-28).
	tests := []struct {
		year int
		want []string
	}{
		{2025, []string{"2025-01-01", "2025-04-17", "2025-04-18", "2025-04-20", "2025-04-21", "2025-05-01", "2025-05-17",
			"2025-05-29", "2025-06-08", "2025-06-09", "2025-12-25", "2025-12-26"}},
		{2026, []string{"2026-01-01", "2026-04-02", "2026-04-03", "2026-04-05", "2026-04-06", "2026-05-01", "2026-05-14",
			"2026-05-17", "2026-05-24", "2026-05-25", "2026-12-25", "2026-12-26"}},
		// 2027: 2. pinsedag falls on 17 May, so eleven distinct days.
		{2027, []string{"2027-01-01", "2027-03-25", "2027-03-26", "2027-03-28", "2027-03-29", "2027-05-01", "2027-05-06",
			"2027-05-16", "2027-05-17", "2027-12-25", "2027-12-26"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, holidaysIn(cal, tt.year)); diff != "" {
			t.Errorf("holidays %d mismatch (-want +got):\n%s", tt.year, diff)
		}
	}
}

func TestEasterSunday(t *testing.T) {
	// Known Easter Sundays (FACTS §4 for 2025–2027; 2076 from Prop. 81 L
	// (2010–2011) ch. 5: "det riktige er 19. april"; 1943 had the latest
	// possible date, 25 April, and 2285 has the earliest, 22 March).
	for _, want := range []string{"2025-04-20", "2026-04-05", "2027-03-28", "2076-04-19", "2008-03-23", "2285-03-22", "1943-04-25"} {
		d := date(want)
		if got := obligation.EasterSunday(d.Year); got != d {
			t.Errorf("EasterSunday(%d) = %v, want %v", d.Year, got, want)
		}
	}
}

func TestHolidayNames(t *testing.T) {
	cal := obligation.Norway()
	tests := []struct {
		day    string
		nb, en string
	}{
		{"2026-04-02", "Skjærtorsdag", "Maundy Thursday"},
		{"2026-05-17", "17. mai (grunnlovsdag)", "Constitution Day"},
		{"2026-05-25", "2. pinsedag", "Whit Monday"},
	}
	for _, tt := range tests {
		h, ok := cal.Holiday(date(tt.day))
		if !ok || h.Label(language.Norwegian) != tt.nb || h.Label(language.English) != tt.en {
			t.Errorf("Holiday(%s) = %v, %v; want %q/%q", tt.day, h, ok, tt.nb, tt.en)
		}
	}
	for _, notHoliday := range []string{"2026-12-24", "2026-04-04", "2026-12-31", "2026-06-23"} {
		if h, ok := cal.Holiday(date(notHoliday)); ok {
			t.Errorf("Holiday(%s) = %v, want none (julaften, påskeaften, nyttårsaften and sankthansaften are not holidays)", notHoliday, h)
		}
	}
}

func TestIsWorkingDay(t *testing.T) {
	norway := obligation.Norway()
	ferie := obligation.Norway(obligation.SundayOnly)
	tests := []struct {
		day         string
		work, ferie bool
		reason      string
	}{
		{"2026-03-06", true, true, "an ordinary Friday"},
		{"2026-03-07", false, true, "Saturday: not in contracts, a virkedag under ferieloven § 5"},
		{"2026-03-08", false, false, "Sunday"},
		{"2026-04-02", false, false, "skjærtorsdag"},
		{"2026-04-04", false, true, "påskeaften is an ordinary Saturday"},
		{"2026-05-01", false, false, "1 May, public high day"},
		{"2026-05-14", false, false, "Kristi himmelfartsdag"},
		{"2026-12-24", true, true, "julaften is a working day (a Thursday in 2026)"},
		{"2026-02-30", false, false, "no such day"},
	}
	for _, tt := range tests {
		if got := norway.IsWorkingDay(date2(tt.day)); got != tt.work {
			t.Errorf("Norway().IsWorkingDay(%s) = %v, want %v (%s)", tt.day, got, tt.work, tt.reason)
		}
		if got := ferie.IsWorkingDay(date2(tt.day)); got != tt.ferie {
			t.Errorf("SundayOnly IsWorkingDay(%s) = %v, want %v (%s)", tt.day, got, tt.ferie, tt.reason)
		}
	}
}

// date2 builds a Date without validating it, for invalid inputs.
func date2(s string) obligation.Date {
	var y, m, d int
	if _, err := fmt.Sscanf(s, "%d-%d-%d", &y, &m, &d); err != nil {
		panic(err)
	}
	return obligation.NewDate(y, time.Month(m), d)
}

func TestOtherCountry(t *testing.T) {
	// A user-supplied calendar: Swedish national day and Easter Monday,
	// Stockholm time, without changing the package.
	se := obligation.NewCalendar(mustLoad("Europe/Stockholm"), obligation.HolidayRules{
		{Holiday: obligation.Holiday{Name: "Sveriges nationaldag", English: "National Day of Sweden"}, Month: time.June, Day: 6},
		{Holiday: obligation.Holiday{Name: "Annandag påsk", English: "Easter Monday"}, EasterOffset: 1},
		{Holiday: obligation.Holiday{Name: "Extra", English: "One-off"}, Month: time.March, Day: 3, Year: 2026},
	})
	for _, tt := range []struct {
		day  string
		want bool
	}{{"2026-06-06", false}, {"2026-04-06", false}, {"2026-04-02", true}, {"2026-03-03", false}, {"2027-03-03", true}, {"2026-05-18", true}} {
		// 6 June 2026 is a Saturday, but the holiday must still be named.
		if got := se.IsWorkingDay(date(tt.day)); got != tt.want {
			t.Errorf("IsWorkingDay(%s) = %v, want %v", tt.day, got, tt.want)
		}
	}
	if h, ok := se.Holiday(date("2026-06-06")); !ok || h.Name != "Sveriges nationaldag" {
		t.Errorf("Holiday(2026-06-06) = %v, %v", h, ok)
	}
	// Norway plus julaften through Union.
	closed := obligation.NewCalendar(oslo, obligation.Union{
		obligation.NorwegianHolidays{},
		obligation.HolidayRules{{Holiday: obligation.Holiday{Name: "Julaften"}, Month: time.December, Day: 24}},
	})
	if closed.IsWorkingDay(date("2026-12-24")) || closed.IsWorkingDay(date("2026-12-25")) || !closed.IsWorkingDay(date("2026-12-23")) {
		t.Error("Union of Norway and julaften: want 23 Dec working, 24 and 25 Dec not")
	}
}

type everyDay struct{}

func (everyDay) Holiday(obligation.Date) (obligation.Holiday, bool) {
	return obligation.Holiday{Name: "always"}, true
}

func TestNoWorkingDay(t *testing.T) {
	cal := obligation.NewCalendar(time.UTC, everyDay{})
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, p := range []obligation.Period{obligation.Days(3), obligation.BusinessDays(1)} {
		if _, err := cal.Deadline(start, p); !errors.Is(err, obligation.ErrNoWorkingDay) {
			t.Errorf("Deadline(%v) error = %v, want ErrNoWorkingDay", p, err)
		}
	}
	if _, err := cal.LatestBefore(start, obligation.BusinessDays(1)); !errors.Is(err, obligation.ErrNoWorkingDay) {
		t.Errorf("LatestBefore error = %v, want ErrNoWorkingDay", err)
	}
	if _, err := cal.NextOpen(start); !errors.Is(err, obligation.ErrNoWorkingDay) {
		t.Errorf("NextOpen error = %v, want ErrNoWorkingDay", err)
	}
}

func TestZeroCalendar(t *testing.T) {
	var cal obligation.Calendar
	if cal.Location() != time.UTC {
		t.Errorf("zero Calendar location = %v, want UTC", cal.Location())
	}
	// 1 January 2026 is a Thursday; without holidays it is a working day.
	if !cal.IsWorkingDay(date("2026-01-01")) || cal.IsWorkingDay(date("2026-01-03")) {
		t.Error("zero Calendar: want Thursday 1 Jan working, Saturday 3 Jan not")
	}
	got, err := cal.Deadline(time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC), obligation.Days(1))
	if want := time.Date(2026, 1, 2, 23, 59, 59, 999999999, time.UTC); err != nil || !got.Equal(want) {
		t.Errorf("zero Calendar Deadline = %v, %v; want %v", got, err, want)
	}
}

func TestBusinessDays(t *testing.T) {
	cal := obligation.Norway()
	tests := []struct {
		from   string
		n      int
		want   string
		reason string
	}{
		{"2026-03-30", 5, "2026-04-09", "Easter 2026: 2, 3 and 6 April are holidays"},
		{"2026-05-13", 3, "2026-05-19", "Ascension 14 May, 17 May a Sunday"},
		{"2026-04-07", -1, "2026-04-01", "back over Easter"},
		{"2026-12-23", 2, "2026-12-28", "julaften counts, 25 and 26 December do not"},
		{"2026-03-06", 0, "2026-03-06", "zero days"},
	}
	for _, tt := range tests {
		got, err := cal.AddBusinessDays(date(tt.from), tt.n)
		if err != nil || got != date(tt.want) {
			t.Errorf("AddBusinessDays(%s, %d) = %v, %v; want %s (%s)", tt.from, tt.n, got, err, tt.want, tt.reason)
		}
	}
	if got := cal.BusinessDaysBetween(date("2026-03-31"), date("2026-04-10")); got != 5 {
		t.Errorf("BusinessDaysBetween(31 Mar, 10 Apr 2026) = %d, want 5 (1, 7, 8, 9, 10 April)", got)
	}
	if got := cal.BusinessDaysBetween(date("2026-04-10"), date("2026-03-31")); got != -5 {
		t.Errorf("BusinessDaysBetween reversed = %d, want -5", got)
	}
	if got, err := cal.NextWorkingDay(date("2026-05-13")); err != nil || got != date("2026-05-15") {
		t.Errorf("NextWorkingDay(13 May 2026) = %v, %v; want 2026-05-15", got, err)
	}
	if _, err := cal.AddBusinessDays(obligation.Date{}, 1); err == nil {
		t.Error("AddBusinessDays(zero Date): want an error")
	}
}

func TestOptionValues(t *testing.T) {
	if w := obligation.WeekendOf(time.Friday, time.Saturday); !w.Has(time.Friday) || w.Has(time.Sunday) || w.String() != "Friday+Saturday" {
		t.Errorf("WeekendOf(Friday, Saturday) = %v", w)
	}
	if w := obligation.WeekendOf(); w != 0 || !w.Has(time.Sunday) || w.String() != "Saturday+Sunday" {
		t.Errorf("WeekendOf() = %v, want the default Saturday+Sunday", w)
	}
	if s := obligation.SundayOnly.String(); s != "Sunday" {
		t.Errorf("SundayOnly.String() = %q", s)
	}
	// A Friday–Saturday weekend moves a deadline that ends on a Friday.
	fs := obligation.NewCalendar(time.UTC, nil, obligation.WeekendOf(time.Friday, time.Saturday))
	if d, err := fs.DeadlineDay(time.Date(2026, 3, 5, 12, 0, 0, 0, time.UTC), obligation.Days(1)); err != nil || d != date("2026-03-08") {
		t.Errorf("Friday–Saturday weekend: %v, %v; want Sunday 2026-03-08", d, err)
	}
	if s := (obligation.BusinessHours{Open: 9 * time.Hour, Close: 16*time.Hour + 30*time.Minute}).String(); s != "09:00–16:30" {
		t.Errorf("BusinessHours.String() = %q", s)
	}
	if s := (obligation.BusinessHours{}).String(); s != "00:00–24:00" {
		t.Errorf("zero BusinessHours.String() = %q", s)
	}
	var r obligation.Roll
	var h obligation.HourStart
	var c obligation.Counting
	if r.UnmarshalText([]byte("domstolloven-149")) != nil || r != obligation.RollDomstolloven ||
		h.UnmarshalText([]byte("from-next-hour")) != nil || h != obligation.HoursFromNextHour ||
		c.UnmarshalText([]byte("inclusive")) != nil || c != obligation.InclusiveDays {
		t.Errorf("option UnmarshalText: %v %v %v", r, h, c)
	}
	if r.UnmarshalText([]byte("next working day")) == nil {
		t.Error("Roll.UnmarshalText accepts an unknown name")
	}
	if err := obligation.Norway().Err(); err != nil {
		t.Errorf("Norway().Err() = %v", err)
	}
	if _, ok := obligation.Norway().Holiday(obligation.Date{Year: 2026, Month: 2, Day: 30}); ok {
		t.Error("Holiday(30 February) reports a holiday")
	}
}
