package subprocessor

import (
	"fmt"
	"strings"

	"golang.org/x/text/language"

	"github.com/personvern/dpa/internal/enum"
	"github.com/personvern/dpa/internal/valid"
	"github.com/personvern/dpa/obligation"
)

// Basis is one transfer basis an agreement names for a subprocessor, or
// in its general transfer terms, with the facts that basis needs. An
// agreement may name several ("the Data Privacy Framework, and the
// standard contractual clauses as a fallback"), each a Basis; the
// assessment judges every one of them ([Law.AssessEntry]).
//
// Which fields matter depends on the mechanism:
//
//   - [Adequacy]: Sector, for decisions limited to one; the decision
//     itself comes from the dated table ([Law.Decisions]).
//   - [DataPrivacyFramework], [PrivacyShield], [SafeHarbour]: Certified,
//     whether the text states the recipient is on the framework's list.
//     The framework's scope is the exporter side: [ExporterEEA] is the
//     EU-US framework, [ExporterUK] its UK Extension, [ExporterCH] the
//     Swiss-US framework.
//   - [SCC2021]: Module (1 to 4), Docking (Clause 7 included), Law and
//     Forum (Clauses 17 and 18), Signed.
//   - [LegacySCC], [UKIDTA], [UKAddendum]: Signed, which decides whether
//     clauses concluded before a transition still hold.
//   - [BindingCorporateRules] and [Derogation]: nothing more.
//
// Place ties the basis to one of the entry's places ("SCC for the US,
// adequacy for the UK"); the zero Place means every place. Exporter ties
// it to an exporter side; the zero Exporter means the text does not say,
// and the basis is judged for whichever side is assessed (the UK
// instruments only for the UK side).
//
// A Basis is a small comparable value; the zero Basis names nothing.
type Basis struct {
	// Mechanism is the basis named.
	Mechanism Mechanism `json:"mechanism,omitzero"`
	// Place is the place it is named for; zero for all the entry's places.
	Place Location `json:"place,omitzero"`
	// Exporter is the exporter side it serves; zero when not stated.
	Exporter Exporter `json:"exporter,omitzero"`
	// Certified states whether the recipient is certified under the
	// framework named; zero when the text does not say.
	Certified Certification `json:"certified,omitzero"`
	// Sector is the recipient's sector, for adequacy decisions limited to
	// one.
	Sector Sector `json:"sector,omitzero"`
	// Module is the module of the 2021/914 clauses: 1 controller to
	// controller, 2 controller to processor, 3 processor to processor, 4
	// processor to controller; zero when not stated.
	Module Module `json:"module,omitzero"`
	// Docking reports that the optional docking clause (Clause 7) is
	// included.
	Docking bool `json:"docking,omitzero"`
	// Law is the country whose law governs the clauses (Clause 17), as
	// an ISO 3166-1 alpha-2 code ("IE"); "" when not stated.
	Law string `json:"law,omitzero"`
	// Forum is the country whose courts resolve disputes under the
	// clauses (Clause 18), as an ISO 3166-1 alpha-2 code; "" when not
	// stated.
	Forum string `json:"forum,omitzero"`
	// Signed is the day the clauses were concluded, when known.
	Signed obligation.Date `json:"signed,omitzero"`
	// Clause is where the agreement names the basis ("2.8", "Exhibit A").
	Clause obligation.Clause `json:"clause,omitzero"`
}

// incorporated reports that the text gives the particulars of the
// contractual clauses named (a module, the docking clause, the law or
// courts of the clauses, a signing date), as an agreement does that
// attaches or incorporates them, rather than only naming them.
func (b Basis) incorporated() bool {
	return b.Module != 0 || b.Docking || b.Law != "" || b.Forum != "" || !b.Signed.IsZero()
}

// Label describes b in English or, for a Norwegian tag, in Bokmål: the
// mechanism, then in brackets what the text states of it (module,
// certification, exporter side, place), such as "standard contractual
// clauses (2021/914) (Module 3)".
func (b Basis) Label(tag language.Tag) string {
	no := enum.Norwegian(tag)
	s := "—"
	if b.Mechanism != 0 {
		s = b.Mechanism.Label(tag)
	}
	var extra []string
	if b.Module != 0 {
		if no {
			extra = append(extra, "modul "+string(rune('0'+b.Module)))
		} else {
			extra = append(extra, b.Module.String())
		}
	}
	if b.Certified != 0 {
		extra = append(extra, b.Certified.Label(tag))
	}
	if b.Exporter != 0 {
		extra = append(extra, b.Exporter.Label(tag))
	}
	if !b.Place.IsUnknown() {
		extra = append(extra, "for "+b.Place.Label(tag))
	}
	if len(extra) > 0 {
		s += " (" + strings.Join(extra, ", ") + ")"
	}
	return s
}

