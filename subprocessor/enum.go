package subprocessor

import (
	"github.com/personvern/dpa/internal/enum"
	"github.com/personvern/dpa/obligation"
	"golang.org/x/text/language"
)

// notStated is the zero value of every enumeration here: it has no
// identifier, and its labels say that the agreement does not say.
var notStated = enum.Entry{NB: "ikke angitt", EN: "not stated"}

// Source says where an agreement keeps its list of subprocessors. The zero
// value means the agreement does not say.
type Source uint8

const (
	// Listed: the agreement itself lists the subprocessors (MailMojo's
	// Bilag 1, We4you's table).
	Listed Source = iota + 1
	// Referenced: the list is kept elsewhere, in a privacy policy or on a
	// web page, and is not part of the published text. The register then
	// has no entries, which does not mean there are no subprocessors.
	Referenced
	// NoneUsed: the agreement states that no subprocessors are used.
	NoneUsed
)

var sourceEnum = enum.Table{Prefix: "subprocessor", Type: "Source", Noun: "source", Entries: []enum.Entry{
	notStated,
	{ID: "listed", NB: "oppført i avtalen", EN: "listed in the agreement"},
	{ID: "referenced", NB: "holdes andre steder", EN: "kept elsewhere"},
	{ID: "none", NB: "ingen underleverandører", EN: "no subprocessors"},
}}

// String returns the identifier: "listed", "referenced" or "none".
func (s Source) String() string { return sourceEnum.String(uint8(s)) }

// Label returns the English or, for a Norwegian tag, the Bokmål label.
func (s Source) Label(tag language.Tag) string { return sourceEnum.Label(uint8(s), tag) }

// MarshalText encodes the identifier; the zero value encodes as "".
func (s Source) MarshalText() ([]byte, error) { return sourceEnum.Marshal(uint8(s)) }

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (s *Source) UnmarshalText(text []byte) error { return enum.Unmarshal(&sourceEnum, s, text) }

// Reach says what data a subprocessor can reach. The zero value means the
// text does not say.
type Reach uint8

const (
	// PersonalData: the subprocessor processes or can access personal data.
	PersonalData Reach = iota + 1
	// AnonymousStatistics: the subprocessor sees anonymous usage statistics
	// only (MailMojo Bilag 1: "kun tilgang til anonym brukerstatistikk").
	AnonymousStatistics
)

var reachEnum = enum.Table{Prefix: "subprocessor", Type: "Reach", Noun: "reach", Entries: []enum.Entry{
	notStated,
	{ID: "personal-data", NB: "personopplysninger", EN: "personal data"},
	{ID: "anonymous-statistics", NB: "kun anonym statistikk", EN: "anonymous statistics only"},
}}

// String returns the identifier: "personal-data" or "anonymous-statistics".
func (r Reach) String() string { return reachEnum.String(uint8(r)) }

// Label returns the English or, for a Norwegian tag, the Bokmål label.
func (r Reach) Label(tag language.Tag) string { return reachEnum.Label(uint8(r), tag) }

// MarshalText encodes the identifier; the zero value encodes as "".
func (r Reach) MarshalText() ([]byte, error) { return reachEnum.Marshal(uint8(r)) }

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (r *Reach) UnmarshalText(text []byte) error { return enum.Unmarshal(&reachEnum, r, text) }

// Mechanism is the legal basis a transfer out of the EEA relies on (GDPR
// Chapter V). The zero value means none is stated.
type Mechanism uint8

