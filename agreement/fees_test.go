package agreement_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/internal/strictjson"
	"github.com/personvern/dpa/obligation"
	"github.com/shopspring/decimal"
)

func TestDueDates(t *testing.T) {
	tests := []struct {
		name     string
		due      obligation.Period
		invoiced string
		want     string
	}{
		// MailMojo 2.3.5: "10 dager netto".
		{"ten days net", obligation.Days(10), "2026-11-23", "2026-12-03"},
		{"over new year", obligation.Days(10), "2026-12-28", "2027-01-07"},
		{"two weeks", obligation.Weeks(2), "2026-03-02", "2026-03-16"},
		// Month ends clamp: 31 January + 1 month is the last day of
		// February.
		{"a month, clamped", obligation.Months(1), "2028-01-31", "2028-02-29"},
		{"a year from a leap day", obligation.Years(1), "2028-02-29", "2029-02-28"},
	}
	for _, tt := range tests {
		in := agreement.Invoicing{Provision: obligation.At("x"), Due: tt.due}
		got, err := in.DueDate(date(tt.invoiced))
		if err != nil || got != date(tt.want) {
			t.Errorf("%s: DueDate(%s) = %v, %v; want %s", tt.name, tt.invoiced, got, err, tt.want)
		}
	}
	// A due date that is not a floor must be the date itself.
	in := agreement.Invoicing{Provision: obligation.At("2.3.5"), Due: obligation.Days(10)}
	if err := in.CheckDueDate(date("2026-11-23"), date("2026-12-03")); err != nil {
		t.Error(err)
	}
	if err := in.CheckDueDate(date("2026-11-23"), date("2026-12-10")); err == nil {
		t.Error("a later due date than 10 days net: want an error")
	}
	if err := in.CheckDueDate(date("2026-11-23"), obligation.Date{}); err == nil {
		t.Error("no stated date: want an error")
	}
	for _, bad := range []agreement.Invoicing{
		{},
		{Due: obligation.BusinessDays(5)},
		{Due: obligation.Unquantified(obligation.WithoutUndueDelay)},
	} {
		if _, err := bad.DueDate(date("2026-01-01")); err == nil {
			t.Errorf("%+v: want an error", bad)
		}
	}
	if _, err := (agreement.Invoicing{}).DueDate(date("2026-01-01")); !errors.Is(err, agreement.ErrNoTerm) {
		t.Errorf("no due period: %v, want ErrNoTerm", err)
	}
	if _, err := (agreement.Invoicing{}).EarliestInvoice(date("2026-01-01")); !errors.Is(err, agreement.ErrNoTerm) {
		t.Errorf("no earliest invoice: %v, want ErrNoTerm", err)
	}
	if _, err := in.DueDate(obligation.NewDate(2026, 2, 30)); err == nil {
		t.Error("30 February: want an error")
	}
	if _, err := (agreement.Invoicing{Due: obligation.Days(10)}).DueDate(date("9999-12-30")); err == nil {
		t.Error("past year 9999: want an error")
	}
}

func TestBillIncludingVAT(t *testing.T) {
	// A rate of NOK 1 250 including 25 % VAT: net 1 000, VAT 250.
	c := agreement.CostTerm{Provision: obligation.At("x"), For: agreement.AuditHelp, Basis: agreement.HourlyRate, Rate: obligation.NOK(1250)}
	got, err := c.Bill(decimal.NewFromInt(2), date("2026-01-05"), obligation.NorwegianVAT())
	if err != nil {
		t.Fatal(err)
	}
	want := agreement.Bill{Hours: decimal.NewFromInt(2), Net: obligation.NOK(2000), VAT: obligation.NOK(500), Gross: obligation.NOK(2500), Invoiced: date("2026-01-05"), Clause: "x"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("bill (-want +got):\n%s", diff)
	}
	// 0.25 hours at NOK 1 100 is 275.00; at 0.13 hours 143.00.
	mm := agreement.CostTerm{Provision: obligation.At("2.3.5"), For: agreement.GeneralAssistance, Basis: agreement.HourlyRate, Rate: obligation.NOK(1100), ExcludingVAT: true}
	if b, _ := mm.Bill(decimal.RequireFromString("0.13"), date("2026-01-05"), obligation.NorwegianVAT()); !b.Net.Equal(nok("143")) || !b.VAT.Equal(nok("35.75")) {
		t.Errorf("0.13 hours: %+v", b)
	}
	for _, bad := range []struct {
		hours, vat string
		day        obligation.Date
	}{
		{"-1", "0.25", date("2026-01-05")},
		{"1", "-0.25", date("2026-01-05")},
		{"1", "0.25", obligation.Date{}},
		{"1e50", "0.25", date("2026-01-05")},
	} {
		if _, err := mm.Bill(decimal.RequireFromString(bad.hours), bad.day, decimal.RequireFromString(bad.vat)); err == nil {
			t.Errorf("%+v: want an error", bad)
		}
	}
	free := agreement.CostTerm{Provision: obligation.At("y"), For: agreement.GeneralAssistance, Basis: agreement.Free}
	if _, err := free.Bill(decimal.NewFromInt(1), date("2026-01-05"), obligation.NorwegianVAT()); !errors.Is(err, agreement.ErrNoTerm) {
		t.Errorf("free help billed: %v", err)
	}
	if free.Charged() || !mm.Charged() {
		t.Error("Charged: free is not charged, an hourly rate is")
	}
}

