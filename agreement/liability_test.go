package agreement_test

import (
	"encoding"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/internal/strictjson"
	"github.com/personvern/dpa/obligation"
	"github.com/shopspring/decimal"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
)

var (
	nbTag = language.MustParse("nb")
	enTag = language.English
)

func nok(s string) obligation.Money { return obligation.MustParseMoney(s + " NOK") }

func date(s string) obligation.Date { return obligation.MustParseDate(s) }

// fixedCap is a MailMojo-like term: NOK 25 000 per calendar year for
// negligent direct loss, lifted for gross negligence and intent.
func fixedCap() agreement.Liability {
	return agreement.Liability{
		Provision: obligation.At("4"),
		Recoverable: agreement.Recoverable{
			Provision: obligation.At("4"), Losses: []agreement.LossKind{agreement.DirectLoss}, Only: true,
			MinCulpability: agreement.Negligence,
		},
		Excluded: agreement.Exclusion{Provision: obligation.At("4"), Indirect: true, Kinds: []agreement.LossKind{agreement.LostProfit}},
		Caps: []agreement.Cap{{
			Provision: obligation.At("4"), Kind: agreement.FixedAmount, Amount: obligation.NOK(25000),
			Period: agreement.PerCalendarYear,
		}},
		Lift: agreement.CapLift{Provision: obligation.At("4"), By: []agreement.Culpability{agreement.GrossNegligence, agreement.Intent}},
	}
}

func claim(amount, day string) agreement.Claim {
	return agreement.Claim{Amount: nok(amount), Date: date(day), Loss: agreement.DirectLoss, Culpability: agreement.Negligence}
}

type enum interface {
	encoding.TextMarshaler
	String() string
	Label(language.Tag) string
}

// TestEnums checks every value of every enumeration this file's types
// use: identifiers round-trip, unknown text is an error, both languages
// have a label, and the zero value is not a valid identifier.
func TestEnums(t *testing.T) {
	type decoder func([]byte) (enum, error)
	tests := []struct {
		name   string
		values []enum
		decode decoder
	}{
		{"CapKind", []enum{agreement.FixedAmount, agreement.FeeBased, agreement.PreviousYearRevenue, agreement.OtherDocument, agreement.UnquantifiedMaximum},
			func(b []byte) (enum, error) { var v agreement.CapKind; err := v.UnmarshalText(b); return v, err }},
		{"FeeBasis", []enum{agreement.AnnualFee, agreement.FeesPaidBefore},
			func(b []byte) (enum, error) { var v agreement.FeeBasis; err := v.UnmarshalText(b); return v, err }},
		{"CapPeriod", []enum{agreement.PerCalendarYear, agreement.PerClaim, agreement.WholeAgreement},
			func(b []byte) (enum, error) { var v agreement.CapPeriod; err := v.UnmarshalText(b); return v, err }},
		{"LossKind", []enum{agreement.DirectLoss, agreement.IndirectLoss, agreement.LostProfit, agreement.LostSavings, agreement.BusinessInterruption, agreement.ThirdPartyClaims, agreement.DataSubjectClaims, agreement.Fines, agreement.DataLoss},
			func(b []byte) (enum, error) { var v agreement.LossKind; err := v.UnmarshalText(b); return v, err }},
		{"Culpability", []enum{agreement.NoFault, agreement.Negligence, agreement.GrossNegligence, agreement.Intent},
			func(b []byte) (enum, error) { var v agreement.Culpability; err := v.UnmarshalText(b); return v, err }},
		{"LiabilityReason", []enum{agreement.ExcludedLoss, agreement.NotRecoverable, agreement.FaultRequired, agreement.CapReached, agreement.CapLifted, agreement.CapUnquantified, agreement.CapInOtherDocument, agreement.CapFigureMissing, agreement.CapPeriodUnstated, agreement.PossiblyIndirect, agreement.CapNeedsClaimDate, agreement.NoCap, agreement.CauseNotGiven, agreement.CapReferenceUndetermined},
			func(b []byte) (enum, error) {
				var v agreement.LiabilityReason
				err := v.UnmarshalText(b)
				return v, err
			}},
		{"Cause", []enum{agreement.ConfidentialityBreach, agreement.IPInfringement, agreement.IndemnityClaim, agreement.DataProtectionBreach, agreement.OtherCause},
			func(b []byte) (enum, error) { var v agreement.Cause; err := v.UnmarshalText(b); return v, err }},
		{"UndertakingKind", []enum{agreement.Compensate, agreement.Indemnify},
			func(b []byte) (enum, error) {
				var v agreement.UndertakingKind
				err := v.UnmarshalText(b)
				return v, err
			}},
		{"PriceIndex", []enum{agreement.ConsumerPriceIndex},
			func(b []byte) (enum, error) { var v agreement.PriceIndex; err := v.UnmarshalText(b); return v, err }},
		{"RefundEvent", []enum{agreement.SubprocessorObjection, agreement.MaterialChange, agreement.AtWillTermination, agreement.ForceMajeureTermination},
			func(b []byte) (enum, error) { var v agreement.RefundEvent; err := v.UnmarshalText(b); return v, err }},
		{"RefundBasis", []enum{agreement.PaidForCurrentPeriod, agreement.UnusedTime},
			func(b []byte) (enum, error) { var v agreement.RefundBasis; err := v.UnmarshalText(b); return v, err }},
		{"Help", []enum{agreement.GeneralAssistance, agreement.AuditHelp, agreement.ReturnAndDeletion, agreement.DataExport},
			func(b []byte) (enum, error) { var v agreement.Help; err := v.UnmarshalText(b); return v, err }},
		{"CostBasis", []enum{agreement.Free, agreement.HourlyRate, agreement.UsualRates, agreement.DocumentedCosts, agreement.SpecialFee, agreement.ControllersCost, agreement.InOtherDocument},
			func(b []byte) (enum, error) { var v agreement.CostBasis; err := v.UnmarshalText(b); return v, err }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, v := range tt.values {
				b, err := v.MarshalText()
				if err != nil {
					t.Fatalf("%v: %v", v, err)
				}
				if string(b) != v.String() {
					t.Errorf("MarshalText %q, String %q", b, v.String())
				}
				back, err := tt.decode(b)
				if err != nil || back.String() != v.String() {
					t.Errorf("%q round trip: %v, %v", b, back, err)
				}
				if v.Label(nbTag) == "" || v.Label(enTag) == "" || strings.HasPrefix(v.Label(nbTag), "%!") {
					t.Errorf("%v labels %q, %q", v, v.Label(nbTag), v.Label(enTag))
				}
			}
			if _, err := tt.decode([]byte("no-such-value")); err == nil {
				t.Error("unknown identifier: want an error")
			}
			if _, err := tt.decode([]byte("")); err == nil && tt.name != "CostBasis" && tt.name != "RefundBasis" {
				// CostBasis and RefundBasis are obligation enumerations, whose zero value
				// encodes as ""; Validate reports a cost term without
				// a basis.
				t.Error("empty identifier: want an error")
			}
		})
	}
	if got := agreement.CapKind(0).String(); got != "unset" {
		t.Errorf("zero String = %q", got)
	}
	if got := agreement.GrossNegligence.Label(nbTag); got != "grov uaktsomhet" {
		t.Errorf("gross negligence nb = %q", got)
	}
	if got := agreement.LostProfit.Label(nbTag); got != "tapt fortjeneste" {
		t.Errorf("lost profit nb = %q", got)
	}
}

