package obligation_test

import (
	"errors"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/personvern/dpa/obligation"
)

func TestDeadline(t *testing.T) {
	norway := obligation.Norway()
	tests := []struct {
		name   string
		cal    obligation.Calendar
		start  time.Time
		p      obligation.Period
		want   time.Time
		reason string
	}{
		{"72h over spring DST", norway, osloTime("2026-03-28 12:00"), obligation.Hours(72), osloTime("2026-03-31 13:00"),
			"FACTS §4: elapsed time; clocks go forward on 29 March, so 12:00 CET + 72h is 13:00 CEST"},
		{"24h over autumn DST", norway, osloTime("2026-10-24 12:00"), obligation.Hours(24), osloTime("2026-10-25 11:00"),
			"clocks go back on 25 October, so 12:00 CEST + 24h is 11:00 CET"},
		{"hours do not move for Easter", norway, osloTime("2026-04-02 09:00"), obligation.Hours(24), osloTime("2026-04-03 09:00"),
			"a period in hours ends on langfredag; hours never roll"},
		{"bounded without undue delay", norway, osloTime("2026-03-28 02:10"),
			obligation.Unquantified(obligation.WithoutUndueDelay).AtLatest(obligation.Hours(24)), osloTime("2026-03-29 03:10"),
			"Nortelecom 10.1 bound, 24 elapsed hours across the spring change"},
		{"hours from the next whole hour", norway.With(obligation.HoursFromNextHour), osloTime("2026-03-28 12:10"), obligation.Hours(72),
			osloTime("2026-03-31 14:00"), "1182/71 Art. 3(1): the hour 12:00–13:00 does not count; 13:00 CET + 72h = 14:00 CEST"},
		{"next whole hour on the hour", norway.With(obligation.HoursFromNextHour), osloTime("2026-03-02 12:00"), obligation.Hours(1),
			osloTime("2026-03-02 14:00"), "an event at 12:00:00 happens during the hour 12:00–13:00"},
		{"30 days ending on a Saturday", norway, osloTime("2026-01-15 10:00"), obligation.Days(30), endOf("2026-02-16"),
			"15 Jan + 30 days = Saturday 14 Feb, moved to Monday 16 Feb"},
		{"30 days, no roll", norway.With(obligation.RollNone), osloTime("2026-01-15 10:00"), obligation.Days(30), endOf("2026-02-14"),
			"RollNone keeps Saturday 14 Feb"},
		{"event day in Oslo, not UTC", norway, time.Date(2026, 1, 14, 23, 30, 0, 0, time.UTC), obligation.Days(1), endOf("2026-01-16"),
			"23:30 UTC on 14 Jan is 00:30 on 15 Jan in Oslo; the next day is Friday 16 Jan"},
		{"month end clamps", norway.With(obligation.RollNone), osloTime("2026-01-31 12:00"), obligation.Months(1), endOf("2026-02-28"),
			"31 January + 1 month is the last day of February"},
		{"month end clamps then rolls", norway, osloTime("2026-01-31 12:00"), obligation.Months(1), endOf("2026-03-02"),
			"28 February 2026 is a Saturday: Monday 2 March"},
		{"leap year", norway, osloTime("2028-01-31 12:00"), obligation.Months(1), endOf("2028-02-29"),
			"2028 is a leap year; 29 February 2028 is a Tuesday"},
		{"year from 29 February", norway, osloTime("2028-02-29 12:00"), obligation.Years(1), endOf("2029-02-28"),
			"2029 has no 29 February; Wednesday 28 February"},
		{"6 months notice", norway, osloTime("2026-01-15 12:00"), obligation.Months(6), endOf("2026-07-15"),
			"Assistert Selvhjelp DPA: 15 January + 6 months = Wednesday 15 July"},
		{"4 weeks", norway, osloTime("2026-02-03 09:00"), obligation.Weeks(4), endOf("2026-03-03"),
			"Tuesday to Tuesday"},
		{"1 day into Easter", norway, osloTime("2026-04-01 12:00"), obligation.Days(1), endOf("2026-04-07"),
			"Thursday 2 April is skjærtorsdag; 3–6 April are not working days"},
		{"2 days, two working days held", norway, osloTime("2026-03-31 12:00"), obligation.Days(2), endOf("2026-04-07"),
			"ends 2 April, moved to 7 April; 1 and 7 April are two working days"},
		{"2 days extended for a second working day", norway, osloTime("2026-04-01 12:00"), obligation.Days(2), endOf("2026-04-08"),
			"ends 3 April, moved to 7 April, which is the only working day in it: extended to 8 April (Art. 3(5))"},
		{"2 days over 17 May", norway, osloTime("2026-05-15 12:00"), obligation.Days(2), endOf("2026-05-19"),
			"Sunday 17 May moves to Monday 18; one working day only, extended to Tuesday 19"},
		{"domstolloven: no two-working-day rule", norway.With(obligation.RollDomstolloven), osloTime("2026-05-15 12:00"), obligation.Days(2),
			endOf("2026-05-18"), "§ 149 moves to the next virkedag only"},
		{"domstolloven moves Saturday in a ferieloven calendar", norway.With(obligation.SundayOnly, obligation.RollDomstolloven),
			osloTime("2026-03-06 12:00"), obligation.Days(1), endOf("2026-03-09"), "§ 149 names lørdag"},
		{"ferieloven: Saturday is a working day", norway.With(obligation.SundayOnly), osloTime("2026-03-06 12:00"), obligation.Days(1),
			endOf("2026-03-07"), "virkedager include Saturday"},
		{"Christmas", norway, osloTime("2026-12-24 12:00"), obligation.Days(1), endOf("2026-12-28"),
			"25 and 26 December are holidays, 27 a Sunday"},
		{"end of day on the spring DST day", norway.With(obligation.RollNone), osloTime("2026-03-28 12:00"), obligation.Days(1),
			time.Date(2026, 3, 29, 23, 59, 59, 999999999, oslo), "the day of the change has 23 hours; it still ends at 23:59:59.999999999 CEST"},
		{"5 business days over Easter", norway, osloTime("2026-03-30 08:00"), obligation.BusinessDays(5), endOf("2026-04-09"),
			"31 Mar, 1, 7, 8, 9 April"},
		{"3 business days over Ascension", norway, osloTime("2026-05-13 08:00"), obligation.BusinessDays(3), endOf("2026-05-19"),
			"15, 18, 19 May"},
		{"domstolloven moves a business-day period off Saturday", norway.With(obligation.SundayOnly, obligation.RollDomstolloven),
			osloTime("2026-03-06 08:00"), obligation.BusinessDays(1), endOf("2026-03-09"), "Saturday 7 March is a virkedag, but § 149 names lørdag"},
		{"business days in a ferieloven calendar", norway.With(obligation.SundayOnly), osloTime("2026-03-06 08:00"),
			obligation.BusinessDays(2), endOf("2026-03-09"), "Saturday 7 March counts"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.cal.Deadline(tt.start, tt.p)
			if err != nil {
				t.Fatalf("Deadline(%v, %v): %v", tt.start, tt.p, err)
			}
			if !got.Equal(tt.want) {
				t.Errorf("Deadline(%v, %v) = %v, want %v (%s)", tt.start, tt.p, got, tt.want, tt.reason)
			}
		})
	}
}