func TestRefundErrors(t *testing.T) {
	span := agreement.Span{Start: date("2026-01-01"), End: date("2027-01-01")}
	r := agreement.Refund{Provision: obligation.At("x"), On: agreement.MaterialChange, Basis: agreement.UnusedTime}
	for _, tc := range []struct {
		name  string
		r     agreement.Refund
		paid  obligation.Money
		span  agreement.Span
		ended obligation.Date
	}{
		{"nothing paid", r, obligation.Money{}, span, date("2026-05-01")},
		{"negative", r, obligation.NOK(-1), span, date("2026-05-01")},
		{"empty span", r, obligation.NOK(1), agreement.Span{Start: date("2026-01-01"), End: date("2026-01-01")}, date("2026-05-01")},
		{"no end date", r, obligation.NOK(1), span, obligation.Date{}},
		{"blank term", agreement.Refund{Provision: obligation.BlankAt("x"), On: agreement.MaterialChange}, obligation.NOK(1), span, date("2026-05-01")},
		{"no basis", agreement.Refund{Provision: obligation.At("x"), On: agreement.MaterialChange}, obligation.NOK(1), span, date("2026-05-01")},
	} {
		if _, err := tc.r.Amount(tc.paid, tc.span, tc.ended); err == nil {
			t.Errorf("%s: want an error", tc.name)
		}
	}
	if _, err := (agreement.Refund{On: agreement.MaterialChange}).Amount(obligation.NOK(1), span, date("2026-05-01")); !errors.Is(err, agreement.ErrNoTerm) {
		t.Errorf("absent term: %v, want ErrNoTerm", err)
	}
	// Ending before the period starts refunds it all.
	got, err := r.Amount(obligation.NOK(365), span, date("2025-06-01"))
	if err != nil || !got.Amount.Equal(obligation.NOK(365)) {
		t.Errorf("ended before the period: %+v, %v", got, err)
	}
	if span.Days() != 365 {
		t.Errorf("2026 has %d days", span.Days())
	}
}

// TestSpanDaysLong: spans longer than a time.Duration holds (about 292
// years) still count their days. The figures are the proleptic Gregorian
// calendar's: 326 years with 79 leap days from 1700 to 2026 (1700, 1800
// and 1900 are not leap years), and 9998 years with 2424 leap days from
// year 1 to 9999.
func TestSpanDaysLong(t *testing.T) {
	for _, tc := range []struct {
		from, to string
		want     int
	}{
		{"1700-01-01", "2026-01-01", 326*365 + 79},
		{"0001-01-01", "9999-01-01", 9998*365 + 2424},
	} {
		if got := (agreement.Span{Start: date(tc.from), End: date(tc.to)}).Days(); got != tc.want {
			t.Errorf("Span{%s, %s}.Days() = %d, want %d", tc.from, tc.to, got, tc.want)
		}
	}
}

