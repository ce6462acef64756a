package obligation

import (
	"time"

	"golang.org/x/text/language"
)

// EventKind is a kind of event that creates duties under an agreement. The
// zero EventKind means unspecified.
//
// The set is closed, so events round-trip through JSON strictly; it
// includes the kinds the breach and subprocessor packages raise
// ([BreachDiscovered], [SubprocessorChangeAnnounced], [ObjectionReceived]),
// whose rules those packages build as [Rule] values.
type EventKind uint8

const (
	// TerminationNotice: a party gives notice of termination ("oppsigelse").
	TerminationNotice EventKind = iota + 1
	// AgreementEnds: the agreement expires or its notice period runs out.
	AgreementEnds
	// LastUse: the controller last used the service (MailMojo 5).
	LastUse
	// AuditRequested: the controller asks for an audit or inspection;
	// [Event.Effective] is when it would start.
	AuditRequested
	// DocumentAccessRequested: the controller asks to see the
	// documentation of compliance.
	DocumentAccessRequested
	// DataSubjectRequest: a data subject exercises a right, or a request
	// arrives from a third party.
	DataSubjectRequest
	// AuthorityRequest: a supervisory or other authority asks for access
	// or information.
	AuthorityRequest
	// InfringingInstruction: the processor finds that an instruction
	// appears to infringe the law.
	InfringingInstruction
	// RenewalApproaching: a renewal of the agreement's period approaches;
	// [Event.Effective] is the renewal date.
	RenewalApproaching
	// InvoiceIssued: an invoice is issued.
	InvoiceIssued
	// SupportRequest: the controller sends a support request.
	SupportRequest
	// OrderPlaced: the controller orders the service.
	OrderPlaced
	// CopyRequested: the controller asks for a copy or the return of its
	// data at the end.
	CopyRequested
	// DeletionRequested: the controller instructs the processor to delete.
	DeletionRequested
	// BreachDiscovered: a personal data breach is discovered (rules from
	// the breach package).
	BreachDiscovered
	// SubprocessorChangeAnnounced: a new or replaced subprocessor is
	// announced (rules from the subprocessor package).
	SubprocessorChangeAnnounced
	// ObjectionReceived: the controller objects to a subprocessor change.
	ObjectionReceived
	// ReturnConfirmed: the controller confirms it has received the data
	// returned at the end (Assistert Selvhjelp, "bekreftet mottatt").
	ReturnConfirmed
	// Suspension: the processor suspends the service or the controller's
	// access ("suspensjon", "stenging").
	Suspension
	// SubscriptionEnds: the subscription to the service ends, which may
	// differ from the end of the processor agreement.
	SubscriptionEnds
	// RecordCreated: a record is created; retention periods per record
	// count from it.
	RecordCreated
	// AccountClosed: a user account is closed or deleted; retention
	// periods per account count from it.
	AccountClosed
	// RelationshipEnds: the relationship a record concerns ends (an
	// employment, a customer relationship); "until the end of the
	// employment plus N years" counts from it.
	RelationshipEnds
	// ConfirmationRequested: the controller asks in writing for a
	// confirmation or certificate of deletion ("within thirty (30) days
	// of Customer's written request").
	ConfirmationRequested
	// PurposeEnds: the purpose the data are kept for ceases; "kept until
	// the purpose ceases" («til hensiktsmessigheten opphører») counts
	// from it.
	PurposeEnds
	// TermsChange: the processor changes the agreement's terms, by
	// publishing a new version ([Event.Effective] is when the change takes
	// effect); "Endringer som svekker Kundens vern, varsles minst 30 dager
	// i forveien" counts back from it.
	TermsChange
	// MechanismInvalidated: a competent authority or court finds the
	// transfer mechanism the agreement relies on invalid (as the CJEU did
	// with the Privacy Shield on 16 July 2020).
	MechanismInvalidated
	// CannotComply: the processor finds it can no longer meet its
	// obligations under the agreement or the law.
	CannotComply
)

