package obligation

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
)

// Money is an amount in an ISO 4217 currency, such as NOK 25 000 or an
// hourly rate of NOK 1 100. It is a small value; pass it by value and
// compare it with [Money.Equal], not ==, since equal amounts may be stored
// with different exponents (25000 and 25000.00).
//
// The zero Money is zero in no currency. It is the neutral element of
// [Money.Add] and [Money.Sub] (adding it to an amount in any currency gives
// that amount), it reports [Money.IsZero], and its text form is "". Any
// other Money needs a currency: [Money.IsValid] reports false for a
// non-zero amount without one.
//
// Arithmetic is exact (decimal, never float). Rounding happens only when
// asked for ([Money.Round]) or where a result must be a payable amount
// ([Money.VAT], [Money.Share]), always to the currency's minor unit (øre
// for NOK) and half away from zero unless a [Rounding] says otherwise.
type Money struct {
	Amount   decimal.Decimal
	Currency currency.Unit
}

// NewMoney returns amount in currency cur.
func NewMoney(amount decimal.Decimal, cur currency.Unit) Money {
	return Money{Amount: amount, Currency: cur}
}

// NOK returns a whole number of Norwegian kroner.
func NOK(kroner int64) Money {
	return Money{Amount: decimal.NewFromInt(kroner), Currency: currency.NOK}
}

// noCurrency is the zero currency.Unit, which x/text spells "XXX" (the ISO
// 4217 code for "no currency").
var noCurrency currency.Unit

// ErrMoneySyntax is wrapped by the errors [ParseMoney] returns.
var ErrMoneySyntax = errors.New("obligation: invalid amount")

// maxAmountDigits bounds the digits of a parsed amount, so that a hostile
// input cannot make formatting or arithmetic expensive. No agreement names
// an amount of 40 digits.
const maxAmountDigits = 40

// ParseMoney parses the text form "<amount> <code>": a decimal number with
// an optional leading minus sign and an optional fractional part after a
// full stop, one space, and an upper-case ISO 4217 code, such as
// "25000 NOK", "1100.50 NOK" or "-12.5 EUR". Exponents, thousands
// separators, a plus sign and the code "XXX" (no currency) are errors. The
// empty string gives the zero Money.
func ParseMoney(s string) (Money, error) {
	if s == "" {
		return Money{}, nil
	}
	num, code, ok := strings.Cut(s, " ")
	if !ok {
		return Money{}, fmt.Errorf("%w %s: want \"<amount> <ISO 4217 code>\", such as \"25000 NOK\"", ErrMoneySyntax, quote(s))
	}
	if err := checkNumber(num); err != nil {
		return Money{}, fmt.Errorf("%w %s: %v", ErrMoneySyntax, quote(s), err)
	}
	if len(code) != 3 || !upper(code) {
		return Money{}, fmt.Errorf("%w %s: currency %s is not an upper-case ISO 4217 code", ErrMoneySyntax, quote(s), quote(code))
	}
	cur, err := currency.ParseISO(code)
	if err != nil || cur == noCurrency {
		return Money{}, fmt.Errorf("%w %s: %s is not an ISO 4217 currency", ErrMoneySyntax, quote(s), quote(code))
	}
	d, err := decimal.NewFromString(num)
	if err != nil {
		return Money{}, fmt.Errorf("%w %s: %v", ErrMoneySyntax, quote(s), err)
	}
	return Money{Amount: d, Currency: cur}, nil
}

// checkNumber accepts -?[0-9]+(\.[0-9]+)? with at most maxAmountDigits
// digits.
func checkNumber(num string) error {
	digits, intDigits, dot := 0, 0, false
	for i := 0; i < len(num); i++ {
		switch c := num[i]; {
		case c == '-' && i == 0:
		case c >= '0' && c <= '9':
			digits++
			if !dot {
				intDigits++
			}
		case c == '.' && !dot:
			if intDigits == 0 {
				return errors.New("want a digit before the decimal point")
			}
			dot = true
		default:
			return fmt.Errorf("unexpected %q in the amount; write it as digits with an optional \".\" and fraction", c)
		}
	}
	switch {
	case intDigits == 0:
		return errors.New("the amount has no digits")
	case dot && digits == intDigits:
		return errors.New("want a digit after the decimal point")
	case digits > maxAmountDigits:
		return fmt.Errorf("more than %d digits", maxAmountDigits)
	}
	return nil
}