func TestMoneyTermsValidate(t *testing.T) {
	fees := agreement.Fees{
		Provision: obligation.Provision{Status: obligation.Stated},
		AnnualFee: obligation.NOK(-1),
		Invoicing: agreement.Invoicing{Provision: obligation.At("b"), Due: obligation.Days(-3)},
		Refunds:   []agreement.Refund{{Provision: obligation.At("r")}},
	}
	assist := agreement.Assistance{Costs: []agreement.CostTerm{
		{Provision: obligation.At("a"), For: agreement.GeneralAssistance, Basis: agreement.HourlyRate},
		{Provision: obligation.At("b"), Basis: agreement.Free, Rate: obligation.NOK(5)},
		{Provision: obligation.At("c"), For: agreement.AuditHelp, Basis: agreement.InOtherDocument},
	}}
	lia := agreement.Liability{
		Recoverable: agreement.Recoverable{Only: true, MinCulpability: agreement.Culpability(9)},
		Excluded:    agreement.Exclusion{Kinds: []agreement.LossKind{0}},
		Caps: []agreement.Cap{
			{Kind: agreement.FixedAmount, Basis: agreement.AnnualFee, Amount: obligation.NOK(1), Multiple: decimal.NewFromInt(-2), Months: 3},
			{Kind: agreement.FeeBased, Basis: agreement.FeesPaidBefore},
			{Kind: agreement.OtherDocument, Amount: obligation.NOK(1)},
		},
		Lift:        agreement.CapLift{By: []agreement.Culpability{0}},
		Disclaimers: []agreement.Disclaimer{{Provision: obligation.At("11.2"), By: agreement.Role(7)}},
	}
	tests := []struct {
		name string
		err  error
		want []string
	}{
		{"fees", fees.Validate(), []string{"clause", "annualFee", "invoicing.due", "refunds[0].on", "refunds[0].basis"}},
		{"assistance", assist.Validate(), []string{"costs[0].rate", "costs[1].for", "costs[1].rate", "costs[2].document"}},
		{"liability", lia.Validate(), []string{
			"recoverable.minCulpability", "recoverable.losses", "excluded.kinds[0]",
			"caps[0].basis", "caps[0].multiple", "caps[0].months",
			"caps[1].months", "caps[2].amount", "caps[2].document", "lift.by[0]",
			"disclaimers[0].by", "disclaimers[0].about",
		}},
	}
	for _, tt := range tests {
		var ve *agreement.ValidationError
		if !errors.As(tt.err, &ve) {
			t.Errorf("%s: %v, want a ValidationError", tt.name, tt.err)
			continue
		}
		var got []string
		for _, p := range ve.Problems {
			got = append(got, p.Path)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s problem paths (-want +got):\n%s\n%v", tt.name, diff, tt.err)
		}
	}
	if err := (agreement.Fees{}).Validate(); err != nil {
		t.Errorf("zero Fees: %v", err)
	}
	if !(agreement.Fees{}).IsZero() || !(agreement.Assistance{}).IsZero() || !(agreement.Liability{}).IsZero() {
		t.Error("zero values must report IsZero")
	}
	if fees.Equal(agreement.Fees{}) || !fees.Equal(fees) || assist.Equal(agreement.Assistance{}) {
		t.Error("Equal")
	}
}

func TestAssistanceCostOf(t *testing.T) {
	a := agreement.Assistance{Costs: []agreement.CostTerm{
		{Provision: obligation.At("9.3"), For: agreement.AuditHelp, Basis: agreement.ControllersCost},
		{Provision: obligation.At("5.4"), For: agreement.GeneralAssistance, Basis: agreement.InOtherDocument, Document: "avtalen"},
		{Provision: obligation.At("9.12"), For: agreement.AuditHelp, Basis: agreement.SpecialFee},
	}}
	got := a.CostOf(agreement.AuditHelp)
	if len(got) != 2 || got[0].Clause != "9.3" || got[1].Clause != "9.12" {
		t.Errorf("CostOf(audit) = %+v", got)
	}
	if len(a.Conflicts()) != 0 {
		t.Error("no term is free: no conflict")
	}
}

