package subprocessor

import (
	"fmt"

	"golang.org/x/text/language"
)

// name holds an enumeration value's wire identifier and its English and
// Norwegian Bokmål labels.
type name struct{ id, en, nb string }

func enumString(names []name, v uint8, typ string) string {
	if v != 0 && int(v) < len(names) {
		return names[v].id
	}
	return fmt.Sprintf("%%!%s(%d)", typ, v)
}

func enumMarshal(names []name, v uint8, typ string) ([]byte, error) {
	if v != 0 && int(v) < len(names) {
		return []byte(names[v].id), nil
	}
	if v == 0 {
		return []byte{}, nil
	}
	return nil, fmt.Errorf("subprocessor: invalid %s %d", typ, v)
}

func enumUnmarshal(names []name, text []byte, typ string) (uint8, error) {
	if len(text) == 0 {
		return 0, nil
	}
	for i := 1; i < len(names); i++ {
		if string(text) == names[i].id {
			return uint8(i), nil
		}
	}
	ids := ""
	for i := 1; i < len(names); i++ {
		if i > 1 {
			ids += ", "
		}
		ids += names[i].id
	}
	return 0, fmt.Errorf("subprocessor: unknown %s %q (want one of %s)", typ, text, ids)
}

func enumLabel(names []name, v uint8, tag language.Tag, typ string) string {
	if int(v) >= len(names) {
		return fmt.Sprintf("%%!%s(%d)", typ, v)
	}
	if v == 0 {
		if norwegian(tag) {
			return "ikke angitt"
		}
		return "not stated"
	}
	if norwegian(tag) {
		return names[v].nb
	}
	return names[v].en
}

func enumValid(names []name, v uint8) bool { return v != 0 && int(v) < len(names) }

// norwegian reports whether tag is Norwegian (no, nb or nn), for which the
// labels are in Bokmål.
func norwegian(tag language.Tag) bool {
	b, _ := tag.Base()
	switch b.String() {
	case "no", "nb", "nn":
		return true
	}
	return false
}

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

var sourceNames = []name{{}, {"listed", "listed in the agreement", "oppført i avtalen"},
	{"referenced", "kept elsewhere", "holdes andre steder"},
	{"none", "no subprocessors", "ingen underleverandører"}}

// String returns the identifier: "listed", "referenced" or "none".
func (s Source) String() string { return enumString(sourceNames, uint8(s), "Source") }

// Label returns the English or, for a Norwegian tag, the Bokmål label.
func (s Source) Label(tag language.Tag) string {
	return enumLabel(sourceNames, uint8(s), tag, "Source")
}

// MarshalText encodes the identifier; the zero value encodes as "".
func (s Source) MarshalText() ([]byte, error) { return enumMarshal(sourceNames, uint8(s), "source") }

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (s *Source) UnmarshalText(text []byte) error {
	v, err := enumUnmarshal(sourceNames, text, "source")
	*s = Source(v)
	return err
}

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

var reachNames = []name{{}, {"personal-data", "personal data", "personopplysninger"},
	{"anonymous-statistics", "anonymous statistics only", "kun anonym statistikk"}}

// String returns the identifier: "personal-data" or "anonymous-statistics".
func (r Reach) String() string { return enumString(reachNames, uint8(r), "Reach") }

// Label returns the English or, for a Norwegian tag, the Bokmål label.
func (r Reach) Label(tag language.Tag) string { return enumLabel(reachNames, uint8(r), tag, "Reach") }

// MarshalText encodes the identifier; the zero value encodes as "".
func (r Reach) MarshalText() ([]byte, error) { return enumMarshal(reachNames, uint8(r), "reach") }

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (r *Reach) UnmarshalText(text []byte) error {
	v, err := enumUnmarshal(reachNames, text, "reach")
	*r = Reach(v)
	return err
}

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
)

var mechanismNames = []name{{},
	{"adequacy", "adequacy decision", "tilstrekkelighetsbeslutning"},
	{"safe-harbour", "Safe Harbour", "Safe Harbour"},
	{"privacy-shield", "EU-US Privacy Shield", "EU-US Privacy Shield"},
	{"data-privacy-framework", "EU-US Data Privacy Framework", "EU-US Data Privacy Framework"},
	{"legacy-scc", "standard contractual clauses (2001/2004/2010)", "standardavtaler (2001/2004/2010)"},
	{"scc-2021", "standard contractual clauses (2021/914)", "standardavtaler (2021/914)"},
	{"binding-corporate-rules", "binding corporate rules", "bindende virksomhetsregler"},
	{"derogation", "Art. 49 derogation", "unntak etter art. 49"},
	{"unnamed-basis", "approved basis, not named", "godkjent grunnlag, ikke navngitt"}}

