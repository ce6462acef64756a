package obligation

import (
	"errors"
	"time"
)

// ErrNegativeDuration is returned by the business-hours functions for a
// negative length of time.
var ErrNegativeDuration = errors.New("obligation: negative duration")

// window returns the opening and closing instants of day z in c's location.
func (c Calendar) window(z int) (open, close time.Time) {
	o, cl := c.hours.window()
	y, m, d := civil(z)
	loc := c.Location()
	return time.Date(y, m, d, 0, 0, 0, int(o), loc), time.Date(y, m, d, 0, 0, 0, int(cl), loc)
}

// IsOpen reports whether t falls inside c's business hours: on a working
// day, at or after the opening time and before the closing time.
func (c Calendar) IsOpen(t time.Time) bool {
	z, err := dayInRange(t, c.Location())
	if err != nil || !c.working(z) {
		return false
	}
	open, cl := c.window(z)
	return !t.Before(open) && t.Before(cl)
}

// NextOpen returns t when c's business hours are open at t, and otherwise
// the next opening instant.
func (c Calendar) NextOpen(t time.Time) (time.Time, error) {
	if c.err != nil {
		return time.Time{}, c.err
	}
	if err := c.hours.Validate(); err != nil {
		return time.Time{}, err
	}
	z, err := dayInRange(t, c.Location())
	if err != nil {
		return time.Time{}, err
	}
	k := c.cursor()
	if k.working(z) {
		open, cl := c.window(z)
		if t.Before(open) {
			return open, nil
		}
		if t.Before(cl) {
			return t, nil
		}
	}
	if z, err = k.next(z); err != nil {
		return time.Time{}, err
	}
	open, _ := c.window(z)
	return open, nil
}

// AddBusinessHours returns the instant d of open time after start: the
// clock runs only inside c's business hours on working days ("24 business
// hours"). A start outside business hours counts from the next opening.
// With business hours of 09:00–16:00, 24 business hours from Monday 10:00
// end on Thursday 13:00 (6 + 7 + 7 + 4 hours). The result is the last
// instant on time; it may be a closing time.
func (c Calendar) AddBusinessHours(start time.Time, d time.Duration) (time.Time, error) {
	if d < 0 {
		return time.Time{}, ErrNegativeDuration
	}
	t, err := c.NextOpen(start)
	if err != nil {
		return time.Time{}, err
	}
	loc := c.Location()
	k := c.cursor()
	for {
		z := dayIn(t, loc)
		_, cl := c.window(z)
		if avail := cl.Sub(t); d <= avail {
			return t.Add(d), nil
		} else {
			d -= avail
		}
		if z, err = k.next(z); err != nil {
			return time.Time{}, err
		}
		t, _ = c.window(z)
		if t.Year() > 9999 {
			return time.Time{}, ErrOutOfRange
		}
	}
}

// ResponseDeadline returns the last instant of a response due within d
// "on working days" of a request received at received, read as a
// support-desk term such as Assistert Selvhjelp's "Normal responstid for
// support er innen 24 timer på virkedager mellom kl. 09.00 og 16.00":
//
//   - a request that arrives outside c's business hours counts as received
//     at the next opening;
//   - from then the clock runs as elapsed time on working days only: it
//     stops at the end of a working day and restarts at the start of the
//     next one, so 24 hours from Friday 10:00 end on Monday 10:00, and
//     from Wednesday 1 April 2026 10:00 (before Easter) on Tuesday 7
//     April 10:00.
//
// This reading keeps "24 hours" as hours and uses the business hours for
// when the request is taken in; the stricter "24 business hours" reading,
// where the clock runs only 09:00–16:00, is [Calendar.AddBusinessHours].
func (c Calendar) ResponseDeadline(received time.Time, d time.Duration) (time.Time, error) {
	if d < 0 {
		return time.Time{}, ErrNegativeDuration
	}
	t, err := c.NextOpen(received)
	if err != nil {
		return time.Time{}, err
	}
	loc := c.Location()
	k := c.cursor()
	for {
		z := dayIn(t, loc)
		y, m, dd := civil(z + 1)
		midnight := time.Date(y, m, dd, 0, 0, 0, 0, loc)
		if avail := midnight.Sub(t); d < avail {
			return t.Add(d), nil
		} else {
			d -= avail
		}
		if z, err = k.next(z); err != nil {
			return time.Time{}, err
		}
		y, m, dd = civil(z)
		t = time.Date(y, m, dd, 0, 0, 0, 0, loc)
		if y > 9999 {
			return time.Time{}, ErrOutOfRange
		}
	}
}
