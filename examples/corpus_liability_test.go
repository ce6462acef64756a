package examples_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/examples"
	"github.com/personvern/dpa/obligation"
	"golang.org/x/text/language"
)

// liabilityOutcome is what a test reads from one assessed claim: the amount
// recoverable, whether it is an upper bound, and each reduction and note as
// "reason @ clause" ("→ clause" for the cap a reference points to).
type liabilityOutcome struct {
	Recoverable string
	AtMost      bool
	Why         []string
}

func outcome(r agreement.ClaimResult) liabilityOutcome {
	o := liabilityOutcome{Recoverable: r.Recoverable.String(), AtMost: r.AtMost}
	for _, x := range r.Reductions {
		o.Why = append(o.Why, fmt.Sprintf("%s @ %s", x.Reason, x.Clause))
	}
	for _, n := range r.Notes {
		s := fmt.Sprintf("%s @ %s", n.Reason, n.Clause)
		if n.Refers != "" {
			s += " → " + string(n.Refers)
		}
		o.Why = append(o.Why, s)
	}
	return o
}

type liabilityCase struct {
	name   string
	reason string
	claim  agreement.Claim
	want   liabilityOutcome
}

func runLiability(t *testing.T, a agreement.Agreement, f agreement.LiabilityFacts, cases []liabilityCase) {
	t.Helper()
	for _, tt := range cases {
		got, err := a.Liability.Assess([]agreement.Claim{tt.claim}, f)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if diff := cmp.Diff(tt.want, outcome(got.Claims[0])); diff != "" {
			t.Errorf("%s (%s): mismatch (-want +got):\n%s", tt.name, tt.reason, diff)
		}
	}
}

func money(s string) obligation.Money { return obligation.MustParseMoney(s) }

// TestCradlLiability: the DPA's cap (14) is «a sum equivalent to the
// maximum liability in the Services Agreement», the cap of Terms of
// Service 11, which «shall not apply in the case of gross negligence or
// wilful misconduct or apply to breaches related to processing of personal
// data». Where the cap referred to applies, both limit the claim to the
// annual consideration; where it does not, whether 14 still limits the
// claim to that amount or not at all is left open by the text, and the
// answer is an upper bound that says so. The annual consideration of NOK
// 120 000 is a fact of the customer relationship, not of the text.
func TestCradlLiability(t *testing.T) {
	a := examples.Cradl()
	f := agreement.LiabilityFacts{AnnualFees: []agreement.YearAmount{{Year: 2026, Amount: money("120000 NOK")}}}
	day := obligation.NewDate(2026, 9, 1)
	c := func(amount string, loss agreement.LossKind, fault agreement.Culpability, causes ...agreement.Cause) agreement.Claim {
		return agreement.Claim{Amount: money(amount + " NOK"), Date: day, Loss: loss, Culpability: fault, Causes: causes}
	}
	const tos11 = "Terms of Service 11"
	runLiability(t, a, f, []liabilityCase{
		{"other cause", "both caps apply: the annual consideration for any period of 12 months, 14's as the cap it refers to",
			c("500000", agreement.DirectLoss, agreement.Negligence, agreement.OtherCause),
			liabilityOutcome{"120000 NOK", false, []string{"cap-reached @ 14"}}},
		{"personal-data breach", "ToS 11 «shall not apply … to breaches related to processing of personal data»; 14's reference is then undetermined",
			c("500000", agreement.DirectLoss, agreement.Negligence, agreement.DataProtectionBreach),
			liabilityOutcome{"500000 NOK", true, []string{"cap-reference-undetermined @ 14 → " + tos11, "cap-lifted @ " + tos11}}},
		{"gross negligence", "ToS 11 does not apply «in the case of gross negligence»",
			c("500000", agreement.DirectLoss, agreement.GrossNegligence, agreement.OtherCause),
			liabilityOutcome{"500000 NOK", true, []string{"cap-reference-undetermined @ 14 → " + tos11, "cap-lifted @ " + tos11}}},
		{"cause not given", "the claim may be a personal-data breach, so neither cap is applied",
			c("500000", agreement.DirectLoss, agreement.Negligence),
			liabilityOutcome{"500000 NOK", true, []string{"cap-reference-undetermined @ 14 → " + tos11, "cause-not-given @ " + tos11}}},
		{"loss of data", "14: «Loss of data is considered as an indirect loss», and indirect loss is excluded",
			c("80000", agreement.DataLoss, agreement.Negligence, agreement.DataProtectionBreach),
			liabilityOutcome{"0 NOK", false, []string{"excluded-loss @ 14"}}},
	})
	y, err := a.Liability.CapFor(2026, f)
	if err != nil {
		t.Fatal(err)
	}
	if !y.Lowest.Equal(money("120000 NOK")) || y.Bounded {
		t.Errorf("cap for 2026: %v (bounded %v), want NOK 120 000 from both 14 and Terms of Service 11", y.Lowest, y.Bounded)
	}
}