var eventEnum = enum{
	typ: "EventKind",
	ids: []string{"", "termination-notice", "agreement-ends", "last-use", "audit-requested", "document-access-requested",
		"data-subject-request", "authority-request", "infringing-instruction", "renewal-approaching", "invoice-issued",
		"support-request", "order-placed", "copy-requested", "deletion-requested", "breach-discovered",
		"subprocessor-change-announced", "objection-received", "return-confirmed", "suspension", "subscription-ends",
		"record-created", "account-closed", "relationship-ends", "confirmation-requested", "purpose-ends", "terms-change", "mechanism-invalidated", "cannot-comply"},
	nb: []string{"", "oppsigelse", "avtalen opphører", "siste bruk", "revisjon bedt om", "innsyn i dokumentasjon bedt om",
		"henvendelse fra registrert", "henvendelse fra myndighet", "instruks i strid med loven", "fornyelse nærmer seg",
		"faktura utstedt", "supporthenvendelse", "bestilling", "kopi bedt om", "sletting bedt om", "avvik oppdaget",
		"endring av underleverandør varslet", "innsigelse mottatt", "mottak av tilbakeleverte data bekreftet", "suspensjon",
		"abonnementet opphører", "registrering opprettet", "konto avsluttet", "forholdet opphører",
		"bekreftelse av sletting bedt om", "formålet opphører", "endring av avtalevilkårene", "overføringsgrunnlaget kjent ugyldig",
		"databehandleren kan ikke lenger oppfylle pliktene"},
	en: []string{"", "termination notice", "agreement ends", "last use", "audit requested", "document access requested",
		"data subject request", "authority request", "infringing instruction", "renewal approaching",
		"invoice issued", "support request", "order placed", "copy requested", "deletion requested", "breach discovered",
		"subprocessor change announced", "objection received", "receipt of returned data confirmed", "suspension",
		"subscription ends", "record created", "account closed", "relationship ends",
		"confirmation of deletion requested", "purpose ends", "change to the terms", "transfer mechanism found invalid",
		"the processor can no longer comply"},
}

// String returns the identifier, such as "termination-notice".
func (k EventKind) String() string { return eventEnum.str(uint8(k)) }

// Label returns the Norwegian Bokmål or English label.
func (k EventKind) Label(tag language.Tag) string { return eventEnum.label(uint8(k), tag) }

// MarshalText encodes the identifier; the zero EventKind is "".
func (k EventKind) MarshalText() ([]byte, error) { return eventEnum.marshal(uint8(k)) }

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (k *EventKind) UnmarshalText(b []byte) error {
	v, err := eventEnum.unmarshal(b)
	*k = EventKind(v)
	return err
}

// Event is something that happens under an agreement and creates duties.
// It is a plain value.
type Event struct {
	// Kind is what happened.
	Kind EventKind `json:"kind"`
	// At is when the event happened (the notice was given, the request
	// arrived); forward periods count from it.
	At time.Time `json:"at"`
	// Effective is when what the event announces takes effect, where that
	// differs from At: the day a requested audit starts, the renewal date,
	// the day a new subprocessor starts. Periods "before" count back from
	// it. Zero means the same as At.
	Effective time.Time `json:"effective,omitzero"`
	// Previous holds the instants of earlier events of the same kind, so
	// that limits such as "one audit per calendar year" can be applied.
	Previous []time.Time `json:"previous,omitzero"`
	// Ref is a free reference or detail, such as a ticket number.
	Ref string `json:"ref,omitzero"`
	// Facts are what the caller knows that decides conditional duties:
	// whether a copy was asked for, which alternative the controller
	// chose. Unknown facts give each branch, labelled ([Duty.Assumes]).
	Facts Facts `json:"facts,omitzero"`
	// By is, for a termination notice, the party who gave it; zero when
	// not known.
	By Party `json:"by,omitzero"`
	// Clause is, for a termination notice, the clause of the right it
	// exercises (a right to terminate for breach, on an objection to a
	// subprocessor); empty for notice without a ground. With By it
	// names the agreement's right, whose notice or immediate effect
	// then decides when the processing stops.
	Clause Clause `json:"clause,omitzero"`
}

// effective returns Effective, or At when Effective is zero.
func (e Event) effective() time.Time {
	if e.Effective.IsZero() {
		return e.At
	}
	return e.Effective
}