func upper(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// MustParseMoney is like [ParseMoney] but panics on an error; for constants
// and tests.
func MustParseMoney(s string) Money {
	m, err := ParseMoney(s)
	if err != nil {
		panic(err)
	}
	return m
}

// IsZero reports whether m is the zero Money (zero in no currency). A zero
// amount in a currency, such as "0 NOK", is not the zero Money.
func (m Money) IsZero() bool { return m.Currency == noCurrency && m.Amount.IsZero() }

// IsValid reports whether m has a currency, or is the zero Money.
func (m Money) IsValid() bool { return m.Currency != noCurrency || m.Amount.IsZero() }

// Equal reports whether m and o are the same amount in the same currency;
// 25000 NOK equals 25000.00 NOK. The zero Money equals only itself.
func (m Money) Equal(o Money) bool {
	return m.Currency == o.Currency && m.Amount.Equal(o.Amount)
}

// Sign returns -1, 0 or +1 as m's amount is negative, zero or positive.
func (m Money) Sign() int { return m.Amount.Sign() }

// MismatchError is the error arithmetic returns when two amounts are in
// different currencies. Match it with errors.As:
//
//	var mm obligation.MismatchError
//	if errors.As(err, &mm) { … mm.A.Currency, mm.B.Currency … }
type MismatchError struct {
	A, B Money
}

// Error says which currencies differ.
func (e MismatchError) Error() string {
	return fmt.Sprintf("obligation: currencies differ: %s and %s", e.A, e.B)
}

// common returns the currency m and o share; the zero Money takes the
// other's currency.
func common(m, o Money) (currency.Unit, error) {
	switch {
	case m.Currency == o.Currency:
		return m.Currency, nil
	case m.IsZero():
		return o.Currency, nil
	case o.IsZero():
		return m.Currency, nil
	}
	return noCurrency, MismatchError{A: m, B: o}
}

// Add returns m + o. Amounts in different currencies are a [MismatchError];
// the zero Money adds to any amount.
func (m Money) Add(o Money) (Money, error) {
	cur, err := common(m, o)
	if err != nil {
		return Money{}, err
	}
	return Money{Amount: m.Amount.Add(o.Amount), Currency: cur}, nil
}

// Sub returns m − o. Amounts in different currencies are a
// [MismatchError]; the zero Money subtracts from, or is subtracted from,
// any amount.
func (m Money) Sub(o Money) (Money, error) {
	cur, err := common(m, o)
	if err != nil {
		return Money{}, err
	}
	return Money{Amount: m.Amount.Sub(o.Amount), Currency: cur}, nil
}

// Cmp compares m and o: -1, 0 or +1 as m is less than, equal to or greater
// than o. Amounts in different currencies are a [MismatchError].
func (m Money) Cmp(o Money) (int, error) {
	if _, err := common(m, o); err != nil {
		return 0, err
	}
	return m.Amount.Cmp(o.Amount), nil
}

// Neg returns −m.
func (m Money) Neg() Money { return Money{Amount: m.Amount.Neg(), Currency: m.Currency} }

// Mul returns m × factor, exactly (not rounded), such as an hourly rate
// times a number of hours.
func (m Money) Mul(factor decimal.Decimal) Money {
	return Money{Amount: m.Amount.Mul(factor), Currency: m.Currency}
}

// MinorDigits returns the number of decimal places of m's currency's minor
// unit in ISO 4217 (2 for NOK and EUR, 0 for JPY), as x/text records it.
func (m Money) MinorDigits() int {
	scale, _ := currency.Standard.Rounding(m.Currency)
	return scale
}

// Round rounds m to its currency's minor unit, half away from zero: NOK
// 0.005 rounds to 0.01 and NOK −0.005 to −0.01.
func (m Money) Round() Money { return m.RoundWith(HalfAwayFromZero) }

// RoundWith rounds m to its currency's minor unit by rule r; the zero
// Rounding means [HalfAwayFromZero].
func (m Money) RoundWith(r Rounding) Money {
	return Money{Amount: roundAmount(m.Amount, int32(m.MinorDigits()), r), Currency: m.Currency}
}

func roundAmount(d decimal.Decimal, places int32, r Rounding) decimal.Decimal {
	switch r {
	case HalfEven:
		return d.RoundBank(places)
	case TowardZero:
		return d.Truncate(places)
	case AwayFromZero:
		return d.RoundUp(places)
	}
	return d.Round(places)
}

// NorwegianVAT returns the general rate of Norwegian value added tax
// (merverdiavgift, "mva."), 25 %, as the fraction 0.25: merverdiavgiftsloven
// § 5-1 first paragraph applies the general rate ("alminnelig sats"), which
// the Storting's annual VAT resolution sets and which has been 25 % since
// 1 January 2005 (Skatteetaten, Merverdiavgiftshåndboken M-5-1.3,
// https://www.skatteetaten.no/rettskilder/type/handboker/merverdiavgiftshandboken/gjeldende/M-5/M-5-1/;
// rates at https://www.skatteetaten.no/satser/merverdiavgift). The rate is
// a parameter everywhere it is used; pass another for the reduced rates
// (15 %, 12 %) or other countries.
func NorwegianVAT() decimal.Decimal { return decimal.New(25, -2) }

// VAT returns the value added tax on the net amount m at rate (a fraction:
// 0.25 for 25 %), rounded to the minor unit half away from zero.
func (m Money) VAT(rate decimal.Decimal) Money {
	return m.Mul(rate).Round()
}

// WithVAT returns the gross amount: m plus [Money.VAT] at rate.
func (m Money) WithVAT(rate decimal.Decimal) Money {
	return Money{Amount: m.Amount.Add(m.VAT(rate).Amount), Currency: m.Currency}
}

// Share returns m × part ÷ whole, rounded to the minor unit half away from
// zero, such as the unused share of a yearly fee for 100 days out of 365.
// A whole of zero or less is an error.
func (m Money) Share(part, whole int64) (Money, error) {
	if whole <= 0 {
		return Money{}, fmt.Errorf("obligation: share %d of %d: the whole must be positive", part, whole)
	}
	return m.MulDiv(decimal.NewFromInt(part), decimal.NewFromInt(whole), HalfAwayFromZero)
}

// MulDiv returns m × num ÷ den rounded to the minor unit by rule r (the
// zero Rounding meaning [HalfAwayFromZero]), such as a price adjusted by
// an index: price × new index ÷ base index. The rounding is exact: the
// quotient is never rounded twice, so 0.00499999… does not become 0.01. A
// zero den is an error.
func (m Money) MulDiv(num, den decimal.Decimal, r Rounding) (Money, error) {
	if den.IsZero() {
		return Money{}, fmt.Errorf("obligation: %s × %s ÷ 0: division by zero", m, num)
	}
	places := int32(m.MinorDigits())
	return Money{Amount: divRound(m.Amount.Mul(num), den, places, r), Currency: m.Currency}, nil
}

// divRound returns n ÷ d rounded to places decimals by rule r, exactly.
func divRound(n, d decimal.Decimal, places int32, r Rounding) decimal.Decimal {
	// QuoRem leaves a remainder with the sign of n and smaller than
	// |d| × ulp, so q is the quotient truncated toward zero.
	q, rem := n.QuoRem(d, places)
	if rem.IsZero() {
		return q
	}
	sign := n.Sign() * d.Sign()
	ulp := decimal.New(1, -places)
	away := func() decimal.Decimal {
		if sign < 0 {
			return q.Sub(ulp)
		}
		return q.Add(ulp)
	}
	// Compare the remainder with half of |d| × ulp.
	twice := rem.Abs().Mul(decimal.NewFromInt(2))
	half := twice.Cmp(d.Abs().Mul(ulp)) // -1 below half, 0 a tie, +1 above
	switch r {
	case TowardZero:
		return q
	case AwayFromZero:
		return away()
	case HalfEven:
		if half > 0 || (half == 0 && !q.Shift(places).Mod(decimal.NewFromInt(2)).IsZero()) {
			return away()
		}
		return q
	}
	if half >= 0 {
		return away()
	}
	return q
}

// String returns the text form, such as "25000 NOK" or "1100.5 NOK", with
// trailing zeros of the fraction dropped; "0" for the zero Money.
func (m Money) String() string {
	if m.IsZero() {
		return "0"
	}
	return m.Amount.String() + " " + m.Currency.String()
}

// MarshalText encodes the text form [ParseMoney] reads, such as
// "25000 NOK"; the zero Money encodes as "". A non-zero amount without a
// currency is an error.
func (m Money) MarshalText() ([]byte, error) {
	if m.IsZero() {
		return []byte{}, nil
	}
	if !m.IsValid() {
		return nil, fmt.Errorf("obligation: amount %s has no currency", m.Amount)
	}
	return []byte(m.String()), nil
}

// UnmarshalText decodes the text form strictly, as [ParseMoney] does.
func (m *Money) UnmarshalText(text []byte) error {
	v, err := ParseMoney(string(text))
	if err != nil {
		return err
	}
	*m = v
	return nil
}

// DisplayStyle chooses how [Money.Display] writes the minor unit. Its zero
// value means [DisplayMinor].
type DisplayStyle uint8

const (
	// DisplayMinor always writes the minor unit: "kr 1 100,00".
	DisplayMinor DisplayStyle = iota + 1
	// DisplayCompact writes the minor unit only when it is not zero:
	// "kr 25 000", "kr 1 100,50".
	DisplayCompact
)

// String returns "minor" or "compact"; "unset" for the zero value, which
// Display reads as DisplayMinor, and "DisplayStyle(n)" for any other.
func (s DisplayStyle) String() string {
	switch s {
	case DisplayMinor:
		return "minor"
	case DisplayCompact:
		return "compact"
	}
	return fallback("DisplayStyle", uint64(s))
}

const (
	nbsp  = "\u00a0" // no-break space: Norwegian digit groups, and after "kr"
	minus = "\u2212" // minus sign, as Norwegian typesetting writes it
)

// Display writes m for people, rounded to the minor unit half away from
// zero, in Norwegian for the languages nb, nn and no and in English for any
// other tag:
//
//	nb: kr 25 000,00   kr 1 100,00   −kr 500,00   EUR 12,50
//	en: NOK 25,000.00  NOK 1,100.00  -NOK 500.00  EUR 12.50
//
// Norwegian writes NOK as "kr", groups digits in threes with a no-break
// space (U+00A0), puts a no-break space after the symbol and uses a
// decimal comma and the minus sign U+2212; English writes the ISO code, a
// space, comma groups and a decimal point. Other currencies are written by
// their ISO code in both languages. The zero Money has no symbol: "0,00",
// "0.00".
//
// The formatting is done here from the decimal rather than by
// golang.org/x/text/currency, which formats Norwegian amounts only from
// float64.
func (m Money) Display(tag language.Tag, style DisplayStyle) string {
	var buf [64]byte
	return string(m.AppendDisplay(buf[:0], tag, style))
}

// AppendDisplay appends [Money.Display]'s text to b.
func (m Money) AppendDisplay(b []byte, tag language.Tag, style DisplayStyle) []byte {
	nb := isNorwegian(tag)
	places := int32(m.MinorDigits())
	var digits [96]byte
	ds, neg, ok := minorDigits(digits[:0], m.Amount, places)
	if !ok {
		r := m.Amount.Round(places)
		neg = r.Sign() < 0
		ds = r.Abs().Coefficient().Append(digits[:0], 10)
		// ds × 10^exp, with exp ≥ -places after rounding.
		for exp := int(r.Exponent()); exp > -int(places); exp-- {
			ds = append(ds, '0')
		}
	}
	// Pad to more digits than the fraction has.
	if len(ds) <= int(places) {
		pad := int(places) + 1 - len(ds)
		ds = append(ds, make([]byte, pad)...)
		copy(ds[pad:], ds[:len(ds)-pad])
		for i := range pad {
			ds[i] = '0'
		}
	}
	intPart, frac := ds[:len(ds)-int(places)], ds[len(ds)-int(places):]
	if style == DisplayCompact && allZero(frac) {
		frac = frac[:0]
	}
	if neg {
		if nb {
			b = append(b, minus...)
		} else {
			b = append(b, '-')
		}
	}
	if m.Currency != noCurrency {
		switch {
		case nb && m.Currency == currency.NOK:
			b = append(b, "kr"...)
		default:
			b = append(b, m.Currency.String()...)
		}
		if nb {
			b = append(b, nbsp...)
		} else {
			b = append(b, ' ')
		}
	}
	group, point := ",", byte('.')
	if nb {
		group, point = nbsp, ','
	}
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b = append(b, group...)
		}
		b = append(b, c)
	}
	if len(frac) > 0 {
		b = append(b, point)
		b = append(b, frac...)
	}
	return b
}

