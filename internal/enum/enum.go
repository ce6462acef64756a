// Package enum is the machinery behind the library's enumerations: one
// table type that gives a small named integer its wire identifier, its
// Norwegian Bokmål and English labels, a String with a "%!Type(n)"
// fallback, and strict text encoding, plus [Norwegian], the one rule for
// which language tags get the Bokmål texts.
//
// A public package declares its enumeration as a named uint8 whose zero
// means unspecified, describes it with a package-level [Table], and writes
// its methods as one-line calls:
//
//	var triggerEnum = enum.Table{Prefix: "breach", Type: "Trigger", Entries: []enum.Entry{
//		{},
//		{ID: "awareness", NB: "kjennskap til avviket", EN: "awareness of the breach"},
//	}}
//
//	func (t Trigger) String() string { return triggerEnum.String(uint8(t)) }
//	func (t *Trigger) UnmarshalText(b []byte) error { return enum.Unmarshal(&triggerEnum, t, b) }
//
// # Differences kept as options
//
// The packages did not all treat the zero value alike, and their tests and
// golden files pin what they do, so the differences are fields of [Table]
// rather than one rule imposed on all: [Table.Required] makes the zero
// value unencodable (it marshals to an error and the empty text is
// rejected) instead of encoding as ""; the zero [Entry]'s NB and EN, when
// set, are the zero value's labels (such as "ikke angitt"), otherwise its
// label is the String fallback; [Table.Noun] names the type in errors
// where a package words them with a noun ("refund kind") instead of the Go
// type name. Error texts start with [Table.Prefix], the package name, so
// they read as the package's own ("breach: unknown Trigger …").
//
// # Layering
//
// The package imports only golang.org/x/text/language and nothing of this
// module, so it is a leaf: any package allowed to import internal/ can use
// it without creating a cycle or a dependency on a public package. This
// follows golang.org/x/text, which keeps machinery shared by several of its
// public packages in internal/<concept> (internal/language, internal/tag)
// rather than in a util package. The design keeps annex and obligation free
// of any import of this module, internal/ included, so they keep their own
// tables of the same shape.
//
// # Allocations
//
// A Table is read-only after initialisation and safe for concurrent use.
// [Table.Valid], [Table.String] and [Table.Label] of a known value,
// [Table.Unmarshal] of a known identifier and [Norwegian] do not allocate;
// [Table.Marshal] allocates only the returned slice. Only the error paths
// and the String fallback for an invalid value format text.
package enum

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// Entry is one value of an enumeration: its wire identifier and its
// Norwegian Bokmål and English labels. The entry at index 0 describes the
// zero value: its ID is empty, and its NB and EN are the zero value's
// labels, or empty to label it with the String fallback.
type Entry struct {
	// ID is the stable wire identifier, in kebab case ("controller-contact").
	ID string
	// NB is the label in Norwegian Bokmål.
	NB string
	// EN is the label in English.
	EN string
}

// Table describes one enumeration: a named uint8 whose value v is described
// by Entries[v]. Values from 1 to len(Entries)-1 are valid; zero means
// unspecified. A Table is a plain value meant to be declared once as a
// package-level variable and never modified.
type Table struct {
	// Prefix starts every error text, followed by ": "; it is the name of
	// the package that owns the type, such as "breach".
	Prefix string
	// Type is the Go type name, used by String for an invalid value
	// ("%!Trigger(9)") and by errors when Noun is empty.
	Type string
	// Noun names the type in error texts ("refund kind"); empty means Type.
	Noun string
	// Entries holds the values, indexed by value; Entries[0] is the zero
	// value (see [Entry]).
	Entries []Entry
	// Required makes the zero value unencodable: Marshal of zero is an
	// error ("invalid Item 0") and Unmarshal of the empty text is an
	// error ("empty Item (want one of nature, …)"). Without it zero encodes as the empty text
	// and the empty text decodes as zero.
	Required bool
}

// Valid reports whether v is one of the table's non-zero values.
func (t *Table) Valid(v uint8) bool { return v != 0 && int(v) < len(t.Entries) }

// String returns the identifier of a valid value, or "%!Type(v)" for zero
// and any value the table does not hold, in the manner of time.Month.
func (t *Table) String(v uint8) string {
	if t.Valid(v) {
		return t.Entries[v].ID
	}
	return Fallback(t.Type, uint64(v))
}

