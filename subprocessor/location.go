package subprocessor

import (
	"errors"
	"fmt"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/personvern/dpa/internal/enum"
)

// Location is where a subprocessor processes personal data or where its
// staff reach them from. It is a small comparable value with three states:
//
//   - a country, by its ISO 3166-1 alpha-2 code: Location{Country: "US"};
//   - a third country the text does not name: Location{ThirdCountry: true}
//     (We Are Media: "utenfor Norge, EU og Sveits");
//   - unknown, the zero Location: the text does not say where.
//
// Its text form, used in JSON, is the code ("US"), "third-country" or
// "unknown".
type Location struct {
	// Country is the ISO 3166-1 alpha-2 code in upper case, or "".
	Country string
	// ThirdCountry marks a place outside the EEA whose country the text
	// does not name. It is false when Country is set.
	ThirdCountry bool
}

// In returns the location in the country with ISO 3166-1 alpha-2 code
// code. It does not check the code; see [ParseLocation] and
// [Location.Validate].
func In(code string) Location { return Location{Country: code} }

// Unnamed is the location "outside the EEA, country not named".
var Unnamed = Location{ThirdCountry: true}

// IsKnown reports whether l names a country.
func (l Location) IsKnown() bool { return l.Country != "" && !l.ThirdCountry }

// IsUnknown reports whether l is the zero Location: the text does not say.
func (l Location) IsUnknown() bool { return l == Location{} }

// String returns the text form: the country code, "third-country" or
// "unknown".
func (l Location) String() string {
	switch {
	case l.ThirdCountry && l.Country == "":
		return "third-country"
	case l.Country == "" && !l.ThirdCountry:
		return "unknown"
	case l.ThirdCountry:
		return fmt.Sprintf("%%!Location(%s,third-country)", l.Country)
	}
	return l.Country
}

// ErrCountry is wrapped by the errors for codes that are not assigned
// ISO 3166-1 alpha-2 country codes.
var ErrCountry = errors.New("subprocessor: not an ISO 3166-1 alpha-2 country code")

// ParseLocation parses the text form [Location.String] returns. A country
// must be an assigned ISO 3166-1 alpha-2 code in upper case ("NO", "US",
// "GB"; not "UK", "EU" or "no").
func ParseLocation(s string) (Location, error) {
	switch s {
	case "unknown":
		return Location{}, nil
	case "third-country":
		return Unnamed, nil
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
// country, or an assigned ISO 3166-1 alpha-2 code.
func (l Location) Validate() error {
	if l.ThirdCountry && l.Country != "" {
		return fmt.Errorf("subprocessor: location names country %q and is also an unnamed third country", l.Country)
	}
	if l.Country == "" {
		return nil
	}
	return checkCountry(l.Country)
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

// Label returns the country's name in English or, for a Norwegian tag, in
// Bokmål ("USA", "Storbritannia"), or "unknown"/"ukjent" and "third
// country (not named)"/"tredjeland (ikke navngitt)".
func (l Location) Label(tag language.Tag) string {
	no := enum.Norwegian(tag)
	switch {
	case l.IsUnknown():
		if no {
			return "ukjent"
		}
		return "unknown"
	case l.Country == "":
		if no {
			return "tredjeland (ikke navngitt)"
		}
		return "third country (not named)"
	}
	r, err := language.ParseRegion(l.Country)
	if err != nil {
		return l.Country
	}
	names := regionsEN
	if no {
		names = regionsNB
	}
	if n := names.Name(r); n != "" {
		return n
	}
	return l.Country
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
		return fmt.Errorf("%w: %q (want two upper-case letters such as \"NO\")", ErrCountry, code)
	}
	r, err := language.ParseRegion(code)
	if err != nil || !r.IsCountry() || r.IsPrivateUse() || r.Canonicalize() != r || reserved[code] ||
		regionsEN.Name(r) == "" {
		return fmt.Errorf("%w: %q", ErrCountry, code)
	}
	return nil
}

// eea holds the member states of the European Economic Area today: the 27
// EU member states and Iceland, Liechtenstein and Norway (FACTS.md §3.2,
// "Norway, Iceland and Liechtenstein are EEA, not third countries").
// Greece is "GR" in ISO 3166-1 (the EU's own "EL" is not an ISO code).
// Earlier accessions (Croatia 2013) are not modelled; the United Kingdom's
// history is in the transfer table.
var eea = map[string]bool{
	"AT": true, "BE": true, "BG": true, "HR": true, "CY": true, "CZ": true, "DK": true, "EE": true,
	"FI": true, "FR": true, "DE": true, "GR": true, "HU": true, "IE": true, "IT": true, "LV": true,
	"LT": true, "LU": true, "MT": true, "NL": true, "PL": true, "PT": true, "RO": true, "SK": true,
	"SI": true, "ES": true, "SE": true,
	"IS": true, "LI": true, "NO": true,
}

// InEEA reports whether l is a country of the European Economic Area.
func (l Location) InEEA() bool { return l.IsKnown() && eea[l.Country] }