const (
	// Adequacy: a Commission adequacy decision for the destination (Art. 45).
	Adequacy Mechanism = iota + 1
	// SafeHarbour: the US Safe Harbour decision 2000/520/EC, invalid from
	// 6 October 2015.
	SafeHarbour
	// PrivacyShield: the EU-US Privacy Shield, decision (EU) 2016/1250,
	// invalid from 16 July 2020.
	PrivacyShield
	// DataPrivacyFramework: certification under the EU-US Data Privacy
	// Framework, decision (EU) 2023/1795, from 10 July 2023.
	DataPrivacyFramework
	// LegacySCC: the standard contractual clauses of decisions 2001/497/EC,
	// 2004/915/EC or 2010/87/EU, repealed by 2021/914.
	LegacySCC
	// SCC2021: the standard contractual clauses of decision (EU) 2021/914
	// (Art. 46(2)(c)).
	SCC2021
	// BindingCorporateRules: binding corporate rules approved under Art. 47.
	BindingCorporateRules
	// Derogation: a derogation for a specific situation under Art. 49.
	Derogation
	// UnnamedBasis: the agreement promises an approved basis without naming
	// it (Assistert Selvhjelp: "godkjente overføringsgrunnlag").
	UnnamedBasis
	// UKIDTA: the United Kingdom's International Data Transfer Agreement
	// (s.119A DPA 2018), for a UK exporter, from 21 March 2022.
	UKIDTA
	// UKAddendum: the United Kingdom's Addendum to the EU standard
	// contractual clauses (s.119A DPA 2018), for a UK exporter, from 21
	// March 2022.
	UKAddendum
)

var mechanismEnum = enum.Table{Prefix: "subprocessor", Type: "Mechanism", Noun: "mechanism", Entries: []enum.Entry{
	notStated,
	{ID: "adequacy", NB: "tilstrekkelighetsbeslutning", EN: "adequacy decision"},
	{ID: "safe-harbour", NB: "Safe Harbour", EN: "Safe Harbour"},
	{ID: "privacy-shield", NB: "EU-US Privacy Shield", EN: "EU-US Privacy Shield"},
	{ID: "data-privacy-framework", NB: "EU-US Data Privacy Framework", EN: "EU-US Data Privacy Framework"},
	{ID: "legacy-scc", NB: "standardavtaler (2001/2004/2010)", EN: "standard contractual clauses (2001/2004/2010)"},
	{ID: "scc-2021", NB: "standardavtaler (2021/914)", EN: "standard contractual clauses (2021/914)"},
	{ID: "binding-corporate-rules", NB: "bindende virksomhetsregler", EN: "binding corporate rules"},
	{ID: "derogation", NB: "unntak etter art. 49", EN: "Art. 49 derogation"},
	{ID: "unnamed-basis", NB: "godkjent grunnlag, ikke navngitt", EN: "approved basis, not named"},
	{ID: "uk-idta", NB: "britisk IDTA", EN: "UK IDTA"},
	{ID: "uk-addendum", NB: "britisk tillegg (UK Addendum) til standardavtalene", EN: "UK Addendum to the standard contractual clauses"},
}}

// String returns the identifier, such as "privacy-shield".
func (m Mechanism) String() string { return mechanismEnum.String(uint8(m)) }

// Label returns the English or, for a Norwegian tag, the Bokmål label.
func (m Mechanism) Label(tag language.Tag) string { return mechanismEnum.Label(uint8(m), tag) }

// MarshalText encodes the identifier; the zero value encodes as "".
func (m Mechanism) MarshalText() ([]byte, error) { return mechanismEnum.Marshal(uint8(m)) }

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (m *Mechanism) UnmarshalText(text []byte) error { return enum.Unmarshal(&mechanismEnum, m, text) }

// Sector says whether a recipient is a private (commercial) or a public
// body; some adequacy decisions cover only one (Canada: organisations
// subject to PIPEDA; Japan: the private sector). The zero value means the
// text does not say.
type Sector uint8

const (
	// Private: a commercial organisation.
	Private Sector = iota + 1
	// Public: a public authority or body.
	Public
)

var sectorEnum = enum.Table{Prefix: "subprocessor", Type: "Sector", Noun: "sector", Entries: []enum.Entry{
	notStated,
	{ID: "private", NB: "privat sektor", EN: "private sector"},
	{ID: "public", NB: "offentlig sektor", EN: "public sector"},
}}

// String returns the identifier: "private" or "public".
func (s Sector) String() string { return sectorEnum.String(uint8(s)) }

// Label returns the English or, for a Norwegian tag, the Bokmål label.
func (s Sector) Label(tag language.Tag) string { return sectorEnum.Label(uint8(s), tag) }

