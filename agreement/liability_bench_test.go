package agreement_test

import (
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/personvern/dpa/agreement"
)

// referenceYear is one calendar year of referenceAssess's answer.
type referenceYear struct {
	Year                 int
	Claimed, Recoverable decimal.Decimal
}

// referenceAssess is the decision of fixedCap written by hand, as a
// developer would write it for one agreement without this library: direct
// loss caused at least negligently is recoverable, up to capAmount per
// calendar year in the order the claims arose, unless the fault is gross
// negligence or intent, which lifts the cap. It returns each claim's
// recoverable amount in the order given, each year's totals in order, and
// the total, exactly (decimal arithmetic).
func referenceAssess(claims []agreement.Claim, capAmount decimal.Decimal) ([]decimal.Decimal, []referenceYear, decimal.Decimal) {
	order := make([]int, len(claims))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int { return claims[i].Date.Compare(claims[j].Date) })
	out := make([]decimal.Decimal, len(claims))
	var years []referenceYear
	var used, total decimal.Decimal // used: of the current year's cap
	for _, i := range order {
		c := claims[i]
		amount := c.Amount.Amount
		if len(years) == 0 || years[len(years)-1].Year != c.Date.Year {
			years = append(years, referenceYear{Year: c.Date.Year})
			used = decimal.Decimal{}
		}
		y := &years[len(years)-1]
		y.Claimed = y.Claimed.Add(amount)
		switch {
		case c.Loss != agreement.DirectLoss || c.Culpability < agreement.Negligence:
			amount = decimal.Decimal{}
		case c.Culpability >= agreement.GrossNegligence:
			// the cap is lifted
		default:
			if left := capAmount.Sub(used); amount.GreaterThan(left) {
				amount = left
			}
			used = used.Add(amount)
		}
		out[i] = amount
		y.Recoverable = y.Recoverable.Add(amount)
		total = total.Add(amount)
	}
	return out, years, total
}

// referenceAssessØre is referenceAssess in whole øre (int64), as a
// developer might write it knowing every amount has at most two decimals:
// the fastest hand-written form, exact only under that assumption.
func referenceAssessØre(claims []agreement.Claim, capØre int64) ([]int64, int64) {
	var stack [16]int
	order := stack[:0]
	for i := range claims {
		order = append(order, i)
	}
	slices.SortStableFunc(order, func(i, j int) int { return claims[i].Date.Compare(claims[j].Date) })
	out := make([]int64, len(claims))
	var used, total int64
	year := 0
	for _, i := range order {
		c := claims[i]
		if c.Date.Year != year {
			year, used = c.Date.Year, 0
		}
		amount := c.Amount.Amount.Shift(2).IntPart()
		switch {
		case c.Loss != agreement.DirectLoss || c.Culpability < agreement.Negligence:
			amount = 0
		case c.Culpability >= agreement.GrossNegligence:
		default:
			amount = min(amount, capØre-used)
			used += amount
		}
		out[i] = amount
		total += amount
	}
	return out, total
}

// tenClaims are ten negligent direct-loss claims of NOK 4 000, thirty days
// apart from 1 January 2026, so the NOK 25 000 cap of 2026 binds on the
// seventh; the eighth is grossly negligent, which lifts the cap.
func tenClaims() []agreement.Claim {
	claims := make([]agreement.Claim, 10)
	for i := range claims {
		claims[i] = claim("4000", "2026-01-01")
		claims[i].Date = claims[i].Date.AddDays(30 * i)
	}
	claims[7].Culpability = agreement.GrossNegligence
	return claims
}

// TestReferenceAgrees: the typed assessment and the hand-written one give
// the same amounts, to the øre.
func TestReferenceAgrees(t *testing.T) {
	claims := tenClaims()
	got, err := fixedCap().Assess(claims, agreement.LiabilityFacts{})
	if err != nil {
		t.Fatal(err)
	}
	per, years, total := referenceAssess(claims, decimal.NewFromInt(25000))
	// Hand-computed: 4 000 each; 2026 has room for 25 000 among the
	// capped claims: six full (24 000), the seventh 1 000, the eighth is
	// not capped (4 000), the ninth and tenth nothing.
	want := []string{"4000", "4000", "4000", "4000", "4000", "4000", "1000", "4000", "0", "0"}
	for i, w := range want {
		if !per[i].Equal(decimal.RequireFromString(w)) || !got.Claims[i].Recoverable.Amount.Equal(per[i]) {
			t.Errorf("claim %d: typed %s, reference %s, want %s", i, got.Claims[i].Recoverable, per[i], w)
		}
	}
	øre, totalØre := referenceAssessØre(claims, 2500000)
	for i := range øre {
		if !decimal.New(øre[i], -2).Equal(per[i]) {
			t.Errorf("claim %d: øre reference %d, decimal reference %s", i, øre[i], per[i])
		}
	}
	if totalØre != 2900000 {
		t.Errorf("øre total %d, want 2900000", totalØre)
	}
	if !total.Equal(decimal.NewFromInt(29000)) || !got.Total.Amount.Equal(total) {
		t.Errorf("total: typed %s, reference %s, want 29000", got.Total, total)
	}
	var gotYears []referenceYear
	for _, y := range got.Years {
		gotYears = append(gotYears, referenceYear{y.Year, y.Claimed.Amount, y.Recoverable.Amount})
	}
	if d := cmp.Diff(years, gotYears); d != "" {
		t.Errorf("years (-reference +typed):\n%s", d)
	}
}

// BenchmarkAssessAgainstReference runs the typed assessment of ten claims
// and the hand-written references (decimal, and whole øre), interleaved in
// one run, and reports each in ns and the typed one's ratio to each.
//
//	go test ./agreement -run '^$' -bench AssessAgainstReference -benchtime 100000x
func BenchmarkAssessAgainstReference(b *testing.B) {
	l := fixedCap()
	claims := tenClaims()
	capAmount := decimal.NewFromInt(25000)
	var typed, ref, refØre time.Duration
	b.ReportAllocs()
	for b.Loop() {
		t0 := time.Now()
		if _, err := l.Assess(claims, agreement.LiabilityFacts{}); err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		referenceAssess(claims, capAmount)
		t2 := time.Now()
		referenceAssessØre(claims, 2500000)
		t3 := time.Now()
		typed += t1.Sub(t0)
		ref += t2.Sub(t1)
		refØre += t3.Sub(t2)
	}
	b.ReportMetric(float64(typed.Nanoseconds())/float64(b.N), "typed-ns")
	b.ReportMetric(float64(ref.Nanoseconds())/float64(b.N), "reference-ns")
	b.ReportMetric(float64(typed)/float64(ref), "ratio")
	b.ReportMetric(float64(refØre.Nanoseconds())/float64(b.N), "øre-reference-ns")
	b.ReportMetric(float64(typed)/float64(refØre), "øre-ratio")
}
