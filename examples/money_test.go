package examples_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/personvern/dpa/agreement"
	"github.com/personvern/dpa/examples"
	"github.com/personvern/dpa/obligation"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

var (
	tagNB = language.MustParse("nb")
	tagEN = language.English
)

func ymd(s string) obligation.Date { return obligation.MustParseDate(s) }

func kr(s string) obligation.Money { return obligation.MustParseMoney(s + " NOK") }

func negligent(amount, date string) agreement.Claim {
	return agreement.Claim{Amount: kr(amount), Date: ymd(date), Loss: agreement.DirectLoss, Culpability: agreement.Negligence}
}

// TestMailMojoWorkedCase pins issue 6's worked case on MailMojo 4: direct
// loss from negligent breaches, "samlede erstatningsansvar … i løpet av et
// kalenderår er begrenset til kr 25 000", the cap lifted for intent and
// gross negligence, indirect loss (lost profit, …) excluded.
func TestMailMojoWorkedCase(t *testing.T) {
	l := examples.MailMojo().Liability
	claims := []agreement.Claim{
		negligent("10000", "2026-02-10"),
		negligent("12000", "2026-05-04"),
		negligent("9000", "2026-09-30"),
		negligent("8000", "2027-01-15"),
		{Ref: "gross", Amount: kr("40000"), Date: ymd("2026-06-01"), Loss: agreement.DirectLoss, Culpability: agreement.GrossNegligence},
		{Ref: "profit", Amount: kr("5000"), Date: ymd("2026-07-01"), Loss: agreement.LostProfit, Culpability: agreement.Negligence},
	}
	got, err := l.Assess(claims, agreement.LiabilityFacts{})
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		recoverable string
		reductions  []agreement.Reduction
		notes       []agreement.Note
	}{
		{recoverable: "10000"},
		{recoverable: "12000"},
		// 10 000 + 12 000 leave 3 000 of the 2026 cap.
		{recoverable: "3000", reductions: []agreement.Reduction{{Amount: kr("6000"), Reason: agreement.CapReached, Clause: "4"}}},
		// January 2027 counts against 2027's cap.
		{recoverable: "8000"},
		// "Begrensninger i forrige avsnitt gjelder ikke ved … grovt
		// uaktsomme brudd", and it does not use up the cap.
		{recoverable: "40000", notes: []agreement.Note{{Reason: agreement.CapLifted, Clause: "4"}}},
		// "Partene kan ikke kreve erstatning for indirekte tap; eksempelvis
		// tapt fortjeneste".
		{recoverable: "0", reductions: []agreement.Reduction{{Amount: kr("5000"), Reason: agreement.ExcludedLoss, Clause: "4"}}},
	}
	for i, w := range want {
		r := got.Claims[i]
		if !r.Recoverable.Equal(kr(w.recoverable)) {
			t.Errorf("claim %d: recoverable %v, want NOK %s", i, r.Recoverable, w.recoverable)
		}
		if diff := cmp.Diff(w.reductions, r.Reductions); diff != "" {
			t.Errorf("claim %d: reductions mismatch (-want +got):\n%s", i, diff)
		}
		if diff := cmp.Diff(w.notes, r.Notes); diff != "" {
			t.Errorf("claim %d: notes mismatch (-want +got):\n%s", i, diff)
		}
		if r.AtMost {
			t.Errorf("claim %d: a fixed cap gives an exact answer, not an upper bound", i)
		}
	}
	if len(got.Years) != 2 {
		t.Fatalf("years: %+v", got.Years)
	}
	// 2026: 25 000 under the cap plus the uncapped 40 000.
	y26, y27 := got.Years[0], got.Years[1]
	if y26.Year != 2026 || !y26.Recoverable.Equal(kr("65000")) || !y26.Claimed.Equal(kr("76000")) {
		t.Errorf("2026: %+v", y26)
	}
	if y27.Year != 2027 || !y27.Recoverable.Equal(kr("8000")) {
		t.Errorf("2027: %+v", y27)
	}
	if !got.Total.Equal(kr("73000")) || got.AtMost {
		t.Errorf("total %v (at most %v), want NOK 73 000 exactly", got.Total, got.AtMost)
	}
}