func TestDeadlineErrors(t *testing.T) {
	cal := obligation.Norway()
	start := osloTime("2026-03-02 12:00")
	tests := []struct {
		p    obligation.Period
		want error
	}{
		{obligation.Period{}, obligation.ErrNoPeriod},
		{obligation.Unquantified(obligation.WithoutUndueDelay), obligation.ErrUnquantified},
		{obligation.Unquantified(obligation.Immediately), obligation.ErrUnquantified},
		{obligation.Days(0), obligation.ErrInvalidPeriod},
		{obligation.Period{Kind: obligation.Within, N: 3, Unit: 99}, obligation.ErrInvalidPeriod},
		{obligation.Period{Kind: 42}, obligation.ErrInvalidPeriod},
		{obligation.Days(obligation.MaxN + 1), obligation.ErrInvalidPeriod},
	}
	for _, tt := range tests {
		if _, err := cal.Deadline(start, tt.p); !errors.Is(err, tt.want) {
			t.Errorf("Deadline(%#v) error = %v, want %v", tt.p, err, tt.want)
		}
		if _, err := cal.LatestBefore(start, tt.p); !errors.Is(err, tt.want) {
			t.Errorf("LatestBefore(%#v) error = %v, want %v", tt.p, err, tt.want)
		}
	}
	if _, err := cal.Deadline(time.Date(9999, 12, 31, 0, 0, 0, 0, oslo), obligation.Days(5)); !errors.Is(err, obligation.ErrOutOfRange) {
		t.Errorf("Deadline past year 9999: error = %v, want ErrOutOfRange", err)
	}
	if _, err := cal.LatestBefore(time.Date(1, 1, 2, 0, 0, 0, 0, time.UTC), obligation.Days(5)); !errors.Is(err, obligation.ErrOutOfRange) {
		t.Errorf("LatestBefore before year 1: error = %v, want ErrOutOfRange", err)
	}
	if _, err := cal.LatestBefore(start, obligation.Hours(48)); !errors.Is(err, obligation.ErrHoursBackward) {
		t.Errorf("LatestBefore(hours) error = %v, want ErrHoursBackward", err)
	}
}