// TestCradlRollingCap: Terms of Service 11, «Overall damages during a
// period of 12 months are limited to an amount corresponding to total
// annual consideration», limits the claims of every 12 months, wherever
// they begin: each claim may take what the claims of the 12 months ending
// on its day have left. With NOK 120 000 a year, claims of 80 000 (1 March
// 2026) and 60 000 (1 September 2026) share one period, so the second
// recovers 40 000; 50 000 on 1 March 2027 falls in a period that starts on
// 2 March 2026, without the first claim, and is recovered whole; 100 000
// on 31 August 2027 shares its period with the last two (90 000 taken) and
// recovers 30 000. Read per claim, as before the period was held, nothing
// would have been cut.
func TestCradlRollingCap(t *testing.T) {
	a := examples.Cradl()
	f := agreement.LiabilityFacts{AnnualFees: []agreement.YearAmount{
		{Year: 2026, Amount: money("120000 NOK")}, {Year: 2027, Amount: money("120000 NOK")}}}
	claim := func(amount string, y int, m time.Month, d int) agreement.Claim {
		return agreement.Claim{Amount: money(amount + " NOK"), Date: obligation.NewDate(y, m, d), Loss: agreement.DirectLoss,
			Culpability: agreement.Negligence, Causes: []agreement.Cause{agreement.OtherCause}}
	}
	got, err := a.Liability.Assess([]agreement.Claim{
		claim("80000", 2026, time.March, 1), claim("60000", 2026, time.September, 1),
		claim("50000", 2027, time.March, 1), claim("100000", 2027, time.August, 31),
	}, f)
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []string{"80000 NOK", "40000 NOK", "50000 NOK", "30000 NOK"} {
		if r := got.Claims[i]; !r.Recoverable.Equal(money(want)) || r.AtMost {
			t.Errorf("claim %d of %s: recoverable %s (at most %v), want %s", i+1, r.Claim.Date, r.Recoverable, r.AtMost, want)
		}
	}
	if !got.Total.Equal(money("200000 NOK")) {
		t.Errorf("total %s, want NOK 200 000", got.Total)
	}
	if y, err := a.Liability.CapFor(2027, f); err != nil || y.Text(language.English) != "NOK 120,000 in any period of 12 months (clause 14, Terms of Service 11)" {
		t.Errorf("cap for 2027: %q, %v", y.Text(language.English), err)
	}
}

