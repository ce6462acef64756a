package obligation

import (
	"cmp"
	"fmt"
	"strconv"
	"time"
)

// Date is a calendar day with no time of day and no location, as
// agreements write dates ("Sist oppdatert: 03.03.2021"). Its zero value
// means no date. Pass it by value; it is comparable.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// DateOf returns the calendar day of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// NewDate returns the date for year, month and day. It does not normalise:
// use [Date.IsValid] to check a date from input.
func NewDate(year int, month time.Month, day int) Date { return Date{year, month, day} }

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d == Date{} }

// IsValid reports whether d names a real day from year 1 to 9999.
func (d Date) IsValid() bool {
	return d.Year >= 1 && d.Year <= 9999 && d.Month >= time.January && d.Month <= time.December &&
		d.Day >= 1 && d.Day <= daysIn(d.Year, d.Month)
}

// In returns the instant d begins (00:00) in loc.
func (d Date) In(loc *time.Location) time.Time {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, loc)
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return cmp.Compare(d.Year, e.Year)
	case d.Month != e.Month:
		return cmp.Compare(d.Month, e.Month)
	}
	return cmp.Compare(d.Day, e.Day)
}

// AddDays returns the date n days after d (before, for negative n). A
// date outside the years 1 to 9999 is counted in the proleptic Gregorian
// calendar all the same.
func (d Date) AddDays(n int) Date {
	if n >= 0 && d.Day >= 1 && d.Month >= time.January && d.Month <= time.December && d.Day+n <= daysIn(d.Year, d.Month) {
		d.Day += n // within the month: the common case of a day or a week
		return d
	}
	return dateOfDay(dayNumber(d.Year, d.Month, d.Day) + n)
}

// AddMonths returns the date n calendar months after d (before, for
// negative n), clamped to the last day of a shorter month: 31 January plus
// one month is the last day of February (Regulation 1182/71 Art.
// 3(2)(c)). Nothing moves for weekends or holidays; for a deadline use
// [Calendar.Deadline].
func (d Date) AddMonths(n int) Date {
	t := d.Year*12 + int(d.Month) - 1 + n
	y, m := t/12, t%12
	if m < 0 {
		m += 12
		y--
	}
	month := time.Month(m + 1)
	if last := daysIn(y, month); d.Day > last {
		d.Day = last
	}
	return Date{y, month, d.Day}
}

// Weekday returns d's day of the week.
func (d Date) Weekday() time.Weekday {
	return time.Date(d.Year, d.Month, d.Day, 12, 0, 0, 0, time.UTC).Weekday()
}

// String returns the ISO 8601 form "2006-01-02", or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return string(d.appendISO(make([]byte, 0, 10)))
}

// appendISO appends the ISO 8601 form "2006-01-02" to b, or nothing for
// the zero Date, without formatting through fmt.
func (d Date) appendISO(b []byte) []byte {
	if d.IsZero() {
		return b
	}
	b = appendPadded(b, d.Year, 4)
	b = append(b, '-')
	b = appendPadded(b, int(d.Month), 2)
	b = append(b, '-')
	return appendPadded(b, d.Day, 2)
}

// appendPadded appends n in decimal, left-padded with zeros to width.
func appendPadded(b []byte, n, width int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	s := strconv.Itoa(n)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// ParseDate parses the ISO 8601 form "2006-01-02" of a date in years 1 to
// 9999, the dates [Date.MarshalText] writes. The empty string gives the
// zero Date.
func ParseDate(s string) (Date, error) {
	if s == "" {
		return Date{}, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil || len(s) != len(time.DateOnly) || t.Year() < 1 {
		return Date{}, fmt.Errorf("obligation: invalid date %s: want YYYY-MM-DD", quote(s))
	}
	return DateOf(t), nil
}

// MustParseDate is like [ParseDate] but panics on an error; for constants
// and tests.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// MarshalText encodes the ISO form; an invalid non-zero date is an error.
func (d Date) MarshalText() ([]byte, error) {
	if !d.IsZero() && !d.IsValid() {
		return nil, fmt.Errorf("obligation: invalid date %04d-%02d-%02d", d.Year, int(d.Month), d.Day)
	}
	return []byte(d.String()), nil
}

// UnmarshalText decodes the ISO form strictly.
func (d *Date) UnmarshalText(text []byte) error {
	e, err := ParseDate(string(text))
	if err != nil {
		return err
	}
	*d = e
	return nil
}
