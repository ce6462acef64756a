package breach

import (
	"encoding/json/jsontext"
	"encoding/json/v2"
	"fmt"
	"math/bits"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/personvern/dpa/internal/enum"
	"github.com/personvern/dpa/obligation"
)

// Item is one element a breach notice may have to contain. The items are
// fine enough that every seed's list maps onto them: Nortelecom 10.2.2 asks
// for the approximate number of records but not their categories, Art.
// 33(3)(a) asks for both. The zero Item is invalid.
type Item uint8

const (
	// Nature: what happened ("avvikets art", Art. 33(3)(a)).
	Nature Item = iota + 1
	// Cause: why it happened ("årsak", Assistert Selvhjelp).
	Cause
	// TimeSpan: when the breach started and ended ("tidsrom").
	TimeSpan
	// DiscoveryTime: when the breach was discovered ("tidspunktet avviket
	// ble oppdaget").
	DiscoveryTime
	// SubjectCategories: the categories of data subjects concerned.
	SubjectCategories
	// SubjectCount: the approximate number of data subjects concerned.
	SubjectCount
	// RecordCategories: the categories of personal data records concerned.
	RecordCategories
	// RecordCount: the approximate number of personal data records
	// concerned.
	RecordCount
	// ContactPoint: the name and contact details of the data protection
	// officer or another contact point (Art. 33(3)(b)).
	ContactPoint
	// Consequences: the likely consequences (Art. 33(3)(c)).
	Consequences
	// Measures: the measures taken or proposed, including those to
	// mitigate possible adverse effects (Art. 33(3)(d)).
	Measures

	numItems = iota
)

var itemEnum = enum.Table{Prefix: "breach", Type: "Item", Required: true, Entries: []enum.Entry{
	{},
	{ID: "nature", NB: "avvikets art", EN: "nature of the breach"},
	{ID: "cause", NB: "årsak", EN: "cause"},
	{ID: "time-span", NB: "tidsrom", EN: "time span"},
	{ID: "discovery-time", NB: "tidspunkt for oppdagelse", EN: "time of discovery"},
	{ID: "subject-categories", NB: "kategorier av registrerte", EN: "categories of data subjects"},
	{ID: "subject-count", NB: "omtrentlig antall registrerte", EN: "approximate number of data subjects"},
	{ID: "record-categories", NB: "kategorier av registreringer av personopplysninger", EN: "categories of personal data records"},
	{ID: "record-count", NB: "omtrentlig antall registreringer av personopplysninger", EN: "approximate number of personal data records"},
	{ID: "contact-point", NB: "kontaktpunkt", EN: "contact point"},
	{ID: "consequences", NB: "sannsynlige konsekvenser", EN: "likely consequences"},
	{ID: "measures", NB: "tiltak som er iverksatt eller foreslått", EN: "measures taken or proposed"},
}}

// String returns the wire identifier, such as "subject-count".
func (i Item) String() string { return itemEnum.String(uint8(i)) }

// Label returns the Norwegian Bokmål or English label.
func (i Item) Label(tag language.Tag) string { return itemEnum.Label(uint8(i), tag) }

// MarshalText encodes the identifier; the zero Item is an error.
func (i Item) MarshalText() ([]byte, error) { return itemEnum.Marshal(uint8(i)) }

// UnmarshalText accepts exactly the identifiers String returns.
func (i *Item) UnmarshalText(b []byte) error { return enum.Unmarshal(&itemEnum, i, b) }

// Items is a set of [Item] values. It is a small comparable value; the zero
// Items is the empty set. In JSON it is an array of identifiers in item
// order: ["nature","measures"].
type Items uint16

// ItemsOf returns the set holding the given items; invalid items are
// ignored.
func ItemsOf(items ...Item) Items {
	var s Items
	for _, i := range items {
		s = s.With(i)
	}
	return s
}

const allItems Items = 1<<(numItems+1) - 2

// With returns s with i added; an invalid i leaves s unchanged.
func (s Items) With(i Item) Items {
	if i == 0 || i > numItems {
		return s
	}
	return s | 1<<i
}

// Has reports whether i is in s.
func (s Items) Has(i Item) bool { return i != 0 && i <= numItems && s&(1<<i) != 0 }

// Len returns the number of items in s.
func (s Items) Len() int { return bits.OnesCount16(uint16(s & allItems)) }

// List returns the items of s in item order.
func (s Items) List() []Item {
	out := make([]Item, 0, s.Len())
	for i := Item(1); i <= numItems; i++ {
		if s.Has(i) {
			out = append(out, i)
		}
	}
	return out
}