func TestLatestBefore(t *testing.T) {
	norway := obligation.Norway()
	tests := []struct {
		name   string
		cal    obligation.Calendar
		event  time.Time
		p      obligation.Period
		want   string
		reason string
	}{
		{"30 clear days", norway, osloTime("2026-03-01 00:00"), obligation.Days(30), "2026-01-29",
			"issue 3: 30 days before a start on 1 March 2026; 30 Jan–28 Feb lie between"},
		{"30 days inclusive", norway.With(obligation.InclusiveDays), osloTime("2026-03-01 00:00"), obligation.Days(30), "2026-01-30",
			"the act's day counts: 30 Jan–28 Feb is 30 days"},
		{"4 weeks before an audit", norway, osloTime("2026-03-03 09:00"), obligation.Weeks(4), "2026-02-02",
			"Nortelecom 9.8: a plan at least 4 weeks before an audit starting 3 March 2026"},
		{"no move for weekends", norway, osloTime("2026-03-09 09:00"), obligation.Days(1), "2026-03-07",
			"1 clear day before Monday 9 March is Saturday 7 March"},
		{"1 month at the month end", norway, osloTime("2026-03-01 09:00"), obligation.Months(1), "2026-01-31",
			"31 January + 1 month ends on 28 February, the day before the event"},
		{"2 months", norway, osloTime("2026-05-01 09:00"), obligation.Months(2), "2026-02-28",
			"1 March to 30 April are two whole months; 1 March + 2 months would be 1 May"},
		{"2 months to a start on 3 March", norway, osloTime("2026-03-03 09:00"), obligation.Months(2), "2026-01-02",
			"MailMojo: announced 2 months before the start"},
		{"1 year over a leap day", norway, osloTime("2029-03-01 09:00"), obligation.Years(1), "2028-02-29",
			"29 February 2028 + 1 year ends on 28 February 2029"},
		{"1 business day", norway, osloTime("2026-03-09 09:00"), obligation.BusinessDays(1), "2026-03-05",
			"Friday 6 March must lie between the act and Monday 9 March"},
		{"3 business days before Easter Tuesday", norway, osloTime("2026-04-07 09:00"), obligation.BusinessDays(3), "2026-03-29",
			"30, 31 March and 1 April are the three working days before 7 April"},
		{"event day in Oslo", norway, time.Date(2026, 2, 28, 23, 30, 0, 0, time.UTC), obligation.Days(30), "2026-01-29",
			"23:30 UTC on 28 February is 1 March in Oslo"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.cal.LatestBefore(tt.event, tt.p)
			if err != nil || got != date(tt.want) {
				t.Errorf("LatestBefore(%v, %v) = %v, %v; want %s (%s)", tt.event, tt.p, got, err, tt.want, tt.reason)
			}
		})
	}
	got, err := norway.LatestInstantBefore(osloTime("2026-03-30 10:00"), obligation.Hours(48))
	if want := osloTime("2026-03-28 09:00"); err != nil || !got.Equal(want) {
		t.Errorf("LatestInstantBefore(48h) = %v, %v; want %v (elapsed, across the change to CEST)", got, err, want)
	}
	got, err = norway.LatestInstantBefore(osloTime("2026-03-03 09:00"), obligation.Weeks(4))
	if want := endOf("2026-02-02"); err != nil || !got.Equal(want) {
		t.Errorf("LatestInstantBefore(4 weeks) = %v, %v; want %v", got, err, want)
	}
}

