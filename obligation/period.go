package obligation

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Kind is the kind of a [Period]: a quantified length of time, or one of the
// unquantified standards contracts and the GDPR use. The zero Kind means no
// period is stated.
type Kind uint8

const (
	// Within is a quantified period: a number of hours, days, business
	// days, weeks, months or years.
	Within Kind = iota + 1
	// Immediately: "umiddelbart", "omgående".
	Immediately
	// WithoutUndueDelay: "uten ugrunnet opphold", "uten unødig opphold"
	// (GDPR Art. 33(1) and (2)).
	WithoutUndueDelay
	// AsSoonAsPossible: "så snart som mulig".
	AsSoonAsPossible
	// ReasonableTime: "innen rimelig tid", "within a reasonable time".
	ReasonableTime
	// InGoodTime: "i god tid", well ahead of the act; a standard of its
	// own, stricter in its words than a reasonable time.
	InGoodTime
	// InTime: "i tide", early enough for the act to be prepared; a
	// standard of its own, not "within a reasonable time".
	InTime
	// Promptly: "promptly" (Aptible 3.5: «Promptly notify Customer»),
	// quickly but without the "at once" of [Immediately]; a standard of
	// its own, read by neither as the other.
	Promptly
)

var kindNames = [...]string{"", "within", "immediately", "without-undue-delay", "as-soon-as-possible", "reasonable-time", "in-good-time", "in-time", "promptly"}

// String returns the kind's identifier, such as "without-undue-delay".
func (k Kind) String() string {
	if k != 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fallback("Kind", uint64(k))
}

// Unit is the unit of a quantified [Period]. The zero Unit is invalid.
type Unit uint8

const (
	// Hour counts elapsed time from the instant of the event.
	Hour Unit = iota + 1
	// Day counts calendar days.
	Day
	// BusinessDay counts working days of a calendar.
	BusinessDay
	// Week counts weeks of seven days.
	Week
	// Month counts calendar months.
	Month
	// Year counts calendar years.
	Year
)

var unitNames = [...]string{"", "hour", "day", "business day", "week", "month", "year"}

// String returns the unit's English name in the singular, such as
// "business day".
func (u Unit) String() string {
	if u != 0 && int(u) < len(unitNames) {
		return unitNames[u]
	}
	return fallback("Unit", uint64(u))
}

// Period is a length of time a term allows, such as "30 days" or "without
// undue delay and at the latest 24 hours after discovery". It is a small
// comparable value; pass it by value.
//
// For a [Within] period, N and Unit give its length. For an unquantified
// kind, N and Unit give the optional bound ("at the latest"), and are zero
// when there is none. The zero Period means no period is stated, which is
// distinct from any period of length zero (there is none: lengths are at
// least 1).
type Period struct {
	Kind Kind
	Unit Unit
	N    int
	// Kind and Unit come before N so that a Period takes 16 bytes rather
	// than 24; it is written as text, so the order shows nowhere.
}

// MaxN is the largest count a Period holds; it keeps every deadline within
// the range of time.Time arithmetic.
const MaxN = 100000

// Hours returns a period of n hours of elapsed time.
func Hours(n int) Period { return Period{Kind: Within, N: n, Unit: Hour} }

// Days returns a period of n calendar days.
func Days(n int) Period { return Period{Kind: Within, N: n, Unit: Day} }

// BusinessDays returns a period of n working days.
func BusinessDays(n int) Period { return Period{Kind: Within, N: n, Unit: BusinessDay} }

// Weeks returns a period of n weeks.
func Weeks(n int) Period { return Period{Kind: Within, N: n, Unit: Week} }

// Months returns a period of n calendar months.
func Months(n int) Period { return Period{Kind: Within, N: n, Unit: Month} }

// Years returns a period of n calendar years.
func Years(n int) Period { return Period{Kind: Within, N: n, Unit: Year} }