// minorDigits appends the digits of |d| rounded half away from zero to
// places decimals, as a whole number of minor units, using int64
// arithmetic; it reports false when d does not fit, for the caller to use
// big arithmetic.
func minorDigits(b []byte, d decimal.Decimal, places int32) ([]byte, bool, bool) {
	if d.IsZero() {
		return append(b, '0'), false, true
	}
	if d.NumDigits() > 17 {
		return b, false, false
	}
	v, exp := d.CoefficientInt64(), d.Exponent()
	neg := v < 0
	if neg {
		v = -v
	}
	switch {
	case exp < -places:
		shift := -places - exp
		if shift > 17 {
			return b, false, false
		}
		p := int64(1)
		for range shift {
			p *= 10
		}
		q, rem := v/p, v%p
		if 2*rem >= p {
			q++
		}
		v = q
	case exp > -places:
		for range exp + places {
			if v > (1<<62)/10 {
				return b, false, false
			}
			v *= 10
		}
	}
	return strconv.AppendInt(b, v, 10), neg && v != 0, true
}

func allZero(b []byte) bool {
	for _, c := range b {
		if c != '0' {
			return false
		}
	}
	return true
}

// Rounding is a rule for rounding an amount to its currency's minor unit.
// Its zero value means no rule is stated, which [Money.RoundWith] treats as
// [HalfAwayFromZero], the rule this library applies unless a term says
// otherwise.
type Rounding uint8