func TestAssessCapPeriods(t *testing.T) {
	mk := func(p agreement.CapPeriod) agreement.Liability {
		return agreement.Liability{Provision: obligation.At("9"), Caps: []agreement.Cap{{
			Provision: obligation.At("9"), Kind: agreement.FixedAmount, Amount: obligation.NOK(10000), Period: p,
		}}}
	}
	claims := []agreement.Claim{claim("8000", "2026-01-10"), claim("8000", "2026-06-10"), claim("8000", "2027-03-01")}
	tests := []struct {
		name   string
		period agreement.CapPeriod
		want   []string
		reason string
	}{
		{"per calendar year", agreement.PerCalendarYear, []string{"8000", "2000", "8000"}, "2027 has its own cap"},
		{"per claim", agreement.PerClaim, []string{"8000", "8000", "8000"}, "each claim is under 10 000"},
		{"whole agreement", agreement.WholeAgreement, []string{"8000", "2000", "0"}, "one cap for all years"},
		{"unstated", 0, []string{"8000", "8000", "8000"}, "applied per claim, and noted"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := mk(tt.period).Assess(claims, agreement.LiabilityFacts{})
			if err != nil {
				t.Fatal(err)
			}
			for i, w := range tt.want {
				if !got.Claims[i].Recoverable.Equal(nok(w)) {
					t.Errorf("claim %d: %v, want NOK %s (%s)", i, got.Claims[i].Recoverable, w, tt.reason)
				}
			}
			if tt.period == 0 && (len(got.Claims[0].Notes) != 1 || got.Claims[0].Notes[0].Reason != agreement.CapPeriodUnstated) {
				t.Errorf("notes %+v, want cap-period-unstated", got.Claims[0].Notes)
			}
		})
	}
}