// String returns the identifiers joined by "+", such as
// "nature+measures", "none" for the empty set, and a bit no item has as
// "Items(0x…)" at the end.
func (s Items) String() string {
	if s == 0 {
		return "none"
	}
	var b strings.Builder
	for _, i := range s.List() {
		if b.Len() > 0 {
			b.WriteByte('+')
		}
		b.WriteString(i.String())
	}
	if extra := s &^ allItems; extra != 0 {
		if b.Len() > 0 {
			b.WriteByte('+')
		}
		b.WriteString("Items(0x" + strconv.FormatUint(uint64(extra), 16) + ")")
	}
	return b.String()
}

// MarshalJSONTo encodes the set as an array of identifiers.
func (s Items) MarshalJSONTo(enc *jsontext.Encoder) error {
	if s&^allItems != 0 {
		return fmt.Errorf("breach: invalid Items %#x", uint16(s))
	}
	if err := enc.WriteToken(jsontext.BeginArray); err != nil {
		return err
	}
	for i := Item(1); i <= numItems; i++ {
		if s.Has(i) {
			if err := enc.WriteToken(jsontext.String(itemEnum.Entries[i].ID)); err != nil {
				return err
			}
		}
	}
	return enc.WriteToken(jsontext.EndArray)
}

// UnmarshalJSONFrom decodes an array of identifiers strictly; unknown or
// repeated identifiers are errors, named by their index (items[2]).
func (s *Items) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	if err := readArray(dec, "items"); err != nil {
		return err
	}
	var out Items
	for dec.PeekKind() != ']' {
		var i Item
		if err := json.UnmarshalDecode(dec, &i); err != nil {
			return err
		}
		if out.Has(i) {
			return fmt.Errorf("breach: item %q listed twice", i)
		}
		out = out.With(i)
	}
	if _, err := dec.ReadToken(); err != nil {
		return err
	}
	*s = out
	return nil
}

// readArray reads the '[' that starts a set's array, or reads the whole
// value and says what the set is written as.
func readArray(dec *jsontext.Decoder, what string) error {
	if k := dec.PeekKind(); k != '[' {
		if _, err := dec.ReadValue(); err != nil {
			return err
		}
		return fmt.Errorf("breach: %s are an array of identifiers, not %s", what, kindName(k))
	}
	_, err := dec.ReadToken()
	return err
}

func kindName(k jsontext.Kind) string {
	switch k {
	case 'n':
		return "null"
	case 't', 'f':
		return "a boolean"
	case '{':
		return "an object"
	case '"':
		return "a string"
	}
	return "a number"
}

// Effects is the set of security properties a breach compromised: the
// breach types of the EDPB's guidelines, confidentiality, integrity and
// availability ("konfidensialitet, integritet, tilgjengelighet"). The zero
// Effects means not yet known. In JSON it is an array of identifiers.
type Effects uint8

const (
	// Confidentiality: unauthorised or accidental disclosure of, or access
	// to, personal data.
	Confidentiality Effects = 1 << iota
	// Integrity: unauthorised or accidental alteration.
	Integrity
	// Availability: accidental or unauthorised loss of access to, or
	// destruction of, personal data.
	Availability

	allEffects = Confidentiality | Integrity | Availability
)

var effectNames = [...]struct{ id, nb, en string }{
	{"confidentiality", "konfidensialitet", "confidentiality"},
	{"integrity", "integritet", "integrity"},
	{"availability", "tilgjengelighet", "availability"},
}

// Has reports whether every effect in e2 is in e.
func (e Effects) Has(e2 Effects) bool { return e2 != 0 && e&e2 == e2 }

// String returns the identifiers joined by "+", such as
// "confidentiality+availability", "unknown" for the zero Effects (not yet
// known), and a bit no effect has as "Effects(0x…)" at the end.
func (e Effects) String() string {
	if e == 0 {
		return "unknown"
	}
	var b strings.Builder
	for i, n := range effectNames {
		if e&(1<<i) != 0 {
			if b.Len() > 0 {
				b.WriteByte('+')
			}
			b.WriteString(n.id)
		}
	}
	if extra := e &^ allEffects; extra != 0 {
		if b.Len() > 0 {
			b.WriteByte('+')
		}
		b.WriteString("Effects(0x" + strconv.FormatUint(uint64(extra), 16) + ")")
	}
	return b.String()
}

