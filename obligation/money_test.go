package obligation

import (
	"encoding/json"
	"errors"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
)

var (
	nb = language.MustParse("nb")
	en = language.English
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func TestParseMoney(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Money
	}{
		// MailMojo 4: "begrenset til kr 25 000".
		{"whole kroner", "25000 NOK", NOK(25000)},
		// MailMojo 2.3.5: "timepris á kr 1.100 eks. mva.".
		{"øre", "1100.50 NOK", NewMoney(dec("1100.5"), currency.NOK)},
		{"negative", "-12.5 EUR", NewMoney(dec("-12.5"), currency.EUR)},
		{"more places than the minor unit", "0.005 NOK", NewMoney(dec("0.005"), currency.NOK)},
		{"zero in a currency", "0 NOK", NOK(0)},
		{"empty is the zero Money", "", Money{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseMoney(tt.in)
			if err != nil {
				t.Fatalf("ParseMoney(%q): %v", tt.in, err)
			}
			if !got.Equal(tt.want) {
				t.Errorf("ParseMoney(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestParseMoneyErrors(t *testing.T) {
	for _, in := range []string{
		"25000", "NOK 25000", "25000 nok", "25000  NOK", " 25000 NOK", "25000 NOK ",
		"25 000 NOK", "25,000 NOK", "25000,00 NOK", "+5 NOK", "1e3 NOK", ".5 NOK", "5. NOK",
		"- NOK", "-", "5 XXX", "5 ABC", "5 NOKK", "5 NO", "0x10 NOK", "1.2.3 NOK", "--1 NOK",
		strings.Repeat("9", 41) + " NOK",
	} {
		if m, err := ParseMoney(in); err == nil {
			t.Errorf("ParseMoney(%q) = %v, want an error", in, m)
		} else if !errors.Is(err, ErrMoneySyntax) {
			t.Errorf("ParseMoney(%q): %v does not wrap ErrMoneySyntax", in, err)
		}
	}
}

func TestDisplay(t *testing.T) {
	tests := []struct {
		name  string
		m     Money
		tag   language.Tag
		style DisplayStyle
		want  string
	}{
		// The strings STYLE.md and issue 6 pin: groups of three with a
		// no-break space, decimal comma, "kr" before the amount.
		{"nb cap compact", NOK(25000), nb, DisplayCompact, "kr\u00a025\u00a0000"},
		{"nb rate with øre", NOK(1100), nb, DisplayMinor, "kr\u00a01\u00a0100,00"},
		{"en cap", NOK(25000), en, DisplayMinor, "NOK 25,000.00"},
		{"en compact", NOK(25000), en, DisplayCompact, "NOK 25,000"},
		{"zero style is minor", NOK(1100), nb, 0, "kr\u00a01\u00a0100,00"},
		{"nb compact keeps øre", MustParseMoney("1100.5 NOK"), nb, DisplayCompact, "kr\u00a01\u00a0100,50"},
		{"nb million", NOK(1234567), nb, DisplayMinor, "kr\u00a01\u00a0234\u00a0567,00"},
		{"en million", NOK(1234567), en, DisplayMinor, "NOK 1,234,567.00"},
		{"three digits have no group", NOK(999), nb, DisplayCompact, "kr\u00a0999"},
		{"below one krone", MustParseMoney("0.5 NOK"), nb, DisplayMinor, "kr\u00a00,50"},
		{"half øre rounds away from zero", MustParseMoney("0.005 NOK"), nb, DisplayMinor, "kr\u00a00,01"},
		{"nb negative", NOK(-500), nb, DisplayMinor, "\u2212kr\u00a0500,00"},
		{"en negative", NOK(-500), en, DisplayMinor, "-NOK 500.00"},
		{"negative half øre", MustParseMoney("-0.005 NOK"), en, DisplayMinor, "-NOK 0.01"},
		{"nb euro by code", MustParseMoney("1234.5 EUR"), nb, DisplayMinor, "EUR\u00a01\u00a0234,50"},
		{"yen has no minor unit", MustParseMoney("1234.5 JPY"), en, DisplayMinor, "JPY 1,235"},
		{"nynorsk is Norwegian", NOK(25000), language.MustParse("nn"), DisplayCompact, "kr\u00a025\u00a0000"},
		{"nb-NO is Norwegian", NOK(25000), language.MustParse("nb-NO"), DisplayCompact, "kr\u00a025\u00a0000"},
		{"German falls back to English", NOK(25000), language.German, DisplayMinor, "NOK 25,000.00"},
		{"zero Money nb", Money{}, nb, DisplayMinor, "0,00"},
		{"zero Money en", Money{}, en, DisplayMinor, "0.00"},
		{"large exponent", NewMoney(decimal.New(25, 3), currency.NOK), nb, DisplayCompact, "kr\u00a025\u00a0000"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.m.Display(tt.tag, tt.style); got != tt.want {
				t.Errorf("Display = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestRound(t *testing.T) {
	tests := []struct {
		in   string
		r    Rounding
		want string
	}{
		{"0.005 NOK", 0, "0.01 NOK"},
		{"0.005 NOK", HalfAwayFromZero, "0.01 NOK"},
		{"-0.005 NOK", HalfAwayFromZero, "-0.01 NOK"},
		{"0.0049999 NOK", HalfAwayFromZero, "0 NOK"},
		{"2.675 NOK", HalfAwayFromZero, "2.68 NOK"},
		{"0.005 NOK", HalfEven, "0 NOK"},
		{"0.015 NOK", HalfEven, "0.02 NOK"},
		{"0.019 NOK", TowardZero, "0.01 NOK"},
		{"-0.019 NOK", TowardZero, "-0.01 NOK"},
		{"0.011 NOK", AwayFromZero, "0.02 NOK"},
		{"-0.011 NOK", AwayFromZero, "-0.02 NOK"},
		{"0.5 JPY", HalfAwayFromZero, "1 JPY"},
		{"1.0005 BHD", HalfAwayFromZero, "1.001 BHD"},
	}
	for _, tt := range tests {
		got := MustParseMoney(tt.in).RoundWith(tt.r)
		if want := MustParseMoney(tt.want); !got.Equal(want) {
			t.Errorf("%s rounded %v = %v, want %v", tt.in, tt.r, got, want)
		}
	}
	if got := MustParseMoney("0.005 NOK").Round(); !got.Equal(MustParseMoney("0.01 NOK")) {
		t.Errorf("Round(0.005 NOK) = %v, want 0.01 NOK", got)
	}
}

func TestVAT(t *testing.T) {
	// MailMojo 2.3.5: NOK 1 100 an hour excluding VAT; Norwegian VAT 25 %.
	rate := NOK(1100)
	if got, want := rate.VAT(NorwegianVAT()), NOK(275); !got.Equal(want) {
		t.Errorf("VAT = %v, want %v", got, want)
	}
	if got, want := rate.WithVAT(NorwegianVAT()), NOK(1375); !got.Equal(want) {
		t.Errorf("WithVAT = %v, want %v", got, want)
	}
	// 0.02 × 25 % = 0.005: the half øre rounds up.
	if got, want := MustParseMoney("0.02 NOK").VAT(NorwegianVAT()), MustParseMoney("0.01 NOK"); !got.Equal(want) {
		t.Errorf("VAT(0.02) = %v, want %v", got, want)
	}
	// A reduced rate is a parameter: 15 % of 100.
	if got, want := NOK(100).VAT(dec("0.15")), NOK(15); !got.Equal(want) {
		t.Errorf("VAT at 15 %% = %v, want %v", got, want)
	}
}

func TestShare(t *testing.T) {
	// 120 000 for 366 days, 100 unused: 32 786.885… → 32 786.89.
	got, err := NOK(120000).Share(100, 366)
	if err != nil {
		t.Fatal(err)
	}
	if want := MustParseMoney("32786.89 NOK"); !got.Equal(want) {
		t.Errorf("Share = %v, want %v", got, want)
	}
	// 1 × 1 ÷ 200 = 0.005: the half øre rounds away from zero.
	if got, _ := NOK(1).Share(1, 200); !got.Equal(MustParseMoney("0.01 NOK")) {
		t.Errorf("Share(1, 200) of 1 NOK = %v, want 0.01 NOK", got)
	}
	if _, err := NOK(1).Share(1, 0); err == nil {
		t.Error("Share with a zero whole: want an error")
	}
}

func TestArithmetic(t *testing.T) {
	sum, err := NOK(10000).Add(NOK(12000))
	if err != nil || !sum.Equal(NOK(22000)) {
		t.Errorf("Add = %v, %v; want 22000 NOK", sum, err)
	}
	diff, err := NOK(25000).Sub(NOK(31000))
	if err != nil || !diff.Equal(NOK(-6000)) {
		t.Errorf("Sub = %v, %v; want -6000 NOK", diff, err)
	}
	if c, err := NOK(1).Cmp(NOK(2)); err != nil || c != -1 {
		t.Errorf("Cmp = %d, %v; want -1", c, err)
	}
	if got := NOK(1100).Mul(dec("2.5")); !got.Equal(NOK(2750)) {
		t.Errorf("Mul = %v, want 2750 NOK", got)
	}
	if got := NOK(5).Neg(); !got.Equal(NOK(-5)) || got.Sign() != -1 {
		t.Errorf("Neg = %v", got)
	}

	eur := MustParseMoney("10 EUR")
	for name, f := range map[string]func() error{
		"Add": func() error { _, err := NOK(1).Add(eur); return err },
		"Sub": func() error { _, err := NOK(1).Sub(eur); return err },
		"Cmp": func() error { _, err := NOK(1).Cmp(eur); return err },
	} {
		err := f()
		var mm MismatchError
		if !errors.As(err, &mm) {
			t.Errorf("%s NOK and EUR: %v, want a MismatchError", name, err)
			continue
		}
		if mm.A.Currency != currency.NOK || mm.B.Currency != currency.EUR {
			t.Errorf("%s: MismatchError{%v, %v}", name, mm.A, mm.B)
		}
		if want := "obligation: currencies differ: 1 NOK and 10 EUR"; err.Error() != want {
			t.Errorf("%s: %q, want %q", name, err, want)
		}
	}
}

func TestZeroMoney(t *testing.T) {
	var z Money
	if !z.IsZero() || !z.IsValid() {
		t.Fatal("the zero Money must be zero and valid")
	}
	if NOK(0).IsZero() {
		t.Error("0 NOK is not the zero Money")
	}
	for _, m := range []Money{NOK(25000), MustParseMoney("3.5 EUR")} {
		if got, err := z.Add(m); err != nil || !got.Equal(m) {
			t.Errorf("zero + %v = %v, %v", m, got, err)
		}
		if got, err := m.Add(z); err != nil || !got.Equal(m) {
			t.Errorf("%v + zero = %v, %v", m, got, err)
		}
		if got, err := z.Sub(m); err != nil || !got.Equal(m.Neg()) {
			t.Errorf("zero − %v = %v, %v", m, got, err)
		}
	}
	if (Money{Amount: dec("5")}).IsValid() {
		t.Error("an amount without a currency must not be valid")
	}
	if _, err := (Money{Amount: dec("5")}).MarshalText(); err == nil {
		t.Error("MarshalText of an amount without a currency: want an error")
	}
}

func TestMoneyText(t *testing.T) {
	type wrap struct {
		Cap  Money `json:"cap"`
		Rate Money `json:"rate,omitzero"`
	}
	in := wrap{Cap: NOK(25000)}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"cap":"25000 NOK"}`; string(b) != want {
		t.Errorf("json = %s, want %s", b, want)
	}
	var out wrap
	if err := json.Unmarshal([]byte(`{"cap":"25000.00 NOK","rate":"1100 NOK"}`), &out); err != nil {
		t.Fatal(err)
	}
	if !out.Cap.Equal(NOK(25000)) || !out.Rate.Equal(NOK(1100)) {
		t.Errorf("decoded %+v", out)
	}
	if err := json.Unmarshal([]byte(`{"cap":"25 000 NOK"}`), &out); err == nil {
		t.Error("decoding \"25 000 NOK\": want an error")
	}
	if got := (Money{}).String(); got != "0" {
		t.Errorf("zero String = %q", got)
	}
}

func TestRoundingText(t *testing.T) {
	for r := HalfAwayFromZero; r <= AwayFromZero; r++ {
		b, err := r.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Rounding
		if err := back.UnmarshalText(b); err != nil || back != r {
			t.Errorf("%v round trip: %v, %v", r, back, err)
		}
		if r.Label(nb) == "" || r.Label(en) == "" || r.Label(nb) == r.Label(en) {
			t.Errorf("%v labels: %q, %q", r, r.Label(nb), r.Label(en))
		}
	}
	var r Rounding
	if err := r.UnmarshalText([]byte("half-up")); err == nil {
		t.Error("unknown rounding: want an error")
	}
	if _, err := Rounding(9).MarshalText(); err == nil {
		t.Error("invalid rounding: want an error")
	}
	if got := Rounding(9).String(); got != "Rounding(9)" {
		t.Errorf("String = %q", got)
	}
	if got := HalfEven.Label(nb); got != "halvt til partall" {
		t.Errorf("Label = %q", got)
	}
}

// randomMoney draws an amount with up to four decimals in one of a few
// currencies.
func randomMoney(r *rand.Rand) Money {
	curs := []currency.Unit{currency.NOK, currency.EUR, currency.SEK, currency.USD, currency.JPY}
	amt := decimal.New(r.Int64N(2_000_000_000)-1_000_000_000, -int32(r.IntN(5)))
	return NewMoney(amt, curs[r.IntN(len(curs))])
}

func TestPropertyCurrenciesNeverMix(t *testing.T) {
	r := rand.New(rand.NewPCG(6, 2026))
	for range 5000 {
		a, b := randomMoney(r), randomMoney(r)
		sum, err := a.Add(b)
		if a.Currency != b.Currency {
			var mm MismatchError
			if !errors.As(err, &mm) {
				t.Fatalf("%v + %v = %v, %v; want a MismatchError", a, b, sum, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%v + %v: %v", a, b, err)
		}
		back, err := sum.Sub(b)
		if err != nil || !back.Equal(a) {
			t.Fatalf("(%v + %v) − %v = %v, %v", a, b, b, back, err)
		}
		if rev, _ := b.Add(a); !rev.Equal(sum) {
			t.Fatalf("addition does not commute: %v, %v", sum, rev)
		}
	}
}

func TestPropertyRoundIsNearest(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 25000))
	for range 5000 {
		m := randomMoney(r)
		got := m.Round()
		half := decimal.New(5, -int32(m.MinorDigits())-1)
		if got.Amount.Sub(m.Amount).Abs().GreaterThan(half) {
			t.Fatalf("Round(%v) = %v is more than half a minor unit away", m, got)
		}
		if got.Amount.Exponent() < -int32(m.MinorDigits()) {
			t.Fatalf("Round(%v) = %v keeps digits below the minor unit", m, got)
		}
	}
}

func FuzzParseMoney(f *testing.F) {
	for _, s := range []string{"25000 NOK", "1100.50 NOK", "-0.005 EUR", "", "0 JPY", "1e3 NOK", "5 XXX", "25 000 NOK"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := ParseMoney(s)
		if err != nil {
			return
		}
		text, err := m.MarshalText()
		if err != nil {
			t.Fatalf("MarshalText(%q → %v): %v", s, m, err)
		}
		back, err := ParseMoney(string(text))
		if err != nil {
			t.Fatalf("ParseMoney(%q) (from %q): %v", text, s, err)
		}
		if !back.Equal(m) {
			t.Fatalf("round trip %q → %q → %v, want %v", s, text, back, m)
		}
		again, _ := back.MarshalText()
		if string(again) != string(text) {
			t.Fatalf("text form not stable: %q then %q", text, again)
		}
		_ = m.Display(nb, DisplayCompact)
		_ = m.Display(en, DisplayMinor)
	})
}

func BenchmarkDisplay(b *testing.B) {
	m := MustParseMoney("1234567.895 NOK")
	b.ReportAllocs()
	for b.Loop() {
		_ = m.Display(nb, DisplayMinor)
	}
}

func BenchmarkAppendDisplay(b *testing.B) {
	m := NOK(25000)
	buf := make([]byte, 0, 64)
	b.ReportAllocs()
	for b.Loop() {
		buf = m.AppendDisplay(buf[:0], en, DisplayMinor)
	}
}

func BenchmarkParseMoney(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_, _ = ParseMoney("1100.50 NOK")
	}
}

func BenchmarkAdd(b *testing.B) {
	x, y := NOK(10000), NOK(12000)
	b.ReportAllocs()
	for b.Loop() {
		_, _ = x.Add(y)
	}
}

func TestMulDiv(t *testing.T) {
	tests := []struct {
		m, num, den string
		r           Rounding
		want        string
		reason      string
	}{
		{"1 NOK", "201", "200", HalfAwayFromZero, "1.01 NOK", "1.005 is a tie: away from zero"},
		{"1 NOK", "201", "200", HalfEven, "1 NOK", "1.005 is a tie: to the even 1.00"},
		{"1 NOK", "203", "200", HalfEven, "1.02 NOK", "1.015 is a tie: to the even 1.02"},
		{"1 NOK", "201", "200", TowardZero, "1 NOK", ""},
		{"1 NOK", "201", "200", AwayFromZero, "1.01 NOK", ""},
		{"-1 NOK", "201", "200", HalfAwayFromZero, "-1.01 NOK", "negative ties go away from zero too"},
		{"1 NOK", "201", "-200", HalfAwayFromZero, "-1.01 NOK", "a negative divisor"},
		{"1 NOK", "1", "3", HalfAwayFromZero, "0.33 NOK", "0.333…"},
		{"1 NOK", "2", "3", TowardZero, "0.66 NOK", "0.666…"},
		{"1 NOK", "1", "3", AwayFromZero, "0.34 NOK", ""},
		{"-1 NOK", "1", "3", AwayFromZero, "-0.34 NOK", ""},
		// Just below a tie: rounding the quotient first to 12 places would
		// make 0.005 and then 0.01.
		{"1 NOK", "49999999999999", "10000000000000000", HalfAwayFromZero, "0 NOK", "0.0049999999999999 is below the half øre"},
		{"120000 NOK", "134.5", "130.0", 0, "124153.85 NOK", "the zero Rounding is half away from zero"},
		{"100 JPY", "1", "3", HalfAwayFromZero, "33 JPY", "no minor unit"},
	}
	for _, tt := range tests {
		got, err := MustParseMoney(tt.m).MulDiv(dec(tt.num), dec(tt.den), tt.r)
		if err != nil {
			t.Fatal(err)
		}
		if !got.Equal(MustParseMoney(tt.want)) {
			t.Errorf("%s × %s ÷ %s (%v) = %v, want %s (%s)", tt.m, tt.num, tt.den, tt.r, got, tt.want, tt.reason)
		}
	}
	if _, err := NOK(1).MulDiv(dec("1"), dec("0"), 0); err == nil {
		t.Error("division by zero: want an error")
	}
}

// TestPropertyDisplayMatchesDecimal checks Display's int64 fast path and
// its big-number path against decimal's own rounding (StringFixed, half
// away from zero), for amounts of every size.
func TestPropertyDisplayMatchesDecimal(t *testing.T) {
	r := rand.New(rand.NewPCG(1100, 25))
	for range 20000 {
		coef := r.Int64N(1 << 62)
		if r.IntN(2) == 0 {
			coef = r.Int64N(1_000_000)
		}
		if r.IntN(2) == 0 {
			coef = -coef
		}
		d := decimal.New(coef, int32(r.IntN(30)-20))
		if r.IntN(10) == 0 { // beyond int64
			d = d.Mul(decimal.New(1, 25))
		}
		m := NewMoney(d, currency.NOK)
		fixed := d.StringFixed(2)
		neg := strings.HasPrefix(fixed, "-")
		fixed = strings.TrimPrefix(fixed, "-")
		intPart, frac, _ := strings.Cut(fixed, ".")
		var grouped strings.Builder
		for i, c := range intPart {
			if i > 0 && (len(intPart)-i)%3 == 0 {
				grouped.WriteByte(',')
			}
			grouped.WriteRune(c)
		}
		want := "NOK " + grouped.String() + "." + frac
		if neg && strings.Trim(intPart+frac, "0") != "" {
			want = "-" + want
		}
		if got := m.Display(en, DisplayMinor); got != want {
			t.Fatalf("Display(%s) = %q, want %q", d, got, want)
		}
	}
}

func TestDisplayStyleString(t *testing.T) {
	for s, want := range map[DisplayStyle]string{0: "unset", DisplayMinor: "minor", DisplayCompact: "compact", 9: "DisplayStyle(9)"} {
		if got := s.String(); got != want {
			t.Errorf("DisplayStyle(%d).String() = %q, want %q", uint8(s), got, want)
		}
	}
}
