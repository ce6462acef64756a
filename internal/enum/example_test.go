package enum_test

import (
	"fmt"

	"github.com/personvern/dpa/internal/enum"
	"golang.org/x/text/language"
)

// Medium is declared the way the public packages declare their
// enumerations: a named uint8 whose zero means unspecified, and methods
// that are one-line calls into a Table.
type Medium uint8

const (
	Email Medium = iota + 1
	Written
)

var mediumEnum = enum.Table{Prefix: "breach", Type: "Medium", Entries: []enum.Entry{
	{},
	{ID: "email", NB: "skriftlig per e-post", EN: "in writing by e-mail"},
	{ID: "written", NB: "skriftlig", EN: "in writing"},
}}

func (m Medium) String() string                   { return mediumEnum.String(uint8(m)) }
func (m Medium) Label(tag language.Tag) string    { return mediumEnum.Label(uint8(m), tag) }
func (m Medium) MarshalText() ([]byte, error)     { return mediumEnum.Marshal(uint8(m)) }
func (m *Medium) UnmarshalText(text []byte) error { return enum.Unmarshal(&mediumEnum, m, text) }

func Example() {
	fmt.Println(Email, Medium(0), Medium(7))
	fmt.Println(Email.Label(language.MustParse("nn-NO")), "/", Email.Label(language.English))

	var m Medium
	fmt.Println(m.UnmarshalText([]byte("written")), m)
	fmt.Println(m.UnmarshalText([]byte("fax")), m)
	// Output:
	// email unset Medium(7)
	// skriftlig per e-post / in writing by e-mail
	// <nil> written
	// breach: unknown Medium "fax" (want one of email, written) unset
}

func ExampleNorwegian() {
	for _, s := range []string{"nb", "nn-NO", "no", "da", "en-GB"} {
		fmt.Println(s, enum.Norwegian(language.MustParse(s)))
	}
	// Output:
	// nb true
	// nn-NO true
	// no true
	// da false
	// en-GB false
}