// TestMailMojoThreeClaims is the worked case exactly as the issue states
// it: three negligent direct-loss claims in 2026 recover NOK 25 000.
func TestMailMojoThreeClaims(t *testing.T) {
	got, err := examples.MailMojo().Liability.Assess([]agreement.Claim{
		negligent("10000", "2026-03-01"), negligent("12000", "2026-06-01"), negligent("9000", "2026-11-01"),
	}, agreement.LiabilityFacts{})
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Years) != 1 || !got.Years[0].Recoverable.Equal(obligation.NOK(25000)) {
		t.Errorf("2026 recoverable: %+v, want NOK 25 000", got.Years)
	}
}

func TestMailMojoNeedsNegligence(t *testing.T) {
	// "I tilfelle uaktsomme brudd": a breach without fault gives no claim.
	got, err := examples.MailMojo().Liability.Assess([]agreement.Claim{
		{Amount: kr("5000"), Date: ymd("2026-03-01"), Loss: agreement.DirectLoss, Culpability: agreement.NoFault},
		{Amount: kr("5000"), Date: ymd("2026-03-01"), Loss: agreement.Fines, Culpability: agreement.Intent},
	}, agreement.LiabilityFacts{})
	if err != nil {
		t.Fatal(err)
	}
	want := []agreement.Reduction{{Amount: kr("5000"), Reason: agreement.FaultRequired, Clause: "4"}}
	if diff := cmp.Diff(want, got.Claims[0].Reductions); diff != "" {
		t.Errorf("no fault (-want +got):\n%s", diff)
	}
	// "myndighetspålagte sanksjoner" are excluded even for intent: the
	// lift covers only the cap.
	want = []agreement.Reduction{{Amount: kr("5000"), Reason: agreement.ExcludedLoss, Clause: "4"}}
	if diff := cmp.Diff(want, got.Claims[1].Reductions); diff != "" {
		t.Errorf("fine (-want +got):\n%s", diff)
	}
}

// TestAssistertCap: "Samlet erstatning pr. kalenderår er begrenset til et
// beløp som tilsvarer Avtalens samlede årlige vederlag ekskl.
// merverdiavgift" (Mislighold; the same in Forsinkelse og manglende
// levering).
func TestAssistertCap(t *testing.T) {
	l := examples.AssistertSelvhjelp().Liability
	facts := agreement.LiabilityFacts{AnnualFees: []agreement.YearAmount{{Year: 2026, Amount: obligation.NOK(120000)}}}
	yc, err := l.CapFor(2026, facts)
	if err != nil {
		t.Fatal(err)
	}
	if !yc.Lowest.Equal(obligation.NOK(120000)) || yc.Bounded {
		t.Errorf("cap for 2026: %v (bounded %v), want NOK 120 000 exactly", yc.Lowest, yc.Bounded)
	}
	if got, want := yc.Text(tagNB), "kr\u00a0120\u00a0000 per kalenderår (pkt. Mislighold, Forsinkelse og manglende levering)"; got != want {
		t.Errorf("Text(tagNB) = %q, want %q", got, want)
	}
	got, err := l.Assess([]agreement.Claim{
		negligent("100000", "2026-02-01"),
		negligent("50000", "2026-08-01"),
		{Amount: kr("10000"), Date: ymd("2026-09-01"), Loss: agreement.LostSavings, Culpability: agreement.Negligence},
		{Amount: kr("1000"), Date: ymd("2026-10-01"), Loss: agreement.Fines, Culpability: agreement.Negligence},
	}, facts)
	if err != nil {
		t.Fatal(err)
	}
	if r := got.Claims[1]; !r.Recoverable.Equal(kr("20000")) || len(r.Reductions) != 1 || r.Reductions[0].Clause != "Mislighold" {
		t.Errorf("second claim: %+v", r)
	}
	// "tapte besparelser" is listed as indirect loss.
	if r := got.Claims[2]; r.Recoverable.Sign() != 0 || r.Reductions[0].Reason != agreement.ExcludedLoss {
		t.Errorf("lost savings: %+v", r)
	}
	// A fine is not in the open list ("omfatter, men er ikke begrenset
	// til"): counted, flagged, and then the spent cap stops it.
	r := got.Claims[3]
	if len(r.Notes) == 0 || r.Notes[0].Reason != agreement.PossiblyIndirect {
		t.Errorf("fine notes: %+v", r.Notes)
	}
	if r.Recoverable.Sign() != 0 || r.Reductions[0].Reason != agreement.CapReached {
		t.Errorf("fine after the cap is spent: %+v", r)
	}
	if !got.Years[0].Recoverable.Equal(obligation.NOK(120000)) {
		t.Errorf("2026 recoverable %v, want NOK 120 000", got.Years[0].Recoverable)
	}
	// Without the fee the cap is unknown, and said to be.
	yc, err = l.CapFor(2027, facts)
	if err != nil {
		t.Fatal(err)
	}
	if !yc.Lowest.IsZero() || !yc.Bounded || yc.Caps[0].Why.Reason != agreement.CapFigureMissing || yc.Caps[0].Why.Year != 2027 {
		t.Errorf("cap for 2027 without a fee: %+v", yc)
	}
}