func TestAssessFeesPaidBefore(t *testing.T) {
	// A cap of twice the fees paid in the 12 months before the claim.
	l := agreement.Liability{Provision: obligation.At("13"), Caps: []agreement.Cap{{
		Provision: obligation.At("13.2"), Kind: agreement.FeeBased, Basis: agreement.FeesPaidBefore, Months: 12,
		Multiple: decimal.NewFromInt(2), Period: agreement.PerClaim,
	}}}
	facts := agreement.LiabilityFacts{Payments: []agreement.Payment{
		{Date: date("2025-03-31"), Amount: nok("1000")}, // 13 months before: outside
		{Date: date("2025-04-30"), Amount: nok("1500")}, // the first day inside
		{Date: date("2026-01-15"), Amount: nok("2000")},
		{Date: date("2026-04-30"), Amount: nok("9999")}, // the claim's day: outside
	}}
	got, err := l.Assess([]agreement.Claim{claim("100000", "2026-04-30")}, facts)
	if err != nil {
		t.Fatal(err)
	}
	// 2 × (1 500 + 2 000) = 7 000.
	if r := got.Claims[0]; !r.Recoverable.Equal(nok("7000")) || r.Reductions[0].Clause != "13.2" {
		t.Errorf("recoverable %+v, want NOK 7 000 under 13.2", r)
	}
	yc, err := l.CapFor(2026, facts)
	if err != nil {
		t.Fatal(err)
	}
	if !yc.Bounded || yc.Caps[0].Why.Reason != agreement.CapNeedsClaimDate {
		t.Errorf("year cap %+v: a cap on fees before a claim has no yearly amount", yc)
	}
}

func TestAssessLowestCapBinds(t *testing.T) {
	l := agreement.Liability{Provision: obligation.At("9"), Caps: []agreement.Cap{
		{Provision: obligation.At("9.1"), Kind: agreement.FixedAmount, Amount: obligation.NOK(50000), Period: agreement.PerCalendarYear},
		{Provision: obligation.At("9.2"), Kind: agreement.FeeBased, Basis: agreement.AnnualFee, Multiple: decimal.RequireFromString("0.5"), Period: agreement.PerCalendarYear},
	}}
	facts := agreement.LiabilityFacts{AnnualFees: []agreement.YearAmount{{Year: 2026, Amount: nok("60000.05")}}}
	got, err := l.Assess([]agreement.Claim{claim("20000", "2026-01-01"), claim("20000", "2026-02-01")}, facts)
	if err != nil {
		t.Fatal(err)
	}
	// Half of 60 000.05 is 30 000.025, rounded half away from zero to
	// 30 000.03; it binds before the fixed 50 000.
	want := []agreement.Reduction{{Amount: nok("9999.97"), Reason: agreement.CapReached, Clause: "9.2"}}
	if diff := cmp.Diff(want, got.Claims[1].Reductions); diff != "" {
		t.Errorf("reductions (-want +got):\n%s", diff)
	}
	if !got.Total.Equal(nok("30000.03")) {
		t.Errorf("total %v, want NOK 30 000.03", got.Total)
	}
	if got.Years[0].Cap.Text(enTag) != "NOK 30,000.03 per calendar year (clause 9.2)" {
		t.Errorf("text %q", got.Years[0].Cap.Text(enTag))
	}
}

func TestAssessErrors(t *testing.T) {
	l := fixedCap()
	eur := agreement.Claim{Amount: obligation.MustParseMoney("100 EUR"), Date: date("2026-01-01"), Loss: agreement.DirectLoss, Culpability: agreement.Negligence}
	_, err := l.Assess([]agreement.Claim{claim("1", "2026-01-01"), eur}, agreement.LiabilityFacts{})
	var mm obligation.MismatchError
	if !errors.As(err, &mm) {
		t.Errorf("NOK and EUR claims: %v, want a MismatchError", err)
	}
	// A EUR claim against a NOK cap.
	_, err = l.Assess([]agreement.Claim{eur}, agreement.LiabilityFacts{})
	if !errors.As(err, &mm) {
		t.Errorf("EUR claim, NOK cap: %v, want a MismatchError", err)
	}

	bad := []agreement.Claim{
		{Amount: nok("-5"), Date: date("2026-01-01"), Loss: agreement.DirectLoss, Culpability: agreement.Negligence},
		{Amount: nok("5"), Loss: agreement.LossKind(99)},
	}
	_, err = l.Assess(bad, agreement.LiabilityFacts{Revenue: []agreement.YearAmount{{Year: 0, Amount: nok("1")}}})
	var ve *agreement.ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("bad claims: %v, want a ValidationError", err)
	}
	var paths []string
	for _, p := range ve.Problems {
		paths = append(paths, p.Path)
	}
	want := []string{"claims[0].amount", "claims[1].date", "claims[1].loss", "claims[1].culpability"}
	if diff := cmp.Diff(want, paths); diff != "" {
		t.Errorf("problem paths (-want +got):\n%s", diff)
	}

	broken := fixedCap()
	broken.Caps[0].Amount = obligation.Money{}
	broken.Caps = append(broken.Caps, agreement.Cap{Provision: obligation.At("5"), Kind: agreement.FeeBased})
	err = broken.Validate()
	if !errors.As(err, &ve) {
		t.Fatalf("broken terms: %v", err)
	}
	paths = paths[:0]
	for _, p := range ve.Problems {
		paths = append(paths, p.Path)
	}
	if diff := cmp.Diff([]string{"caps[0].amount", "caps[1].basis"}, paths); diff != "" {
		t.Errorf("term problem paths (-want +got):\n%s", diff)
	}
	if _, err := broken.Assess([]agreement.Claim{claim("1", "2026-01-01")}, agreement.LiabilityFacts{}); !errors.As(err, &ve) {
		t.Errorf("Assess on broken terms: %v", err)
	}

	huge := claim("1", "2026-01-01")
	huge.Amount = obligation.MustParseMoney("99999999999999999999 NOK")
	if _, err := l.Assess([]agreement.Claim{huge}, agreement.LiabilityFacts{}); !errors.Is(err, agreement.ErrOutOfRange) {
		t.Errorf("a claim of 10^20: %v, want ErrOutOfRange", err)
	}
	if got, err := l.Assess(nil, agreement.LiabilityFacts{}); err != nil || !got.Total.IsZero() {
		t.Errorf("no claims: %+v, %v", got, err)
	}
}