// MarshalText encodes the identifier; the zero value encodes as "".
func (s Sector) MarshalText() ([]byte, error) { return sectorEnum.Marshal(uint8(s)) }

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (s *Sector) UnmarshalText(text []byte) error { return enum.Unmarshal(&sectorEnum, s, text) }

// Authorisation is the kind of prior written authorisation GDPR Art. 28(2)
// requires. The zero value means the agreement does not say.
type Authorisation uint8

const (
	// Specific: each subprocessor needs the controller's approval.
	Specific Authorisation = iota + 1
	// General: the processor may engage subprocessors and must inform the
	// controller of intended additions or replacements.
	General
)

var authorisationEnum = enum.Table{Prefix: "subprocessor", Type: "Authorisation", Noun: "authorisation", Entries: []enum.Entry{
	notStated,
	{ID: "specific", NB: "spesifikk godkjenning", EN: "specific authorisation"},
	{ID: "general", NB: "generell godkjenning", EN: "general authorisation"},
}}

// String returns the identifier: "specific" or "general".
func (a Authorisation) String() string { return authorisationEnum.String(uint8(a)) }

// Label returns the English or, for a Norwegian tag, the Bokmål label.
func (a Authorisation) Label(tag language.Tag) string { return authorisationEnum.Label(uint8(a), tag) }

// MarshalText encodes the identifier; the zero value encodes as "".
func (a Authorisation) MarshalText() ([]byte, error) { return authorisationEnum.Marshal(uint8(a)) }

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (a *Authorisation) UnmarshalText(text []byte) error {
	return enum.Unmarshal(&authorisationEnum, a, text)
}

// Channel is how a processor announces a change of subprocessors: the one
// vocabulary of channels, [obligation.Channel], that agreement-wide
// notices and breach notices use too.
type Channel = obligation.Channel

// The channels subprocessor changes are announced by; every
// [obligation.Channel] may be used.
const (
	// WrittenNotice: a written notice, electronic included ("skriftlig
	// (herunder elektronisk)").
	WrittenNotice = obligation.Written
	// Email: a notice by e-mail.
	Email = obligation.Email
	// UpdatedList: the processor updates the list of subprocessors (on a
	// web page or in a privacy policy), which the controller must check.
	UpdatedList = obligation.UpdatedList
)

// Anchor is the event an objection window runs from: the one vocabulary
// of anchors, [obligation.Anchor]. A subprocessor change is an event whose
// instant is the processor's notice and whose effective instant is the
// new subprocessor's start, so a window from the notice runs
// [obligation.FromEvent] and one from the start [obligation.FromEffective].
// In an objection window the zero Anchor means the agreement does not say.
type Anchor = obligation.Anchor

const (
	// FromNotice: the window runs from the processor's notice of the change
	// (MailMojo 2.7, Assistert Selvhjelp).
	FromNotice = obligation.FromEvent
	// FromStart: the window runs from the day the new subprocessor starts.
	FromStart = obligation.FromEffective
)

// Effect is what a controller's objection does. The zero value means the
// agreement does not say.
type Effect uint8

const (
	// Blocks: the processor may not engage the subprocessor (the 2021/915
	// SCCs, Clause 7.7(a) Option 2, as the Commission's Q&A reads it).
	Blocks Effect = iota + 1
	// ControllerMayTerminate: the controller may terminate (MailMojo 2.7:
	// at once; Assistert Selvhjelp: with 3 months' notice, if the
	// processor does not follow the objection).
	ControllerMayTerminate
	// ProcessorChooses: the processor chooses among [Option]s (We Are
	// Media).
	ProcessorChooses
	// NoConsequence: the text gives a right to object and says the
	// objection changes nothing (the processor may proceed, and no right
	// to terminate follows). The review reports it as an objection right
	// without effect.
	NoConsequence
)

var effectEnum = enum.Table{Prefix: "subprocessor", Type: "Effect", Noun: "effect", Entries: []enum.Entry{
	notStated,
	{ID: "blocks", NB: "stanser endringen", EN: "blocks the change"},
	{ID: "controller-may-terminate", NB: "behandlingsansvarlig kan si opp", EN: "controller may terminate"},
	{ID: "processor-chooses", NB: "databehandler velger tiltak", EN: "processor chooses a remedy"},
	{ID: "no-consequence", NB: "har ingen virkning", EN: "has no consequence"},
}}

