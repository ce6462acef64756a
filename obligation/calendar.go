package obligation

import (
	"errors"
	"fmt"
	"sync"
	"time"

	_ "time/tzdata" // Europe/Oslo must not depend on the host's zoneinfo.

	"golang.org/x/text/language"
)

// Holiday names a public holiday in the calendar's own language and in
// English.
type Holiday struct {
	// Name is the holiday's name in the calendar's own language, for
	// Norway in Bokmål: "Skjærtorsdag".
	Name string
	// English is the English name: "Maundy Thursday".
	English string
}

// Label returns the Norwegian name for a Norwegian tag (nb, nn, no) and the
// English name otherwise.
func (h Holiday) Label(tag language.Tag) string {
	if isNorwegian(tag) || h.English == "" {
		return h.Name
	}
	return h.English
}

// Holidays is a set of public holidays: the days, other than the weekend,
// on which a [Calendar] does not count working days. Implement it to give
// a calendar for any country without changing this package; [HolidayRules]
// covers fixed dates, days counted from Easter and one-off days, and
// [Union] combines sets.
//
// Holiday must be safe for concurrent use, must not panic on any Date, and
// should not allocate: deadline computations call it once per day they
// count.
type Holidays interface {
	Holiday(d Date) (Holiday, bool)
}

// HolidayRule is one public holiday in a [HolidayRules] set: a fixed date
// every year (Month and Day), or, when Month is zero, a day counted from
// Western Easter Sunday (EasterOffset days after it, before it when
// negative). A non-zero Year limits the rule to that one year.
type HolidayRule struct {
	Holiday
	Month        time.Month
	Day          int
	EasterOffset int
	Year         int
}

// HolidayRules is a user-supplied set of holiday rules; it implements
// [Holidays]. For example, a calendar with Norway's holidays plus
// Christmas Eve, when the office is closed:
//
//	obligation.NewCalendar(oslo, obligation.Union{
//		obligation.NorwegianHolidays{},
//		obligation.HolidayRules{{Holiday: obligation.Holiday{Name: "Julaften"}, Month: time.December, Day: 24}},
//	})
type HolidayRules []HolidayRule

// Holiday returns the first rule that falls on d.
func (r HolidayRules) Holiday(d Date) (Holiday, bool) {
	var em time.Month
	var ed, year int
	for i := range r {
		h := &r[i]
		if h.Year != 0 && h.Year != d.Year {
			continue
		}
		if h.Month != 0 {
			if h.Month == d.Month && h.Day == d.Day {
				return h.Holiday, true
			}
			continue
		}
		if em == 0 || year != d.Year {
			em, ed = easter(d.Year)
			year = d.Year
		}
		if dayNumber(d.Year, d.Month, d.Day)-dayNumber(d.Year, em, ed) == h.EasterOffset {
			return h.Holiday, true
		}
	}
	return Holiday{}, false
}

// Union is the union of holiday sets; it implements [Holidays] and reports
// the first set's name for a day two sets share.
type Union []Holidays

// Holiday returns the holiday on d of the first set that has one.
func (u Union) Holiday(d Date) (Holiday, bool) {
	for _, s := range u {
		if s == nil {
			continue
		}
		if h, ok := s.Holiday(d); ok {
			return h, true
		}
	}
	return Holiday{}, false
}

// NorwegianHolidays is the set of Norwegian public holidays: the ten
// holidays of lov om helligdager og helligdagsfred (24 February 1995) § 2
// other than Sundays, with Easter computed, and the two public high days
// of lov 26 April 1947 nr. 1 (1 May and 17 May). Julaften, påskeaften and
// nyttårsaften are not holidays. The current law is applied to every year.
// It implements [Holidays]; its zero value is ready to use.
type NorwegianHolidays struct{}

// Holiday reports whether d is a Norwegian public holiday and which.
func (NorwegianHolidays) Holiday(d Date) (Holiday, bool) {
	switch {
	case d.Month == time.January && d.Day == 1:
		return Holiday{"1. nyttårsdag", "New Year's Day"}, true
	case d.Month == time.May && d.Day == 1:
		return Holiday{"1. mai (offentlig høytidsdag)", "Labour Day"}, true
	case d.Month == time.May && d.Day == 17:
		return Holiday{"17. mai (grunnlovsdag)", "Constitution Day"}, true
	case d.Month == time.December && d.Day == 25:
		return Holiday{"1. juledag", "Christmas Day"}, true
	case d.Month == time.December && d.Day == 26:
		return Holiday{"2. juledag", "Boxing Day"}, true
	case d.Month < time.March || d.Month > time.June:
		// Easter falls from 22 March to 25 April, so the movable holidays
		// fall from 19 March (skjærtorsdag) to 14 June (2. pinsedag).
		return Holiday{}, false
	}
	em, ed := easter(d.Year)
	switch dayNumber(d.Year, d.Month, d.Day) - dayNumber(d.Year, em, ed) {
	case -3:
		return Holiday{"Skjærtorsdag", "Maundy Thursday"}, true
	case -2:
		return Holiday{"Langfredag", "Good Friday"}, true
	case 0:
		return Holiday{"1. påskedag", "Easter Sunday"}, true
	case 1:
		return Holiday{"2. påskedag", "Easter Monday"}, true
	case 39:
		return Holiday{"Kristi himmelfartsdag", "Ascension Day"}, true
	case 49:
		return Holiday{"1. pinsedag", "Whit Sunday"}, true
	case 50:
		return Holiday{"2. pinsedag", "Whit Monday"}, true
	}
	return Holiday{}, false
}

