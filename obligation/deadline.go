package obligation

import (
	"errors"
	"fmt"
	"time"
)

var (
	// ErrNoPeriod is returned for the zero [Period]: the agreement states
	// no period, so there is no deadline to compute.
	ErrNoPeriod = errors.New("obligation: no period stated")
	// ErrUnquantified is returned for an unquantified period with no bound
	// ("without undue delay", "immediately"): such a period is a standard
	// of conduct, not a length of time, and has no computable deadline.
	ErrUnquantified = errors.New("obligation: unquantified period without a bound has no fixed deadline")
	// ErrInvalidPeriod wraps the reason a [Period] is malformed.
	ErrInvalidPeriod = errors.New("obligation: invalid period")
	// ErrHoursBackward is returned by [Calendar.LatestBefore] for a period
	// in hours, which has a latest instant ([Calendar.LatestInstantBefore])
	// rather than a latest day.
	ErrHoursBackward = errors.New("obligation: a period in hours counted backwards gives an instant, not a day")
)

// quantified returns the length to count for p: p itself, or the bound of
// an unquantified p.
func quantified(p Period) (Period, error) {
	if p.IsZero() {
		return Period{}, ErrNoPeriod
	}
	if err := p.Validate(); err != nil {
		return Period{}, fmt.Errorf("%w: %w", ErrInvalidPeriod, err)
	}
	b, ok := p.Bound()
	if !ok {
		return Period{}, fmt.Errorf("%w: %s", ErrUnquantified, p.Kind)
	}
	return b, nil
}

// dayIn returns the day number of t's calendar day in loc. Instants
// outside the years 1 to 9999 give day 0 (1970-01-01); use dayInRange
// where that matters.
func dayIn(t time.Time, loc *time.Location) int {
	z, _ := dayInRange(t, loc)
	return z
}

// dayInRange is dayIn with [ErrOutOfRange] for instants outside the years
// 1 to 9999.
func dayInRange(t time.Time, loc *time.Location) (int, error) {
	y, m, d := t.In(loc).Date()
	if y < 1 || y > 9999 {
		return 0, ErrOutOfRange
	}
	return dayNumber(y, m, d), nil
}

// endOfDay returns the last instant of day z in loc, 23:59:59.999999999
// local time.
func endOfDay(z int, loc *time.Location) time.Time {
	y, m, d := civil(z)
	return time.Date(y, m, d, 23, 59, 59, 999999999, loc)
}

// Deadline returns the last instant at which an act due within p of the
// event at start is still on time, so an act at sent is on time when
// !sent.After(deadline). It counts by Regulation (EEC, Euratom) No 1182/71
// as c's options read it (the defaults are given here):
//
//   - A period in hours runs from the instant as elapsed time and never
//     moves: 72 hours from 2026-03-28 12:00 CET end at 2026-03-31 13:00
//     CEST, across the change to summer time. With [HoursFromNextHour] it
//     runs from the start of the next whole hour (Art. 3(1)).
//   - A period in days, weeks, months or years does not count the day of
//     the event (Art. 3(1) second subparagraph) and ends at the end of its
//     last day in c's location, 23:59:59.999999999 (Art. 3(2)(b), (c)).
//     Weeks end on the same weekday and months and years on the same date
//     as the event's day; a month without that date ends on its last day,
//     so 31 January + 1 month ends on 28 or 29 February.
//   - A last day on a Saturday, Sunday or holiday moves to the end of the
//     next working day (Art. 3(4)), and a period of two days or more holds
//     at least two working days (Art. 3(5)); see [Roll] for the other
//     rules.
//   - A period in business days ends at the end of the n-th working day
//     after the event's day (which [RollDomstolloven] still moves off a
//     Saturday in a [SundayOnly] calendar).
//
// An unquantified period ([WithoutUndueDelay], [Immediately], …) gives its
// bound's deadline when it has one (Nortelecom 10.1, "at the latest 24
// hours after discovery"), and otherwise an error wrapping
// [ErrUnquantified]. The zero Period gives [ErrNoPeriod], a malformed one
// [ErrInvalidPeriod]. Deadline does not allocate on success.
func (c Calendar) Deadline(start time.Time, p Period) (time.Time, error) {
	if c.err != nil {
		return time.Time{}, c.err
	}
	q, err := quantified(p)
	if err != nil {
		return time.Time{}, err
	}
	loc := c.Location()
	if q.Unit == Hour {
		if c.hourStart == HoursFromNextHour {
			t := start.In(loc)
			start = t.Add(-time.Duration(t.Minute())*time.Minute - time.Duration(t.Second())*time.Second - time.Duration(t.Nanosecond())).Add(time.Hour)
		}
		end := start.Add(time.Duration(q.N) * time.Hour)
		if y := end.Year(); y < 1 || y > 9999 {
			return time.Time{}, ErrOutOfRange
		}
		return end, nil
	}
	first, err := dayInRange(start, loc)
	if err != nil {
		return time.Time{}, err
	}
	last, err := c.lastDay(first, q)
	if err != nil {
		return time.Time{}, err
	}
	if _, err := checkRange(last); err != nil {
		return time.Time{}, err
	}
	return endOfDay(last, loc), nil
}