// Unquantified returns the unquantified period of kind k with no bound.
func Unquantified(k Kind) Period { return Period{Kind: k} }

// AtLatest returns p bounded by the quantified period bound, as in "without
// undue delay and at the latest 24 hours after discovery":
//
//	obligation.Unquantified(obligation.WithoutUndueDelay).AtLatest(obligation.Hours(24))
//
// A quantified p, or a bound that is not quantified, leaves p unchanged.
func (p Period) AtLatest(bound Period) Period {
	if p.Kind == Within || bound.Kind != Within {
		return p
	}
	p.N, p.Unit = bound.N, bound.Unit
	return p
}

// IsZero reports whether no period is stated.
func (p Period) IsZero() bool { return p == Period{} }

// IsDiscretionary reports whether p is a standard whose time is a
// judgment with no fixed length and no bound: "as soon as possible",
// "within a reasonable time", "in good time" ("i god tid") or "in time"
// ("i tide"). A party bound by one cannot tell from the text alone when
// it is late.
func (p Period) IsDiscretionary() bool {
	switch p.Kind {
	case AsSoonAsPossible, ReasonableTime, InGoodTime, InTime:
		_, bounded := p.Bound()
		return !bounded
	}
	return false
}

// IsQuantified reports whether p is a [Within] period.
func (p Period) IsQuantified() bool { return p.Kind == Within }

// Bound returns the quantified bound of an unquantified period, and whether
// it has one. For a quantified period it returns p itself.
func (p Period) Bound() (Period, bool) {
	if p.Kind == Within {
		return p, true
	}
	if p.N > 0 && p.Unit != 0 {
		return Period{Kind: Within, N: p.N, Unit: p.Unit}, true
	}
	return Period{}, false
}

// Validate reports whether p is well formed: a known kind, and a count from
// 1 to [MaxN] with a known unit where one is given. The zero Period is
// valid (no period stated).
func (p Period) Validate() error {
	if p.IsZero() {
		return nil
	}
	if p.Kind == 0 || int(p.Kind) >= len(kindNames) {
		return fmt.Errorf("obligation: invalid period kind %d", uint8(p.Kind))
	}
	if p.Kind != Within && p.N == 0 && p.Unit == 0 {
		return nil
	}
	if p.Unit == 0 || int(p.Unit) >= len(unitNames) {
		return fmt.Errorf("obligation: invalid period unit %d", uint8(p.Unit))
	}
	if p.N < 1 {
		return fmt.Errorf("obligation: period of %d %ss: the count must be positive", p.N, p.Unit)
	}
	if p.N > MaxN {
		return fmt.Errorf("obligation: period of %d %ss: the count is above %d", p.N, p.Unit, MaxN)
	}
	return nil
}

var unitDesignators = [...]string{"", "H", "D", "BD", "W", "M", "Y"}

// String returns the text form used in JSON:
//
//   - a quantified period as an ISO 8601 duration: "PT24H", "P30D", "P2W",
//     "P2M", "P1Y", and, as an extension ISO 8601 lacks, "P5BD" for five
//     business days;
//   - an unquantified period by its kind: "immediately",
//     "without-undue-delay", "as-soon-as-possible", "reasonable-time";
//   - a bounded one as kind and bound joined by "/":
//     "without-undue-delay/PT24H";
//   - the zero Period as "".
//
// An invalid Period prints as "%!Period(kind,n,unit)".
func (p Period) String() string {
	if p.IsZero() {
		return ""
	}
	if p.Validate() != nil {
		return fmt.Sprintf("Period(%s, %d, %s)", p.Kind, p.N, p.Unit)
	}
	if p.Kind == Within {
		return iso(p.N, p.Unit)
	}
	if b, ok := p.Bound(); ok {
		return p.Kind.String() + "/" + iso(b.N, b.Unit)
	}
	return p.Kind.String()
}

func iso(n int, u Unit) string {
	t := ""
	if u == Hour {
		t = "T"
	}
	return "P" + t + strconv.Itoa(n) + unitDesignators[u]
}

