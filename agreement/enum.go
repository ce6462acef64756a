package agreement

import (
	"fmt"
	"strings"

	"github.com/personvern/dpa/internal/enum"
	"github.com/personvern/dpa/obligation"
	"golang.org/x/text/language"
)

// label is one enumeration value's identifier and its two display texts.
type label struct{ id, nb, en string }

func enumString[T ~uint8](v T, table []label, typ string) string {
	if v != 0 && int(v) < len(table) {
		return table[v].id
	}
	return enum.Fallback(typ, uint64(v))
}

func enumMarshal[T ~uint8](v T, table []label, typ string) ([]byte, error) {
	if v == 0 || int(v) >= len(table) {
		return nil, fmt.Errorf("agreement: invalid %s %d", typ, uint8(v))
	}
	return []byte(table[v].id), nil
}

// enumValid reports whether v is a value its table names: exactly what
// enumMarshal encodes. Validation asks it rather than MarshalText, which
// copies the name it returns.
func enumValid[T ~uint8](v T, table []label) bool { return v != 0 && int(v) < len(table) }

func enumUnmarshal[T ~uint8](dst *T, text []byte, table []label, typ string) error {
	for i := 1; i < len(table); i++ {
		if table[i].id == string(text) {
			*dst = T(i)
			return nil
		}
	}
	ids := make([]string, 0, len(table)-1)
	for _, l := range table[1:] {
		ids = append(ids, l.id)
	}
	return fmt.Errorf("agreement: unknown %s %s (want one of %s)", typ, enum.Quote(string(text)), strings.Join(ids, ", "))
}

func enumLabel[T ~uint8](v T, table []label, tag language.Tag, typ string) string {
	if v == 0 || int(v) >= len(table) {
		return enumString(v, table, typ)
	}
	if norwegian(tag) {
		return table[v].nb
	}
	return table[v].en
}

// norwegian reports whether tag asks for Norwegian; Bokmål serves nb, nn
// and no alike, by the library's one rule ([enum.Norwegian]).
func norwegian(tag language.Tag) bool { return enum.Norwegian(tag) }

// Role is a party's role under the GDPR.
type Role uint8

const (
	// Controller (behandlingsansvarlig), GDPR Art. 4(7).
	Controller Role = iota + 1
	// Processor (databehandler), GDPR Art. 4(8).
	Processor
)

var roleLabels = []label{{}, {"controller", "behandlingsansvarlig", "controller"}, {"processor", "databehandler", "processor"}}

// String returns the identifier: "controller" or "processor".
func (r Role) String() string { return enumString(r, roleLabels, "Role") }

// Label returns the role's name in Norwegian Bokmål or English.
func (r Role) Label(tag language.Tag) string { return enumLabel(r, roleLabels, tag, "Role") }

// MarshalText encodes the identifier.
func (r Role) MarshalText() ([]byte, error) { return enumMarshal(r, roleLabels, "role") }

// UnmarshalText accepts exactly the identifiers String returns.
func (r *Role) UnmarshalText(b []byte) error { return enumUnmarshal(r, b, roleLabels, "role") }

// ContactKind is what a party's contact is.
type ContactKind uint8

const (
	// ContactPoint is a contact point (kontaktpunkt, kontaktperson).
	ContactPoint ContactKind = iota + 1
	// DataProtectionOfficer is a data protection officer (personvernombud),
	// GDPR Art. 37–39.
	DataProtectionOfficer
	// Signatory is the person who signed for the party (daglig leder).
	Signatory
	// Representative is the party's representative in the Union, GDPR
	// Art. 27, for a party established outside it.
	Representative
)

var contactLabels = []label{{},
	{"contact-point", "kontaktpunkt", "contact point"},
	{"data-protection-officer", "personvernombud", "data protection officer"},
	{"signatory", "signatar", "signatory"},
	{"representative", "representant i EU (art. 27)", "representative in the Union (Art. 27)"},
}