// TestNortelecomCap: 9.6 "kan ikke overstige et beløp som tilsvarer
// databehandlerens omsetning foregående kalenderår i henhold til avtalen,
// men beløpet er under alle omstendigheter underlagt et maksimalbeløp";
// 11.4 "begrenset som beskrevet i avtalens punkt 13".
func TestNortelecomCap(t *testing.T) {
	l := examples.Nortelecom().Liability
	facts := agreement.LiabilityFacts{Revenue: []agreement.YearAmount{{Year: 2025, Amount: obligation.NOK(200000)}}}
	yc, err := l.CapFor(2026, facts)
	if err != nil {
		t.Fatal(err)
	}
	if !yc.Lowest.Equal(obligation.NOK(200000)) || !yc.Bounded {
		t.Errorf("cap for 2026: %v (bounded %v), want at most NOK 200 000, bounded", yc.Lowest, yc.Bounded)
	}
	wantNB := "kr\u00a0200\u00a0000 (pkt. 9.6); begrenset av et maksimalbeløp som ikke er oppgitt (pkt. 9.6); begrenset som fastsatt i avtalens punkt 13 (pkt. 11.4)"
	if got := yc.Text(tagNB); got != wantNB {
		t.Errorf("Text(tagNB) =\n%q, want\n%q", got, wantNB)
	}
	wantEN := "NOK 200,000 (clause 9.6); bounded by a maximum amount the agreement does not state (clause 9.6); bounded as set by avtalens punkt 13 (clause 11.4)"
	if got := yc.Text(tagEN); got != wantEN {
		t.Errorf("Text(tagEN) =\n%q, want\n%q", got, wantEN)
	}

	got, err := l.Assess([]agreement.Claim{negligent("500000", "2026-04-01")}, facts)
	if err != nil {
		t.Fatal(err)
	}
	r := got.Claims[0]
	if !r.Recoverable.Equal(obligation.NOK(200000)) || !r.AtMost || !got.AtMost {
		t.Errorf("claim: %v at most %v, want at most NOK 200 000", r.Recoverable, r.AtMost)
	}
	wantNotes := []agreement.Note{
		{Reason: agreement.CapPeriodUnstated, Clause: "9.6"},
		{Reason: agreement.CapUnquantified, Clause: "9.6"},
		{Reason: agreement.CapInOtherDocument, Clause: "11.4", Document: "avtalens punkt 13"},
	}
	if diff := cmp.Diff(wantNotes, r.Notes); diff != "" {
		t.Errorf("notes mismatch (-want +got):\n%s", diff)
	}

	// Without the 2025 revenue nothing is quantified; the claim stands as
	// an upper bound and the missing figure is named.
	got, err = l.Assess([]agreement.Claim{negligent("500000", "2026-04-01")}, agreement.LiabilityFacts{})
	if err != nil {
		t.Fatal(err)
	}
	r = got.Claims[0]
	if !r.Recoverable.Equal(obligation.NOK(500000)) || !r.AtMost {
		t.Errorf("claim without revenue: %v at most %v", r.Recoverable, r.AtMost)
	}
	if r.Notes[0] != (agreement.Note{Reason: agreement.CapFigureMissing, Clause: "9.6", Year: 2025}) {
		t.Errorf("first note: %+v", r.Notes[0])
	}
}