// String returns the identifier, such as "privacy-shield".
func (m Mechanism) String() string { return enumString(mechanismNames, uint8(m), "Mechanism") }

// Label returns the English or, for a Norwegian tag, the Bokmål label.
func (m Mechanism) Label(tag language.Tag) string {
	return enumLabel(mechanismNames, uint8(m), tag, "Mechanism")
}

// MarshalText encodes the identifier; the zero value encodes as "".
func (m Mechanism) MarshalText() ([]byte, error) {
	return enumMarshal(mechanismNames, uint8(m), "mechanism")
}

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (m *Mechanism) UnmarshalText(text []byte) error {
	v, err := enumUnmarshal(mechanismNames, text, "mechanism")
	*m = Mechanism(v)
	return err
}

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

var sectorNames = []name{{}, {"private", "private sector", "privat sektor"}, {"public", "public sector", "offentlig sektor"}}

// String returns the identifier: "private" or "public".
func (s Sector) String() string { return enumString(sectorNames, uint8(s), "Sector") }

// Label returns the English or, for a Norwegian tag, the Bokmål label.
func (s Sector) Label(tag language.Tag) string {
	return enumLabel(sectorNames, uint8(s), tag, "Sector")
}

// MarshalText encodes the identifier; the zero value encodes as "".
func (s Sector) MarshalText() ([]byte, error) { return enumMarshal(sectorNames, uint8(s), "sector") }

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (s *Sector) UnmarshalText(text []byte) error {
	v, err := enumUnmarshal(sectorNames, text, "sector")
	*s = Sector(v)
	return err
}

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

var authorisationNames = []name{{}, {"specific", "specific authorisation", "spesifikk godkjenning"},
	{"general", "general authorisation", "generell godkjenning"}}

// String returns the identifier: "specific" or "general".
func (a Authorisation) String() string {
	return enumString(authorisationNames, uint8(a), "Authorisation")
}

// Label returns the English or, for a Norwegian tag, the Bokmål label.
func (a Authorisation) Label(tag language.Tag) string {
	return enumLabel(authorisationNames, uint8(a), tag, "Authorisation")
}

// MarshalText encodes the identifier; the zero value encodes as "".
func (a Authorisation) MarshalText() ([]byte, error) {
	return enumMarshal(authorisationNames, uint8(a), "authorisation")
}

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (a *Authorisation) UnmarshalText(text []byte) error {
	v, err := enumUnmarshal(authorisationNames, text, "authorisation")
	*a = Authorisation(v)
	return err
}

// Channel is how a processor announces a change of subprocessors. The zero
// value means the agreement does not say.
type Channel uint8

const (
	// WrittenNotice: a written notice, electronic included ("skriftlig
	// (herunder elektronisk)").
	WrittenNotice Channel = iota + 1
	// Email: a notice by e-mail.
	Email
	// UpdatedList: the processor updates the list of subprocessors (on a
	// web page or in a privacy policy).
	UpdatedList
)

var channelNames = []name{{}, {"written-notice", "written notice", "skriftlig varsel"},
	{"email", "e-mail", "e-post"},
	{"updated-list", "updated list", "oppdatert liste"}}

// String returns the identifier: "written-notice", "email" or
// "updated-list".
func (c Channel) String() string { return enumString(channelNames, uint8(c), "Channel") }

// Label returns the English or, for a Norwegian tag, the Bokmål label.
func (c Channel) Label(tag language.Tag) string {
	return enumLabel(channelNames, uint8(c), tag, "Channel")
}

// MarshalText encodes the identifier; the zero value encodes as "".
func (c Channel) MarshalText() ([]byte, error) { return enumMarshal(channelNames, uint8(c), "channel") }

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (c *Channel) UnmarshalText(text []byte) error {
	v, err := enumUnmarshal(channelNames, text, "channel")
	*c = Channel(v)
	return err
}

// Anchor is the event an objection window runs from. The zero value means
// the agreement does not say.
type Anchor uint8

