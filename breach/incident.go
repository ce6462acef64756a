package breach

import (
	"encoding/json/jsontext"
	"encoding/json/v2"
	"slices"
	"time"
)

// Known is a fact about an incident that may not be known yet. The zero
// Known is unknown, which is distinct from a known empty value: a cause not
// yet found is unknown, "no measures taken yet" is known and empty. Art.
// 33(4) lets the unknown ones follow in phases.
//
// In JSON an unknown fact is left out (use the omitzero option) and a known
// one is its value, so "cause": "" is a cause known to be empty.
type Known[T any] struct {
	// Value is the fact; meaningful only when Ok.
	Value T
	// Ok reports whether the fact is known.
	Ok bool
}

// Is returns the known fact v.
func Is[T any](v T) Known[T] { return Known[T]{Value: v, Ok: true} }

// IsZero reports whether the fact is unknown; with omitzero, JSON leaves
// it out.
func (k Known[T]) IsZero() bool { return !k.Ok }

// MarshalJSONTo encodes the value; an unknown fact encodes as null, so
// a field of type Known needs the omitzero option to leave it out. A
// known []string that is nil encodes as [], known and empty.
func (k Known[T]) MarshalJSONTo(enc *jsontext.Encoder) error {
	if !k.Ok {
		return enc.WriteToken(jsontext.Null)
	}
	if l, ok := any(k.Value).([]string); ok && l == nil {
		return enc.WriteValue(jsontext.Value("[]")) // known and empty, not unknown
	}
	return json.MarshalEncode(enc, k.Value)
}

// UnmarshalJSONFrom decodes a value and marks the fact known. Unknown
// members inside the value (a Contact) are errors, named with their path
// (contact.fax). A null leaves the fact unknown when decoded with
// encoding/json directly; the library's decoders reject null, which
// Encode never writes.
func (k *Known[T]) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	if dec.PeekKind() == 'n' {
		if _, err := dec.ReadToken(); err != nil {
			return err
		}
		*k = Known[T]{}
		return nil
	}
	var v T
	if err := json.UnmarshalDecode(dec, &v, json.RejectUnknownMembers(true)); err != nil {
		return err
	}
	*k = Known[T]{Value: v, Ok: true}
	return nil
}

// Contact is a contact point where more information can be obtained (Art.
// 33(3)(b)).
type Contact struct {
	// Name, Role, Email and Phone identify the contact point, such as the
	// data protection officer.
	Name  string `json:"name,omitzero"`
	Role  string `json:"role,omitzero"`
	Email string `json:"email,omitzero"`
	Phone string `json:"phone,omitzero"`
}

// Incident is what is known about one breach at one moment. Fill in what is
// known; leave the rest unknown and add it later, since a notice may be
// given in phases (Art. 33(4)). An Incident is a value; pass it by value.
//
// Instants are time.Time with their location; a zero time.Time is not
// known. The processor's clock starts at Suspected, Discovered or Aware
// according to the agreement's [Trigger].
type Incident struct {
	// ID is the processor's reference for the incident.
	ID string `json:"id,omitzero"`
	// Class is what kind of event it is; zero is assessed as a personal
	// data breach.
	Class Class `json:"class,omitzero"`

	// Started and Ended bound the time span of the breach; Ended is zero
	// while the breach is ongoing or its end is unknown.
	Started time.Time `json:"started,omitzero"`
	Ended   time.Time `json:"ended,omitzero"`
	// Suspected is when the processor first suspected a breach.
	Suspected time.Time `json:"suspected,omitzero"`
	// Discovered is when the processor discovered the breach.
	Discovered time.Time `json:"discovered,omitzero"`
	// Aware is when the processor became aware of it, that is reasonably
	// certain that a breach has occurred.
	Aware time.Time `json:"aware,omitzero"`
	// Notified is when the processor's first notice reached the
	// controller; zero while none has been sent.
	Notified time.Time `json:"notified,omitzero"`
	// ControllerAware is when the controller became aware, if earlier than
	// the processor's notice (for example through its own monitoring); zero
	// means when the processor's notice reached it.
	ControllerAware time.Time `json:"controllerAware,omitzero"`

	// Effects is which of confidentiality, integrity and availability the
	// breach compromised; zero while unknown.
	Effects Effects `json:"effects,omitzero"`
	// Description describes what happened.
	Description Known[string] `json:"description,omitzero"`
	// Cause is why it happened.
	Cause Known[string] `json:"cause,omitzero"`
	// SubjectCategories and SubjectCount are the categories and the
	// approximate number of data subjects concerned.
	SubjectCategories Known[[]string] `json:"subjectCategories,omitzero"`
	SubjectCount      Known[int64]    `json:"subjectCount,omitzero"`
	// RecordCategories and RecordCount are the categories and the
	// approximate number of personal data records concerned.
	RecordCategories Known[[]string] `json:"recordCategories,omitzero"`
	RecordCount      Known[int64]    `json:"recordCount,omitzero"`
	// SpecialCategories reports whether Art. 9 or Art. 10 data are
	// concerned; Children whether children's data are.
	SpecialCategories Known[bool] `json:"specialCategories,omitzero"`
	Children          Known[bool] `json:"children,omitzero"`
	// Unintelligible reports whether the data were encrypted or otherwise
	// unintelligible to anyone not authorised to access them (Art.
	// 34(3)(a)).
	Unintelligible Known[bool] `json:"unintelligible,omitzero"`
	// Consequences are the likely consequences.
	Consequences Known[string] `json:"consequences,omitzero"`
	// MeasuresTaken and MeasuresProposed are the measures taken and
	// proposed, including those to mitigate adverse effects. The Measures
	// item is known when either is.
	MeasuresTaken    Known[[]string] `json:"measuresTaken,omitzero"`
	MeasuresProposed Known[[]string] `json:"measuresProposed,omitzero"`
	// Contact is the contact point where more information can be obtained.
	Contact Known[Contact] `json:"contact,omitzero"`

	// Risk is the controller's assessment of the risk to the rights and
	// freedoms of natural persons; zero while not assessed.
	Risk Risk `json:"risk,omitzero"`
	// Mitigated reports that measures taken after the breach ensure that a
	// high risk is no longer likely to materialise (Art. 34(3)(b)).
	Mitigated bool `json:"mitigated,omitzero"`
	// DisproportionateEffort reports that telling each data subject would
	// involve disproportionate effort (Art. 34(3)(c)).
	DisproportionateEffort bool `json:"disproportionateEffort,omitzero"`
}