func TestNoCapStated(t *testing.T) {
	for _, a := range []agreement.Agreement{examples.WeAreMedia(), examples.We4you()} {
		yc, err := a.Liability.CapFor(2026, agreement.LiabilityFacts{})
		if err != nil {
			t.Fatal(err)
		}
		if len(yc.Caps) != 0 || yc.Text(tagNB) != "ingen ansvarsbegrensning oppgitt" || yc.Text(tagEN) != "no cap stated" {
			t.Errorf("%s: %+v %q", a.ID, yc, yc.Text(tagNB))
		}
		got, err := a.Liability.Assess([]agreement.Claim{negligent("1000000", "2026-01-01")}, agreement.LiabilityFacts{})
		if err != nil {
			t.Fatal(err)
		}
		if !got.Total.Equal(obligation.NOK(1000000)) || got.AtMost {
			t.Errorf("%s: total %v", a.ID, got.Total)
		}
	}
	if !examples.We4you().Liability.IsZero() {
		t.Error("We4you says nothing about liability")
	}
	// We Are Media disclaims only third-party services that are not
	// subprocessors ("Bruk av underleverandører").
	wam := examples.WeAreMedia().Liability
	if len(wam.Caps) != 0 || len(wam.Disclaimers) != 1 || wam.Disclaimers[0].Clause != "Bruk av underleverandører" {
		t.Errorf("We Are Media liability: %+v", wam)
	}
}

// TestSeedLiabilityTerms pins each seed's liability terms from its text.
func TestSeedLiabilityTerms(t *testing.T) {
	mm := examples.MailMojo().Liability
	if mm.Caps[0].Kind != agreement.FixedAmount || !mm.Caps[0].Amount.Equal(obligation.NOK(25000)) ||
		mm.Caps[0].Period != agreement.PerCalendarYear || !mm.Caps[0].Mutual {
		t.Errorf("MailMojo cap: %+v", mm.Caps[0])
	}
	if diff := cmp.Diff([]agreement.Culpability{agreement.GrossNegligence, agreement.Intent}, mm.Lift.By); diff != "" {
		t.Errorf("MailMojo lift (-want +got):\n%s", diff)
	}
	wantExcluded := []agreement.LossKind{agreement.LostProfit, agreement.BusinessInterruption, agreement.ThirdPartyClaims, agreement.DataSubjectClaims, agreement.Fines}
	if diff := cmp.Diff(wantExcluded, mm.Excluded.Kinds); diff != "" || !mm.Excluded.Indirect || mm.Excluded.Exhaustive {
		t.Errorf("MailMojo exclusions (-want +got):\n%s", diff)
	}
	if !mm.Recoverable.Only || mm.Recoverable.MinCulpability != agreement.Negligence {
		t.Errorf("MailMojo recoverable: %+v", mm.Recoverable)
	}

	as := examples.AssistertSelvhjelp().Liability
	for _, c := range as.Caps {
		if c.Kind != agreement.FeeBased || c.Basis != agreement.AnnualFee || !c.ExcludingVAT || c.Period != agreement.PerCalendarYear {
			t.Errorf("Assistert cap: %+v", c)
		}
	}
	if diff := cmp.Diff([]agreement.LossKind{agreement.LostProfit, agreement.LostSavings}, as.Excluded.Kinds); diff != "" {
		t.Errorf("Assistert exclusions (-want +got):\n%s", diff)
	}

	no := examples.Nortelecom().Liability
	// 11.2: not liable for the controller's acts, nor for its own acts
	// that result from complying with the law.
	if len(no.Disclaimers) != 2 || no.Disclaimers[0].Clause != "11.2" || no.Disclaimers[1].By != agreement.Processor {
		t.Errorf("Nortelecom disclaimers: %+v", no.Disclaimers)
	}
	kinds := []agreement.CapKind{}
	for _, c := range no.Caps {
		kinds = append(kinds, c.Kind)
	}
	if diff := cmp.Diff([]agreement.CapKind{agreement.PreviousYearRevenue, agreement.UnquantifiedMaximum, agreement.OtherDocument}, kinds); diff != "" {
		t.Errorf("Nortelecom caps (-want +got):\n%s", diff)
	}
	for _, a := range examples.All() {
		if err := a.Liability.Validate(); err != nil {
			t.Errorf("%s liability: %v", a.ID, err)
		}
		if err := a.Fees.Validate(); err != nil {
			t.Errorf("%s fees: %v", a.ID, err)
		}
		if err := a.Assistance.Validate(); err != nil {
			t.Errorf("%s assistance: %v", a.ID, err)
		}
	}
}