// TestAptibleLiability: Terms of Service 15 excludes «INDIRECT …
// DAMAGES (INCLUDING DAMAGES FOR LOSS OF PROFITS …)» and caps liability
// at «THE AMOUNT PAID BY YOU TO APTIBLE … IN THE 12 MONTHS PRIOR TO THE
// CLAIM»; «The foregoing limitations of liability do not apply to
// breaches of confidentiality obligations, violations of a party's
// intellectual property rights by the other party, or indemnification
// obligations». The payments, USD 1 000 on the first of each month, are
// facts: twelve fall in the 12 months before 15 June 2026.
func TestAptibleLiability(t *testing.T) {
	a := examples.Aptible()
	var f agreement.LiabilityFacts
	for m := 0; m < 12; m++ {
		f.Payments = append(f.Payments, agreement.Payment{Date: obligation.NewDate(2025, 7, 1).AddMonths(m), Amount: money("1000 USD")})
	}
	day := obligation.NewDate(2026, 6, 15)
	c := func(amount string, loss agreement.LossKind, causes ...agreement.Cause) agreement.Claim {
		return agreement.Claim{Amount: money(amount + " USD"), Date: day, Loss: loss, Culpability: agreement.Negligence, Causes: causes}
	}
	const tos15 = "Terms of Service 15"
	runLiability(t, a, f, []liabilityCase{
		{"direct loss", "capped at the 12 months' payments",
			c("50000", agreement.DirectLoss, agreement.OtherCause),
			liabilityOutcome{"12000 USD", false, []string{"cap-reached @ " + tos15}}},
		{"lost profit", "«LOSS OF PROFITS» is excluded",
			c("5000", agreement.LostProfit, agreement.OtherCause),
			liabilityOutcome{"0 USD", false, []string{"excluded-loss @ " + tos15}}},
		{"lost profit from a breach of confidentiality", "the «foregoing limitations» (exclusion and cap) do not apply",
			c("5000", agreement.LostProfit, agreement.ConfidentialityBreach),
			liabilityOutcome{"5000 USD", false, []string{"cap-lifted @ " + tos15}}},
		{"indemnification obligations", "not capped",
			c("50000", agreement.DirectLoss, agreement.IndemnityClaim),
			liabilityOutcome{"50000 USD", false, []string{"cap-lifted @ " + tos15}}},
		{"cause not given", "the claim may be one the carve-out names: an upper bound",
			c("50000", agreement.DirectLoss),
			liabilityOutcome{"50000 USD", true, []string{"cause-not-given @ " + tos15}}},
	})
}

// TestStimmaLiability: 14.1 damages for breach and 14.2 the indemnity
// against «krav från registrerade eller tillsynsmyndigheter» are both
// limited by 14.3, «Ansvarsbegränsningar som följer av Huvudavtalet gäller
// även för detta Avtal», a cap the text does not reproduce (an upper
// bound); 14.4 «gäller inte vid uppsåt eller grov vårdslöshet».
func TestStimmaLiability(t *testing.T) {
	a := examples.Stimma()
	day := obligation.NewDate(2026, 10, 1)
	c := func(loss agreement.LossKind, fault agreement.Culpability, causes ...agreement.Cause) agreement.Claim {
		return agreement.Claim{Amount: money("100000 SEK"), Date: day, Loss: loss, Culpability: fault, Causes: causes}
	}
	checkTerms(t, []term{
		{"14.1 damages", a.Liability.Undertakings[0].Kind, agreement.Compensate},
		{"14.1 either party", a.Liability.Undertakings[0].By, agreement.Role(0)},
		{"14.2 indemnity by the processor", a.Liability.Undertakings[1].By, agreement.Processor},
		{"14.2 against data subjects' and authorities' claims", a.Liability.Undertakings[1].Against,
			[]agreement.LossKind{agreement.DataSubjectClaims, agreement.Fines}},
	})
	runLiability(t, a, agreement.LiabilityFacts{}, []liabilityCase{
		{"14.1 damages", "capped by the Huvudavtal, whose cap is not in the text",
			c(agreement.DirectLoss, agreement.Negligence),
			liabilityOutcome{"100000 SEK", true, []string{"cap-in-other-document @ 14.3"}}},
		{"14.2 indemnity", "14.3 applies to the whole agreement, the indemnity included",
			c(agreement.DataSubjectClaims, agreement.Negligence, agreement.IndemnityClaim),
			liabilityOutcome{"100000 SEK", true, []string{"cap-in-other-document @ 14.3"}}},
		{"gross negligence", "14.4",
			c(agreement.DirectLoss, agreement.GrossNegligence),
			liabilityOutcome{"100000 SEK", false, []string{"cap-lifted @ 14.4"}}},
	})
}