func TestBusinessHours(t *testing.T) {
	// Assistert Selvhjelp's support: "innen 24 timer på virkedager mellom
	// kl. 09.00 og 16.00".
	cal := obligation.Norway(obligation.BusinessHours{Open: 9 * time.Hour, Close: 16 * time.Hour})
	response := []struct {
		received, want string
		reason         string
	}{
		{"2026-03-09 10:00", "2026-03-10 10:00", "Monday to Tuesday"},
		{"2026-03-13 15:30", "2026-03-16 15:30", "Friday afternoon: the clock stops over the weekend"},
		{"2026-03-14 11:00", "2026-03-17 09:00", "Saturday: received Monday 09:00"},
		{"2026-03-10 17:00", "2026-03-12 09:00", "after closing: received Wednesday 09:00"},
		{"2026-04-01 10:00", "2026-04-07 10:00", "before Easter: 2, 3 and 6 April are holidays"},
		{"2026-03-27 10:00", "2026-03-30 10:00", "over the change to summer time, 10:00 CET to 10:00 CEST"},
	}
	for _, tt := range response {
		got, err := cal.ResponseDeadline(osloTime(tt.received), 24*time.Hour)
		if want := osloTime(tt.want); err != nil || !got.Equal(want) {
			t.Errorf("ResponseDeadline(%s, 24h) = %v, %v; want %v (%s)", tt.received, got, err, want, tt.reason)
		}
	}
	business := []struct {
		start string
		d     time.Duration
		want  string
	}{
		{"2026-03-09 10:00", 24 * time.Hour, "2026-03-12 13:00"}, // 6 + 7 + 7 + 4 hours
		{"2026-03-13 15:00", time.Hour, "2026-03-13 16:00"},      // ends exactly at closing
		{"2026-03-13 15:00", 2 * time.Hour, "2026-03-16 10:00"},
		{"2026-03-14 12:00", 0, "2026-03-16 09:00"},
	}
	for _, tt := range business {
		got, err := cal.AddBusinessHours(osloTime(tt.start), tt.d)
		if want := osloTime(tt.want); err != nil || !got.Equal(want) {
			t.Errorf("AddBusinessHours(%s, %v) = %v, %v; want %v", tt.start, tt.d, got, err, want)
		}
	}
	for _, tt := range []struct {
		at   string
		want bool
	}{{"2026-03-09 09:00", true}, {"2026-03-09 15:59", true}, {"2026-03-09 16:00", false}, {"2026-03-09 08:59", false},
		{"2026-03-14 10:00", false}, {"2026-04-02 10:00", false}} {
		if got := cal.IsOpen(osloTime(tt.at)); got != tt.want {
			t.Errorf("IsOpen(%s) = %v, want %v", tt.at, got, tt.want)
		}
	}
	if _, err := cal.AddBusinessHours(osloTime("2026-03-09 10:00"), -time.Hour); !errors.Is(err, obligation.ErrNegativeDuration) {
		t.Errorf("negative duration: error = %v", err)
	}
	bad := obligation.Norway(obligation.BusinessHours{Open: 16 * time.Hour, Close: 9 * time.Hour})
	if _, err := bad.ResponseDeadline(osloTime("2026-03-09 10:00"), time.Hour); err == nil {
		t.Error("inverted business hours: want an error")
	}
}

// randomPeriod returns a quantified day-based period (not hours).
func randomPeriod(r *rand.Rand) obligation.Period {
	switch r.IntN(5) {
	case 0:
		return obligation.Days(1 + r.IntN(60))
	case 1:
		return obligation.BusinessDays(1 + r.IntN(30))
	case 2:
		return obligation.Weeks(1 + r.IntN(8))
	case 3:
		return obligation.Months(1 + r.IntN(14))
	}
	return obligation.Years(1 + r.IntN(3))
}

func randomInstant(r *rand.Rand) time.Time {
	// 2024–2030, minute resolution, so DST days and leap days come up.
	return time.Date(2024, 1, 1, 0, 0, 0, 0, oslo).Add(time.Duration(r.IntN(7*366*24*60)) * time.Minute)
}

