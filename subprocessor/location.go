package subprocessor

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/personvern/dpa/internal/enum"
)

// Location is where a subprocessor processes personal data or where its
// staff reach them from, as the text names it. It is a small comparable
// value in one of six states:
//
//   - a country, by its ISO 3166-1 alpha-2 code: Location{Country: "US"},
//     or [In]("US");
//   - a region the law knows ([EU], [EEA], [EUEEA], [EEAAdequate]) or
//     [Global], "anywhere the provider operates": Location{Region: EU};
//   - a set of countries, "one or more of": [AnyOf]("US", "CA"), whose
//     Countries field holds the codes sorted and joined by "+";
//   - a third country the text does not name: Location{ThirdCountry: true},
//     or [Unnamed] (We Are Media: "utenfor Norge, EU og Sveits");
//   - unknown, the zero Location: the text does not say where.
//
// A list of Locations, as [Entry.Processing] holds, names every place;
// "US and EU (CDN)" is two Locations, In("US") and Location{Region: EU}.
// Whether a region includes a country on a day is dated data
// ([Law.Member]): the United Kingdom was in the EU until 31 January 2020.
//
// Its text form, used in JSON, is the country code ("US"), the region's
// identifier ("eu", "eea", "eu-eea", "eea-adequate", "global"), the set
// ("CA+US"), "third-country" or "unknown". A plain country code, the form
// of earlier files, decodes as before.
type Location struct {
	// Country is the ISO 3166-1 alpha-2 code in upper case, or "".
	Country string
	// ThirdCountry marks a place outside the EEA whose country the text
	// does not name. It is false when any other field is set.
	ThirdCountry bool
	// Region is a region the text names, or zero.
	Region Region
	// Countries is a set of two or more countries: their ISO 3166-1
	// alpha-2 codes, sorted, without repeats, joined by "+" ("CA+US").
	// [AnyOf] builds it.
	Countries string
}

// In returns the location in the country with ISO 3166-1 alpha-2 code
// code. It does not check the code; see [ParseLocation] and
// [Location.Validate].
func In(code string) Location { return Location{Country: code} }

// AnyOf returns the location "one or more of these countries": a set of
// the codes, sorted and without repeats, or the one country when only one
// code is given. It does not check the codes; see [Location.Validate].
func AnyOf(codes ...string) Location {
	cs := slices.Clone(codes)
	slices.Sort(cs)
	cs = slices.Compact(cs)
	switch len(cs) {
	case 0:
		return Location{}
	case 1:
		return In(cs[0])
	}
	return Location{Countries: strings.Join(cs, "+")}
}

// Unnamed is the location "outside the EEA, country not named".
var Unnamed = Location{ThirdCountry: true}

// IsKnown reports whether l names exactly one country.
func (l Location) IsKnown() bool {
	return l.Country != "" && !l.ThirdCountry && l.Region == 0 && l.Countries == ""
}

// IsUnknown reports whether l is the zero Location: the text does not say.
func (l Location) IsUnknown() bool { return l == Location{} }

// IsSet reports whether l is a set of countries.
func (l Location) IsSet() bool { return l.Countries != "" }

// CountryCodes returns the countries l names: its country, or the
// members of its set, in code order; nil for a region, an unnamed third
// country or an unknown place.
func (l Location) CountryCodes() []string {
	switch {
	case l.Countries != "":
		return strings.Split(l.Countries, "+")
	case l.Country != "":
		return []string{l.Country}
	}
	return nil
}

// String returns the text form: the country code, the region's
// identifier, the set ("CA+US"), "third-country" or "unknown". An invalid
// combination prints as "%!Location(...)".
func (l Location) String() string {
	n := 0
	for _, b := range [...]bool{l.Country != "", l.ThirdCountry, l.Region != 0, l.Countries != ""} {
		if b {
			n++
		}
	}
	switch {
	case n > 1:
		return fmt.Sprintf("Location(%s, %t, %d, %s)", l.Country, l.ThirdCountry, l.Region, l.Countries)
	case l.ThirdCountry:
		return "third-country"
	case l.Region != 0:
		return l.Region.String()
	case l.Countries != "":
		return l.Countries
	case l.Country != "":
		return l.Country
	}
	return "unknown"
}

// ErrCountry is wrapped by the errors for codes that are not assigned
// ISO 3166-1 alpha-2 country codes.
var ErrCountry = errors.New("subprocessor: not an ISO 3166-1 alpha-2 country code")

