package agreement

import "github.com/personvern/dpa/obligation"

// Party is one party to the agreement. A processor's standard terms name
// the controller generically ("Kunden", "Virksomheten"): Name then holds
// that word and Generic is true.
type Party struct {
	Role Role   `json:"role"`
	Name string `json:"name"`
	// Generic reports that the party is every customer who accepts the
	// terms, not a named organisation.
	Generic bool `json:"generic,omitzero"`
	// OrgNumber is the Norwegian organisation number (9 digits, modulus-11
	// check digit), where the text gives one.
	OrgNumber string `json:"orgNumber,omitzero"`
	Address   string `json:"address,omitzero"`
	// Country is the ISO 3166-1 alpha-2 code of where the party is
	// established, where known.
	Country  string            `json:"country,omitzero"`
	Contacts []Contact         `json:"contacts,omitzero"`
	Clause   obligation.Clause `json:"clause,omitzero"`
}

// Contact is a person or function the party names for contact.
type Contact struct {
	Kind  ContactKind `json:"kind"`
	Name  string      `json:"name,omitzero"`
	Email string      `json:"email,omitzero"`
	Phone string      `json:"phone,omitzero"`
	// Where says where the details are kept when the agreement does not
	// give them itself ("personvernerklæringen").
	Where  string            `json:"where,omitzero"`
	Clause obligation.Clause `json:"clause,omitzero"`
}