func TestPropertyDeadlineNeverGoesBackwards(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	cals := []obligation.Calendar{obligation.Norway(), obligation.Norway(obligation.RollNone),
		obligation.Norway(obligation.RollDomstolloven, obligation.SundayOnly), obligation.Norway(obligation.HoursFromNextHour)}
	for i := 0; i < 20000; i++ {
		cal := cals[i%len(cals)]
		start := randomInstant(r)
		p := randomPeriod(r)
		if i%5 == 0 {
			p = obligation.Hours(1 + r.IntN(200))
		}
		d, err := cal.Deadline(start, p)
		if err != nil {
			t.Fatalf("Deadline(%v, %v): %v", start, p, err)
		}
		if !d.After(start) {
			t.Fatalf("Deadline(%v, %v) = %v, not after the start", start, p, d)
		}
		// A later start never gives an earlier deadline.
		later := start.Add(time.Duration(r.IntN(72*60)) * time.Minute)
		d2, err := cal.Deadline(later, p)
		if err != nil || d2.Before(d) {
			t.Fatalf("Deadline(%v, %v) = %v before Deadline(%v) = %v", later, p, d2, start, d)
		}
		// A longer period never ends earlier.
		if p.Unit != obligation.Hour && p.N < obligation.MaxN {
			q := p
			q.N++
			d3, err := cal.Deadline(start, q)
			if err != nil || d3.Before(d) {
				t.Fatalf("Deadline(%v, %v) = %v before Deadline(%v) = %v", start, q, d3, p, d)
			}
		}
	}
}

func TestPropertyWorkingDaysOnly(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, cal := range []obligation.Calendar{obligation.Norway(), obligation.Norway(obligation.SundayOnly)} {
		for i := 0; i < 5000; i++ {
			start := randomInstant(r)
			p := randomPeriod(r)
			day, err := cal.DeadlineDay(start, p)
			if err != nil {
				t.Fatal(err)
			}
			if !cal.IsWorkingDay(day) {
				h, _ := cal.Holiday(day)
				t.Fatalf("Deadline(%v, %v) ends on %v (%v, %q), not a working day", start, p, day, day.Weekday(), h.Name)
			}
			n := 1 + r.IntN(40)
			bd, err := cal.AddBusinessDays(obligation.DateOf(start), n)
			if err != nil || !cal.IsWorkingDay(bd) {
				t.Fatalf("AddBusinessDays(%v, %d) = %v, not a working day", obligation.DateOf(start), n, bd)
			}
			if got := cal.BusinessDaysBetween(obligation.DateOf(start), bd); got != n {
				t.Fatalf("BusinessDaysBetween(%v, %v) = %d, want %d", obligation.DateOf(start), bd, got, n)
			}
		}
	}
}

// TestPropertyForwardBackwardAgree checks LatestBefore against Deadline:
// the latest day is the last from which the period, counted forwards
// without moving, still ends before the event's day (clear days), or on
// it at the latest (inclusive).
func TestPropertyForwardBackwardAgree(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, counting := range []obligation.Counting{obligation.ClearDays, obligation.InclusiveDays} {
		cal := obligation.Norway(obligation.RollNone, counting)
		for i := 0; i < 10000; i++ {
			event := randomInstant(r)
			p := randomPeriod(r)
			eventDay := obligation.DateOf(event)
			latest, err := cal.LatestBefore(event, p)
			if err != nil {
				t.Fatal(err)
			}
			ends := func(act obligation.Date) obligation.Date {
				d, err := cal.DeadlineDay(act.In(oslo).Add(12*time.Hour), p)
				if err != nil {
					t.Fatal(err)
				}
				return d
			}
			fits := func(end obligation.Date) bool {
				if counting == obligation.InclusiveDays {
					return !end.After(eventDay)
				}
				return end.Before(eventDay)
			}
			if !fits(ends(latest)) {
				t.Fatalf("%v: LatestBefore(%v, %v) = %v, but counted forwards it ends %v", counting, eventDay, p, latest, ends(latest))
			}
			if next := latest.AddDays(1); fits(ends(next)) {
				t.Fatalf("%v: LatestBefore(%v, %v) = %v, but %v still fits (ends %v)", counting, eventDay, p, latest, next, ends(next))
			}
		}
	}
}