// Calendar says which days are working days, where days begin and end, and
// which counting rules apply. It is a small value: pass it by value and
// build it once; methods never modify it and are safe for concurrent use.
// It is not comparable with ==.
//
// The zero Calendar counts in UTC, with Saturday and Sunday as its only
// non-working days, no holidays, the default rules ([RollNextWorkingDay],
// [HoursFromInstant], [ClearDays]) and business hours that span the whole
// working day. Use [Norway] for Norwegian agreements and [NewCalendar] for
// any other.
type Calendar struct {
	_         [0]func() // not comparable: holiday sets may hold slices
	loc       *time.Location
	holidays  Holidays
	weekend   Weekend
	roll      Roll
	hourStart HourStart
	counting  Counting
	hours     BusinessHours
	err       error
}

var osloLocation = sync.OnceValues(func() (*time.Location, error) {
	return time.LoadLocation("Europe/Oslo")
})

// Norway returns the calendar of Norwegian agreements: Europe/Oslo time
// (from the embedded time zone database), [NorwegianHolidays], Saturday and
// Sunday not working days (the usual contract reading of "virkedager"; for
// the Holiday Act's reading, where Saturday is a working day, add
// [SundayOnly]), and the options given, on top of the defaults.
func Norway(opts ...Option) Calendar {
	loc, err := osloLocation()
	c := Calendar{loc: loc, holidays: NorwegianHolidays{}}
	if err != nil {
		c.err = fmt.Errorf("obligation: loading Europe/Oslo: %w", err)
	}
	return c.With(opts...)
}

// NewCalendar returns a calendar for loc (UTC when nil) with the given
// holiday set (none when nil) and options.
func NewCalendar(loc *time.Location, h Holidays, opts ...Option) Calendar {
	return Calendar{loc: loc, holidays: h}.With(opts...)
}

// With returns a copy of c with the options applied; later options win.
func (c Calendar) With(opts ...Option) Calendar {
	for _, o := range opts {
		if o != nil {
			o.apply(&c)
		}
	}
	return c
}

// Location returns the location whose days the calendar counts (UTC for the
// zero Calendar).
func (c Calendar) Location() *time.Location {
	if c.loc == nil {
		return time.UTC
	}
	return c.loc
}

// Err reports a problem building the calendar, such as a time zone that
// could not be loaded. Every deadline function returns it too.
func (c Calendar) Err() error { return c.err }

// Holiday reports whether d is a public holiday in c and which. Sundays and
// other weekend days are not reported unless they are named holidays too
// (1. påskedag is; an ordinary Sunday is not).
func (c Calendar) Holiday(d Date) (Holiday, bool) {
	if c.holidays == nil || !d.IsValid() {
		return Holiday{}, false
	}
	return c.holidays.Holiday(d)
}

// IsWorkingDay reports whether d is a working day in c: not a weekend day
// and not a holiday. An invalid Date is not a working day.
func (c Calendar) IsWorkingDay(d Date) bool {
	if !d.IsValid() {
		return false
	}
	return c.working(dayNumber(d.Year, d.Month, d.Day))
}

// working reports whether day z is a working day, asking the holiday set.
func (c Calendar) working(z int) bool {
	if c.weekend.has(weekdayOf(z)) {
		return false
	}
	if c.holidays == nil {
		return true
	}
	_, h := c.holidays.Holiday(dateOfDay(z))
	return !h
}

// maxIdle bounds how many consecutive non-working days the counting loops
// accept before they give up with [ErrNoWorkingDay], so a holiday set that
// marks every day cannot make them spin forever.
const maxIdle = 3660

// ErrNoWorkingDay is returned when a calendar has no working day within ten
// years of a date, as a holiday set that marks every day would.
var ErrNoWorkingDay = errors.New("obligation: the calendar has no working day within ten years")