// Label returns the effects in Norwegian Bokmål or English, joined by
// commas.
func (e Effects) Label(tag language.Tag) string {
	var b strings.Builder
	for i, n := range effectNames {
		if e&(1<<i) != 0 {
			if b.Len() > 0 {
				b.WriteString(", ")
			}
			if enum.Norwegian(tag) {
				b.WriteString(n.nb)
			} else {
				b.WriteString(n.en)
			}
		}
	}
	return b.String()
}

// MarshalJSONTo encodes the set as an array of identifiers.
func (e Effects) MarshalJSONTo(enc *jsontext.Encoder) error {
	if e&^allEffects != 0 {
		return fmt.Errorf("breach: invalid Effects %#x", uint8(e))
	}
	if err := enc.WriteToken(jsontext.BeginArray); err != nil {
		return err
	}
	for i, n := range effectNames {
		if e&(1<<i) != 0 {
			if err := enc.WriteToken(jsontext.String(n.id)); err != nil {
				return err
			}
		}
	}
	return enc.WriteToken(jsontext.EndArray)
}

// UnmarshalJSONFrom decodes an array of identifiers strictly; unknown or
// repeated identifiers are errors, named by their index (effects[1]).
func (e *Effects) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	if err := readArray(dec, "effects"); err != nil {
		return err
	}
	var out Effects
	for dec.PeekKind() != ']' {
		var eff effect
		if err := json.UnmarshalDecode(dec, &eff); err != nil {
			return err
		}
		if out&eff.bit != 0 {
			return fmt.Errorf("breach: effect %q listed twice", effectNames[bits.TrailingZeros8(uint8(eff.bit))].id)
		}
		out |= eff.bit
	}
	if _, err := dec.ReadToken(); err != nil {
		return err
	}
	*e = out
	return nil
}

// effect is one element of an Effects array.
type effect struct{ bit Effects }

func (f *effect) UnmarshalText(b []byte) error {
	for i, n := range effectNames {
		if string(b) == n.id {
			f.bit = 1 << i
			return nil
		}
	}
	return fmt.Errorf("breach: unknown effect %s (want one of confidentiality, integrity, availability)", enum.Quote(string(b)))
}

// Requirement is one element of the contents a notice must hold, as one
// source words it: an item of Art. 33(3), or an entry of the agreement's own
// list. Text keeps the source's words; Items says which [Item] values they
// ask for.
type Requirement struct {
	// Source is where it comes from; zero in an agreement's own list is
	// read as [Agreement].
	Source Source `json:"source,omitzero"`
	// Clause is the agreement's clause, or the article for the law.
	Clause obligation.Clause `json:"clause,omitzero"`
	// Text keeps the source's words.
	Text string `json:"text,omitzero"`
	// Items are the items the words ask for.
	Items Items `json:"items"`
}

// Cite returns where the requirement comes from: the article for the law,
// "avtalen 10.2.2"/"agreement 10.2.2" for an agreement (with "—" for a
// clause not given).
func (r Requirement) Cite(tag language.Tag) string {
	if r.Source == Law {
		return string(r.Clause)
	}
	if enum.Norwegian(tag) {
		return "avtalen " + r.Clause.String()
	}
	return "agreement " + r.Clause.String()
}

// art33_3 holds the minimum contents of Art. 33(3) GDPR [aptible
// 33-notification-to-authority.md]. The clause 9.2 of the 2021/915
// clauses asks for the same of a processor's notice to the controller.
var art33_3 = [...]Requirement{
	{Source: Law, Clause: "GDPR art. 33(3)(a)", Text: "the nature of the personal data breach including where possible, the categories and approximate number of data subjects concerned and the categories and approximate number of personal data records concerned",
		Items: ItemsOf(Nature, SubjectCategories, SubjectCount, RecordCategories, RecordCount)},
	{Source: Law, Clause: "GDPR art. 33(3)(b)", Text: "the name and contact details of the data protection officer or other contact point where more information can be obtained",
		Items: ItemsOf(ContactPoint)},
	{Source: Law, Clause: "GDPR art. 33(3)(c)", Text: "the likely consequences of the personal data breach",
		Items: ItemsOf(Consequences)},
	{Source: Law, Clause: "GDPR art. 33(3)(d)", Text: "the measures taken or proposed to be taken by the controller to address the personal data breach, including, where appropriate, measures to mitigate its possible adverse effects",
		Items: ItemsOf(Measures)},
}

// LawRequirements returns the minimum contents of GDPR Art. 33(3), one
// [Requirement] per point (a) to (d). The result is a fresh copy.
func LawRequirements() []Requirement {
	out := art33_3
	return out[:]
}

var lawItems = func() Items {
	var s Items
	for _, r := range art33_3 {
		s |= r.Items
	}
	return s
}()
