package agreement

import (
	"github.com/personvern/dpa/annex"
	"github.com/personvern/dpa/obligation"
	"golang.org/x/text/language"
)

// Party is one party to the agreement. A processor's standard terms name
// the controller generically ("Kunden", "Virksomheten"): Name then holds
// that word and Generic is true. A template leaves the name to fill in:
// Name is then empty, a [obligation.Placeholder] for "parties[i].name"
// keeps the template's blank, and Called the term the text uses for the
// party.
type Party struct {
	Role Role `json:"role"`
	// Name is the party's name as the text gives it ("Datamynt AS"), or
	// the generic word for the customer where Generic is true; empty where
	// a template leaves it blank.
	Name string `json:"name"`
	// Called is the term the text defines for the party and uses
	// throughout («nedan kallad "den Personuppgiftsansvarige"»), where
	// that is not its name.
	Called string `json:"called,omitzero"`
	// Generic reports that the party is every customer who accepts the
	// terms, not a named organisation.
	Generic bool `json:"generic,omitzero"`
	// OrgNumber is the Norwegian organisation number (9 digits, modulus-11
	// check digit), where the text gives one.
	OrgNumber string `json:"orgNumber,omitzero"`
	// Address is the party's postal or business address as the text
	// writes it, on one line ("Maridalsveien 163, 0461 Oslo").
	Address string `json:"address,omitzero"`
	// Country is the ISO 3166-1 alpha-2 code of where the party is
	// established, where known.
	Country string `json:"country,omitzero"`
	// Contacts are the persons or functions the text names for the party
	// (such as a contact point, a data protection officer, a signatory), in
	// its order.
	Contacts []Contact `json:"contacts,omitzero"`
	// Clause is where the text names the party.
	Clause obligation.Clause `json:"clause,omitzero"`
	// Acts is the capacity the party acts in where it is not simply its
	// Role: a customer in the controller's place that is itself a
	// processor for controllers of its own ([AsProcessor]), which makes the
	// agreement one between a processor and its subprocessor (GDPR Art.
	// 28(4)).
	Acts Capacity `json:"acts,omitzero"`
	// ActsAt is where the text says the capacity the party acts in, where
	// that is not Clause.
	ActsAt obligation.Clause `json:"actsAt,omitzero"`
	// ControllerFor are the purposes for which the agreement makes the
	// party an independent controller ("its own business operations":
	// billing, security of its service), each with its clause. Processing
	// for them is the party's own, outside the processor agreement, so the
	// review does not read it as a processor using the data for purposes
	// of its own (Art. 28(10)).
	ControllerFor []annex.Purpose `json:"controllerFor,omitzero"`
}

// DisplayName returns the party's name, or the term the text calls it by
// where the name is left blank.
func (p Party) DisplayName() string {
	if p.Name != "" {
		return p.Name
	}
	return p.Called
}

// Capacity is the capacity a party acts in where the agreement says it
// differs from what its [Role] suggests. The zero Capacity means the party
// acts in its role.
type Capacity uint8

const (
	// AsProcessor: the party in the controller's place processes the data
	// on behalf of controllers of its own; the other party is its
	// subprocessor.
	AsProcessor Capacity = iota + 1
	// AsControllerOrProcessor: the party in the controller's place is a
	// controller, or a processor for controllers of its own, as its
	// circumstances are ("Customer may be a Data Controller or a Data
	// Processor"); the other party is then its processor or its
	// subprocessor. Either reading may hold for a given customer.
	AsControllerOrProcessor
)

var capacityLabels = []label{{},
	{"processor", "databehandler for sine egne behandlingsansvarlige", "a processor for controllers of its own"},
	{"controller-or-processor", "behandlingsansvarlig, eller databehandler for sine egne behandlingsansvarlige", "a controller, or a processor for controllers of its own"},
}

// String returns the identifier: "processor".
func (c Capacity) String() string { return enumString(c, capacityLabels, "Capacity") }

// Label returns the name in Norwegian Bokmål or English.
func (c Capacity) Label(tag language.Tag) string {
	return enumLabel(c, capacityLabels, tag, "Capacity")
}

// MarshalText encodes the identifier.
func (c Capacity) MarshalText() ([]byte, error) { return enumMarshal(c, capacityLabels, "capacity") }

// UnmarshalText accepts exactly the identifiers String returns.
func (c *Capacity) UnmarshalText(b []byte) error {
	return enumUnmarshal(c, b, capacityLabels, "capacity")
}

// Subprocessing reports whether the agreement is one between a processor
// and its subprocessor: the party in the controller's place acts as a
// processor for controllers of its own. An agreement that leaves the
// customer's role open ([AsControllerOrProcessor]) is not known to be
// one; see [Agreement.MaySubprocess].
func (a Agreement) Subprocessing() bool {
	for _, p := range a.Parties {
		if p.Role == Controller && p.Acts == AsProcessor {
			return true
		}
	}
	return false
}

// MaySubprocess reports whether the agreement is, or for some customers
// may be, one between a processor and its subprocessor: the party in the
// controller's place acts as a processor ([AsProcessor]) or as a
// controller or a processor ([AsControllerOrProcessor]). Where it may, a
// reader must hold both readings: the vendor is the customer's processor
// or its subprocessor.
func (a Agreement) MaySubprocess() bool {
	for _, p := range a.Parties {
		if p.Role == Controller && (p.Acts == AsProcessor || p.Acts == AsControllerOrProcessor) {
			return true
		}
	}
	return false
}

// IndependentPurpose reports whether the agreement makes the processor an
// independent controller for a purpose of kind k, and the clause that
// does.
func (a Agreement) IndependentPurpose(k annex.PurposeKind) (obligation.Clause, bool) {
	for _, p := range a.Parties {
		if p.Role != Processor {
			continue
		}
		for _, it := range p.ControllerFor {
			if it.Kind == k {
				return obligation.Clause(it.Clause), true
			}
		}
	}
	return "", false
}

// Contact is a person or function the party names for contact.
type Contact struct {
	Kind ContactKind `json:"kind"`
	// Name is the person's name ("Øyvind Belsten") or the function's
	// name, as the text gives it.
	Name string `json:"name,omitzero"`
	// Position is the person's position as the text gives it ("Daglig
	// leder"), kept apart from the name because the text writes them
	// apart.
	Position string `json:"position,omitzero"`
	// Email is the e-mail address the text gives ("post@sporlos.no").
	Email string `json:"email,omitzero"`
	// Phone is the telephone number as the text writes it.
	Phone string `json:"phone,omitzero"`
	// Where says where the details are kept when the agreement does not
	// give them itself ("personvernerklæringen").
	Where string `json:"where,omitzero"`
	// Clause is where the text names the contact.
	Clause obligation.Clause `json:"clause,omitzero"`
}