// Label returns the label of v in Norwegian Bokmål when [Norwegian]
// reports true for tag, and in English otherwise. The zero value has the
// labels of Entries[0] if it has any; otherwise, and for a value the table
// does not hold, Label returns what String does.
func (t *Table) Label(v uint8, tag language.Tag) string {
	if int(v) >= len(t.Entries) {
		return t.String(v)
	}
	e := &t.Entries[v]
	s := e.EN
	if Norwegian(tag) {
		s = e.NB
	}
	if s == "" {
		return t.String(v)
	}
	return s
}

// Marshal returns the identifier of v as text. The zero value encodes as
// the empty text, or is an error if the table is Required; a value the
// table does not hold is an error.
func (t *Table) Marshal(v uint8) ([]byte, error) {
	if t.Valid(v) {
		return []byte(t.Entries[v].ID), nil
	}
	if v == 0 && !t.Required {
		return []byte{}, nil
	}
	return nil, fmt.Errorf("%s: invalid %s %d", t.Prefix, t.noun(), v)
}

// Unmarshal returns the value whose identifier is exactly text. The empty
// text is zero, or an error if the table is Required. Any other text is an
// error; both errors list the identifiers, and the returned value is then
// zero.
func (t *Table) Unmarshal(text []byte) (uint8, error) {
	if len(text) == 0 {
		if t.Required {
			return 0, fmt.Errorf("%s: empty %s (want one of %s)", t.Prefix, t.noun(), t.ids())
		}
		return 0, nil
	}
	for i := 1; i < len(t.Entries); i++ {
		if string(text) == t.Entries[i].ID {
			return uint8(i), nil
		}
	}
	return 0, fmt.Errorf("%s: unknown %s %s (want one of %s)", t.Prefix, t.noun(), Quote(string(text)), t.ids())
}

// ids returns the identifiers of the valid values, joined by ", ".
func (t *Table) ids() string {
	var b strings.Builder
	for i := 1; i < len(t.Entries); i++ {
		if i > 1 {
			b.WriteString(", ")
		}
		b.WriteString(t.Entries[i].ID)
	}
	return b.String()
}

// Unmarshal is the body of an UnmarshalText method: it stores in *dst the
// value whose identifier is text, as [Table.Unmarshal] finds it. On an
// unknown text it stores zero and returns the error; on the empty text of
// a Required table it returns the error and leaves *dst unchanged, as the
// packages' UnmarshalText methods have always done.
func Unmarshal[T ~uint8](t *Table, dst *T, text []byte) error {
	v, err := t.Unmarshal(text)
	if err == nil || len(text) != 0 {
		*dst = T(v)
	}
	return err
}

// Fallback is how an enumeration value without an identifier prints:
// "unset" for zero, the value unspecified, and "Type(n)" for a value
// the type does not define, such as Trigger(9): readable, and still
// naming the type and the number for whoever debugs it.
func Fallback(typ string, v uint64) string {
	if v == 0 {
		return "unset"
	}
	return typ + "(" + strconv.FormatUint(v, 10) + ")"
}

// ExcerptBytes is the most bytes of a bad value that [Quote] shows.
const ExcerptBytes = 48

// Quote returns s quoted as %q would, or, when s is longer than
// ExcerptBytes, its start quoted and followed by its length, so that an
// error never copies a large bad value:
//
//	"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"… (52428800 bytes)
//
// Every enumeration error of the module quotes the bad text with Quote
// (annex and obligation, which do not import this package, with copies of
// it), so they all read `<package>: unknown <noun> "<text>" (want one of
// a, b, c)`.
func Quote(s string) string {
	if len(s) <= ExcerptBytes {
		return strconv.Quote(s)
	}
	i := ExcerptBytes
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return strconv.Quote(s[:i]) + "… (" + strconv.Itoa(len(s)) + " bytes)"
}

func (t *Table) noun() string {
	if t.Noun != "" {
		return t.Noun
	}
	return t.Type
}

var (
	bokmal  = language.MustParseBase("nb")
	nynorsk = language.MustParseBase("nn")
	norsk   = language.MustParseBase("no")
)

// Norwegian reports whether tag asks for Norwegian: the languages nb
// (Bokmål), nn (Nynorsk) and no (Norwegian) all get the Bokmål texts, with
// any region or script ("nb-NO", "nn-NO"); every other tag gets English.
// The language is the one [language.Tag.Base] reports, so a tag without
// one ("und") is read as its most likely language. Norwegian compares
// [language.Base] values and does not allocate.
func Norwegian(tag language.Tag) bool {
	b, _ := tag.Base()
	return b == bokmal || b == nynorsk || b == norsk
}