const (
	// FromNotice: the window runs from the processor's notice of the change
	// (MailMojo 2.7, Assistert Selvhjelp).
	FromNotice Anchor = iota + 1
	// FromStart: the window runs from the day the new subprocessor starts.
	FromStart
)

var anchorNames = []name{{}, {"notice", "from the notice", "fra varselet"}, {"start", "from the start", "fra oppstart"}}

// String returns the identifier: "notice" or "start".
func (a Anchor) String() string { return enumString(anchorNames, uint8(a), "Anchor") }

// Label returns the English or, for a Norwegian tag, the Bokmål label.
func (a Anchor) Label(tag language.Tag) string {
	return enumLabel(anchorNames, uint8(a), tag, "Anchor")
}

// MarshalText encodes the identifier; the zero value encodes as "".
func (a Anchor) MarshalText() ([]byte, error) { return enumMarshal(anchorNames, uint8(a), "anchor") }

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (a *Anchor) UnmarshalText(text []byte) error {
	v, err := enumUnmarshal(anchorNames, text, "anchor")
	*a = Anchor(v)
	return err
}

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
)

var effectNames = []name{{}, {"blocks", "blocks the change", "stanser endringen"},
	{"controller-may-terminate", "controller may terminate", "behandlingsansvarlig kan si opp"},
	{"processor-chooses", "processor chooses a remedy", "databehandler velger tiltak"}}

// String returns the identifier, such as "controller-may-terminate".
func (e Effect) String() string { return enumString(effectNames, uint8(e), "Effect") }

// Label returns the English or, for a Norwegian tag, the Bokmål label.
func (e Effect) Label(tag language.Tag) string {
	return enumLabel(effectNames, uint8(e), tag, "Effect")
}

// MarshalText encodes the identifier; the zero value encodes as "".
func (e Effect) MarshalText() ([]byte, error) { return enumMarshal(effectNames, uint8(e), "effect") }

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (e *Effect) UnmarshalText(text []byte) error {
	v, err := enumUnmarshal(effectNames, text, "effect")
	*e = Effect(v)
	return err
}

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

var optionNames = []name{{}, {"stop-using", "stop using the subprocessor", "avslutte bruken av underleverandøren"},
	{"exclude-controller", "not use it for this customer's data", "ikke bruke den for kundens data"},
	{"terminate", "terminate the agreement", "si opp avtalen"}}

// String returns the identifier: "stop-using", "exclude-controller" or
// "terminate".
func (o Option) String() string { return enumString(optionNames, uint8(o), "Option") }

// Label returns the English or, for a Norwegian tag, the Bokmål label.
func (o Option) Label(tag language.Tag) string {
	return enumLabel(optionNames, uint8(o), tag, "Option")
}

// MarshalText encodes the identifier; the zero value is an error.
func (o Option) MarshalText() ([]byte, error) {
	if o == 0 {
		return nil, fmt.Errorf("subprocessor: invalid option 0")
	}
	return enumMarshal(optionNames, uint8(o), "option")
}

// UnmarshalText accepts exactly the identifiers String returns.
func (o *Option) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		return fmt.Errorf("subprocessor: empty option")
	}
	v, err := enumUnmarshal(optionNames, text, "option")
	*o = Option(v)
	return err
}

// Scope is what a controller may terminate. The zero value means the
// agreement does not say.
type Scope uint8

const (
	// WholeAgreement: the agreement as a whole ("si opp avtalen").
	WholeAgreement Scope = iota + 1
	// AffectedService: only the service the change affects.
	AffectedService
)

var scopeNames = []name{{}, {"agreement", "the whole agreement", "hele avtalen"},
	{"affected-service", "the affected service", "den berørte tjenesten"}}

// String returns the identifier: "agreement" or "affected-service".
func (s Scope) String() string { return enumString(scopeNames, uint8(s), "Scope") }

// Label returns the English or, for a Norwegian tag, the Bokmål label.
func (s Scope) Label(tag language.Tag) string { return enumLabel(scopeNames, uint8(s), tag, "Scope") }

// MarshalText encodes the identifier; the zero value encodes as "".
func (s Scope) MarshalText() ([]byte, error) { return enumMarshal(scopeNames, uint8(s), "scope") }

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (s *Scope) UnmarshalText(text []byte) error {
	v, err := enumUnmarshal(scopeNames, text, "scope")
	*s = Scope(v)
	return err
}