// cursor walks the days of one calendar. For [NorwegianHolidays] it keeps
// the year it last saw, with that year's first day and Easter Sunday as day
// numbers, so that checking a day costs a few comparisons instead of a
// date conversion and an Easter computation; other holiday sets are asked
// day by day.
type cursor struct {
	c      *Calendar
	nor    bool
	y0, y1 int // day numbers of 1 January of the cached year and the next
	easter int // day number of the cached year's Easter Sunday
	leap   int // 1 in a leap year
}

func (c *Calendar) cursor() cursor {
	_, nor := c.holidays.(NorwegianHolidays)
	return cursor{c: c, nor: nor, y0: 1, y1: 0}
}

func (k *cursor) working(z int) bool {
	if k.c.weekend.has(weekdayOf(z)) {
		return false
	}
	if k.c.holidays == nil {
		return true
	}
	if !k.nor {
		_, h := k.c.holidays.Holiday(dateOfDay(z))
		return !h
	}
	if z < k.y0 || z >= k.y1 {
		y, _, _ := civil(z)
		k.y0, k.leap = dayNumber(y, time.January, 1), 0
		if daysIn(y, time.February) == 29 {
			k.leap = 1
		}
		k.y1 = k.y0 + 365 + k.leap
		// Easter falls in March or April: count its day of the year.
		em, ed := easter(y)
		k.easter = k.y0 + 31 + 28 + k.leap + ed - 1
		if em == time.April {
			k.easter += 31
		}
	}
	// Days of the year counted from 0 = 1 January: 1 May is day 120, 17 May
	// day 136, 25 December day 358 (one more each in a leap year).
	switch z - k.y0 {
	case 0, 120 + k.leap, 136 + k.leap, 358 + k.leap, 359 + k.leap:
		return false
	}
	switch z - k.easter {
	case -3, -2, 0, 1, 39, 49, 50:
		return false
	}
	return true
}

// next returns the first working day after z.
func (k *cursor) next(z int) (int, error) {
	for i := 0; i < maxIdle; i++ {
		z++
		if k.working(z) {
			return z, nil
		}
	}
	return 0, ErrNoWorkingDay
}

// prev returns the last working day before z.
func (k *cursor) prev(z int) (int, error) {
	for i := 0; i < maxIdle; i++ {
		z--
		if k.working(z) {
			return z, nil
		}
	}
	return 0, ErrNoWorkingDay
}

// add returns the n-th working day after z (before, for negative n).
func (k *cursor) add(z, n int) (int, error) {
	var err error
	for ; n > 0 && err == nil; n-- {
		z, err = k.next(z)
	}
	for ; n < 0 && err == nil; n++ {
		z, err = k.prev(z)
	}
	return z, err
}

// AddBusinessDays returns the n-th working day after d, or before d for a
// negative n; d itself never counts. With n zero it returns d.
func (c Calendar) AddBusinessDays(d Date, n int) (Date, error) {
	if !d.IsValid() {
		return Date{}, fmt.Errorf("obligation: invalid date %v", d)
	}
	if n > MaxN || n < -MaxN {
		return Date{}, fmt.Errorf("%w: %d business days is beyond %d", ErrInvalidPeriod, n, MaxN)
	}
	k := c.cursor()
	z, err := k.add(dayNumber(d.Year, d.Month, d.Day), n)
	if err != nil {
		return Date{}, err
	}
	return checkRange(z)
}

// NextWorkingDay returns the first working day after d.
func (c Calendar) NextWorkingDay(d Date) (Date, error) { return c.AddBusinessDays(d, 1) }

// BusinessDaysBetween returns the number of working days after from up to
// and including to (negative when to is before from).
func (c Calendar) BusinessDaysBetween(from, to Date) int {
	if !from.IsValid() || !to.IsValid() {
		return 0
	}
	a, b := dayNumber(from.Year, from.Month, from.Day), dayNumber(to.Year, to.Month, to.Day)
	sign := 1
	if b < a {
		a, b, sign = b, a, -1
	}
	n := 0
	k := c.cursor()
	for z := a + 1; z <= b; z++ {
		if k.working(z) {
			n++
		}
	}
	return sign * n
}

// checkRange turns day number z into a Date, or an error outside the years
// 1 to 9999 that [Date] holds.
func checkRange(z int) (Date, error) {
	d := dateOfDay(z)
	if d.Year < 1 || d.Year > 9999 {
		return Date{}, ErrOutOfRange
	}
	return d, nil
}

// ErrOutOfRange is returned when a deadline falls outside the years 1 to
// 9999.
var ErrOutOfRange = errors.New("obligation: date outside the years 1 to 9999")