// TestAssistertInvoicing: "Betalingsfristen … er på minimum 14
// kalenderdager etter fakturadato"; "Faktura for ny avtaleperiode kan
// utstedes inntil 14 kalenderdager før ny periode begynner å løpe."
func TestAssistertInvoicing(t *testing.T) {
	in := examples.AssistertSelvhjelp().Fees.Invoicing
	due, err := in.DueDate(ymd("2026-03-02"))
	if err != nil || due != ymd("2026-03-16") {
		t.Errorf("DueDate = %v, %v; want 2026-03-16", due, err)
	}
	// Across the end of February in a leap year: 2028-02-20 + 14 days.
	if due, _ := in.DueDate(ymd("2028-02-20")); due != ymd("2028-03-05") {
		t.Errorf("DueDate(2028-02-20) = %v, want 2028-03-05", due)
	}
	if err := in.CheckDueDate(ymd("2026-03-02"), ymd("2026-03-10")); err == nil {
		t.Error("a due date 8 days after the invoice: want an error")
	}
	for _, ok := range []string{"2026-03-16", "2026-03-31"} {
		if err := in.CheckDueDate(ymd("2026-03-02"), ymd(ok)); err != nil {
			t.Errorf("due %s: %v", ok, err)
		}
	}
	first, err := in.EarliestInvoice(ymd("2027-03-15"))
	if err != nil || first != ymd("2027-03-01") {
		t.Errorf("EarliestInvoice = %v, %v; want 2027-03-01", first, err)
	}
}

// TestMailMojoAssistanceBill: 2.3.5, "timepris á kr 1.100 eks. mva., med
// betalingsfrist 10 dager netto", with Norwegian VAT at 25 %.
func TestMailMojoAssistanceBill(t *testing.T) {
	terms := examples.MailMojo().Assistance.CostOf(agreement.GeneralAssistance)
	if len(terms) != 1 {
		t.Fatalf("terms: %+v", terms)
	}
	got, err := terms[0].Bill(decimal.RequireFromString("3.5"), ymd("2026-11-23"), obligation.NorwegianVAT())
	if err != nil {
		t.Fatal(err)
	}
	want := agreement.Bill{
		Hours: decimal.RequireFromString("3.5"),
		Net:   kr("3850"), VAT: kr("962.50"), Gross: kr("4812.50"),
		Invoiced: ymd("2026-11-23"), Due: ymd("2026-12-03"), Clause: "2.3.5",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("bill mismatch (-want +got):\n%s", diff)
	}
	if got := got.Gross.Display(tagNB, obligation.DisplayMinor); got != "kr\u00a04\u00a0812,50" {
		t.Errorf("gross = %q", got)
	}
}