const (
	// HalfAwayFromZero rounds to the nearest minor unit, halves away from
	// zero: 0.005 → 0.01, −0.005 → −0.01.
	HalfAwayFromZero Rounding = iota + 1
	// HalfEven rounds to the nearest minor unit, halves to the even one
	// ("banker's rounding"): 0.005 → 0.00, 0.015 → 0.02.
	HalfEven
	// TowardZero drops what is below the minor unit: 0.019 → 0.01.
	TowardZero
	// AwayFromZero rounds any remainder up in magnitude: 0.011 → 0.02.
	AwayFromZero
)

var roundingNames = [...]string{"", "half-away-from-zero", "half-even", "toward-zero", "away-from-zero"}

var roundingLabels = [...][2]string{
	{"", ""},
	{"halvt bort fra null", "half away from zero"},
	{"halvt til partall", "half to even"},
	{"mot null", "toward zero"},
	{"bort fra null", "away from zero"},
}

// String returns the rule's identifier, such as "half-away-from-zero".
func (r Rounding) String() string {
	if r != 0 && int(r) < len(roundingNames) {
		return roundingNames[r]
	}
	return fallback("Rounding", uint64(r))
}

// Label returns the rule's name for people, in Norwegian Bokmål for
// Norwegian tags and in English otherwise.
func (r Rounding) Label(tag language.Tag) string {
	if r == 0 || int(r) >= len(roundingLabels) {
		return r.String()
	}
	if isNorwegian(tag) {
		return roundingLabels[r][0]
	}
	return roundingLabels[r][1]
}

// MarshalText encodes the identifier; the zero Rounding encodes as "" and
// an unknown value is an error.
func (r Rounding) MarshalText() ([]byte, error) {
	if int(r) >= len(roundingNames) {
		return nil, fmt.Errorf("obligation: invalid rounding %d", uint8(r))
	}
	return []byte(roundingNames[r]), nil
}

// UnmarshalText accepts exactly the identifiers String returns, and "".
func (r *Rounding) UnmarshalText(text []byte) error {
	for i, n := range roundingNames {
		if string(text) == n {
			*r = Rounding(i)
			return nil
		}
	}
	return fmt.Errorf("obligation: unknown rounding %s (want one of half-away-from-zero, half-even, toward-zero, away-from-zero)", quote(string(text)))
}