// Safeguard is the former name of [Basis].
type Safeguard = Basis

func (b Basis) check(path string, l *valid.List) {
	if b.Mechanism != 0 && !mechanismEnum.Valid(uint8(b.Mechanism)) {
		l.Addf(valid.Join(path, "mechanism"), "invalid mechanism %d", b.Mechanism)
	}
	if err := b.Place.Validate(); err != nil {
		l.Add(valid.Join(path, "place"), err.Error())
	}
	if b.Exporter != 0 && !exporterEnum.Valid(uint8(b.Exporter)) {
		l.Addf(valid.Join(path, "exporter"), "invalid exporter %d", b.Exporter)
	}
	if b.Certified != 0 && !certificationEnum.Valid(uint8(b.Certified)) {
		l.Addf(valid.Join(path, "certified"), "invalid certification %d", b.Certified)
	}
	if b.Sector != 0 && !sectorEnum.Valid(uint8(b.Sector)) {
		l.Addf(valid.Join(path, "sector"), "invalid sector %d", b.Sector)
	}
	if b.Module > Module4 {
		l.Addf(valid.Join(path, "module"), "invalid module %d (want 1 to 4)", b.Module)
	}
	if b.Module != 0 && b.Mechanism != SCC2021 {
		l.Add(valid.Join(path, "module"), "a module belongs to the 2021/914 clauses")
	}
	for _, c := range [...]struct{ name, code string }{{"law", b.Law}, {"forum", b.Forum}} {
		if c.code != "" {
			if err := checkCountry(c.code); err != nil {
				l.Add(valid.Join(path, c.name), err.Error())
			}
		}
	}
	if !b.Signed.IsZero() && !b.Signed.IsValid() {
		l.Add(valid.Join(path, "signed"), "invalid date")
	}
}

// Exporter is the side a transfer leaves from, whose rules judge it: the
// EU and the EEA (the GDPR), the United Kingdom (the UK GDPR) or
// Switzerland (the FADP). The zero value means not stated.
type Exporter uint8

const (
	// ExporterEEA: an exporter in the EU or the EEA, under the GDPR.
	ExporterEEA Exporter = iota + 1
	// ExporterUK: an exporter in the United Kingdom, under the UK GDPR.
	ExporterUK
	// ExporterCH: an exporter in Switzerland, under the FADP.
	ExporterCH
)

var exporterEnum = enum.Table{Prefix: "subprocessor", Type: "Exporter", Noun: "exporter", Entries: []enum.Entry{
	notStated,
	{ID: "eea", NB: "fra EU/EØS", EN: "from the EU/EEA"},
	{ID: "uk", NB: "fra Storbritannia", EN: "from the United Kingdom"},
	{ID: "ch", NB: "fra Sveits", EN: "from Switzerland"},
}}

// String returns the identifier: "eea", "uk" or "ch".
func (e Exporter) String() string { return exporterEnum.String(uint8(e)) }

// Label returns the English or, for a Norwegian tag, the Bokmål label.
func (e Exporter) Label(tag language.Tag) string { return exporterEnum.Label(uint8(e), tag) }

// MarshalText encodes the identifier; the zero value encodes as "".
func (e Exporter) MarshalText() ([]byte, error) { return exporterEnum.Marshal(uint8(e)) }

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (e *Exporter) UnmarshalText(text []byte) error { return enum.Unmarshal(&exporterEnum, e, text) }

// Certification says whether the text states that a recipient is
// certified under a framework (the Data Privacy Framework, Privacy
// Shield, Safe Harbour). The zero value means the text does not say:
// naming the framework is not read as a statement of certification.
type Certification uint8

const (
	// Certified: the text states that the recipient is on the list.
	Certified Certification = iota + 1
	// NotCertified: the text states that it is not.
	NotCertified
)

var certificationEnum = enum.Table{Prefix: "subprocessor", Type: "Certification", Noun: "certification", Entries: []enum.Entry{
	notStated,
	{ID: "certified", NB: "sertifisert", EN: "certified"},
	{ID: "not-certified", NB: "ikke sertifisert", EN: "not certified"},
}}