// ParseLocation parses the text form [Location.String] returns. A country
// must be an assigned ISO 3166-1 alpha-2 code in upper case ("NO", "US",
// "GB"; not "UK", "EU" or "no"); a region is its identifier in lower case
// ("eu", "eea", "eu-eea", "eea-adequate", "global"); a set is two or more
// codes joined by "+", in any order ("US+CA" is the set "CA+US").
func ParseLocation(s string) (Location, error) {
	switch s {
	case "unknown":
		return Location{}, nil
	case "third-country":
		return Unnamed, nil
	}
	if r, ok := regionByID(s); ok {
		return Location{Region: r}, nil
	}
	if strings.Contains(s, "+") {
		codes := strings.Split(s, "+")
		for _, c := range codes {
			if err := checkCountry(c); err != nil {
				return Location{}, err
			}
		}
		l := AnyOf(codes...)
		if !l.IsSet() {
			return Location{}, fmt.Errorf("subprocessor: the set %s names one country; write it as %s", enum.Quote(s), enum.Quote(l.Country))
		}
		return l, nil
	}
	if err := checkCountry(s); err != nil {
		return Location{}, err
	}
	return Location{Country: s}, nil
}

// MustParseLocation is like [ParseLocation] but panics on an error; for
// constants and tests.
func MustParseLocation(s string) Location {
	l, err := ParseLocation(s)
	if err != nil {
		panic(err)
	}
	return l
}

// Validate reports whether l is well formed: unknown, an unnamed third
// country, a known region, an assigned ISO 3166-1 alpha-2 code, or a set
// of two or more of them in canonical form.
func (l Location) Validate() error {
	n := 0
	for _, b := range [...]bool{l.Country != "", l.ThirdCountry, l.Region != 0, l.Countries != ""} {
		if b {
			n++
		}
	}
	if n > 1 {
		return fmt.Errorf("subprocessor: location %s sets more than one of country, third country, region and set", l)
	}
	switch {
	case l.Region != 0:
		if !regionEnum.Valid(uint8(l.Region)) {
			return fmt.Errorf("subprocessor: invalid region %d", l.Region)
		}
	case l.Countries != "":
		codes := strings.Split(l.Countries, "+")
		for _, c := range codes {
			if err := checkCountry(c); err != nil {
				return err
			}
		}
		if c := AnyOf(codes...); c.Countries != l.Countries {
			return fmt.Errorf("subprocessor: the set %s is not in canonical form (want %s: sorted, no repeats, two or more)", enum.Quote(l.Countries), enum.Quote(c.Countries))
		}
	case l.Country != "":
		return checkCountry(l.Country)
	}
	return nil
}

// MarshalText encodes the text form; an invalid location is an error.
func (l Location) MarshalText() ([]byte, error) {
	if err := l.Validate(); err != nil {
		return nil, err
	}
	return []byte(l.String()), nil
}

// UnmarshalText decodes the text form strictly.
func (l *Location) UnmarshalText(text []byte) error {
	m, err := ParseLocation(string(text))
	if err != nil {
		return err
	}
	*l = m
	return nil
}

// Label returns the place in English or, for a Norwegian tag, in Bokmål:
// a country's name ("USA", "Storbritannia"), a region's label ("EU/EØS"),
// a set's names joined by " / ", "unknown"/"ukjent", or "third country
// (not named)"/"tredjeland (ikke navngitt)".
func (l Location) Label(tag language.Tag) string {
	no := enum.Norwegian(tag)
	switch {
	case l.IsUnknown():
		if no {
			return "ukjent"
		}
		return "unknown"
	case l.ThirdCountry:
		if no {
			return "tredjeland (ikke navngitt)"
		}
		return "third country (not named)"
	case l.Region != 0:
		return l.Region.Label(tag)
	case l.Countries != "":
		codes := strings.Split(l.Countries, "+")
		for i, c := range codes {
			codes[i] = countryName(c, no)
		}
		return strings.Join(codes, " / ")
	}
	return countryName(l.Country, no)
}

// countryName names a country in Bokmål or English, or returns its code.
func countryName(code string, no bool) string {
	r, err := language.ParseRegion(code)
	if err != nil {
		return code
	}
	names := regionsEN
	if no {
		names = regionsNB
	}
	if n := names.Name(r); n != "" {
		return n
	}
	return code
}

// countryInSentence names a country as a sentence needs it: in English
// with "the" where the name takes one ("the United States", "the
// Netherlands", "the Cayman Islands"), in Norwegian Bokmål as
// [countryName] does.
func countryInSentence(code string, no bool) string {
	n := countryName(code, no)
	if no || n == code {
		return n
	}
	switch {
	case strings.HasPrefix(n, "United "), strings.HasSuffix(n, " Islands"), strings.HasSuffix(n, " Republic"):
		return "the " + n
	}
	switch n {
	case "Netherlands", "Philippines", "Bahamas", "Gambia", "Maldives", "Isle of Man", "Vatican City":
		return "the " + n
	}
	return n
}