func TestDueDateIn(t *testing.T) {
	in := agreement.Invoicing{Provision: obligation.At("Betaling"), Due: obligation.Days(14), DueAtLeast: true}
	cal := obligation.Norway()
	tests := []struct {
		invoiced, want, reason string
	}{
		{"2026-03-02", "2026-03-16", "a Monday: no move"},
		// 2026-03-21 + 14 days is Saturday 4 April 2026, Easter Saturday;
		// Easter Day is 5 April and Easter Monday (2. påskedag) 6 April, a
		// public holiday, so the first working day is Tuesday 7 April.
		{"2026-03-21", "2026-04-07", "Easter weekend and Easter Monday"},
	}
	for _, tt := range tests {
		got, err := in.DueDateIn(cal, date(tt.invoiced))
		if err != nil || got != date(tt.want) {
			t.Errorf("DueDateIn(%s) = %v, %v; want %s (%s)", tt.invoiced, got, err, tt.want, tt.reason)
		}
	}
	if _, err := (agreement.Invoicing{}).DueDateIn(cal, date("2026-03-02")); !errors.Is(err, agreement.ErrNoTerm) {
		t.Errorf("no due period: %v", err)
	}
}

// FuzzDecodeFeesAndAssistance decodes fees and assistance terms strictly,
// checks that what decodes round-trips, and runs their calculations on it.
func FuzzDecodeFeesAndAssistance(f *testing.F) {
	f.Add([]byte(`{"status":"stated","clause":"Priser","period":"P12M","includesVAT":true,"invoicing":{"status":"stated","clause":"Betaling","inAdvance":true,"due":"P14D","dueAtLeast":true,"earliestBefore":"P14D"},"adjustment":{"status":"stated","clause":"Priser","index":"consumer-price-index","atRenewal":true},"refunds":[{"status":"stated","clause":"x","on":"material-change","basis":"unused-time"}]}`),
		[]byte(`{"costs":[{"status":"stated","clause":"2.3.5","for":"assistance","basis":"hourly-rate","rate":"1100 NOK","excludingVAT":true,"payment":"P10D"}]}`))
	f.Fuzz(func(t *testing.T, fees, assist []byte) {
		var fe agreement.Fees
		if strictjson.Decode(fees, &fe) == nil {
			if b, err := json.Marshal(fe); err == nil {
				var back agreement.Fees
				if err := strictjson.Decode(b, &back); err != nil || !back.Equal(fe) {
					t.Fatalf("fees round trip %s: %v\n%s", b, err, cmp.Diff(fe, back))
				}
			}
			if fe.Validate() == nil {
				_, _ = fe.Invoicing.DueDate(date("2026-03-02"))
				_, _ = fe.Invoicing.EarliestInvoice(date("2026-03-02"))
				_, _ = fe.Adjustment.Adjust(obligation.NOK(1000), decimal.NewFromInt(100), decimal.NewFromInt(103))
				for _, r := range fe.Refunds {
					_, _ = r.Amount(obligation.NOK(1000), agreement.Span{Start: date("2026-01-01"), End: date("2027-01-01")}, date("2026-07-01"))
				}
			}
		}
		var as agreement.Assistance
		if strictjson.Decode(assist, &as) == nil {
			if b, err := json.Marshal(as); err == nil {
				var back agreement.Assistance
				if err := strictjson.Decode(b, &back); err != nil || !back.Equal(as) {
					t.Fatalf("assistance round trip %s: %v\n%s", b, err, cmp.Diff(as, back))
				}
			}
			if as.Validate() == nil {
				_ = as.Conflicts()
				for _, c := range as.Costs {
					_, _ = c.Bill(decimal.NewFromInt(2), date("2026-03-02"), obligation.NorwegianVAT())
				}
			}
		}
	})
}

func TestAdjustWithTermRounding(t *testing.T) {
	// 1 × 201 ÷ 200 = 1.005: a term that says half-even rounds the tie to
	// 1.00, the default half away from zero to 1.01.
	p := agreement.PriceAdjustment{Provision: obligation.At("x"), Index: agreement.ConsumerPriceIndex}
	if got, _ := p.Adjust(obligation.NOK(1), decimal.NewFromInt(200), decimal.NewFromInt(201)); !got.Equal(nok("1.01")) {
		t.Errorf("default: %v", got)
	}
	p.Rounding = obligation.HalfEven
	if got, _ := p.Adjust(obligation.NOK(1), decimal.NewFromInt(200), decimal.NewFromInt(201)); !got.Equal(nok("1")) {
		t.Errorf("half-even: %v", got)
	}
}
