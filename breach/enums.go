package breach

import (
	"fmt"
	"strings"

	"golang.org/x/text/language"
)

// enum is the shared machinery of this package's enumerations: a table of
// wire identifiers and labels indexed by value, index 0 unused.
type enum struct {
	typ string
	ids []string
	nb  []string
	en  []string
}

func (e *enum) valid(v uint8) bool { return v != 0 && int(v) < len(e.ids) }

func (e *enum) str(v uint8) string {
	if e.valid(v) {
		return e.ids[v]
	}
	return fmt.Sprintf("%%!%s(%d)", e.typ, v)
}

func (e *enum) label(v uint8, tag language.Tag) string {
	if !e.valid(v) {
		return e.str(v)
	}
	if isNorwegian(tag) {
		return e.nb[v]
	}
	return e.en[v]
}

func (e *enum) marshal(v uint8) ([]byte, error) {
	if v == 0 {
		return []byte{}, nil
	}
	if !e.valid(v) {
		return nil, fmt.Errorf("breach: invalid %s %d", e.typ, v)
	}
	return []byte(e.ids[v]), nil
}

func (e *enum) unmarshal(text []byte) (uint8, error) {
	if len(text) == 0 {
		return 0, nil
	}
	for i := 1; i < len(e.ids); i++ {
		if string(text) == e.ids[i] {
			return uint8(i), nil
		}
	}
	return 0, fmt.Errorf("breach: unknown %s %q (want one of %s)", e.typ, text, strings.Join(e.ids[1:], ", "))
}

// isNorwegian reports whether tag asks for Norwegian: nb, nn and no all get
// the Bokmål texts; everything else gets English.
func isNorwegian(tag language.Tag) bool {
	base, _ := tag.Base()
	switch base.String() {
	case "nb", "no", "nn":
		return true
	}
	return false
}

// Trigger is the event that starts the processor's clock. The zero Trigger
// means the agreement does not say, which the law reads as [Awareness]
// (GDPR Art. 33(2): "after becoming aware").
type Trigger uint8

const (
	// Awareness: the processor has become aware of the breach ("så snart
	// den er klar over", Art. 33(2)).
	Awareness Trigger = iota + 1
	// Discovery: the breach has been discovered ("oppdaget", "oppdager").
	Discovery
	// Suspicion: the processor suspects a breach ("ved mistanke om"),
	// which starts the clock before the breach is confirmed.
	Suspicion
)

var triggerEnum = enum{
	typ: "Trigger",
	ids: []string{"", "awareness", "discovery", "suspicion"},
	nb:  []string{"", "kjennskap til avviket", "oppdagelse av avviket", "mistanke om avvik"},
	en:  []string{"", "awareness of the breach", "discovery of the breach", "suspicion of a breach"},
}

// String returns the wire identifier, such as "discovery".
func (t Trigger) String() string { return triggerEnum.str(uint8(t)) }

// Label returns the Norwegian Bokmål or English label.
func (t Trigger) Label(tag language.Tag) string { return triggerEnum.label(uint8(t), tag) }

// MarshalText encodes the identifier; the zero Trigger is "".
func (t Trigger) MarshalText() ([]byte, error) { return triggerEnum.marshal(uint8(t)) }

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (t *Trigger) UnmarshalText(b []byte) error {
	v, err := triggerEnum.unmarshal(b)
	*t = Trigger(v)
	return err
}

// Medium is how a notice is sent. Zero means the agreement does not say.
type Medium uint8

const (
	// Email: in writing by e-mail (Nortelecom 1.1 and 2.3).
	Email Medium = iota + 1
	// Written: in writing, form not stated.
	Written
	// Appropriate: a form of communication appropriate to the urgency
	// (Assistert Selvhjelp, "hensiktsmessig i forhold til hastegrad").
	Appropriate
)

var mediumEnum = enum{
	typ: "Medium",
	ids: []string{"", "email", "written", "appropriate"},
	nb:  []string{"", "skriftlig per e-post", "skriftlig", "kommunikasjonsform tilpasset hastegraden"},
	en:  []string{"", "in writing by e-mail", "in writing", "a form suited to the urgency"},
}

// String returns the wire identifier, such as "email".
func (m Medium) String() string { return mediumEnum.str(uint8(m)) }

// Label returns the Norwegian Bokmål or English label.
func (m Medium) Label(tag language.Tag) string { return mediumEnum.label(uint8(m), tag) }

// MarshalText encodes the identifier; the zero Medium is "".
func (m Medium) MarshalText() ([]byte, error) { return mediumEnum.marshal(uint8(m)) }

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (m *Medium) UnmarshalText(b []byte) error {
	v, err := mediumEnum.unmarshal(b)
	*m = Medium(v)
	return err
}

// Recipient is to whom the processor's notice goes. Zero means the agreement
// does not say beyond "the controller".
type Recipient uint8

const (
	// ToController: the customer as a party.
	ToController Recipient = iota + 1
	// ToControllerContact: the contact details the controller has given
	// (Assistert Selvhjelp, "kontaktopplysninger som er oppgitt av
	// Behandlingsansvarlig").
	ToControllerContact
)

var recipientEnum = enum{
	typ: "Recipient",
	ids: []string{"", "controller", "controller-contact"},
	nb:  []string{"", "behandlingsansvarlig", "kontaktpersonen behandlingsansvarlig har oppgitt"},
	en:  []string{"", "the controller", "the contact the controller has named"},
}

// String returns the wire identifier, such as "controller-contact".
func (r Recipient) String() string { return recipientEnum.str(uint8(r)) }

// Label returns the Norwegian Bokmål or English label.
func (r Recipient) Label(tag language.Tag) string { return recipientEnum.label(uint8(r), tag) }