// Knows returns the items of a notice that the incident can fill: an item
// is known when its fact is, even if known to be empty.
func (inc Incident) Knows() Items { return knows(&inc) }

func knows(inc *Incident) Items {
	var s Items
	if inc.Description.Ok || inc.Effects != 0 {
		s |= 1 << Nature
	}
	if inc.Cause.Ok {
		s |= 1 << Cause
	}
	if !inc.Started.IsZero() {
		s |= 1 << TimeSpan
	}
	if !inc.Discovered.IsZero() || !inc.Aware.IsZero() {
		s |= 1 << DiscoveryTime
	}
	if inc.SubjectCategories.Ok {
		s |= 1 << SubjectCategories
	}
	if inc.SubjectCount.Ok {
		s |= 1 << SubjectCount
	}
	if inc.RecordCategories.Ok {
		s |= 1 << RecordCategories
	}
	if inc.RecordCount.Ok {
		s |= 1 << RecordCount
	}
	if inc.Contact.Ok {
		s |= 1 << ContactPoint
	}
	if inc.Consequences.Ok {
		s |= 1 << Consequences
	}
	if inc.MeasuresTaken.Ok || inc.MeasuresProposed.Ok {
		s |= 1 << Measures
	}
	return s
}

// Equal reports whether inc and other hold the same facts. Instants are
// compared with time.Time.Equal, so the same instant in two locations is
// equal.
func (inc Incident) Equal(other Incident) bool {
	eqT := func(a, b time.Time) bool { return a.Equal(b) }
	eqL := func(a, b Known[[]string]) bool { return a.Ok == b.Ok && slices.Equal(a.Value, b.Value) }
	return inc.ID == other.ID && inc.Class == other.Class &&
		eqT(inc.Started, other.Started) && eqT(inc.Ended, other.Ended) &&
		eqT(inc.Suspected, other.Suspected) && eqT(inc.Discovered, other.Discovered) &&
		eqT(inc.Aware, other.Aware) && eqT(inc.Notified, other.Notified) &&
		eqT(inc.ControllerAware, other.ControllerAware) &&
		inc.Effects == other.Effects && inc.Description == other.Description && inc.Cause == other.Cause &&
		eqL(inc.SubjectCategories, other.SubjectCategories) && inc.SubjectCount == other.SubjectCount &&
		eqL(inc.RecordCategories, other.RecordCategories) && inc.RecordCount == other.RecordCount &&
		inc.SpecialCategories == other.SpecialCategories && inc.Children == other.Children &&
		inc.Unintelligible == other.Unintelligible && inc.Consequences == other.Consequences &&
		eqL(inc.MeasuresTaken, other.MeasuresTaken) && eqL(inc.MeasuresProposed, other.MeasuresProposed) &&
		inc.Contact == other.Contact && inc.Risk == other.Risk && inc.Mitigated == other.Mitigated &&
		inc.DisproportionateEffort == other.DisproportionateEffort
}