// TestPropertyRecoverableBounded draws random claims against random caps
// and checks that no claim recovers more than it claims, and that the
// capped claims of a calendar year never recover more than the year's
// cap.
func TestPropertyRecoverableBounded(t *testing.T) {
	r := rand.New(rand.NewPCG(25000, 2026))
	losses := []agreement.LossKind{agreement.DirectLoss, agreement.DirectLoss, agreement.LostProfit, agreement.Fines}
	culps := []agreement.Culpability{agreement.NoFault, agreement.Negligence, agreement.Negligence, agreement.GrossNegligence}
	for range 500 {
		l := fixedCap()
		capAmt := decimal.New(r.Int64N(10_000_000)+1, -2)
		l.Caps[0].Amount = obligation.NewMoney(capAmt, currency.NOK)
		if r.IntN(2) == 0 {
			l.Caps = append(l.Caps, agreement.Cap{Provision: obligation.At("x"), Kind: agreement.UnquantifiedMaximum})
		}
		claims := make([]agreement.Claim, r.IntN(12)+1)
		for i := range claims {
			claims[i] = agreement.Claim{
				Amount:      obligation.NewMoney(decimal.New(r.Int64N(5_000_000)+1, -int32(r.IntN(3))), currency.NOK),
				Date:        obligation.NewDate(2025+r.IntN(3), time.Month(1+r.IntN(12)), 1+r.IntN(28)),
				Loss:        losses[r.IntN(len(losses))],
				Culpability: culps[r.IntN(len(culps))],
			}
		}
		got, err := l.Assess(claims, agreement.LiabilityFacts{})
		if err != nil {
			t.Fatal(err)
		}
		capped := map[int]decimal.Decimal{}
		sum := decimal.Zero
		for i, res := range got.Claims {
			if res.Recoverable.Amount.GreaterThan(claims[i].Amount.Amount) || res.Recoverable.Sign() < 0 {
				t.Fatalf("claim %v recovers %v", claims[i], res.Recoverable)
			}
			cut := decimal.Zero
			for _, red := range res.Reductions {
				cut = cut.Add(red.Amount.Amount)
			}
			if !res.Recoverable.Amount.Add(cut).Equal(claims[i].Amount.Amount) {
				t.Fatalf("claim %v: recoverable %v and reductions %v do not add up", claims[i], res.Recoverable, res.Reductions)
			}
			if claims[i].Culpability < agreement.GrossNegligence {
				y := claims[i].Date.Year
				capped[y] = capped[y].Add(res.Recoverable.Amount)
			}
			sum = sum.Add(res.Recoverable.Amount)
		}
		if len(l.Caps) > 1 {
			// An unquantified maximum makes every capped answer an upper
			// bound.
			for i, res := range got.Claims {
				if res.Recoverable.Sign() > 0 && claims[i].Culpability < agreement.GrossNegligence && !res.AtMost {
					t.Fatalf("claim %v under an unquantified maximum: not marked as an upper bound", claims[i])
				}
			}
			if got.Total.Sign() > 0 && !got.AtMost && sum.GreaterThan(decimal.Zero) {
				for i, res := range got.Claims {
					if res.AtMost {
						t.Fatalf("claim %d is an upper bound but the total is not", i)
					}
				}
			}
		}
		for y, total := range capped {
			if total.GreaterThan(capAmt) {
				t.Fatalf("%d: capped claims recover %v over the cap %v", y, total, capAmt)
			}
		}
		if !got.Total.Amount.Equal(sum) {
			t.Fatalf("total %v, sum of claims %v", got.Total, sum)
		}
	}
}

