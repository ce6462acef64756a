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