// String returns the identifier, such as "controller-may-terminate".
func (e Effect) String() string { return effectEnum.String(uint8(e)) }

// Label returns the English or, for a Norwegian tag, the Bokmål label.
func (e Effect) Label(tag language.Tag) string { return effectEnum.Label(uint8(e), tag) }

// MarshalText encodes the identifier; the zero value encodes as "".
func (e Effect) MarshalText() ([]byte, error) { return effectEnum.Marshal(uint8(e)) }

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (e *Effect) UnmarshalText(text []byte) error { return enum.Unmarshal(&effectEnum, e, text) }

// Option is one remedy a processor may choose after an objection (We Are
// Media: "(1) avslutte bruken … (2) unngå å bruke … (3) si opp").
type Option uint8

const (
	// StopUsing: stop using the subprocessor.
	StopUsing Option = iota + 1
	// ExcludeController: not use the subprocessor for this controller's data.
	ExcludeController
	// ProcessorTerminates: terminate the agreement.
	ProcessorTerminates
)

var optionEnum = enum.Table{Prefix: "subprocessor", Type: "Option", Noun: "option", Required: true, Entries: []enum.Entry{
	notStated,
	{ID: "stop-using", NB: "avslutte bruken av underleverandøren", EN: "stop using the subprocessor"},
	{ID: "exclude-controller", NB: "ikke bruke den for kundens data", EN: "not use it for this customer's data"},
	{ID: "terminate", NB: "si opp avtalen", EN: "terminate the agreement"},
}}

// String returns the identifier: "stop-using", "exclude-controller" or
// "terminate".
func (o Option) String() string { return optionEnum.String(uint8(o)) }

// Label returns the English or, for a Norwegian tag, the Bokmål label.
func (o Option) Label(tag language.Tag) string { return optionEnum.Label(uint8(o), tag) }

// MarshalText encodes the identifier; the zero value is an error.
func (o Option) MarshalText() ([]byte, error) { return optionEnum.Marshal(uint8(o)) }

// UnmarshalText accepts exactly the identifiers String returns.
func (o *Option) UnmarshalText(text []byte) error { return enum.Unmarshal(&optionEnum, o, text) }

// Scope is what a controller may terminate. The zero value means the
// agreement does not say.
type Scope uint8

const (
	// WholeAgreement: the agreement as a whole ("si opp avtalen").
	WholeAgreement Scope = iota + 1
	// AffectedService: only the service the change affects.
	AffectedService
)

var scopeEnum = enum.Table{Prefix: "subprocessor", Type: "Scope", Noun: "scope", Entries: []enum.Entry{
	notStated,
	{ID: "agreement", NB: "hele avtalen", EN: "the whole agreement"},
	{ID: "affected-service", NB: "den berørte tjenesten", EN: "the affected service"},
}}

// String returns the identifier: "agreement" or "affected-service".
func (s Scope) String() string { return scopeEnum.String(uint8(s)) }

// Label returns the English or, for a Norwegian tag, the Bokmål label.
func (s Scope) Label(tag language.Tag) string { return scopeEnum.Label(uint8(s), tag) }

// MarshalText encodes the identifier; the zero value encodes as "".
func (s Scope) MarshalText() ([]byte, error) { return scopeEnum.Marshal(uint8(s)) }

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (s *Scope) UnmarshalText(text []byte) error { return enum.Unmarshal(&scopeEnum, s, text) }

// RefundKind is what a controller who terminates over a subprocessor change
// gets back: the one vocabulary of refunds, [obligation.RefundKind].
type RefundKind = obligation.RefundKind

// The refunds; see [obligation.RefundKind].
const (
	NoRefund      = obligation.NoRefund
	CurrentPeriod = obligation.CurrentPeriod
	ProRata       = obligation.ProRata
)

// ChangeKind is the kind of a change to a register. The zero value is
// invalid.
type ChangeKind uint8