// DeadlineDay is like [Calendar.Deadline] for periods counted in days and
// longer, and returns the last day on time rather than its last instant.
// A period in hours gives the day, in c's location, of its last instant.
func (c Calendar) DeadlineDay(start time.Time, p Period) (Date, error) {
	t, err := c.Deadline(start, p)
	if err != nil {
		return Date{}, err
	}
	return DateOf(t.In(c.Location())), nil
}

// lastDay returns the last day of quantified period q counted from day
// first (which does not count), after the roll-forward rule.
func (c Calendar) lastDay(first int, q Period) (int, error) {
	k := c.cursor()
	var last int
	switch q.Unit {
	case Day:
		last = first + q.N
	case Week:
		last = first + 7*q.N
	case Month:
		last = addMonths(first, q.N)
	case Year:
		last = addMonths(first, 12*q.N)
	case BusinessDay:
		var err error
		if last, err = k.add(first, q.N); err != nil {
			return 0, err
		}
	}
	var err error
	switch c.roll {
	case RollNone:
	case RollDomstolloven:
		for i := 0; !k.working(last) || weekdayOf(last) == time.Saturday; i++ {
			if i > maxIdle {
				return 0, ErrNoWorkingDay
			}
			last++
		}
	default: // RollNextWorkingDay
		if !k.working(last) {
			if last, err = k.next(last); err != nil {
				return 0, err
			}
		}
		if q.Unit != BusinessDay && (q.Unit != Day || q.N >= 2) {
			// Art. 3(5): at least two working days. Look for them from
			// the start; most periods find both within a few days.
			n := 0
			for z := first + 1; z <= last && n < 2; z++ {
				if k.working(z) {
					n++
				}
			}
			for ; n < 2; n++ {
				if last, err = k.next(last); err != nil {
					return 0, err
				}
			}
		}
	}
	return last, nil
}

// LatestBefore returns the latest day on which an act due at least p
// before the event at event may take place ("at least 30 days before the
// new subprocessor starts processing"). By default ([ClearDays]) neither
// the act's day nor the event's day counts, and nothing moves for
// weekends or holidays: 30 days before a start on 1 March 2026 is 29
// January 2026, and a plan due 4 weeks before an audit starting 3 March
// 2026 is due on 2 February 2026. With [InclusiveDays] the act's day
// counts (30 January 2026).
//
// Months and years count back to the same date and clamp at month ends,
// taking the latest day that still leaves the whole period: 1 month
// before 1 March 2026 (clear) is 31 January 2026, as 31 January + 1 month
// ends on 28 February. Business days count back working days; the day
// returned may itself be a weekend day when the working days the period
// needs lie just after it.
//
// A period in hours gives [ErrHoursBackward]; use
// [Calendar.LatestInstantBefore]. An unquantified period counts its bound,
// and without one gives [ErrUnquantified].
func (c Calendar) LatestBefore(event time.Time, p Period) (Date, error) {
	if c.err != nil {
		return Date{}, c.err
	}
	q, err := quantified(p)
	if err != nil {
		return Date{}, err
	}
	if q.Unit == Hour {
		return Date{}, ErrHoursBackward
	}
	target, err := dayInRange(event, c.Location())
	if err != nil {
		return Date{}, err
	}
	if c.counting != InclusiveDays {
		target-- // the event's day is not free for the period
	}
	// The act's day a is the latest with a + q (counted as calendar days,
	// the act's day excluded, no rolling) <= target.
	var a int
	switch q.Unit {
	case Day:
		a = target - q.N
	case Week:
		a = target - 7*q.N
	case Month, Year:
		n := q.N
		if q.Unit == Year {
			n *= 12
		}
		a = monthsBefore(target, n)
	case BusinessDay:
		k := c.cursor()
		t := target
		if !k.working(t) {
			if t, err = k.prev(t); err != nil {
				return Date{}, err
			}
		}
		if t, err = k.add(t, -(q.N - 1)); err != nil {
			return Date{}, err
		}
		a = t - 1
	}
	return checkRange(a)
}

// LatestInstantBefore returns the last instant at which an act due at
// least p before the event at event is on time: for a period in hours the
// event's instant less the hours (elapsed time), and otherwise the end of
// the day [Calendar.LatestBefore] returns, in c's location.
func (c Calendar) LatestInstantBefore(event time.Time, p Period) (time.Time, error) {
	if c.err != nil {
		return time.Time{}, c.err
	}
	q, err := quantified(p)
	if err != nil {
		return time.Time{}, err
	}
	if q.Unit == Hour {
		t := event.Add(-time.Duration(q.N) * time.Hour)
		if y := t.Year(); y < 1 || y > 9999 {
			return time.Time{}, ErrOutOfRange
		}
		return t, nil
	}
	d, err := c.LatestBefore(event, q)
	if err != nil {
		return time.Time{}, err
	}
	// d is a valid date: its end, without the round trip through a day
	// number that endOfDay would need.
	return time.Date(d.Year, d.Month, d.Day, 23, 59, 59, 999999999, c.Location()), nil
}
