package breach

import (
	"github.com/personvern/dpa/internal/enum"
	"github.com/personvern/dpa/obligation"
	"golang.org/x/text/language"
)

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

var triggerEnum = enum.Table{Prefix: "breach", Type: "Trigger", Entries: []enum.Entry{
	{},
	{ID: "awareness", NB: "kjennskap til avviket", EN: "awareness of the breach"},
	{ID: "discovery", NB: "oppdagelse av avviket", EN: "discovery of the breach"},
	{ID: "suspicion", NB: "mistanke om avvik", EN: "suspicion of a breach"},
}}

// String returns the wire identifier, such as "discovery".
func (t Trigger) String() string { return triggerEnum.String(uint8(t)) }

// Label returns the Norwegian Bokmål or English label.
func (t Trigger) Label(tag language.Tag) string { return triggerEnum.Label(uint8(t), tag) }

// MarshalText encodes the identifier; the zero Trigger is "".
func (t Trigger) MarshalText() ([]byte, error) { return triggerEnum.Marshal(uint8(t)) }

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (t *Trigger) UnmarshalText(b []byte) error {
	return enum.Unmarshal(&triggerEnum, t, b)
}

// StatutoryBound is a limit on the processor's deadline that the text
// states by reference to the law rather than in hours. The zero
// StatutoryBound means the text states none.
type StatutoryBound uint8

const (
	// StatutoryMaximum: «in no case later than the statutory maximum for
	// notification under Applicable Data Protection Law» (Aptible 3.6).
	// [Terms.Assess] resolves it from the processor's rule in force
	// ([ProcessorRuleAt]): under the GDPR, Art. 33(2), which sets no
	// number of hours.
	StatutoryMaximum StatutoryBound = iota + 1
)

var statutoryBoundEnum = enum.Table{Prefix: "breach", Type: "StatutoryBound", Entries: []enum.Entry{
	{},
	{ID: "statutory-maximum", NB: "senest innen lovens lengste frist", EN: "no later than the statutory maximum"},
}}

// String returns the wire identifier, such as "statutory-maximum".
func (b StatutoryBound) String() string { return statutoryBoundEnum.String(uint8(b)) }

// Label returns the Norwegian Bokmål or English label.
func (b StatutoryBound) Label(tag language.Tag) string {
	return statutoryBoundEnum.Label(uint8(b), tag)
}

// MarshalText encodes the identifier; the zero StatutoryBound is "".
func (b StatutoryBound) MarshalText() ([]byte, error) { return statutoryBoundEnum.Marshal(uint8(b)) }

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (b *StatutoryBound) UnmarshalText(text []byte) error {
	return enum.Unmarshal(&statutoryBoundEnum, b, text)
}

// Medium is how a notice is sent: the one vocabulary of channels,
// [obligation.Channel], that agreement-wide notices and subprocessor
// announcements use too. Zero means the agreement does not say.
type Medium = obligation.Channel

// The media breach notices name; every [obligation.Channel] may be used.
const (
	// Email: in writing by e-mail (Nortelecom 1.1 and 2.3).
	Email = obligation.Email
	// Written: in writing, form not stated.
	Written = obligation.Written
	// Appropriate: a form of communication appropriate to the urgency
	// (Assistert Selvhjelp, "hensiktsmessig i forhold til hastegrad").
	Appropriate = obligation.Appropriate
)

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

var recipientEnum = enum.Table{Prefix: "breach", Type: "Recipient", Entries: []enum.Entry{
	{},
	{ID: "controller", NB: "behandlingsansvarlig", EN: "the controller"},
	{ID: "controller-contact", NB: "kontaktpersonen behandlingsansvarlig har oppgitt", EN: "the contact the controller has named"},
}}

// String returns the wire identifier, such as "controller-contact".
func (r Recipient) String() string { return recipientEnum.String(uint8(r)) }

// Label returns the Norwegian Bokmål or English label.
func (r Recipient) Label(tag language.Tag) string { return recipientEnum.Label(uint8(r), tag) }