func TestDeadlineAllocs(t *testing.T) {
	cal := obligation.Norway()
	start := osloTime("2026-03-30 08:00")
	for _, p := range []obligation.Period{obligation.Days(30), obligation.BusinessDays(5), obligation.Hours(72),
		obligation.Months(6), obligation.Unquantified(obligation.WithoutUndueDelay).AtLatest(obligation.Hours(24))} {
		if n := testing.AllocsPerRun(100, func() { _, _ = cal.Deadline(start, p) }); n != 0 {
			t.Errorf("Deadline(%v) allocates %v times, want 0", p, n)
		}
	}
	if n := testing.AllocsPerRun(100, func() { _, _ = cal.LatestBefore(start, obligation.Days(30)) }); n != 0 {
		t.Errorf("LatestBefore allocates %v times, want 0", n)
	}
}

func FuzzParsePeriod(f *testing.F) {
	for _, s := range []string{"", "PT24H", "P30D", "P5BD", "P2W", "P2M", "P1Y", "immediately", "without-undue-delay/PT24H",
		"reasonable-time", "P0D", "P007D", "PT5D", "within", "P100001D", "as-soon-as-possible/P2BD", "/"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := obligation.ParsePeriod(s)
		if err != nil {
			if !errors.Is(err, obligation.ErrPeriodSyntax) {
				t.Fatalf("ParsePeriod(%q) error %v does not wrap ErrPeriodSyntax", s, err)
			}
			return
		}
		if err := p.Validate(); err != nil {
			t.Fatalf("ParsePeriod(%q) = %#v, which does not validate: %v", s, p, err)
		}
		if got := p.String(); got != s {
			t.Fatalf("ParsePeriod(%q).String() = %q", s, got)
		}
		q, err := obligation.ParsePeriod(p.String())
		if err != nil || q != p {
			t.Fatalf("round trip of %q: %#v, %v", s, q, err)
		}
	})
}

func FuzzDeadline(f *testing.F) {
	f.Add(int64(1774695600), uint8(1), 72, uint8(1), uint8(0))
	f.Add(int64(1769900000), uint8(1), 5, uint8(3), uint8(1))
	f.Add(int64(-62135596800), uint8(3), 24, uint8(2), uint8(2))
	f.Fuzz(func(t *testing.T, unix int64, kind uint8, n int, unit uint8, opt uint8) {
		start := time.Unix(unix, 0)
		p := obligation.Period{Kind: obligation.Kind(kind), N: n, Unit: obligation.Unit(unit)}
		cal := obligation.Norway(obligation.Roll(opt%4), obligation.HourStart(opt/4%3), obligation.Counting(opt/12%3))
		d, err := cal.Deadline(start, p)
		if err == nil && d.Before(start) {
			t.Fatalf("Deadline(%v, %#v) = %v, before the start", start, p, d)
		}
		_, _ = cal.LatestBefore(start, p)
		_, _ = cal.LatestInstantBefore(start, p)
	})
}

func BenchmarkDeadline(b *testing.B) {
	cal := obligation.Norway()
	start := osloTime("2026-03-27 14:00")
	for _, bc := range []struct {
		name string
		p    obligation.Period
	}{
		{"day", obligation.Days(30)},
		{"business-day", obligation.BusinessDays(5)},
		{"hour", obligation.Hours(72)},
		{"month", obligation.Months(6)},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := cal.Deadline(start, bc.p); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkLatestBefore(b *testing.B) {
	cal := obligation.Norway()
	event := osloTime("2026-03-03 09:00")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := cal.LatestBefore(event, obligation.Weeks(4)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkResponseDeadline(b *testing.B) {
	cal := obligation.Norway(obligation.BusinessHours{Open: 9 * time.Hour, Close: 16 * time.Hour})
	received := osloTime("2026-03-13 15:30")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := cal.ResponseDeadline(received, 24*time.Hour); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAddBusinessDays(b *testing.B) {
	cal := obligation.Norway()
	from := date("2026-03-27")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := cal.AddBusinessDays(from, 10); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkIsWorkingDay(b *testing.B) {
	cal := obligation.Norway()
	d := date("2026-05-14")
	b.ReportAllocs()
	for b.Loop() {
		_ = cal.IsWorkingDay(d)
	}
}

func BenchmarkAddBusinessHours(b *testing.B) {
	cal := obligation.Norway(obligation.BusinessHours{Open: 9 * time.Hour, Close: 16 * time.Hour})
	start := osloTime("2026-03-13 15:30")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := cal.AddBusinessHours(start, 24*time.Hour); err != nil {
			b.Fatal(err)
		}
	}
}
