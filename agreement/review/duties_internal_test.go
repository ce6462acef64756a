package review

import (
	"testing"

	"github.com/personvern/dpa/obligation"
)

// TestLonger: an objection window counts as longer than the notice only
// when it certainly is, whatever the months' lengths (28 to 31 days).
func TestLonger(t *testing.T) {
	tests := []struct {
		p, q   obligation.Period
		want   bool
		reason string
	}{
		{obligation.Hours(48), obligation.Days(1), true, "48 hours against one day"},
		{obligation.Days(14), obligation.Weeks(2), false, "equal"},
		{obligation.Weeks(3), obligation.Days(14), true, ""},
		{obligation.Years(1), obligation.Months(11), true, "months and years compare in months"},
		{obligation.Months(2), obligation.Years(1), false, ""},
		{obligation.Months(1), obligation.Days(27), true, "a month has at least 28 days"},
		{obligation.Months(1), obligation.Days(28), false, "February: 28 days"},
		{obligation.Days(32), obligation.Months(1), true, "no month has 32 days"},
		{obligation.Days(31), obligation.Months(1), false, "January has 31"},
		{obligation.BusinessDays(10), obligation.Days(1), false, "business days need a calendar"},
		{obligation.Unquantified(obligation.ReasonableTime), obligation.Days(1), false, "a standard is no length"},
		{obligation.Unquantified(obligation.WithoutUndueDelay).AtLatest(obligation.Days(40)), obligation.Months(1), true, "the bound counts"},
		{obligation.Days(1), obligation.Period{}, false, "no notice period"},
	}
	for _, tt := range tests {
		if got := longer(tt.p, tt.q); got != tt.want {
			t.Errorf("longer(%v, %v) = %v, want %v (%s)", tt.p, tt.q, got, tt.want, tt.reason)
		}
	}
}

// TestClearlyLonger: the notice outlasts the objection window even after
// the window's last day rolls past the longest run of Norwegian holidays
// (five days at Easter), so the day-by-day count can be skipped.
func TestClearlyLonger(t *testing.T) {
	tests := []struct {
		notice, window obligation.Period
		want           bool
		reason         string
	}{
		{obligation.Months(2), obligation.Months(1), true, "MailMojo 2.7: two months' notice, a month to object"},
		{obligation.Days(30), obligation.Days(30), false, "alike periods: a roll can reach the start"},
		{obligation.Days(37), obligation.Days(30), false, "seven days' margin is not more than seven"},
		{obligation.Days(38), obligation.Days(30), true, ""},
		{obligation.Months(1), obligation.Days(21), false, "February: 28 days against 21 + 7"},
		{obligation.Months(1), obligation.Days(20), true, ""},
		{obligation.BusinessDays(30), obligation.Days(10), false, "business days need the calendar"},
	}
	for _, tt := range tests {
		if got := clearlyLonger(tt.notice, tt.window); got != tt.want {
			t.Errorf("clearlyLonger(%v, %v) = %v, want %v (%s)", tt.notice, tt.window, got, tt.want, tt.reason)
		}
	}
}