// MarshalText encodes the identifier; the zero Recipient is "".
func (r Recipient) MarshalText() ([]byte, error) { return recipientEnum.Marshal(uint8(r)) }

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (r *Recipient) UnmarshalText(b []byte) error {
	return enum.Unmarshal(&recipientEnum, r, b)
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

var permissionEnum = enum.Table{Prefix: "breach", Type: "Permission", Entries: []enum.Entry{
	{},
	{ID: "allowed", NB: "tillatt", EN: "allowed"},
	{ID: "forbidden", NB: "forbudt", EN: "forbidden"},
}}

// String returns the wire identifier, such as "forbidden".
func (p Permission) String() string { return permissionEnum.String(uint8(p)) }

// Label returns the Norwegian Bokmål or English label.
func (p Permission) Label(tag language.Tag) string { return permissionEnum.Label(uint8(p), tag) }

// MarshalText encodes the identifier; the zero Permission is "".
func (p Permission) MarshalText() ([]byte, error) { return permissionEnum.Marshal(uint8(p)) }

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (p *Permission) UnmarshalText(b []byte) error {
	return enum.Unmarshal(&permissionEnum, p, b)
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

var classEnum = enum.Table{Prefix: "breach", Type: "Class", Entries: []enum.Entry{
	{},
	{ID: "personal-data-breach", NB: "brudd på personopplysningssikkerheten", EN: "personal data breach"},
	{ID: "deviation", NB: "avvik fra rutiner, instrukser eller regelverk", EN: "deviation from routines, instructions or law"},
}}

// String returns the wire identifier, such as "deviation".
func (c Class) String() string { return classEnum.String(uint8(c)) }

// Label returns the Norwegian Bokmål or English label.
func (c Class) Label(tag language.Tag) string { return classEnum.Label(uint8(c), tag) }

// MarshalText encodes the identifier; the zero Class is "".
func (c Class) MarshalText() ([]byte, error) { return classEnum.Marshal(uint8(c)) }

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (c *Class) UnmarshalText(b []byte) error {
	return enum.Unmarshal(&classEnum, c, b)
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

var riskEnum = enum.Table{Prefix: "breach", Type: "Risk", Entries: []enum.Entry{
	{},
	{ID: "unlikely", NB: "lite sannsynlig at det medfører risiko", EN: "unlikely to result in a risk"},
	{ID: "risk", NB: "risiko", EN: "risk"},
	{ID: "high", NB: "høy risiko", EN: "high risk"},
}}

// String returns the wire identifier, such as "high".
func (r Risk) String() string { return riskEnum.String(uint8(r)) }

// Label returns the Norwegian Bokmål or English label.
func (r Risk) Label(tag language.Tag) string { return riskEnum.Label(uint8(r), tag) }

// MarshalText encodes the identifier; the zero Risk is "".
func (r Risk) MarshalText() ([]byte, error) { return riskEnum.Marshal(uint8(r)) }

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (r *Risk) UnmarshalText(b []byte) error {
	return enum.Unmarshal(&riskEnum, r, b)
}

// Source says where a content requirement comes from.
type Source uint8

const (
	// Law: GDPR Art. 33(3).
	Law Source = iota + 1
	// Agreement: the agreement's own list.
	Agreement
)

var sourceEnum = enum.Table{Prefix: "breach", Type: "Source", Entries: []enum.Entry{
	{},
	{ID: "law", NB: "personvernforordningen", EN: "the GDPR"},
	{ID: "agreement", NB: "avtalen", EN: "the agreement"},
}}

// String returns the wire identifier, such as "law".
func (s Source) String() string { return sourceEnum.String(uint8(s)) }

// Label returns the Norwegian Bokmål or English label.
func (s Source) Label(tag language.Tag) string { return sourceEnum.Label(uint8(s), tag) }

// MarshalText encodes the identifier; the zero Source is "".
func (s Source) MarshalText() ([]byte, error) { return sourceEnum.Marshal(uint8(s)) }

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (s *Source) UnmarshalText(b []byte) error {
	return enum.Unmarshal(&sourceEnum, s, b)
}