const (
	// Add: a new subprocessor.
	Add ChangeKind = iota + 1
	// Replace: a new subprocessor takes over from one that leaves.
	Replace
	// Remove: a subprocessor leaves.
	Remove
	// Relocate: a subprocessor's processing locations change.
	Relocate
	// MoveAccess: the places a subprocessor's staff access the data from
	// change.
	MoveAccess
	// Widen: a subprocessor that reached anonymous statistics only now
	// reaches personal data.
	Widen
	// Amend: other particulars change (service, purpose, categories,
	// mechanism, its own subprocessors).
	Amend
)

var changeKindEnum = enum.Table{Prefix: "subprocessor", Type: "ChangeKind", Noun: "change kind", Required: true, Entries: []enum.Entry{
	notStated,
	{ID: "add", NB: "lagt til", EN: "added"},
	{ID: "replace", NB: "erstattet", EN: "replaced"},
	{ID: "remove", NB: "fjernet", EN: "removed"},
	{ID: "relocate", NB: "behandlingssted endret", EN: "processing location changed"},
	{ID: "move-access", NB: "tilgangssted endret", EN: "access location changed"},
	{ID: "widen", NB: "utvidet til personopplysninger", EN: "widened to personal data"},
	{ID: "amend", NB: "opplysninger endret", EN: "particulars changed"},
}}

// String returns the identifier, such as "add" or "relocate".
func (k ChangeKind) String() string { return changeKindEnum.String(uint8(k)) }

// Label returns the English or, for a Norwegian tag, the Bokmål label.
func (k ChangeKind) Label(tag language.Tag) string { return changeKindEnum.Label(uint8(k), tag) }

// MarshalText encodes the identifier; the zero value is an error.
func (k ChangeKind) MarshalText() ([]byte, error) { return changeKindEnum.Marshal(uint8(k)) }

// UnmarshalText accepts exactly the identifiers String returns.
func (k *ChangeKind) UnmarshalText(text []byte) error {
	return enum.Unmarshal(&changeKindEnum, k, text)
}

// Outcome is the result of a transfer evaluation. The zero value is
// invalid.
type Outcome uint8

const (
	// NoTransfer: the location is in the EEA (or treated as such on that
	// date), so Chapter V does not apply.
	NoTransfer Outcome = iota + 1
	// BasisFound: a lawful basis for the transfer applies on the date.
	BasisFound
	// NoBasis: no lawful basis applies on the date.
	NoBasis
	// Undetermined: the facts given do not settle it (an unknown location,
	// an unnamed country or basis, a scope condition not stated).
	Undetermined
	// NoneNamed: a transfer for which the agreement names no basis at
	// all, and no adequacy decision applies by itself: "undetermined: no
	// basis named". It is not [NoBasis], which is said only where bases
	// are named and none is valid.
	NoneNamed
)

var outcomeEnum = enum.Table{Prefix: "subprocessor", Type: "Outcome", Noun: "outcome", Required: true, Entries: []enum.Entry{
	notStated,
	{ID: "no-transfer", NB: "ingen overføring", EN: "no transfer"},
	{ID: "basis-found", NB: "lovlig grunnlag funnet", EN: "lawful basis found"},
	{ID: "no-basis", NB: "ikke lovlig grunnlag", EN: "no lawful basis"},
	{ID: "undetermined", NB: "ikke avklart", EN: "undetermined"},
	{ID: "none-named", NB: "ikke avklart: intet grunnlag oppgitt", EN: "undetermined: no basis named"},
}}

// String returns the identifier: "no-transfer", "basis-found", "no-basis",
// "undetermined" or "none-named".
func (o Outcome) String() string { return outcomeEnum.String(uint8(o)) }

// Label returns the English or, for a Norwegian tag, the Bokmål label.
func (o Outcome) Label(tag language.Tag) string { return outcomeEnum.Label(uint8(o), tag) }

// MarshalText encodes the identifier; the zero value is an error.
func (o Outcome) MarshalText() ([]byte, error) { return outcomeEnum.Marshal(uint8(o)) }

// UnmarshalText accepts exactly the identifiers String returns.
func (o *Outcome) UnmarshalText(text []byte) error { return enum.Unmarshal(&outcomeEnum, o, text) }