// RefundKind is what a controller who terminates over a subprocessor change
// gets back. The zero value means the agreement does not say.
type RefundKind uint8

const (
	// NoRefund: nothing is refunded (MailMojo 2.7: services already
	// invoiced are not refunded).
	NoRefund RefundKind = iota + 1
	// CurrentPeriod: what was paid for the current period is refunded (We
	// Are Media).
	CurrentPeriod
	// ProRata: a refund in proportion to the unused time.
	ProRata
)

var refundNames = []name{{}, {"none", "no refund", "ingen refusjon"},
	{"current-period", "refund of what was paid for the current period", "refusjon av det som er betalt for gjeldende periode"},
	{"pro-rata", "refund in proportion to the unused time", "forholdsmessig refusjon for ubrukt tid"}}

// String returns the identifier: "none", "current-period" or "pro-rata".
func (k RefundKind) String() string { return enumString(refundNames, uint8(k), "RefundKind") }

// Label returns the English or, for a Norwegian tag, the Bokmål label.
func (k RefundKind) Label(tag language.Tag) string {
	return enumLabel(refundNames, uint8(k), tag, "RefundKind")
}

// MarshalText encodes the identifier; the zero value encodes as "".
func (k RefundKind) MarshalText() ([]byte, error) {
	return enumMarshal(refundNames, uint8(k), "refund kind")
}

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (k *RefundKind) UnmarshalText(text []byte) error {
	v, err := enumUnmarshal(refundNames, text, "refund kind")
	*k = RefundKind(v)
	return err
}

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

var changeKindNames = []name{{}, {"add", "added", "lagt til"}, {"replace", "replaced", "erstattet"},
	{"remove", "removed", "fjernet"}, {"relocate", "processing location changed", "behandlingssted endret"},
	{"move-access", "access location changed", "tilgangssted endret"},
	{"widen", "widened to personal data", "utvidet til personopplysninger"},
	{"amend", "particulars changed", "opplysninger endret"}}

// String returns the identifier, such as "add" or "relocate".
func (k ChangeKind) String() string { return enumString(changeKindNames, uint8(k), "ChangeKind") }

// Label returns the English or, for a Norwegian tag, the Bokmål label.
func (k ChangeKind) Label(tag language.Tag) string {
	return enumLabel(changeKindNames, uint8(k), tag, "ChangeKind")
}

// MarshalText encodes the identifier; the zero value is an error.
func (k ChangeKind) MarshalText() ([]byte, error) {
	if k == 0 {
		return nil, fmt.Errorf("subprocessor: invalid change kind 0")
	}
	return enumMarshal(changeKindNames, uint8(k), "change kind")
}

// UnmarshalText accepts exactly the identifiers String returns.
func (k *ChangeKind) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		return fmt.Errorf("subprocessor: empty change kind")
	}
	v, err := enumUnmarshal(changeKindNames, text, "change kind")
	*k = ChangeKind(v)
	return err
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
)

var outcomeNames = []name{{}, {"no-transfer", "no transfer", "ingen overføring"},
	{"basis-found", "lawful basis found", "lovlig grunnlag funnet"},
	{"no-basis", "no lawful basis", "ikke lovlig grunnlag"},
	{"undetermined", "undetermined", "ikke avklart"}}

// String returns the identifier: "no-transfer", "basis-found", "no-basis"
// or "undetermined".
func (o Outcome) String() string { return enumString(outcomeNames, uint8(o), "Outcome") }

// Label returns the English or, for a Norwegian tag, the Bokmål label.
func (o Outcome) Label(tag language.Tag) string {
	return enumLabel(outcomeNames, uint8(o), tag, "Outcome")
}

// MarshalText encodes the identifier; the zero value is an error.
func (o Outcome) MarshalText() ([]byte, error) {
	if o == 0 {
		return nil, fmt.Errorf("subprocessor: invalid outcome 0")
	}
	return enumMarshal(outcomeNames, uint8(o), "outcome")
}

// UnmarshalText accepts exactly the identifiers String returns.
func (o *Outcome) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		return fmt.Errorf("subprocessor: empty outcome")
	}
	v, err := enumUnmarshal(outcomeNames, text, "outcome")
	*o = Outcome(v)
	return err
}