// String returns the identifier: "certified" or "not-certified".
func (c Certification) String() string { return certificationEnum.String(uint8(c)) }

// Label returns the English or, for a Norwegian tag, the Bokmål label.
func (c Certification) Label(tag language.Tag) string { return certificationEnum.Label(uint8(c), tag) }

// MarshalText encodes the identifier; the zero value encodes as "".
func (c Certification) MarshalText() ([]byte, error) { return certificationEnum.Marshal(uint8(c)) }

// UnmarshalText accepts exactly the identifiers String returns, or "".
func (c *Certification) UnmarshalText(text []byte) error {
	return enum.Unmarshal(&certificationEnum, c, text)
}

// Module is a module of the 2021/914 standard contractual clauses; it
// encodes in JSON as its number. The zero value means not stated.
type Module uint8

// The four modules of Decision (EU) 2021/914 (FACTS-2 §1(a)).
const (
	// Module1: transfer controller to controller.
	Module1 Module = iota + 1
	// Module2: transfer controller to processor.
	Module2
	// Module3: transfer processor to processor.
	Module3
	// Module4: transfer processor to controller.
	Module4
)

// String returns "Module 1" to "Module 4", "unset" for zero, or
// "Module(n)".
func (m Module) String() string {
	if m >= Module1 && m <= Module4 {
		return "Module " + string(rune('0'+m))
	}
	return enum.Fallback("Module", uint64(m))
}

// Relation is the pair of roles a module covers, in English or, for a
// Norwegian tag, in Bokmål; "" for an invalid module.
func (m Module) Relation(tag language.Tag) string {
	if m < Module1 || m > Module4 {
		return ""
	}
	if enum.Norwegian(tag) {
		return [...]string{"behandlingsansvarlig til behandlingsansvarlig", "behandlingsansvarlig til databehandler", "databehandler til databehandler", "databehandler til behandlingsansvarlig"}[m-1]
	}
	return [...]string{"controller to controller", "controller to processor", "processor to processor", "processor to controller"}[m-1]
}

// ImpactAssessment is a transfer impact assessment the text states: when
// it was made and when it is next reviewed. The zero value means none is
// stated.
type ImpactAssessment struct {
	// Done is the day it was made; zero when not stated.
	Done obligation.Date `json:"done,omitzero"`
	// NextReview is the day of the next review; zero when not stated.
	NextReview obligation.Date `json:"nextReview,omitzero"`
	// Every is how often it is reviewed ("yearly": 1 year); zero when
	// not stated.
	Every obligation.Period `json:"every,omitzero"`
	// Clause is where the text states it.
	Clause obligation.Clause `json:"clause,omitzero"`
}

// IsZero reports whether a states nothing.
func (a ImpactAssessment) IsZero() bool { return a == ImpactAssessment{} }

// Due returns the day the assessment is next due: NextReview when stated,
// otherwise Done plus Every when both are stated, otherwise zero.
func (a ImpactAssessment) Due() obligation.Date {
	switch {
	case !a.NextReview.IsZero():
		return a.NextReview
	case a.Done.IsZero() || a.Every.N <= 0:
		return obligation.Date{}
	}
	switch a.Every.Unit {
	case obligation.Year:
		return a.Done.AddMonths(12 * a.Every.N)
	case obligation.Month:
		return a.Done.AddMonths(a.Every.N)
	case obligation.Week:
		return a.Done.AddDays(7 * a.Every.N)
	case obligation.Day:
		return a.Done.AddDays(a.Every.N)
	}
	return obligation.Date{}
}

func (a ImpactAssessment) check(path string, l *valid.List) {
	if !a.Done.IsZero() && !a.Done.IsValid() {
		l.Add(valid.Join(path, "done"), "invalid date")
	}
	if !a.NextReview.IsZero() && !a.NextReview.IsValid() {
		l.Add(valid.Join(path, "nextReview"), "invalid date")
	}
	if !a.Done.IsZero() && !a.NextReview.IsZero() && a.NextReview.Before(a.Done) {
		l.Add(valid.Join(path, "nextReview"), "the next review is before the assessment")
	}
}

// Measure is a supplementary measure for a transfer (EDPB
// Recommendations 01/2020 give the kinds; the list here is the library's).
type Measure uint8

