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
	Generic bool `json:"generic,omitempty"`
	// OrgNumber is the Norwegian organisation number (9 digits, modulus-11
	// check digit), where the text gives one.
	OrgNumber string `json:"orgNumber,omitempty"`
	Address   string `json:"address,omitempty"`
	// Country is the ISO 3166-1 alpha-2 code of where the party is
	// established, where known.
	Country  string            `json:"country,omitempty"`
	Contacts []Contact         `json:"contacts,omitempty"`
	Clause   obligation.Clause `json:"clause,omitempty"`
}

// Contact is a person or function the party names for contact.
type Contact struct {
	Kind  ContactKind `json:"kind"`
	Name  string      `json:"name,omitempty"`
	Email string      `json:"email,omitempty"`
	Phone string      `json:"phone,omitempty"`
	// Where says where the details are kept when the agreement does not
	// give them itself ("personvernerklæringen").
	Where  string            `json:"where,omitempty"`
	Clause obligation.Clause `json:"clause,omitempty"`
}