// String returns the identifier, such as "contact-point".
func (k ContactKind) String() string { return enumString(k, contactLabels, "ContactKind") }

// Label returns the name in Norwegian Bokmål or English.
func (k ContactKind) Label(tag language.Tag) string {
	return enumLabel(k, contactLabels, tag, "ContactKind")
}

// MarshalText encodes the identifier.
func (k ContactKind) MarshalText() ([]byte, error) {
	return enumMarshal(k, contactLabels, "contact kind")
}

// UnmarshalText accepts exactly the identifiers String returns.
func (k *ContactKind) UnmarshalText(b []byte) error {
	return enumUnmarshal(k, b, contactLabels, "contact kind")
}

// Channel is a way notice may or must be given: the one vocabulary of
// channels, [obligation.Channel], that subprocessor announcements and
// breach notices use too.
type Channel = obligation.Channel

// The channels agreement-wide notices name; every [obligation.Channel] may
// be used.
const (
	// Written is notice in writing, in whatever form the agreement allows.
	Written = obligation.Written
	// Email is notice by e-mail.
	Email = obligation.Email
	// Post is notice by letter.
	Post = obligation.Letter
	// RegisteredPost is notice by registered letter ("rekommandert
	// brev"), which is a letter too.
	RegisteredPost = obligation.RegisteredLetter
	// WebPage is notice on the service's portal or website.
	WebPage = obligation.Portal
)

// TermBasis is what an agreement's duration is tied to.
type TermBasis uint8

const (
	// FixedPeriods: the agreement runs for periods of a stated length.
	FixedPeriods TermBasis = iota + 1
	// FollowsMainAgreement: the DPA runs as long as the main (service)
	// agreement.
	FollowsMainAgreement
	// WhileProcessing: the DPA runs as long as the processor processes
	// personal data for the controller.
	WhileProcessing
)

var termLabels = []label{{},
	{"fixed-periods", "faste avtaleperioder", "fixed periods"},
	{"follows-main-agreement", "følger hovedavtalen", "follows the main agreement"},
	{"while-processing", "så lenge behandlingen pågår", "while processing continues"},
}

// String returns the identifier, such as "fixed-periods".
func (b TermBasis) String() string { return enumString(b, termLabels, "TermBasis") }

// Label returns the name in Norwegian Bokmål or English.
func (b TermBasis) Label(tag language.Tag) string { return enumLabel(b, termLabels, tag, "TermBasis") }

// MarshalText encodes the identifier.
func (b TermBasis) MarshalText() ([]byte, error) { return enumMarshal(b, termLabels, "term basis") }

// UnmarshalText accepts exactly the identifiers String returns.
func (b *TermBasis) UnmarshalText(t []byte) error {
	return enumUnmarshal(b, t, termLabels, "term basis")
}

// Terminator says who may terminate an agreement by notice.
type Terminator uint8

const (
	// EitherParty may terminate.
	EitherParty Terminator = iota + 1
	// ControllerOnly may terminate.
	ControllerOnly
	// ProcessorOnly may terminate.
	ProcessorOnly
)

var terminatorLabels = []label{{},
	{"either-party", "begge parter", "either party"},
	{"controller", "behandlingsansvarlig", "the controller"},
	{"processor", "databehandler", "the processor"},
}

// String returns the identifier, such as "either-party".
func (t Terminator) String() string { return enumString(t, terminatorLabels, "Terminator") }

// Label returns the name in Norwegian Bokmål or English.
func (t Terminator) Label(tag language.Tag) string {
	return enumLabel(t, terminatorLabels, tag, "Terminator")
}

// MarshalText encodes the identifier.
func (t Terminator) MarshalText() ([]byte, error) {
	return enumMarshal(t, terminatorLabels, "terminator")
}

// UnmarshalText accepts exactly the identifiers String returns.
func (t *Terminator) UnmarshalText(b []byte) error {
	return enumUnmarshal(t, b, terminatorLabels, "terminator")
}