// TestAssistertAssistanceConflict: the DPA says "Databehandlerens bistand
// … skal gjøres kostnadsfritt", Vedlegg 2 "skal kompenseres … i samsvar
// med Databehandlers vanlige betingelser og timesatser".
func TestAssistertAssistanceConflict(t *testing.T) {
	as := examples.AssistertSelvhjelp().Assistance
	got := as.Conflicts()
	if len(got) != 1 {
		t.Fatalf("conflicts: %+v", got)
	}
	if got[0].For != agreement.GeneralAssistance || got[0].Free.Clause != "Databehandlers plikter" || got[0].Charged.Clause != "Vedlegg 2 Kompensasjon" {
		t.Errorf("conflict: %+v", got[0])
	}
	// Usual rates are not stated, so they cannot be billed.
	_, err := as.Costs[1].Bill(decimal.NewFromInt(2), ymd("2026-11-23"), obligation.NorwegianVAT())
	if !errors.Is(err, agreement.ErrNoTerm) {
		t.Errorf("billing usual rates: %v, want ErrNoTerm", err)
	}
	for _, a := range []agreement.Agreement{examples.MailMojo(), examples.Nortelecom(), examples.WeAreMedia(), examples.We4you()} {
		if c := a.Assistance.Conflicts(); len(c) != 0 {
			t.Errorf("%s: unexpected conflicts %+v", a.ID, c)
		}
	}
}

func TestRefunds(t *testing.T) {
	leap := agreement.Span{Start: ymd("2028-01-01"), End: ymd("2029-01-01")}
	common := agreement.Span{Start: ymd("2027-01-01"), End: ymd("2028-01-01")}
	paid := obligation.NOK(120000)
	as, _ := examples.AssistertSelvhjelp().Fees.Refund(agreement.MaterialChange)
	tests := []struct {
		name   string
		r      agreement.Refund
		period agreement.Span
		ended  string
		want   string
		unused int
		days   int
	}{
		// 2028 has 366 days; from 1 March 306 are unused:
		// 120 000 × 306 ÷ 366 = 100 327.868… → 100 327.87.
		{"Assistert leap year", as, leap, "2028-03-01", "100327.87", 306, 366},
		// 2027 has 365; from 1 March 306 are unused:
		// 120 000 × 306 ÷ 365 = 100 602.739… → 100 602.74.
		{"Assistert common year", as, common, "2027-03-01", "100602.74", 306, 365},
		// 29 February 2028 is a day of the period: 307 unused.
		// 120 000 × 307 ÷ 366 = 100 655.737… → 100 655.74.
		{"Assistert on 29 February", as, leap, "2028-02-29", "100655.74", 307, 366},
		{"Assistert on the first day", as, leap, "2028-01-01", "120000", 366, 366},
		{"Assistert on the last day", as, leap, "2028-12-31", "327.87", 1, 366},
		{"Assistert after the period", as, leap, "2029-02-01", "0", 0, 366},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.r.Amount(paid, tt.period, ymd(tt.ended))
			if err != nil {
				t.Fatal(err)
			}
			if !got.Amount.Equal(kr(tt.want)) || got.UnusedDays != tt.unused || got.PeriodDays != tt.days {
				t.Errorf("refund %v (%d of %d days), want NOK %s (%d of %d)", got.Amount, got.UnusedDays, got.PeriodDays, tt.want, tt.unused, tt.days)
			}
			if got.Clause != "Endringer i tjenesteavtalen" || got.Basis != agreement.UnusedTime {
				t.Errorf("clause %q basis %v", got.Clause, got.Basis)
			}
		})
	}

	// We Are Media: "beløpet som er betalt innen gjeldende avtaleperiode
	// vil bli refundert".
	wam, ok := examples.WeAreMedia().Fees.Refund(agreement.SubprocessorObjection)
	if !ok {
		t.Fatal("We Are Media has a refund on a subprocessor objection")
	}
	got, err := wam.Amount(obligation.NOK(12000), common, ymd("2027-11-30"))
	if err != nil || !got.Amount.Equal(obligation.NOK(12000)) {
		t.Errorf("We Are Media refund %v, %v; want NOK 12 000", got.Amount, err)
	}
	// MailMojo 2.7: "refunderes ikke".
	mm, ok := examples.MailMojo().Fees.Refund(agreement.SubprocessorObjection)
	if !ok || mm.Status != obligation.StatedNone {
		t.Fatalf("MailMojo refund term: %+v", mm)
	}
	got, err = mm.Amount(obligation.NOK(12000), common, ymd("2027-02-01"))
	if err != nil || !got.Amount.Equal(obligation.NOK(0)) || got.Clause != "2.7" {
		t.Errorf("MailMojo refund %+v, %v; want NOK 0 under 2.7", got, err)
	}
	// We4you says nothing.
	if _, ok := examples.We4you().Fees.Refund(agreement.SubprocessorObjection); ok {
		t.Error("We4you states no refund term")
	}
}

