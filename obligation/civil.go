package obligation

import "time"

// This file holds the integer calendar arithmetic the deadline functions
// run on: days are numbered from 1970-01-01 (day 0) in the proleptic
// Gregorian calendar, which keeps the hot paths free of time.Date calls.
// The conversions are Howard Hinnant's public-domain algorithms
// ("chrono-Compatible Low-Level Date Algorithms").

// eraShift moves day and year numbers by whole 400-year eras so that the
// conversions below run on unsigned integers, whose division by a constant
// compiles to a multiplication. It covers years from -399999 on, far beyond
// the years 1 to 9999 the callers accept.
const eraShift = 1000

// dayNumber returns the day number of the civil date y-m-d.
func dayNumber(y int, m time.Month, d int) int {
	mm := uint(m)
	yy := uint(y + 400*eraShift)
	if mm <= 2 {
		yy--
	}
	era := yy / 400
	yoe := yy - era*400
	mp := (mm + 9) % 12
	doy := (153*mp+2)/5 + uint(d) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return int(era*146097+doe) - 719468 - eraShift*146097
}

// civil returns the civil date of day number z.
func civil(z int) (y int, m time.Month, d int) {
	u := uint(z + 719468 + eraShift*146097)
	era := u / 146097
	doe := u - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = int(doy - (153*mp+2)/5 + 1)
	mm := mp + 3
	if mp >= 10 {
		mm = mp - 9
	}
	y = int(yoe+era*400) - 400*eraShift
	if mm <= 2 {
		y++
	}
	return y, time.Month(mm), d
}

// dateOfDay returns the Date of day number z.
func dateOfDay(z int) Date {
	y, m, d := civil(z)
	return Date{y, m, d}
}

// weekdayOf returns the day of the week of day number z (day 0 was a
// Thursday).
func weekdayOf(z int) time.Weekday {
	w := (z + 4) % 7
	if w < 0 {
		w += 7
	}
	return time.Weekday(w)
}

// daysIn returns the number of days in month m of year y.
func daysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// addMonths is [Date.AddMonths] on day numbers, for the deadline code:
// day z moved n calendar months, clamped to the last day of a shorter
// month (Regulation 1182/71 Art. 3(2)(c); domstolloven § 148 second
// paragraph).
func addMonths(z, n int) int {
	d := dateOfDay(z).AddMonths(n)
	return dayNumber(d.Year, d.Month, d.Day)
}

// monthsBefore returns the latest day a whose date n calendar months
// later, clamped to a shorter month's end ([addMonths]), is not after day
// z: the same date n months back, or the end of that month when z's date
// does not exist in it (30 March, 1 month: 28 February) or z is the last
// day of its month (30 April, 1 month: 31 March, since 31 March + 1 month
// ends on 30 April). TestMonthsBefore checks it against the search it
// replaces.
func monthsBefore(z, n int) int {
	d := dateOfDay(z)
	b := d.AddMonths(-n) // clamped to the end of a shorter month
	if d.Day == daysIn(d.Year, d.Month) {
		b.Day = daysIn(b.Year, b.Month)
	}
	return dayNumber(b.Year, b.Month, b.Day)
}

// easter returns Western (Gregorian) Easter Sunday of year y by the
// anonymous Gregorian algorithm (Meeus/Jones/Butcher), as FACTS §4 uses:
// Easter 2026 is 5 April.
func easter(year int) (time.Month, int) {
	y := uint(max(year, 0)) // unsigned for speed; callers pass years 1 to 9999
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b + 15 - d - g) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l + 114 - 7*m) / 31
	day := (h+l+114-7*m)%31 + 1
	return time.Month(month), int(day)
}

// EasterSunday returns Western (Gregorian) Easter Sunday of the given year,
// from which the movable Christian holidays are counted. Easter 2026 is
// 5 April, 2027 is 28 March.
func EasterSunday(year int) Date {
	m, d := easter(year)
	return Date{year, m, d}
}