// ErrPeriodSyntax is wrapped by every error [ParsePeriod] returns.
var ErrPeriodSyntax = errors.New("obligation: invalid period")

// ParsePeriod parses the text form [Period.String] returns. The empty
// string gives the zero Period.
func ParsePeriod(s string) (Period, error) {
	if s == "" {
		return Period{}, nil
	}
	if head, tail, ok := strings.Cut(s, "/"); ok {
		k, err := parseKind(head, s)
		if err != nil {
			return Period{}, err
		}
		if k == Within {
			return Period{}, fmt.Errorf("%w %s: only an unquantified period takes a bound", ErrPeriodSyntax, quote(s))
		}
		b, err := parseISO(tail, s)
		if err != nil {
			return Period{}, err
		}
		return Unquantified(k).AtLatest(b), nil
	}
	if strings.HasPrefix(s, "P") {
		return parseISO(s, s)
	}
	k, err := parseKind(s, s)
	if err != nil {
		return Period{}, err
	}
	if k == Within {
		return Period{}, fmt.Errorf("%w %s: a quantified period is written as an ISO 8601 duration such as P30D", ErrPeriodSyntax, quote(s))
	}
	return Unquantified(k), nil
}

func parseKind(s, whole string) (Kind, error) {
	for i, n := range kindNames {
		if i > 0 && s == n {
			return Kind(i), nil
		}
	}
	return 0, fmt.Errorf("%w %s: want an ISO 8601 duration (PT24H, P30D, P5BD, P2W, P2M, P1Y) or immediately, without-undue-delay, as-soon-as-possible, reasonable-time", ErrPeriodSyntax, quote(whole))
}

func parseISO(s, whole string) (Period, error) {
	rest, ok := strings.CutPrefix(s, "P")
	if !ok {
		return Period{}, fmt.Errorf("%w %s: a duration starts with P", ErrPeriodSyntax, quote(whole))
	}
	hours := false
	if r, ok := strings.CutPrefix(rest, "T"); ok {
		rest, hours = r, true
	}
	i := 0
	for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
		i++
	}
	digits, designator := rest[:i], rest[i:]
	if digits == "" || len(digits) > 6 || (len(digits) > 1 && digits[0] == '0') {
		return Period{}, fmt.Errorf("%w %s: want one count from 1 to %d without leading zeros", ErrPeriodSyntax, quote(whole), MaxN)
	}
	n, _ := strconv.Atoi(digits)
	if n < 1 || n > MaxN {
		return Period{}, fmt.Errorf("%w %s: the count must be from 1 to %d", ErrPeriodSyntax, quote(whole), MaxN)
	}
	var u Unit
	for j, d := range unitDesignators {
		if j > 0 && d == designator {
			u = Unit(j)
		}
	}
	switch {
	case u == 0:
		return Period{}, fmt.Errorf("%w %s: unknown or combined designator %s (one of PTnH, PnD, PnBD, PnW, PnM, PnY)", ErrPeriodSyntax, quote(whole), quote(designator))
	case hours != (u == Hour):
		return Period{}, fmt.Errorf("%w %s: hours are written PTnH and other units without T", ErrPeriodSyntax, quote(whole))
	}
	return Period{Kind: Within, N: n, Unit: u}, nil
}

// MustParsePeriod is like [ParsePeriod] but panics on an error. It is meant
// for constants and tests.
func MustParsePeriod(s string) Period {
	p, err := ParsePeriod(s)
	if err != nil {
		panic(err)
	}
	return p
}

// MarshalText encodes the text form; an invalid period is an error.
func (p Period) MarshalText() ([]byte, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	return []byte(p.String()), nil
}

// UnmarshalText decodes the text form strictly.
func (p *Period) UnmarshalText(text []byte) error {
	q, err := ParsePeriod(string(text))
	if err != nil {
		return err
	}
	*p = q
	return nil
}
