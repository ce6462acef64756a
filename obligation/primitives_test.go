package obligation_test

import (
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/personvern/dpa/obligation"
	"golang.org/x/text/language"
)

func TestPeriodText(t *testing.T) {
	tests := []struct {
		text   string
		period obligation.Period
		reason string
	}{
		{"PT24H", obligation.Hours(24), "Nortelecom 10.1: at the latest 24 hours after discovery"},
		{"P30D", obligation.Days(30), "We Are Media: at least 30 days before a new subprocessor starts"},
		{"P14D", obligation.Days(14), "Assistert Selvhjelp: objection within 14 days"},
		{"P5BD", obligation.BusinessDays(5), "business days, the documented extension to ISO 8601"},
		{"P4W", obligation.Weeks(4), "Nortelecom 9.8: a plan four weeks before the audit"},
		{"P2M", obligation.Months(2), "MailMojo 2.7: notice 2 months before"},
		{"P1Y", obligation.Years(1), ""},
		{"immediately", obligation.Unquantified(obligation.Immediately), "MailMojo 2.4: umiddelbart"},
		{"without-undue-delay", obligation.Unquantified(obligation.WithoutUndueDelay), "We4you: uten ugrunnet opphold"},
		{"as-soon-as-possible", obligation.Unquantified(obligation.AsSoonAsPossible), "Nortelecom 4.6"},
		{"reasonable-time", obligation.Unquantified(obligation.ReasonableTime), ""},
		{"in-good-time", obligation.Unquantified(obligation.InGoodTime), "Assistert Selvhjelp: «Slike bytter skal varsles i god tid»"},
		{"in-time", obligation.Unquantified(obligation.InTime), "We Are Media, Sikkerhet: «… i tide»"},
		{"promptly", obligation.Unquantified(obligation.Promptly), "Aptible 3.5: «Promptly notify Customer»"},
		{"without-undue-delay/PT24H", obligation.Unquantified(obligation.WithoutUndueDelay).AtLatest(obligation.Hours(24)), "Nortelecom 10.1 with its bound"},
		{"", obligation.Period{}, "no period stated"},
	}
	for _, tt := range tests {
		if got := tt.period.String(); got != tt.text {
			t.Errorf("%#v.String() = %q, want %q (%s)", tt.period, got, tt.text, tt.reason)
		}
		got, err := obligation.ParsePeriod(tt.text)
		if err != nil {
			t.Errorf("ParsePeriod(%q): %v", tt.text, err)
			continue
		}
		if got != tt.period {
			t.Errorf("ParsePeriod(%q) = %#v, want %#v", tt.text, got, tt.period)
		}
	}
}

func TestParsePeriodErrors(t *testing.T) {
	for _, s := range []string{
		"30 days", "P", "P0D", "P-1D", "P030D", "P1000000D", "P1H", "PT1D", "P1D2M", "P1X",
		"within", "within/PT1H", "immediately/P", "immediately/immediately", "Immediately",
	} {
		if p, err := obligation.ParsePeriod(s); err == nil {
			t.Errorf("ParsePeriod(%q) = %v, want an error", s, p)
		} else if !errors.Is(err, obligation.ErrPeriodSyntax) {
			t.Errorf("ParsePeriod(%q) error %v does not wrap ErrPeriodSyntax", s, err)
		}
	}
}

func TestPeriodValidate(t *testing.T) {
	for _, p := range []obligation.Period{
		obligation.Days(0), obligation.Months(-1), obligation.Days(obligation.MaxN + 1),
		{Kind: obligation.Within}, {Kind: 99}, {Kind: obligation.Within, N: 1, Unit: 99},
	} {
		if p.Validate() == nil {
			t.Errorf("%#v.Validate() = nil, want an error", p)
		}
		if _, err := p.MarshalText(); err == nil {
			t.Errorf("%#v.MarshalText() succeeded on an invalid period", p)
		}
	}
}

func TestPeriodLabel(t *testing.T) {
	nb, en := language.Norwegian, language.English
	tests := []struct {
		p    obligation.Period
		tag  language.Tag
		want string
	}{
		{obligation.Months(6), nb, "6 måneder"},
		{obligation.Months(1), nb, "1 måned"},
		{obligation.Hours(24), en, "24 hours"},
		{obligation.Days(1), en, "1 day"},
		{obligation.Years(2), nb, "2 år"},
		{obligation.Unquantified(obligation.WithoutUndueDelay).AtLatest(obligation.Hours(24)), nb, "uten ugrunnet opphold, senest 24 timer"},
		{obligation.Unquantified(obligation.Immediately), en, "immediately"},
		{obligation.Period{}, en, ""},
	}
	for _, tt := range tests {
		if got := tt.p.Label(tt.tag); got != tt.want {
			t.Errorf("%v.Label(%v) = %q, want %q", tt.p, tt.tag, got, tt.want)
		}
	}
}