// regionsEN and regionsNB name countries in English and Norwegian Bokmål.
// display.Regions matches the language against x/text's tables on every
// call, so they are looked up once; a Namer is an immutable index.
var (
	regionsEN = display.Regions(language.English)
	regionsNB = display.Regions(language.Norwegian)
)

// reserved holds the codes x/text accepts as countries that ISO 3166-1
// only reserves (exceptional reservations such as "UK" and "EU" are caught
// by the canonical-form and IsCountry checks).
var reserved = map[string]bool{"AC": true, "CP": true, "DG": true, "EA": true, "IC": true, "TA": true, "EZ": true, "UN": true}

// checkCountry accepts exactly the 249 assigned ISO 3166-1 alpha-2 codes,
// in upper case. It uses x/text's region table and rejects what that table
// also knows: deprecated codes (canonicalised to another, such as "UK" to
// "GB" or "DD" to "DE", or without a name, such as "SU"), private-use
// codes ("XK", "ZZ") and the exceptionally reserved codes.
func checkCountry(code string) error {
	if len(code) != 2 || code[0] < 'A' || code[0] > 'Z' || code[1] < 'A' || code[1] > 'Z' {
		return fmt.Errorf("%w: %s (want two upper-case letters such as \"NO\")", ErrCountry, enum.Quote(code))
	}
	if !assigned[code[0]-'A'][code[1]-'A'] {
		return fmt.Errorf("%w: %s", ErrCountry, enum.Quote(code))
	}
	return nil
}

// assigned marks the assigned codes, by letter. It is computed once from
// x/text's tables ([isAssigned]) and never modified: a lookup there costs
// more than the rest of a transfer assessment.
var assigned = func() (t [26][26]bool) {
	for a := range 26 {
		for b := range 26 {
			t[a][b] = isAssigned(string([]byte{byte('A' + a), byte('A' + b)}))
		}
	}
	return t
}()

// isAssigned applies the rules of [checkCountry] to two upper-case letters
// through x/text's region table.
func isAssigned(code string) bool {
	r, err := language.ParseRegion(code)
	return err == nil && r.IsCountry() && !r.IsPrivateUse() && r.Canonicalize() == r && !reserved[code] &&
		regionsEN.Name(r) != ""
}

// InEEA reports whether l is a country of the European Economic Area on
// the latest day of the embedded region table (today's members); see
// [Law.InEEA] for a given day.
func (l Location) InEEA() bool {
	return l.IsKnown() && defaultLaw.inEEA(l.Country, farFuture)
}

// Region is a region an agreement names as a place. The zero value means
// none.
type Region uint8

const (
	// EU: the member states of the European Union on the day.
	EU Region = iota + 1
	// EEA: the European Economic Area, the EU's member states and
	// Iceland, Liechtenstein and Norway.
	EEA
	// EUEEA: "EU/EEA" as agreements write it; the same places as the
	// EEA, kept apart to hold the text without loss.
	EUEEA
	// EEAAdequate: the EEA and the countries with an adequacy decision
	// on the day, within each decision's scope.
	EEAAdequate
	// Global: anywhere the provider operates; it includes third
	// countries.
	Global
)

var regionEnum = enum.Table{Prefix: "subprocessor", Type: "Region", Noun: "region", Entries: []enum.Entry{
	{},
	{ID: "eu", NB: "EU", EN: "EU"},
	{ID: "eea", NB: "EØS", EN: "EEA"},
	{ID: "eu-eea", NB: "EU/EØS", EN: "EU/EEA"},
	{ID: "eea-adequate", NB: "EØS og land med tilstrekkelighetsbeslutning", EN: "EEA and countries with an adequacy decision"},
	{ID: "global", NB: "globalt (der leverandøren har virksomhet)", EN: "global (anywhere the provider operates)"},
}}

// String returns the identifier: "eu", "eea", "eu-eea", "eea-adequate" or
// "global".
func (r Region) String() string { return regionEnum.String(uint8(r)) }

// Label returns the English or, for a Norwegian tag, the Bokmål label.
func (r Region) Label(tag language.Tag) string { return regionEnum.Label(uint8(r), tag) }

// MarshalText encodes the identifier; the zero value encodes as "".
func (r Region) MarshalText() ([]byte, error) { return regionEnum.Marshal(uint8(r)) }

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (r *Region) UnmarshalText(text []byte) error { return enum.Unmarshal(&regionEnum, r, text) }

func regionByID(s string) (Region, bool) {
	for i := 1; i < len(regionEnum.Entries); i++ {
		if regionEnum.Entries[i].ID == s {
			return Region(i), true
		}
	}
	return 0, false
}

// ThirdCountries reports whether the region can include a third country
// for an exporter in the EEA: [Global] does, [EEAAdequate] does (the
// countries with an adequacy decision), the others do not.
func (r Region) ThirdCountries() bool { return r == Global || r == EEAAdequate }