// MarshalText encodes the identifier; the zero Recipient is "".
func (r Recipient) MarshalText() ([]byte, error) { return recipientEnum.marshal(uint8(r)) }

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (r *Recipient) UnmarshalText(b []byte) error {
	v, err := recipientEnum.unmarshal(b)
	*r = Recipient(v)
	return err
}

// Permission says whether the agreement allows something. Zero means it
// does not say.
type Permission uint8

const (
	// Allowed: the agreement allows it.
	Allowed Permission = iota + 1
	// Forbidden: the agreement forbids it (Nortelecom 10.1: "Databehandleren
	// må ikke rapportere om sikkerhetsbrudd").
	Forbidden
)

var permissionEnum = enum{
	typ: "Permission",
	ids: []string{"", "allowed", "forbidden"},
	nb:  []string{"", "tillatt", "forbudt"},
	en:  []string{"", "allowed", "forbidden"},
}

// String returns the wire identifier, such as "forbidden".
func (p Permission) String() string { return permissionEnum.str(uint8(p)) }

// Label returns the Norwegian Bokmål or English label.
func (p Permission) Label(tag language.Tag) string { return permissionEnum.label(uint8(p), tag) }

// MarshalText encodes the identifier; the zero Permission is "".
func (p Permission) MarshalText() ([]byte, error) { return permissionEnum.marshal(uint8(p)) }

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (p *Permission) UnmarshalText(b []byte) error {
	v, err := permissionEnum.unmarshal(b)
	*p = Permission(v)
	return err
}

// Class says what kind of event an [Incident] is. The zero Class is
// unspecified and is assessed as a [PersonalDataBreach], the reading that
// owes the most.
type Class uint8

const (
	// PersonalDataBreach: a breach of security leading to the accidental
	// or unlawful destruction, loss, alteration, unauthorised disclosure of,
	// or access to, personal data (GDPR Art. 4(12)).
	PersonalDataBreach Class = iota + 1
	// Deviation: an "avvik" that is not a personal data breach, such as use
	// of the systems against the agreed routines or instructions. Only
	// agreements with a [Scope] wider than Art. 4(12) require notice of it,
	// and it creates no Art. 33 or 34 duty.
	Deviation
)

var classEnum = enum{
	typ: "Class",
	ids: []string{"", "personal-data-breach", "deviation"},
	nb:  []string{"", "brudd på personopplysningssikkerheten", "avvik fra rutiner, instrukser eller regelverk"},
	en:  []string{"", "personal data breach", "deviation from routines, instructions or law"},
}

// String returns the wire identifier, such as "deviation".
func (c Class) String() string { return classEnum.str(uint8(c)) }

// Label returns the Norwegian Bokmål or English label.
func (c Class) Label(tag language.Tag) string { return classEnum.label(uint8(c), tag) }

// MarshalText encodes the identifier; the zero Class is "".
func (c Class) MarshalText() ([]byte, error) { return classEnum.marshal(uint8(c)) }

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (c *Class) UnmarshalText(b []byte) error {
	v, err := classEnum.unmarshal(b)
	*c = Class(v)
	return err
}

// Risk is the controller's assessment of the risk the breach poses to the
// rights and freedoms of natural persons. The zero Risk means not yet
// assessed, which is assessed as a risk for Art. 33 (the notice is owed)
// and leaves the Art. 34 decision open.
type Risk uint8

const (
	// Unlikely: the breach is unlikely to result in a risk (Art. 33(1)): no
	// notice to the authority, but it is still documented (Art. 33(5)).
	Unlikely Risk = iota + 1
	// Likely: a risk, but not a high one: the authority is notified, the
	// data subjects need not be.
	Likely
	// High: likely to result in a high risk (Art. 34(1)).
	High
)

var riskEnum = enum{
	typ: "Risk",
	ids: []string{"", "unlikely", "risk", "high"},
	nb:  []string{"", "lite sannsynlig at det medfører risiko", "risiko", "høy risiko"},
	en:  []string{"", "unlikely to result in a risk", "risk", "high risk"},
}

// String returns the wire identifier, such as "high".
func (r Risk) String() string { return riskEnum.str(uint8(r)) }

// Label returns the Norwegian Bokmål or English label.
func (r Risk) Label(tag language.Tag) string { return riskEnum.label(uint8(r), tag) }

// MarshalText encodes the identifier; the zero Risk is "".
func (r Risk) MarshalText() ([]byte, error) { return riskEnum.marshal(uint8(r)) }

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (r *Risk) UnmarshalText(b []byte) error {
	v, err := riskEnum.unmarshal(b)
	*r = Risk(v)
	return err
}

// Source says where a content requirement comes from.
type Source uint8

const (
	// Law: GDPR Art. 33(3).
	Law Source = iota + 1
	// Agreement: the agreement's own list.
	Agreement
)

var sourceEnum = enum{
	typ: "Source",
	ids: []string{"", "law", "agreement"},
	nb:  []string{"", "personvernforordningen", "avtalen"},
	en:  []string{"", "the GDPR", "the agreement"},
}

// String returns the wire identifier, such as "law".
func (s Source) String() string { return sourceEnum.str(uint8(s)) }

// Label returns the Norwegian Bokmål or English label.
func (s Source) Label(tag language.Tag) string { return sourceEnum.label(uint8(s), tag) }

// MarshalText encodes the identifier; the zero Source is "".
func (s Source) MarshalText() ([]byte, error) { return sourceEnum.marshal(uint8(s)) }

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (s *Source) UnmarshalText(b []byte) error {
	v, err := sourceEnum.unmarshal(b)
	*s = Source(v)
	return err
}
