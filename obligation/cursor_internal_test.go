package obligation

import (
	"testing"
	"time"
)

// TestCursorMatchesHolidays checks the Norwegian fast path of cursor
// against NorwegianHolidays.Holiday, day by day over four centuries, both
// walking forwards (the year cache filled in order) and jumping about.
func TestCursorMatchesHolidays(t *testing.T) {
	for _, w := range []Weekend{SaturdaySunday, SundayOnly} {
		c := Norway(w)
		k := c.cursor()
		from, to := dayNumber(1900, 1, 1), dayNumber(2300, 1, 1)
		for z := from; z < to; z++ {
			if got, want := k.working(z), c.working(z); got != want {
				t.Fatalf("%v: cursor.working(%v) = %v, holiday set says %v", w, dateOfDay(z), got, want)
			}
		}
		for z := to; z > from; z -= 97 {
			if got, want := k.working(z), c.working(z); got != want {
				t.Fatalf("%v: cursor.working(%v) = %v after a jump, want %v", w, dateOfDay(z), got, want)
			}
		}
	}
}

// TestDateIsValid checks Date.IsValid against the time package, which
// normalises a day that does not exist (30 February becomes 2 March), over
// every year from 1 to 9999, its month ends, and dates just outside.
func TestDateIsValid(t *testing.T) {
	for z := dayNumber(1, 1, 1) - 40; z < dayNumber(9999, 12, 31)+40; z += 7 {
		y := dateOfDay(z).Year
		for _, d := range []Date{dateOfDay(z), {y, 2, 29}, {y, 2, 30}, {y, 4, 31}, {y, 12, 31}, {y, 13, 1}, {y, 0, 1}, {y, 1, 0}} {
			tm := time.Date(d.Year, d.Month, d.Day, 12, 0, 0, 0, time.UTC)
			want := tm.Year() >= 1 && tm.Year() <= 9999 && DateOf(tm) == d
			if got := d.IsValid(); got != want {
				t.Fatalf("%d-%d-%d IsValid() = %v, the time package says %v", d.Year, d.Month, d.Day, got, want)
			}
		}
	}
}

func TestCivilRoundTrip(t *testing.T) {
	for z := dayNumber(1, 1, 1) - 1000; z < dayNumber(9999, 12, 31)+1000; z += 13 {
		y, m, d := civil(z)
		if dayNumber(y, m, d) != z {
			t.Fatalf("civil(%d) = %d-%d-%d, which maps back to %d", z, y, m, d, dayNumber(y, m, d))
		}
		if y >= 1 && y <= 9999 && Date(dateOfDay(z)).Weekday() != weekdayOf(z) {
			t.Fatalf("weekdayOf(%d) = %v, want %v", z, weekdayOf(z), dateOfDay(z).Weekday())
		}
	}
}

// TestMonthsBefore checks monthsBefore against the search it replaced:
// the latest day whose date n months later is not after the target, for
// every day of 2023 to 2025 (a leap year and two common years, every
// month end) and 1 to 30 months.
func TestMonthsBefore(t *testing.T) {
	search := func(z, n int) int {
		a := addMonths(z, -n)
		for addMonths(a+1, n) <= z {
			a++
		}
		return a
	}
	from, to := dayNumber(2023, time.January, 1), dayNumber(2025, time.December, 31)
	for z := from; z <= to; z++ {
		for n := 1; n <= 30; n++ {
			if got, want := monthsBefore(z, n), search(z, n); got != want {
				t.Fatalf("monthsBefore(%v, %d) = %v, want %v", dateOfDay(z), n, dateOfDay(got), dateOfDay(want))
			}
		}
	}
}