func TestLiabilityJSON(t *testing.T) {
	l := fixedCap()
	l.Caps = append(l.Caps, agreement.Cap{Provision: obligation.At("5"), Kind: agreement.FeeBased, Basis: agreement.AnnualFee, Multiple: decimal.RequireFromString("1.5")})
	b, err := json.Marshal(l)
	if err != nil {
		t.Fatal(err)
	}
	var back agreement.Liability
	if err := strictjson.Decode(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(l, back); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	for _, bad := range []string{
		`{"caps":[{"kind":"fixed","amount":"25000 NOK"}]}`,
		`{"caps":[{"kind":"fixed-amount","amount":"25 000 NOK"}]}`,
		`{"lift":{"by":["recklessness"]}}`,
		`{"cap":[]}`,
	} {
		var v agreement.Liability
		if err := strictjson.Decode([]byte(bad), &v); err == nil {
			t.Errorf("%s: want an error", bad)
		}
	}
}

func FuzzDecodeLiability(f *testing.F) {
	seed, _ := json.Marshal(fixedCap())
	f.Add(seed)
	f.Add([]byte(`{"status":"stated","clause":"9.6","caps":[{"status":"stated","clause":"9.6","kind":"previous-year-revenue","multiple":"1e3"}]}`))
	f.Add([]byte(`{"caps":[{"kind":"fee-based","basis":"fees-paid-before","months":12,"period":"per-claim"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var l agreement.Liability
		if err := strictjson.Decode(data, &l); err != nil {
			return
		}
		b, err := json.Marshal(l)
		if err != nil {
			return // a decoded value the encoder rejects, such as an invalid enum, is fine
		}
		var back agreement.Liability
		if err := strictjson.Decode(b, &back); err != nil {
			t.Fatalf("re-decoding %s: %v", b, err)
		}
		if !l.Equal(back) {
			t.Fatalf("round trip changed the terms:\n%s", cmp.Diff(l, back))
		}
		if l.Validate() == nil {
			_, _ = l.Assess([]agreement.Claim{claim("30000", "2026-05-01")}, agreement.LiabilityFacts{
				AnnualFees: []agreement.YearAmount{{Year: 2026, Amount: nok("1000")}},
				Revenue:    []agreement.YearAmount{{Year: 2025, Amount: nok("1000")}},
			})
			yc, err := l.CapFor(2026, agreement.LiabilityFacts{})
			if err == nil {
				_ = yc.Text(nbTag)
			}
		}
	})
}

func BenchmarkCapFor(b *testing.B) {
	l := fixedCap()
	b.ReportAllocs()
	for b.Loop() {
		_, _ = l.CapFor(2026, agreement.LiabilityFacts{})
	}
}

func BenchmarkRefund(b *testing.B) {
	r := agreement.Refund{Provision: obligation.At("x"), On: agreement.MaterialChange, Basis: agreement.UnusedTime}
	span := agreement.Span{Start: date("2028-01-01"), End: date("2029-01-01")}
	paid, ended := nok("120000"), date("2028-03-01")
	b.ReportAllocs()
	for b.Loop() {
		_, _ = r.Amount(paid, span, ended)
	}
}

func BenchmarkBill(b *testing.B) {
	c := agreement.CostTerm{Provision: obligation.At("2.3.5"), For: agreement.GeneralAssistance, Basis: agreement.HourlyRate,
		Rate: obligation.NOK(1100), ExcludingVAT: true, Payment: obligation.Days(10)}
	hours, vat, day := decimal.RequireFromString("3.5"), obligation.NorwegianVAT(), date("2026-11-23")
	b.ReportAllocs()
	for b.Loop() {
		_, _ = c.Bill(hours, day, vat)
	}
}

func BenchmarkAdjust(b *testing.B) {
	p := agreement.PriceAdjustment{Provision: obligation.At("Priser"), Index: agreement.ConsumerPriceIndex}
	price, base, cur := obligation.NOK(120000), decimal.RequireFromString("130.0"), decimal.RequireFromString("134.5")
	b.ReportAllocs()
	for b.Loop() {
		_, _ = p.Adjust(price, base, cur)
	}
}

func BenchmarkDueDate(b *testing.B) {
	in := agreement.Invoicing{Provision: obligation.At("Betaling"), Due: obligation.Days(14), DueAtLeast: true}
	day := date("2026-03-02")
	b.ReportAllocs()
	for b.Loop() {
		_, _ = in.DueDate(day)
	}
}

// TestValidateDoesNotAllocate holds Liability.Validate to its promise:
// well-formed terms, as every assessment checks them, cost no allocation.
func TestValidateDoesNotAllocate(t *testing.T) {
	l := fixedCap()
	if n := testing.AllocsPerRun(100, func() { _ = l.Validate() }); n != 0 {
		t.Errorf("Validate allocates %v times", n)
	}
}

func BenchmarkAssessTenClaims(b *testing.B) {
	l := fixedCap()
	claims := make([]agreement.Claim, 10)
	for i := range claims {
		claims[i] = claim("4000", "2026-01-01")
		claims[i].Date = claims[i].Date.AddDays(30 * i)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := l.Assess(claims, agreement.LiabilityFacts{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkConflicts(b *testing.B) {
	a := agreement.Assistance{Costs: []agreement.CostTerm{
		{Provision: obligation.At("Databehandlers plikter"), For: agreement.GeneralAssistance, Basis: agreement.Free},
		{Provision: obligation.At("Vedlegg 2 Kompensasjon"), For: agreement.GeneralAssistance, Basis: agreement.UsualRates},
		{Provision: obligation.At("Sikkerhetsrevisjoner"), For: agreement.AuditHelp, Basis: agreement.SpecialFee},
	}}
	b.ReportAllocs()
	for b.Loop() {
		_ = a.Conflicts()
	}
}

func BenchmarkYearCapText(b *testing.B) {
	yc, _ := fixedCap().CapFor(2026, agreement.LiabilityFacts{})
	b.ReportAllocs()
	for b.Loop() {
		_ = yc.Text(nbTag)
	}
}

func TestStatedNoCapAndBlankCap(t *testing.T) {
	none := agreement.Liability{Provision: obligation.At("8"), Caps: []agreement.Cap{{Provision: obligation.NoneAt("8.2")}}}
	if err := none.Validate(); err != nil {
		t.Fatal(err)
	}
	yc, err := none.CapFor(2026, agreement.LiabilityFacts{})
	if err != nil {
		t.Fatal(err)
	}
	if yc.Bounded || yc.Text(enTag) != "no cap (clause 8.2)" || yc.Text(nbTag) != "uten ansvarsbegrensning (pkt. 8.2)" {
		t.Errorf("stated none: %+v %q %q", yc, yc.Text(enTag), yc.Text(nbTag))
	}
	got, err := none.Assess([]agreement.Claim{claim("1000000", "2026-01-01")}, agreement.LiabilityFacts{})
	if err != nil || !got.Total.Equal(obligation.NOK(1000000)) || got.AtMost {
		t.Errorf("stated none: %+v, %v", got, err)
	}
	blank := agreement.Liability{Provision: obligation.At("8"), Caps: []agreement.Cap{{Provision: obligation.BlankAt("8.2"), Kind: agreement.FixedAmount}}}
	got, err = blank.Assess([]agreement.Claim{claim("1000", "2026-01-01")}, agreement.LiabilityFacts{})
	if err != nil || !got.AtMost || got.Claims[0].Notes[0].Reason != agreement.CapUnquantified {
		t.Errorf("blank cap: %+v, %v", got, err)
	}
}

// TestClaimDates checks the assessment's own date check against the
// calendar: 29 February exists in 2028 and 2000 but not in 2026 or 2100.
func TestClaimDates(t *testing.T) {
	l := fixedCap()
	for _, tc := range []struct {
		d  obligation.Date
		ok bool
	}{
		{obligation.NewDate(2028, time.February, 29), true},
		{obligation.NewDate(2000, time.February, 29), true},
		{obligation.NewDate(2026, time.February, 29), false},
		{obligation.NewDate(2100, time.February, 29), false},
		{obligation.NewDate(2026, time.April, 31), false},
		{obligation.NewDate(2026, time.December, 31), true},
		{obligation.NewDate(2026, 13, 1), false},
		{obligation.NewDate(0, time.January, 1), false},
	} {
		c := claim("1", "2026-01-01")
		c.Date = tc.d
		_, err := l.Assess([]agreement.Claim{c}, agreement.LiabilityFacts{})
		if (err == nil) != tc.ok || tc.d.IsValid() != tc.ok {
			t.Errorf("%04d-%02d-%02d: Assess error %v, want valid %v", tc.d.Year, tc.d.Month, tc.d.Day, err, tc.ok)
		}
	}
}

// FuzzAssess decodes claims and facts strictly and assesses them under
// MailMojo-like and Nortelecom-like terms: no panic, and no claim recovers
// more than it claims.
func FuzzAssess(f *testing.F) {
	f.Add([]byte(`[{"amount":"10000 NOK","date":"2026-02-10","loss":"direct","culpability":"negligence"},{"amount":"31000.005 NOK","date":"2026-12-31","loss":"fines","culpability":"intent"}]`),
		[]byte(`{"revenue":[{"year":2025,"amount":"200000 NOK"}]}`))
	f.Add([]byte(`[{"amount":"1 EUR","date":"2026-01-01","loss":"direct","culpability":"no-fault"}]`), []byte(`{}`))
	terms := []agreement.Liability{fixedCap(), {Provision: obligation.At("9.6"), Caps: []agreement.Cap{
		{Provision: obligation.At("9.6"), Kind: agreement.PreviousYearRevenue},
		{Provision: obligation.At("9.6"), Kind: agreement.UnquantifiedMaximum},
		{Provision: obligation.At("13"), Kind: agreement.FeeBased, Basis: agreement.FeesPaidBefore, Months: 12, Period: agreement.WholeAgreement},
	}},
		// A cap that refers to another with its own carve-out (Cradl 14 and
		// Terms of Service 11), and carve-outs by cause that lift the
		// exclusions too (Aptible, Terms of Service 15).
		{Provision: obligation.At("14"),
			Excluded: agreement.Exclusion{Provision: obligation.At("14"), Indirect: true, Deemed: []agreement.LossKind{agreement.DataLoss}},
			Caps: []agreement.Cap{
				{Provision: obligation.At("14"), Kind: agreement.OtherDocument, Document: "the main agreement", Refers: "11"},
				{Provision: obligation.At("11"), Kind: agreement.FeeBased, Basis: agreement.AnnualFee,
					Lift: &agreement.CapLift{Provision: obligation.At("11"), By: []agreement.Culpability{agreement.Intent},
						Causes: []agreement.Cause{agreement.DataProtectionBreach}}},
				{Provision: obligation.At("12"), Kind: agreement.FixedAmount, Amount: obligation.NOK(5000), Period: agreement.PerCalendarYear},
			},
			Lift: agreement.CapLift{Provision: obligation.At("15"), Causes: []agreement.Cause{agreement.ConfidentialityBreach}, Exclusions: true}},
	}
	f.Add([]byte(`[{"amount":"9000 NOK","date":"2026-03-01","loss":"data-loss","culpability":"negligence","causes":["confidentiality-breach"]},{"amount":"7000 NOK","date":"2026-03-02","loss":"lost-profit","culpability":"intent"}]`),
		[]byte(`{"annualFees":[{"year":2026,"amount":"6000 NOK"}]}`))
	f.Fuzz(func(t *testing.T, claimsJSON, factsJSON []byte) {
		var claims []agreement.Claim
		var facts agreement.LiabilityFacts
		if strictjson.Decode(claimsJSON, &claims) != nil || strictjson.Decode(factsJSON, &facts) != nil {
			return
		}
		for _, l := range terms {
			got, err := l.Assess(claims, facts)
			if err != nil {
				continue
			}
			for i, r := range got.Claims {
				if r.Recoverable.Amount.GreaterThan(claims[i].Amount.Amount) || r.Recoverable.Sign() < 0 {
					t.Fatalf("claim %+v recovers %v", claims[i], r.Recoverable)
				}
			}
			for _, y := range got.Years {
				_ = y.Cap.Text(nbTag)
			}
		}
	})
}

// TestDeemedIndirect: a kind of loss an open list does not name is only
// possibly indirect; once the text deems it indirect (Cradl 14: «Loss of
// data is considered as an indirect loss») it is excluded with indirect
// loss, and not otherwise.
func TestDeemedIndirect(t *testing.T) {
	ex := agreement.Exclusion{Provision: obligation.At("14"), Indirect: true, Kinds: []agreement.LossKind{agreement.LostProfit}}
	lost := []agreement.Claim{{Amount: nok("1000"), Date: date("2026-03-02"), Loss: agreement.DataLoss, Culpability: agreement.Negligence}}
	tests := []struct {
		name   string
		ex     agreement.Exclusion
		want   string
		reason agreement.LiabilityReason
	}{
		{"open list", ex, "1000", agreement.PossiblyIndirect},
		{"deemed indirect", func() agreement.Exclusion { e := ex; e.Deemed = []agreement.LossKind{agreement.DataLoss}; return e }(), "0", agreement.ExcludedLoss},
		{"deemed, but indirect loss not excluded", agreement.Exclusion{Provision: obligation.At("14"), Deemed: []agreement.LossKind{agreement.DataLoss}}, "1000", 0},
	}
	for _, tt := range tests {
		got, err := agreement.Liability{Provision: obligation.At("14"), Excluded: tt.ex}.Assess(lost, agreement.LiabilityFacts{})
		if err != nil {
			t.Fatal(err)
		}
		r := got.Claims[0]
		var reason agreement.LiabilityReason
		if len(r.Reductions) > 0 {
			reason = r.Reductions[0].Reason
		} else if len(r.Notes) > 0 {
			reason = r.Notes[0].Reason
		}
		if !r.Recoverable.Amount.Equal(decimal.RequireFromString(tt.want)) || reason != tt.reason {
			t.Errorf("%s: %s (%v), want %s (%v)", tt.name, r.Recoverable, reason, tt.want, tt.reason)
		}
	}
}

// TestCapReferenceValidation: a reference must name another cap that does
// not refer in turn, and only a cap set by another document refers.
func TestCapReferenceValidation(t *testing.T) {
	base := agreement.Cap{Provision: obligation.At("11"), Kind: agreement.FixedAmount, Amount: obligation.NOK(1000)}
	ref := agreement.Cap{Provision: obligation.At("14"), Kind: agreement.OtherDocument, Document: "the main agreement", Refers: "11"}
	tests := []struct {
		name string
		caps []agreement.Cap
		want string
	}{
		{"valid", []agreement.Cap{ref, base}, ""},
		{"no such cap", []agreement.Cap{ref}, `caps[0].refers: no other cap has the clause "11"`},
		{"not another document", []agreement.Cap{func() agreement.Cap { c := base; c.Refers = "14"; return c }(), ref},
			"caps[0].refers: only a cap set by another document refers to a cap, not a fixed-amount cap"},
		{"chain", []agreement.Cap{ref, func() agreement.Cap { c := ref; c.Provision = obligation.At("11"); c.Refers = "12"; return c }(),
			func() agreement.Cap { c := base; c.Provision = obligation.At("12"); return c }()},
			`caps[0].refers: the cap of "11" refers to another cap in turn`},
	}
	for _, tt := range tests {
		err := agreement.Liability{Caps: tt.caps}.Validate()
		got := ""
		if err != nil {
			got = err.Error()
		}
		if tt.want == "" && got != "" || tt.want != "" && !strings.Contains(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestCapValueSharesTheTerm pins that a year's cap values point at the
// liability's own caps rather than copies, and that a value without its
// term (decoded from JSON that lacks it) still describes the year.
func TestCapValueSharesTheTerm(t *testing.T) {
	l := fixedCap()
	y, err := l.CapFor(2026, agreement.LiabilityFacts{})
	if err != nil {
		t.Fatal(err)
	}
	if len(y.Caps) != 1 || y.Caps[0].Cap != &l.Caps[0] {
		t.Fatalf("caps %+v: want the value to point at the liability's cap", y.Caps)
	}
	var decoded agreement.YearCap
	if err := json.Unmarshal([]byte(`{"year":2026,"caps":[{"amount":"25000 NOK","known":true}],"lowest":"25000 NOK"}`), &decoded); err != nil {
		t.Fatal(err)
	}
	if got, want := decoded.Text(enTag), "NOK 25,000"; got != want {
		t.Errorf("Text without the term = %q, want %q", got, want)
	}
}

// TestRollingCap checks a cap on any period of some months: each claim
// takes what the claims of the window ending on its day have left, the
// window being the Window months after the same day Window months before
// (a claim exactly Window months earlier is outside it).
func TestRollingCap(t *testing.T) {
	l := agreement.Liability{Provision: obligation.At("9"), Caps: []agreement.Cap{{
		Provision: obligation.At("9"), Kind: agreement.FixedAmount, Amount: nok("100"),
		Period: agreement.Rolling, Window: 6,
	}}}
	claim := func(amount, day string) agreement.Claim {
		return agreement.Claim{Amount: nok(amount), Date: date(day), Loss: agreement.DirectLoss, Culpability: agreement.Negligence}
	}
	got, err := l.Assess([]agreement.Claim{
		claim("70", "2026-01-15"), claim("50", "2026-07-14"), // 30 left in the window from 15 January
		claim("50", "2026-07-15"),  // 15 January is outside: 100 - 30 = 70 left
		claim("100", "2026-12-31"), // the window from 1 July holds 30 + 50: 20 left
	}, agreement.LiabilityFacts{})
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []string{"70", "30", "50", "20"} {
		if r := got.Claims[i]; !r.Recoverable.Equal(nok(want)) {
			t.Errorf("claim %d (%s): recoverable %s, want NOK %s", i+1, r.Claim.Date, r.Recoverable, want)
		}
	}
	if got := l.Caps[0].PeriodLabel(language.Norwegian); got != "i løpet av en periode på 6 måneder" {
		t.Errorf("Norwegian period %q", got)
	}
	for _, c := range []agreement.Cap{
		{Provision: obligation.At("9"), Kind: agreement.FixedAmount, Amount: nok("100"), Period: agreement.Rolling},
		{Provision: obligation.At("9"), Kind: agreement.FixedAmount, Amount: nok("100"), Period: agreement.PerClaim, Window: 12},
	} {
		bad := agreement.Liability{Provision: obligation.At("9"), Caps: []agreement.Cap{c}}
		if err := bad.Validate(); err == nil || !strings.Contains(err.Error(), "caps[0].window") {
			t.Errorf("period %s with window %d: %v, want a problem at caps[0].window", c.Period, c.Window, err)
		}
	}
}
