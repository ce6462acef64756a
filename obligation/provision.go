package obligation

import "fmt"

// Clause is a reference to the place in an agreement's text that a term
// comes from, written as the agreement numbers it: "2.7", "10.1",
// "Vedlegg 3.3 §4.3", or a heading such as "Bruk av underleverandører ¶5"
// where the text has no numbers. The empty Clause means no reference.
type Clause string

// String returns the reference, or "—" when there is none.
func (c Clause) String() string {
	if c == "" {
		return "—"
	}
	return string(c)
}

// Status says whether and how an agreement addresses a term. Its zero value,
// [Absent], means the agreement says nothing about it.
type Status uint8

const (
	// Absent: the agreement does not address the term at all.
	Absent Status = iota
	// Stated: the agreement sets the term.
	Stated
	// StatedNone: the agreement says explicitly that there is none (for
	// example "no right to object"), which is not the same as silence.
	StatedNone
	// Blank: a template placeholder left unfilled, such as the 2021/915
	// clauses' "[SPECIFY TIME PERIOD]".
	Blank
)

var statusNames = [...]string{"absent", "stated", "none", "blank"}

// String returns the status's identifier: "absent", "stated", "none" or
// "blank".
func (s Status) String() string {
	if int(s) < len(statusNames) {
		return statusNames[s]
	}
	return fmt.Sprintf("%%!Status(%d)", uint8(s))
}

// MarshalText encodes the identifier; an unknown value is an error.
func (s Status) MarshalText() ([]byte, error) {
	if int(s) >= len(statusNames) {
		return nil, fmt.Errorf("obligation: invalid status %d", uint8(s))
	}
	return []byte(statusNames[s]), nil
}

// UnmarshalText accepts exactly the identifiers String returns.
func (s *Status) UnmarshalText(text []byte) error {
	for i, n := range statusNames {
		if string(text) == n {
			*s = Status(i)
			return nil
		}
	}
	return fmt.Errorf("obligation: unknown status %q (want absent, stated, none or blank)", text)
}

// Provision records whether an agreement addresses a term and where. Term
// structs embed it, so every term carries its clause:
//
//	GoverningLaw{Provision: obligation.At("6"), Country: "NO"}
//
// The zero Provision is [Absent] with no clause.
type Provision struct {
	Status Status `json:"status,omitempty"`
	Clause Clause `json:"clause,omitempty"`
}

// At returns a [Stated] provision citing clause.
func At(clause Clause) Provision { return Provision{Status: Stated, Clause: clause} }

// NoneAt returns a [StatedNone] provision citing clause.
func NoneAt(clause Clause) Provision { return Provision{Status: StatedNone, Clause: clause} }

// BlankAt returns a [Blank] provision citing clause.
func BlankAt(clause Clause) Provision { return Provision{Status: Blank, Clause: clause} }

// IsStated reports whether the agreement sets the term.
func (p Provision) IsStated() bool { return p.Status == Stated }