// TestAssistertPriceAdjustment: "årlig justering av pris basert på
// konsumpris indeks (jfr. SSB)"; the index values are inputs.
func TestAssistertPriceAdjustment(t *testing.T) {
	adj := examples.AssistertSelvhjelp().Fees.Adjustment
	d := decimal.RequireFromString
	// 120 000 × 134.5 ÷ 130.0 = 124 153.846… → 124 153.85.
	got, err := adj.Adjust(obligation.NOK(120000), d("130.0"), d("134.5"))
	if err != nil || !got.Equal(kr("124153.85")) {
		t.Errorf("Adjust = %v, %v; want NOK 124 153.85", got, err)
	}
	// 1 × 201 ÷ 200 = 1.005: the half øre rounds away from zero.
	if got, _ := adj.Adjust(obligation.NOK(1), d("200"), d("201")); !got.Equal(kr("1.01")) {
		t.Errorf("half øre: %v, want NOK 1.01", got)
	}
	if _, err := adj.Adjust(obligation.NOK(1), d("0"), d("201")); err == nil {
		t.Error("a zero base index: want an error")
	}
	if _, err := examples.MailMojo().Fees.Adjustment.Adjust(obligation.NOK(1), d("1"), d("2")); !errors.Is(err, agreement.ErrNoTerm) {
		t.Errorf("MailMojo states no index: %v", err)
	}
}

func BenchmarkAssessTenClaims(b *testing.B) {
	l := examples.MailMojo().Liability
	claims := make([]agreement.Claim, 10)
	for i := range claims {
		claims[i] = negligent("4000", "2026-01-01")
		claims[i].Date = claims[i].Date.AddDays(30 * i)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := l.Assess(claims, agreement.LiabilityFacts{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAssessTenClaimsNortelecom(b *testing.B) {
	l := examples.Nortelecom().Liability
	facts := agreement.LiabilityFacts{Revenue: []agreement.YearAmount{{Year: 2025, Amount: obligation.NOK(200000)}}}
	claims := make([]agreement.Claim, 10)
	for i := range claims {
		claims[i] = negligent("40000", "2026-01-01")
		claims[i].Date = claims[i].Date.AddDays(30 * i)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := l.Assess(claims, facts); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAssessTenClaimsRolling assesses ten claims, a month apart,
// under Cradl's cap on any period of 12 months (Terms of Service 11),
// where each claim reads what the claims of its window have taken.
func BenchmarkAssessTenClaimsRolling(b *testing.B) {
	l := examples.Cradl().Liability
	facts := agreement.LiabilityFacts{AnnualFees: []agreement.YearAmount{
		{Year: 2026, Amount: obligation.NOK(120000)}, {Year: 2027, Amount: obligation.NOK(120000)}}}
	claims := make([]agreement.Claim, 10)
	for i := range claims {
		claims[i] = negligent("40000", "2026-01-01")
		claims[i].Date = claims[i].Date.AddDays(30 * i)
		claims[i].Causes = []agreement.Cause{agreement.OtherCause}
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := l.Assess(claims, facts); err != nil {
			b.Fatal(err)
		}
	}
}

// TestMoneyTermsJSON round-trips each seed's money terms through JSON
// with strict decoding.
func TestMoneyTermsJSON(t *testing.T) {
	for _, a := range examples.All() {
		b, err := agreement.Encode(a)
		if err != nil {
			t.Fatal(err)
		}
		back, err := agreement.Decode(b)
		if err != nil {
			t.Fatalf("%s: %v", a.ID, err)
		}
		if !back.Liability.Equal(a.Liability) || !back.Fees.Equal(a.Fees) || !back.Assistance.Equal(a.Assistance) {
			t.Errorf("%s: money terms changed in a JSON round trip:\n%s", a.ID, cmp.Diff(
				[]any{a.Liability, a.Fees, a.Assistance}, []any{back.Liability, back.Fees, back.Assistance}))
		}
	}
}