func TestDate(t *testing.T) {
	d := obligation.MustParseDate("2024-02-29")
	if !d.IsValid() || d.Weekday() != time.Thursday {
		t.Errorf("2024-02-29: valid %v, weekday %v; want a valid Thursday", d.IsValid(), d.Weekday())
	}
	if got := d.AddDays(1); got != obligation.NewDate(2024, 3, 1) {
		t.Errorf("2024-02-29 + 1 day = %v", got)
	}
	if obligation.NewDate(2026, 2, 29).IsValid() {
		t.Error("2026-02-29 reported valid; 2026 is not a leap year")
	}
	for _, s := range []string{"2026-2-1", "01.02.2026", "2026-02-30", "2026-02-01T00:00:00Z"} {
		if _, err := obligation.ParseDate(s); err == nil {
			t.Errorf("ParseDate(%q) succeeded", s)
		}
	}
	oslo, err := time.LoadLocation("Europe/Oslo")
	if err != nil {
		t.Fatal(err)
	}
	if got := obligation.NewDate(2026, 3, 29).In(oslo).Format(time.RFC3339); got != "2026-03-29T00:00:00+01:00" {
		t.Errorf("start of 2026-03-29 in Oslo = %s", got)
	}
}

func TestProvision(t *testing.T) {
	var zero obligation.Provision
	if zero.Status != obligation.Absent || zero.IsStated() {
		t.Error("the zero Provision must be absent")
	}
	tests := []struct {
		p    obligation.Provision
		want string
	}{
		{obligation.At("2.7"), "stated"},
		{obligation.NoneAt("7.1"), "none"},
		{obligation.BlankAt("7.7(a)"), "blank"},
		{zero, "absent"},
	}
	for _, tt := range tests {
		if got := tt.p.Status.String(); got != tt.want {
			t.Errorf("%v status = %q, want %q", tt.p, got, tt.want)
		}
		var s obligation.Status
		if err := s.UnmarshalText([]byte(tt.want)); err != nil || s != tt.p.Status {
			t.Errorf("UnmarshalText(%q) = %v, %v", tt.want, s, err)
		}
	}
	var s obligation.Status
	if err := s.UnmarshalText([]byte("maybe")); err == nil {
		t.Error(`UnmarshalText("maybe") succeeded`)
	}
	if diff := cmp.Diff("—", obligation.Clause("").String()); diff != "" {
		t.Error(diff)
	}
}

func TestDateArithmetic(t *testing.T) {
	tests := []struct {
		d      obligation.Date
		days   int
		months int
		want   obligation.Date
		reason string
	}{
		{obligation.NewDate(2026, 1, 31), 0, 1, obligation.NewDate(2026, 2, 28), "month ends clamp (1182/71 Art. 3(2)(c))"},
		{obligation.NewDate(2028, 1, 31), 0, 1, obligation.NewDate(2028, 2, 29), "2028 is a leap year"},
		{obligation.NewDate(2026, 1, 5), 0, 2, obligation.NewDate(2026, 3, 5), "MailMojo 2.7: notice 5 January, two months"},
		{obligation.NewDate(2026, 3, 31), 0, 12, obligation.NewDate(2027, 3, 31), "MailMojo 5: twelve months after last use"},
		{obligation.NewDate(2026, 3, 1), -30, 0, obligation.NewDate(2026, 1, 30), "thirty days back from 1 March"},
		{obligation.NewDate(2026, 12, 31), 1, 0, obligation.NewDate(2027, 1, 1), "year end"},
		{obligation.NewDate(2026, 7, 15), 0, -6, obligation.NewDate(2026, 1, 15), "six months back"},
		{obligation.NewDate(2026, 1, 31), 0, -2, obligation.NewDate(2025, 11, 30), "back across the year end; November has 30 days"},
		{obligation.NewDate(2026, 3, 31), 0, -1, obligation.NewDate(2026, 2, 28), "back into February clamps too"},
	}
	for _, tt := range tests {
		got := tt.d.AddDays(tt.days).AddMonths(tt.months)
		if got != tt.want {
			t.Errorf("%v + %d days + %d months = %v, want %v (%s)", tt.d, tt.days, tt.months, got, tt.want, tt.reason)
		}
	}
}

// TestAddDaysAgreesWithTime checks the day arithmetic against the time
// package over four years around a leap day and both ways.
func TestAddDaysAgreesWithTime(t *testing.T) {
	start := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	for i := 0; i < 4*366; i += 3 {
		base := start.AddDate(0, 0, i)
		d := obligation.DateOf(base)
		for _, n := range []int{-400, -31, -1, 0, 1, 6, 28, 31, 365} {
			want := obligation.DateOf(base.AddDate(0, 0, n))
			if got := d.AddDays(n); got != want {
				t.Fatalf("%v.AddDays(%d) = %v, want %v", d, n, got, want)
			}
		}
	}
}

func TestDateString(t *testing.T) {
	for _, tt := range []struct {
		d    obligation.Date
		want string
	}{
		{obligation.NewDate(2021, 3, 3), "2021-03-03"}, // We Are Media: "Sist oppdatert: 03.03.2021"
		{obligation.NewDate(1, 1, 1), "0001-01-01"},
		{obligation.NewDate(9999, 12, 31), "9999-12-31"},
		{obligation.Date{}, ""},
	} {
		if got := tt.d.String(); got != tt.want {
			t.Errorf("%#v.String() = %q, want %q", tt.d, got, tt.want)
		}
	}
}