const (
	// EncryptionExporterKeys: the data are encrypted and only the
	// exporter holds the keys.
	EncryptionExporterKeys Measure = iota + 1
	// EncryptionInTransit: encryption of the data in transit.
	EncryptionInTransit
	// EncryptionAtRest: encryption of the data at rest, keys with the
	// importer.
	EncryptionAtRest
	// Pseudonymisation: the data are pseudonymised before transfer and
	// the additional information stays with the exporter.
	Pseudonymisation
	// AccessRestriction: contractual or organisational limits on who may
	// access the data.
	AccessRestriction
	// ChallengeRequests: the importer undertakes to challenge and report
	// public authorities' requests for access.
	ChallengeRequests
)

var measureEnum = enum.Table{Prefix: "subprocessor", Type: "Measure", Noun: "measure", Required: true, Entries: []enum.Entry{
	notStated,
	{ID: "encryption-exporter-keys", NB: "kryptering med nøkler hos eksportøren", EN: "encryption with keys held by the exporter"},
	{ID: "encryption-in-transit", NB: "kryptering under overføring", EN: "encryption in transit"},
	{ID: "encryption-at-rest", NB: "kryptering ved lagring", EN: "encryption at rest"},
	{ID: "pseudonymisation", NB: "pseudonymisering", EN: "pseudonymisation"},
	{ID: "access-restriction", NB: "tilgangsbegrensning", EN: "access restriction"},
	{ID: "challenge-requests", NB: "bestride myndighetenes krav om innsyn", EN: "challenge public authorities' requests"},
}}

// String returns the identifier, such as "pseudonymisation".
func (m Measure) String() string { return measureEnum.String(uint8(m)) }

// Label returns the English or, for a Norwegian tag, the Bokmål label.
func (m Measure) Label(tag language.Tag) string { return measureEnum.Label(uint8(m), tag) }

// MarshalText encodes the identifier; the zero value is an error.
func (m Measure) MarshalText() ([]byte, error) { return measureEnum.Marshal(uint8(m)) }

// UnmarshalText accepts exactly the identifiers String returns.
func (m *Measure) UnmarshalText(text []byte) error { return enum.Unmarshal(&measureEnum, m, text) }

// MechanismSet is a set of [Mechanism] values: a small comparable value
// for messages that list the bases an agreement names. The zero value is
// the empty set.
type MechanismSet uint16

// MechanismsOf returns the set of ms; invalid mechanisms are left out.
func MechanismsOf(ms ...Mechanism) MechanismSet {
	var s MechanismSet
	for _, m := range ms {
		if m != 0 && mechanismEnum.Valid(uint8(m)) {
			s |= 1 << m
		}
	}
	return s
}

// Has reports whether m is in s.
func (s MechanismSet) Has(m Mechanism) bool { return m < 16 && s&(1<<m) != 0 }

// List returns the mechanisms of s in their order of declaration.
func (s MechanismSet) List() []Mechanism {
	var out []Mechanism
	for m := Mechanism(1); m < 16; m++ {
		if s.Has(m) {
			out = append(out, m)
		}
	}
	return out
}

// String returns the identifiers of the mechanisms, in their order of
// declaration, joined by ","; "" for the empty set.
func (s MechanismSet) String() string {
	var b strings.Builder
	for _, m := range s.List() {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(m.String())
	}
	return b.String()
}

// MarshalText encodes the identifiers as String does, so that JSON shows
// the names, not a number.
func (s MechanismSet) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText accepts what MarshalText returns: identifiers joined by
// ",", or "" for the empty set.
func (s *MechanismSet) UnmarshalText(text []byte) error {
	var out MechanismSet
	if len(text) > 0 {
		for _, id := range strings.Split(string(text), ",") {
			var m Mechanism
			if err := m.UnmarshalText([]byte(id)); err != nil {
				return err
			}
			if m == 0 {
				return fmt.Errorf("subprocessor: empty mechanism in the set %q", text)
			}
			out |= MechanismsOf(m)
		}
	}
	*s = out
	return nil
}

// Label lists the mechanisms' labels in English or, for a Norwegian tag,
// in Bokmål, joined by ", "; "" for the empty set.
func (s MechanismSet) Label(tag language.Tag) string {
	var b strings.Builder
	for _, m := range s.List() {
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		b.WriteString(m.Label(tag))
	}
	return b.String()
}
